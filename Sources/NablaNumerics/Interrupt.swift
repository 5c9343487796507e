import Synchronization

/// The flag a Ctrl-C handler raises and long-running work polls.
///
/// It lives at the bottom layer so that every layer can stop on request: the interpreter
/// between statements and loop iterations, the matrix product between column blocks, the
/// symbolic engine while it differentiates or simplifies. Nothing here installs signal
/// handlers (only the executable touches the terminal); code only promises to look at
/// the flag often. NablaRuntime re-exports both names.
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
public struct Interrupted: Error, Sendable {
    public init() {}
}
