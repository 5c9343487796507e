#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which files a session's code may read.
///
/// At the REPL and in scripts, anything the user can read. A lesson is a file downloaded
/// from anyone, so the lesson runner narrows reading to the lesson's own folder (and any
/// data folders Nabla ships): `dlmread('/etc/passwd')` in a lesson's demo must not put the
/// system's files on the screen. Paths are compared after resolving links and `..`, so
/// neither `data/../../etc/passwd` nor a symlink out of the folder gets through.
public struct ReadPolicy: Sendable {
    /// Folders (resolved, absolute) whose files may be read; nil means any file.
    public var folders: [String]?

    public static let anywhere = ReadPolicy(folders: nil)

    public init(folders: [String]?) {
        self.folders = folders.map { $0.compactMap(FileAccess.resolved) }
    }

    /// Whether `path` lies inside one of the folders.
    public func allows(_ path: String) -> Bool {
        guard let folders else { return true }
        guard let full = FileAccess.resolved(path) else { return false }
        return folders.contains { full == $0 || full.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }
}

public enum FileAccess {
    /// The absolute path with every link and `..` resolved, or nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}

extension String {
    /// At most `limit` characters of the text, for quoting a file's contents in a message:
    /// control characters are shown as escapes (`\0`, `\x1B`), invisible and unreadable
    /// characters as `?`, and a longer text ends in `…`. A file of 5 MB of NULs makes a
    /// short message, not a 5 MB one.
    public func printableExcerpt(limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in unicodeScalars {
            if count >= limit { return out + "…" }
            switch scalar.value {
            case 0: out += "\\0"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0..<0x20, 0x7F, 0x80..<0xA0:
                out += "\\x" + String(scalar.value, radix: 16, uppercase: true)
            case 0xFFFD, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                out += "?"  // invalid bytes, invisible marks and text-direction overrides
            default:
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}

extension BuiltinCall {
    /// Writes a file for a builtin (`csvwrite`, `saveplot`, `graph(e, 'f.dot')`) by the
    /// rules of `AtomicFile`, or says plainly why not: file writes turned off (a lesson),
    /// a folder, a read-only file, a full disk.
    public func writeFile(_ text: String, to file: String) throws {
        guard interpreter.allowsFileWrites else {
            throw error("writing files is turned off here (lessons never write to your disk)")
        }
        if let reason = AtomicFile.write(text, to: interpreter.filePath(file)) {
            throw error("cannot write '\(file.printableExcerpt(limit: 80))': \(reason)")
        }
    }
}
