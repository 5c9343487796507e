#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaTeaching

// Everything runs on a thread with a large stack (see withLargeStack), so deep
// recursion in a user's program ends in a clear error rather than a crash.
// `nabla lesson …` is its own command (LessonCommand.swift).
NablaTeaching.install()
withLargeStack(bytes: 512 << 20) {
    if CommandLine.arguments.dropFirst().first == "lesson" {
        LessonCommand.main(Array(CommandLine.arguments.dropFirst(2)))
    } else {
        NablaCommand.main()
    }
}
exit(0)
