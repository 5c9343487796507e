#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaRuntime
import NablaTeaching

// Everything runs on a thread with a large stack (see withLargeStack), so deep
// recursion in a user's program ends in a clear error rather than a crash.
// `nabla lesson …` is its own command (LessonCommand.swift).
#if canImport(Glibc)
// Matrices of a training step are allocated and freed thousands of times. Above glibc's
// default threshold (128 KiB) each one would be a fresh mmap, whose pages fault in one by
// one; keeping them in the heap lets freed blocks be reused. (mallopt is looked up
// because Glibc's Swift module does not include malloc.h; the constants are glibc's.)
if let symbol = dlsym(nil, "mallopt") {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
    _ = mallopt(mmapThreshold, 256 << 20)
    _ = mallopt(trimThreshold, 512 << 20)
}
#endif
// The BLAS kernel is chosen before any other thread exists: choosing may set OPENBLAS_CORETYPE for
// a moment (BLASKernel.swift).
_ = BLASKernel.active
withLargeStack(bytes: 512 << 20) {
    if CommandLine.arguments.dropFirst().first == "lesson" {
        LessonCommand.main(Array(CommandLine.arguments.dropFirst(2)))
    } else if CommandLine.arguments.dropFirst().first == "kernel" {
        KernelCommand.main(Array(CommandLine.arguments.dropFirst(2)))
    } else {
        NablaCommand.main()
    }
}
exit(0)
