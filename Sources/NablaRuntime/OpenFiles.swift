import Foundation
import NablaNumerics

/// The files a session's code has opened with `fopen`, by file id (3 and up; 1 and 2 are
/// standard output and error, as in Octave, and a closed id is reused, lowest first).
///
/// A file opened for reading is read whole when it is opened (it must fit the memory
/// limit); `fgetl` and `fgets` then walk it. A file opened for writing is kept in memory
/// and written by `AtomicFile`'s rules — all at once, never half — when it is closed,
/// flushed, or at the end of the input that wrote it (a script that forgets `fclose` still
/// leaves its file, as in Octave). So writing honours the same rules as every other file
/// Nabla writes: refused where the session may not write (a lesson), links written
/// through, a read-only file left alone.
public final class OpenFiles {
    public enum Mode: Sendable {
        case read, write, append
    }

    final class Handle {
        /// The path as the code gave it (what `fopen(fid)` would name) and as resolved.
        let name: String
        let path: String
        let readable: Bool
        let writable: Bool
        var content: [UInt8]
        var position = 0
        /// Set when a read reaches the end, as C's end-of-file flag is (Octave's feof).
        var atEnd = false
        /// Written since it was last saved to disk.
        var unsaved = false

        init(name: String, path: String, readable: Bool, writable: Bool, content: [UInt8]) {
            self.name = name
            self.path = path
            self.readable = readable
            self.writable = writable
            self.content = content
        }
    }

    var handles: [Int: Handle] = [:]

    public init() {}

    /// The fids now open, in order.
    public var ids: [Int] { handles.keys.sorted() }

    func add(_ handle: Handle) -> Int {
        var id = 3
        while handles[id] != nil { id += 1 }
        handles[id] = handle
        return id
    }

    /// Writes every open file that has unsaved text; the reasons for any failures.
    @discardableResult
    public func saveAll() -> [String] {
        var failures: [String] = []
        for id in ids {
            if let reason = save(id) { failures.append(reason) }
        }
        return failures
    }

    /// Writes file `id` if it has unsaved text: nil, or why it could not be written.
    func save(_ id: Int) -> String? {
        guard let h = handles[id], h.writable, h.unsaved else { return nil }
        let bytes = h.content
        if let reason = AtomicFile.write(to: h.path, { fd in AtomicFile.writeAll(fd, bytes) }) {
            return "cannot write '\(h.name.printableExcerpt(limit: 80))': \(reason)"
        }
        h.unsaved = false
        return nil
    }

    /// The next line of file `id`, with its newline when `keepNewline`; nil at the end.
    func line(_ id: Int, keepNewline: Bool) -> [UInt8]? {
        guard let h = handles[id] else { return nil }
        guard h.position < h.content.count else {
            h.atEnd = true
            return nil
        }
        var end = h.position
        while end < h.content.count, h.content[end] != 0x0A { end += 1 }
        let next = min(end + 1, h.content.count)
        let line = Array(h.content[h.position..<(keepNewline ? next : end)])
        h.position = next
        if h.position >= h.content.count { h.atEnd = true }
        return line
    }
}
