#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import NablaRuntime

/// The REPL's input history: libedit's wide-character history list, persisted to a file.
///
/// One entry per complete input (a multi-line loop is one entry, newlines included);
/// an input equal to the one before it is not stored twice. The file is libedit's own
/// format (`_HiStOrY_V2_` header, characters escaped), so it is only ever read and
/// written through libedit. Each input is appended to what the file holds *now* — read,
/// append, write a temporary file, `rename` — under an exclusive lock, so two sessions
/// open at once (two terminals in a class) both keep their inputs, interleaved in the
/// order they were typed, and a crash never leaves a torn file. Up-arrow in a session
/// recalls what it loaded at start and its own inputs, as in bash.
final class History {
    /// At most this many entries are kept, in memory and on disk.
    static let capacity = 1000

    /// libedit's history handle; owned by this object.
    let handle: OpaquePointer
    /// Where the history persists, or nil when persistence is off.
    let path: String?

    /// Loads the history from `path` (when given and readable).
    init?(path: String?) {
        guard let h = nabla_history_init() else { return nil }
        handle = h
        self.path = path
        nabla_history_setsize(h, Int32(History.capacity))
        nabla_history_setunique(h, 1)
        if let path, History.existsUnreadable(path) {
            // Say root-owned after one `sudo nabla`: writing would replace every entry
            // with this session's. Keep it, say so, and save nothing to it.
            notice = "the history file \(path) cannot be read (\(AtomicFile.describe(errno))); this session's inputs will not be saved"
            saving = false
        } else if let path, access(path, R_OK) == 0, nabla_history_load(h, path) < 0 {
            var st = stat()
            if stat(path, &st) == 0 && st.st_size > 0 {
                // Damaged or not libedit's: set it aside (never delete what the user may
                // want back), say so, and start with an empty history.
                let aside = path + ".corrupt-\(time(nil))"
                if rename(path, aside) == 0 {
                    notice = "the history file \(path) could not be read; it was moved to \(aside) and a new one started"
                } else {
                    notice = "the history file \(path) could not be read; starting with an empty history"
                }
            }
        }
    }

    /// A message for the user about the history file (it was unreadable and set aside).
    private(set) var notice: String?
    /// False once the file is known not to take this session's inputs.
    private var saving = true

    /// True when `path` exists but this process may not read it.
    static func existsUnreadable(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && access(path, R_OK) != 0
    }

    deinit { nabla_history_end(handle) }

    /// The history file the environment asks for, or nil when persistence is off.
    ///
    /// `NABLA_HISTORY` set and empty turns persistence off (shared classroom machines);
    /// set and non-empty, it is the file's path. Otherwise the file is
    /// `$XDG_STATE_HOME/nabla/history`, with `XDG_STATE_HOME` defaulting to
    /// `~/.local/state` as the XDG base-directory specification says.
    static func defaultPath(environment: (String) -> String? = History.environment) -> String? {
        if let explicit = environment("NABLA_HISTORY") {
            return explicit.isEmpty ? nil : explicit
        }
        var state = environment("XDG_STATE_HOME") ?? ""
        // The specification says a relative XDG path is invalid and must be ignored.
        if !state.hasPrefix("/") {
            guard let home = environment("HOME"), home.hasPrefix("/") else { return nil }
            state = home + "/.local/state"
        }
        return state + "/nabla/history"
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Adds one complete input. Trailing newlines are dropped (libedit would store them
    /// and show them when the entry is recalled); blank input is not stored. Returns a
    /// warning the first time the file cannot take the input (then stops trying).
    @discardableResult
    func add(_ input: String) -> String? {
        var text = Substring(input)
        while let last = text.last, last == "\n" || last == "\r" || last == " " { text.removeLast() }
        guard !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        let wide = WideString(String(text))
        _ = wide.withPointer { nabla_history_enter(handle, $0) }
        guard saving, let path, let problem = append(wide) else { return nil }
        saving = false
        return "the history file \(path) cannot be written (\(problem)); this session's inputs will not be saved"
    }

    /// Number of entries held.
    var count: Int { Int(nabla_history_count(handle)) }

    /// Appends one entry to the file as it is now, under a lock, written by `AtomicFile`'s
    /// rules (a symlinked history is written through, `/dev/null` stays a device, a 0600
    /// file stays 0600). Nil on success, else why not; entries already in the file are
    /// never dropped: a file that cannot be read is left alone.
    func append(_ entry: WideString) -> String? {
        guard let path else { return nil }
        History.makeDirectories(History.parentDirectory(of: path))
        // The lock is a file of its own: the history file itself is replaced by rename.
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return AtomicFile.describe(errno) }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { return AtomicFile.describe(errno) }
        defer { flock(lock, LOCK_UN) }
        guard let merged = nabla_history_init() else { return "libedit could not start" }
        defer { nabla_history_end(merged) }
        nabla_history_setsize(merged, Int32(History.capacity))
        nabla_history_setunique(merged, 1)
        if History.existsUnreadable(path) { return AtomicFile.describe(errno) }
        if access(path, R_OK) == 0, nabla_history_load(merged, path) < 0 {
            // Damaged since this session started: leave it for the user rather than
            // replace it with one entry.
            var st = stat()
            if stat(path, &st) == 0 && st.st_size > 0 && st.st_mode & S_IFMT == S_IFREG { return "it could not be read" }
        }
        _ = entry.withPointer { nabla_history_enter(merged, $0) }
        // libedit writes only to a path: a private scratch file, whose bytes then go to
        // the history file. History can hold private data (paths, names): 0600.
        var template = Array("/tmp/nabla-history-XXXXXX".utf8CString)
        let scratchFD = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard scratchFD >= 0 else { return AtomicFile.describe(errno) }
        close(scratchFD)
        let scratch = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(scratch) }
        guard nabla_history_save(merged, scratch) >= 0 else { return "libedit could not write it" }
        guard let bytes = History.readBytes(scratch) else { return "libedit could not write it" }
        return AtomicFile.write(to: path, newFileMode: 0o600) { fd in AtomicFile.writeAll(fd, bytes) }
    }

    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// `mkdir -p`, private to the user as XDG asks for state directories.
    static func makeDirectories(_ directory: String) {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            built += "/" + part
            if access(built, F_OK) != 0 { mkdir(built, 0o700) }
        }
    }
}

/// A Swift string as a NUL-terminated `wchar_t` array for libedit's wide API.
struct WideString {
    var units: [wchar_t]

    init(_ string: String) {
        units = string.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        units.append(0)
    }

    func withPointer<R>(_ body: (UnsafePointer<wchar_t>) -> R) -> R {
        units.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Decodes `count` wide characters (or up to the NUL when count is nil).
    static func decode(_ pointer: UnsafePointer<wchar_t>, count: Int? = nil) -> String {
        var scalars = String.UnicodeScalarView()
        var i = 0
        while count.map({ i < $0 }) ?? (pointer[i] != 0) {
            if let u = Unicode.Scalar(UInt32(bitPattern: pointer[i])) { scalars.append(u) }
            i += 1
        }
        return String(scalars)
    }
}
