#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interpreter recurses as deeply as the programs it runs nest. Running on a thread
/// with a large stack (reserved, not committed) lets the depth limits — nesting,
/// recursion — be reached as clear errors, never as a stack overflow, whoever the
/// caller is: the CLI, a test, a lesson checker.
///
/// Runs `body` to completion on a new thread and waits for it. Not bound to any actor:
/// the work runs on the new thread, the calling thread only waits.
public func withLargeStack(bytes: Int = 256 << 20, _ body: @escaping () -> Void) {
    final class Work { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, bytes)
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let context = Unmanaged.passRetained(Work(body)).toOpaque()
    let created = pthread_create(&thread, &attributes, { raw in
        guard let raw else { return nil }
        Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().body()
        return nil
    }, context)
    if created != 0 {
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
    } else {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }
}
