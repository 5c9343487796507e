// NablaDisplay
