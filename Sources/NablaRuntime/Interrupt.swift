import NablaNumerics

// The interrupt flag moved down to NablaNumerics so that numeric kernels and the symbolic
// engine can poll it too (a huge product, a runaway derivative). These aliases keep
// `Interrupt` and `Interrupted` available to everyone who imports only NablaRuntime.

/// See `NablaNumerics.Interrupt`: the flag a Ctrl-C handler raises and long work polls.
public typealias Interrupt = NablaNumerics.Interrupt
/// See `NablaNumerics.Interrupted`: thrown when the user pressed Ctrl-C.
public typealias Interrupted = NablaNumerics.Interrupted
