import NablaRuntime

/// Runs `body` on a thread with the runtime's large stack (`withLargeStack`) and returns its
/// result. The parser and interpreter recurse about a dozen frames per nesting level: 200
/// levels fit in a release build but not on a test-pool thread under AddressSanitizer, whose
/// frames are several times larger. Tests that call below `Session` to the nesting limit use this.
public func onLargeStack<T>(_ body: @escaping () -> T) -> T {
    nonisolated(unsafe) var result: T?
    withLargeStack { result = body() }
    return result!
}
