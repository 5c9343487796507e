#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that it is never seen half-written: the text goes to a temporary
/// file in the same directory, is flushed to disk, and is then renamed over the target.
/// `:save`, lesson progress and notes all write this way.
public enum AtomicFile {
    /// Writes `text` to `path`. Nil on success, else the reason (`strerror`'s words).
    public static func write(_ text: String, to path: String) -> String? {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                #if canImport(Glibc)
                return Glibc.write(fd, base + offset, bytes.count - offset)
                #else
                return Darwin.write(fd, base + offset, bytes.count - offset)
                #endif
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                return reason
            }
            offset += n
        }
        // The data must be on disk before the rename makes it the file's content.
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }
}
