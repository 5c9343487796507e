import Synchronization

/// The flag a Ctrl-C handler raises and long-running work polls.
///
/// The runtime never installs signal handlers itself (only the executable touches the
/// terminal); it only promises to look at this flag often: every loop iteration,
/// every statement, and inside long kernels.
public enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    /// Async-signal-safe: a lock-free store.
    public static func request() { flag.store(true, ordering: .relaxed) }
    public static func clear() { flag.store(false, ordering: .relaxed) }
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Throws `Interrupted` when a stop was requested, clearing the request.
    @inline(__always)
    public static func check() throws {
        if flag.load(ordering: .relaxed) {
            flag.store(false, ordering: .relaxed)
            throw Interrupted()
        }
    }
}

/// Thrown when the user pressed Ctrl-C during evaluation.
public struct Interrupted: Error, Sendable {}
