import NablaRuntime
import Synchronization

/// The teaching layer: traces, gradient steps, training, data sets and plots, as builtins
/// registered into the runtime's table.
public enum NablaTeaching {
    /// Registers the teaching builtins. Call once before creating sessions; calling it
    /// again is harmless (a later registration of a name replaces the earlier one).
    public static func install() {
        Builtins.register(TeachingBuiltins.all)
    }

    private static let terminalFlag = Atomic<Bool>(false)

    /// Set by the executable when standard output is a terminal: `train` then draws a
    /// progress bar and a live loss sparkline, and plots use colour. Off by default, so
    /// tests, pipes and lessons get plain periodic lines.
    public static var isTerminal: Bool {
        get { terminalFlag.load(ordering: .relaxed) }
        set { terminalFlag.store(newValue, ordering: .relaxed) }
    }
}
