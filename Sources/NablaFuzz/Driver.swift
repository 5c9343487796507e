#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fuzz target's per-input function, as libFuzzer calls it.
typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if NABLA_LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ target: FuzzTarget
) -> CInt

/// Runs libFuzzer's driver with this process's arguments; returns its exit status.
func runLibFuzzer(_ target: FuzzTarget) -> CInt {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, target)
}
#endif

/// Runs each file once through `target`. Returns false when a file could not be read.
func replay(_ paths: ArraySlice<String>, _ target: FuzzTarget) -> Bool {
    var ok = true
    for path in paths {
        guard let bytes = readAll(path) else {
            // Standard error by descriptor: Swift 6 rejects the C global `stderr`.
            let message = "cannot read \(path)\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            ok = false
            continue
        }
        bytes.withUnsafeBufferPointer { buffer in _ = target(buffer.baseAddress, buffer.count) }
        print("ran \(path) (\(bytes.count) bytes)")
    }
    return ok
}

private func readAll(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count { break }
    }
    return bytes
}
