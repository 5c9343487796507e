import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a fresh, private directory `/tmp/nabla-test-<label>-XXXXXX` and returns its path.
/// The caller removes it with `removeTemporaryDirectory` (or uses `TemporaryDirectory`).
public func makeTemporaryDirectory(_ label: String = "scratch") -> String {
    var template = Array("/tmp/nabla-test-\(label)-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard let made else { fatalError("cannot make a temporary directory in /tmp (errno \(errno))") }
    return String(cString: made)
}

/// Removes a directory made by `makeTemporaryDirectory` and everything in it, also folders a
/// test made unreadable or unwritable. Refuses any other path, so a wrong variable can never
/// empty a real folder.
public func removeTemporaryDirectory(_ path: String) {
    guard path.hasPrefix("/tmp/nabla-test-"), !path.contains("/../") else { return }
    removeTree(path)
}

private func removeTree(_ p: String) {
    chmod(p, 0o700)
    if let dir = opendir(p) {
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let full = p + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) { removeTree(full) } else { unlink(full) }
        }
        closedir(dir)
    }
    rmdir(p)
}

/// A temporary directory removed when the value is dropped. Keep the value alive for as long
/// as the path is used (`withExtendedLifetime`, or use it after the last use of the path).
public final class TemporaryDirectory {
    public let path: String

    public init(_ label: String = "scratch") { path = makeTemporaryDirectory(label) }

    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String { path + "/" + name }

    deinit { removeTemporaryDirectory(path) }
}
