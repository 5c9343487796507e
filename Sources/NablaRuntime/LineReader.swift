#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file, read in 64 KiB chunks: a 1 GB file costs 64 KiB of buffer plus the
/// longest line, never the whole file. A line ends at `\n`; a `\r` before it (CRLF, as
/// Windows writes) is dropped. A line longer than `maxLine` is an error, not an allocation:
/// a binary file has no line ends. Used by `dlmread` and for piped input.
public final class LineReader {
    public struct Failure: Error {
        public var reason: String
        public var hint: String?
    }

    public static let maxLine = 16 << 20
    private let fd: Int32
    private let owned: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes from `start` up to here hold no line end (so a long line is scanned once).
    private var scanned = 0
    private var atEnd = false

    /// Reads an open descriptor (standard input, say), which stays open.
    public init(fd: Int32) {
        self.fd = fd
        owned = false
    }

    public init(path: String) throws {
        owned = true
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Failure(reason: reason, hint: errno == ENOENT ? "no such file; check the name and the current folder" : nil)
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw Failure(reason: "it is a folder, not a file", hint: nil)
        }
    }

    deinit { if owned { close(fd) } }

    /// The next line without its line end, or nil at the end of the file.
    public func next() throws -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                start = buffer.count
                return line
            }
            if buffer.count - start > Self.maxLine {
                throw Failure(reason: "a line longer than \(Self.maxLine >> 20) MiB", hint: "is this a text file of numbers?")
            }
            scanned = buffer.count
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)), hint: nil)
            }
            if n == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
