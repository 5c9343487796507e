#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` on a thread with a 256 MB stack, as the runtime runs every parse
/// (`withLargeStack` in NablaRuntime, which this target does not depend on).
///
/// The parser recurses about a dozen frames per nesting level; 200 levels fit easily in a
/// release build but not on a test-pool thread under AddressSanitizer, whose frames are
/// several times larger. Tests that go to the nesting limit use this.
func onLargeStack<T>(_ body: @escaping () -> T) -> T {
    var result: T?
    let box = Box { result = body() }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 256 << 20)
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let context = Unmanaged.passRetained(box).toOpaque()
    if pthread_create(&thread, &attributes, { raw in
        guard let raw else { return nil }
        Unmanaged<Box>.fromOpaque(raw).takeRetainedValue().body()
        return nil
    }, context) != 0 {
        Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
    } else {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }
    return result!
}

/// The work handed to the thread.
private final class Box {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
