import Synchronization

/// The flag a Ctrl-C handler raises and long-running work polls.
///
/// It lives at the bottom layer so that every layer can stop on request: the interpreter
/// between statements and loop iterations, the matrix product between column blocks, the
/// symbolic engine while it differentiates or simplifies, readers between lines, the
/// display writer and `mat2str` between rows. Nothing here installs signal handlers (only
/// the executable touches the terminal); code only promises to look at the flag often.
/// NablaRuntime re-exports both names.
public enum Interrupt {
    private static let flag = Atomic<Bool>(false)
    /// Checks left before the flag raises itself; 0 when not armed (see `request(afterChecks:)`).
    private static let countdown = Atomic<Int>(0)

    /// Async-signal-safe: a lock-free store.
    public static func request() { flag.store(true, ordering: .relaxed) }
    public static func clear() {
        flag.store(false, ordering: .relaxed)
        countdown.store(0, ordering: .relaxed)
    }
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Raises the flag at the `n`th `check()` from now, as a Ctrl-C pressed in the middle of
    /// the work would, but at a point counted rather than timed: how tests show that a long
    /// computation keeps looking at the flag after it started (n > 1), not only on entry.
    /// The count is process-wide, so tests that use it run in a child process of their own.
    public static func request(afterChecks n: Int) {
        if n <= 1 { request() } else { countdown.store(n, ordering: .relaxed) }
    }

    /// Throws `Interrupted` when a stop was requested, clearing the request.
    @inline(__always)
    public static func check() throws {
        if flag.load(ordering: .relaxed) || counted() {
            clear()
            throw Interrupted()
        }
    }

    /// True when an armed countdown reaches its last check.
    @inline(__always)
    private static func counted() -> Bool {
        guard countdown.load(ordering: .relaxed) > 0 else { return false }
        return countdown.subtract(1, ordering: .relaxed).newValue == 0
    }
}

/// Thrown when the user pressed Ctrl-C during evaluation.
public struct Interrupted: Error, Sendable {
    public init() {}
}
