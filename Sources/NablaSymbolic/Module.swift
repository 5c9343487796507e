// NablaSymbolic
