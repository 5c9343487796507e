#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime

/// The few file operations lessons need, on the C library (no Foundation: start-up time).
/// Every function reports failure by its result; none traps.
enum FileSystem {
    /// The whole file as UTF-8 (invalid bytes replaced); nil when unreadable or a directory.
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Names in a directory (no `.` and `..`), sorted; empty when unreadable.
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates the directory and its parents; true when it exists afterwards.
    @discardableResult
    static func makeDirectories(_ path: String) -> Bool {
        if isDirectory(path) { return true }
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if !isDirectory(prefix) && mkdir(prefix, 0o755) != 0 && errno != EEXIST { return false }
        }
        return isDirectory(path)
    }

    /// Writes atomically: a temporary file in the same directory, flushed, then renamed
    /// over the target, so a crash never leaves a half-written file. Nil on success,
    /// else the reason.
    static func writeAtomically(_ text: String, to path: String) -> String? {
        AtomicFile.write(text, to: path)
    }

    static func move(_ from: String, to: String) -> Bool { rename(from, to) == 0 }

    static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    static func now() -> Int { Int(time(nil)) }
}
