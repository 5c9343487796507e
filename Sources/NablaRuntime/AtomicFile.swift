#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file Nabla writes (`csvwrite`, `saveplot`, `graph(e, 'f.dot')`, `:save`, `:export`,
/// lesson progress, history) is written here, by these rules:
///
/// - **A symlink is written through**, not replaced: the link is followed (a dangling one
///   too — its target is created), and the target gets the new content.
/// - **A regular file is replaced atomically**: a temporary file in the target's folder,
///   written, flushed, given the target's permission bits (a 0600 file stays 0600) and,
///   as root, its owner, then renamed over the target. A crash never leaves it half-written.
///   When the folder refuses a new file but the file itself is writable, it is rewritten
///   in place instead.
/// - **Anything else is written in place**: a device (`/dev/null`, `/dev/stdout`), a FIFO.
///   Renaming over `/dev/null` as root would replace the system's device node.
/// - **What the user may not write is refused**, as Octave refuses it: a read-only file,
///   a folder (`'out' is a folder, not a file`).
/// - A write that fails (full disk, `RLIMIT_FSIZE`) leaves the old file as it was and
///   says why.
public enum AtomicFile {
    /// Writes `text` to `path`. Nil on success, else the reason, worded for a person.
    public static func write(_ text: String, to path: String, newFileMode: mode_t = 0o644) -> String? {
        let bytes = Array(text.utf8)
        return write(to: path, newFileMode: newFileMode) { fd in writeAll(fd, bytes) }
    }

    /// Writes a file whose content `produce` writes to the descriptor it is given (returning
    /// nil, or the reason it failed). The descriptor is open for writing, positioned at 0.
    public static func write(
        to path: String, newFileMode: mode_t = 0o644,
        _ produce: (Int32) -> String?
    ) -> String? {
        let target: String
        switch resolve(path) {
        case .failure(let failure): return failure.reason
        case .success(let t): target = t
        }
        var st = stat()
        if lstat(target, &st) != 0 {
            guard errno == ENOENT else { return describe(errno) }
            return replace(target, existing: nil, newFileMode: newFileMode, produce)
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            return "it is a folder, not a file"
        case S_IFREG:
            guard access(target, W_OK) == 0 else { return describe(errno) }
            return replace(target, existing: (st.st_mode & 0o7777, st.st_uid, st.st_gid), newFileMode: newFileMode, produce)
        default:
            return inPlace(target, produce)
        }
    }

    /// The path a write to `path` lands on: links followed (up to 40, as the kernel does),
    /// relative link targets taken from the link's folder. A dangling link gives its target.
    public struct Failure: Error {
        public let reason: String
    }

    public static func resolve(_ path: String) -> Result<String, Failure> {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return .failure(Failure(reason: describe(errno))) }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        return .failure(Failure(reason: "too many levels of symbolic links"))
    }

    /// Temporary file beside the target, then rename. Falls back to writing in place when
    /// the folder does not allow a new file (the file itself was checked writable).
    /// `existing` is the target's permission bits and owner; a new file gets `newFileMode`
    /// less the umask, as any program's new file does.
    private static func replace(
        _ target: String, existing: (mode: mode_t, uid: uid_t, gid: gid_t)?, newFileMode: mode_t,
        _ produce: (Int32) -> String?
    ) -> String? {
        let temporary = target + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existing == nil ? newFileMode : 0o600)
        if fd < 0 {
            let reason = errno
            if existing != nil && (reason == EACCES || reason == EPERM || reason == EROFS) { return inPlace(target, produce) }
            return describe(reason)
        }
        if let reason = produce(fd) {
            close(fd)
            unlink(temporary)
            return reason
        }
        // The data must be on disk before the rename makes it the file's content.
        if fsync(fd) != 0 && errno != EINVAL {
            let reason = describe(errno)
            close(fd)
            unlink(temporary)
            return reason
        }
        if let existing {
            fchmod(fd, existing.mode)
            if geteuid() == 0 { _ = fchown(fd, existing.uid, existing.gid) }
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let reason = describe(errno)
            unlink(temporary)
            return reason
        }
        return nil
    }

    private static func inPlace(_ target: String, _ produce: (Int32) -> String?) -> String? {
        let fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { return describe(errno) }
        defer { close(fd) }
        return produce(fd)
    }

    /// Writes all of `bytes`; nil, or the reason the disk gave.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// Writes all of `bytes` (a matrix's elements, say, without copying them first).
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, base + offset, bytes.count - offset)
            #endif
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n == 0 ? "nothing could be written" : describe(errno) }
            offset += n
        }
        return nil
    }

    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// `strerror`'s words, in lower case as the rest of Nabla's messages are.
    public static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied (the file or its folder is read-only)"
        case ENOSPC: return "the disk is full"
        case EFBIG: return "the file would be larger than this system allows"
        case EISDIR: return "it is a folder, not a file"
        case ENOENT: return "no such folder"
        case EROFS: return "the disk is read-only"
        default:
            let s = String(cString: strerror(code))
            return s.prefix(1).lowercased() + s.dropFirst()
        }
    }
}
