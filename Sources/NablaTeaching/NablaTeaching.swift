import NablaRuntime

/// The teaching layer: traces, gradient steps, training, data sets and plots, as builtins
/// registered into the runtime's table.
public enum NablaTeaching {
    /// Registers the teaching builtins. Call once before creating sessions; calling it
    /// again is harmless (a later registration of a name replaces the earlier one).
    public static func install() {
        Builtins.register(TeachingBuiltins.all)
    }
}
