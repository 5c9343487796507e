#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The program's entry point, in both builds. One executable holds both fuzz targets;
/// `NABLA_FUZZ_TARGET=lesson` selects the lesson-file target, anything else (or nothing)
/// the language target. (An environment variable, because libFuzzer owns the arguments.)
///
/// - Built by `make fuzz` (`-sanitize=fuzzer -DNABLA_LIBFUZZER`): hands control to libFuzzer
///   through `LLVMFuzzerRunDriver`, which takes libFuzzer's usual arguments (corpus folders,
///   `-max_total_time`, …). SwiftPM links executables with `main` aliased to this module's
///   entry point, so this runs rather than libFuzzer's own `main`.
/// - Built by a plain `swift build`: a replayer. `NablaFuzz FILE…` runs each file through the
///   same target, so a crash found by fuzzing reproduces (and can be debugged) without the
///   fuzzing toolchain, and the package's default build stays valid.
@main
enum FuzzMain {
    static func main() {
        #if NABLA_LIBFUZZER
        exit(runLibFuzzer(nablaSelectedTarget))
        #else
        exit(replay(CommandLine.arguments.dropFirst(), nablaSelectedTarget) ? 0 : 1)
        #endif
    }
}

/// The target `NABLA_FUZZ_TARGET` names, set up on first use.
private let selected: @Sendable (UnsafeBufferPointer<UInt8>) -> Void = {
    if let name = getenv("NABLA_FUZZ_TARGET"), String(cString: name) == "lesson" {
        return LessonFuzzer.run
    }
    LanguageFuzzer.setUp()
    return LanguageFuzzer.run
}()

/// Called once per input. Always returns 0 (the input may join the corpus).
let nablaSelectedTarget: FuzzTarget = { data, size in
    guard let data else { return 0 }
    selected(UnsafeBufferPointer(start: data, count: size))
    return 0
}

/// libFuzzer's well-known entry point. The driver above is given `nablaSelectedTarget`
/// directly; this symbol exists because the sanitizer runtime's archive references it
/// (its `main` object is linked in even though SwiftPM's `main` alias takes precedence).
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    nablaSelectedTarget(data, size)
}
