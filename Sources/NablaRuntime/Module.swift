// NablaRuntime
