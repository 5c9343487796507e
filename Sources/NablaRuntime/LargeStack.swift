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
/// the work runs on the new thread, the calling thread only waits. A caller already on
/// a stack at least that large runs `body` directly: piped input runs each statement
/// through here, and a thread per statement cost more than most statements.
public func withLargeStack(bytes: Int = 256 << 20, _ body: @escaping () -> Void) {
    if currentStackSize() >= bytes { return body() }
    final class Work {
        let body: () -> Void
        var bytes = 0
        init(_ b: @escaping () -> Void) { body = b }
    }
    let work = Work(body)
    let context = Unmanaged.passRetained(work).toOpaque()
    // Creating the thread can fail for a moment when memory is short (many sessions at once,
    // as in a parallel test run). Running the body on the caller's small stack would turn
    // deep recursion into a crash, so wait and try again, then settle for smaller stacks;
    // only as a last resort does the body run here.
    var sizes = [Int](repeating: bytes, count: 4)
    var smaller = bytes / 2
    while smaller >= 32 << 20 { sizes.append(smaller); smaller /= 2 }
    for (attempt, size) in sizes.enumerated() {
        if attempt > 0 { usleep(UInt32(attempt) * 20_000) }
        work.bytes = size
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t? = nil
        #endif
        let created = pthread_create(
            &thread, &attributes,
            { raw in
                guard let raw else { return nil }
                let work = Unmanaged<Work>.fromOpaque(raw).takeRetainedValue()
                pthread_setspecific(largeStackKey, UnsafeRawPointer(bitPattern: work.bytes))
                work.body()
                return nil
            }, context)
        pthread_attr_destroy(&attributes)
        if created == 0 {
            #if canImport(Glibc)
            pthread_join(thread, nil)
            #else
            if let thread { pthread_join(thread, nil) }
            #endif
            return
        }
    }
    Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
}

/// Marks threads made by `withLargeStack` with their stack size (a thread-specific value).
private let largeStackKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

/// The stack size of the calling thread when `withLargeStack` made it, else 0.
private func currentStackSize() -> Int {
    Int(bitPattern: pthread_getspecific(largeStackKey))
}
