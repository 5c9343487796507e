#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Held while a test makes the pipes for a child and starts it, and while any test starts
/// a child: a child started by another test in between would inherit the pipes (tests run
/// in parallel), and this child would never see the end of its input.
public let spawnLock = Mutex<Void>(())

/// The `nabla` binary under test: `$NABLA_BINARY`, else the one built next to this test
/// bundle (whatever scratch path the build used), else `<package>/.build/debug/nabla`.
public func nablaBinary() -> String? {
    if let env = getenv("NABLA_BINARY"), env.pointee != 0 { return String(cString: env) }
    var candidates: [String] = []
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 {
        let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var dir = Substring(exe)
        // The runner lives in <scratch>/<triple>/debug/, possibly inside an .xctest bundle.
        while let slash = dir.lastIndex(of: "/") {
            dir = dir[..<slash]
            candidates.append(dir + "/nabla")
            if dir.hasSuffix("/debug") || dir.hasSuffix("/release") { break }
        }
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/nabla").path)
    return candidates.first { access($0, X_OK) == 0 }
}

public struct TerminalTestError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// Runs a program on a fresh pseudo-terminal, as a user's terminal emulator would: the
/// child is a session leader whose controlling terminal is the pty, so line editing,
/// Ctrl-C, Ctrl-Z and window sizes all behave as they do for real.
///
/// Every wait has a deadline: a hang fails the test instead of blocking CI.
public final class PseudoTerminal {
    public let pid: pid_t
    private let master: Int32
    /// Everything the program wrote, without carriage returns (the terminal's \r\n is \n).
    public private(set) var transcript = ""
    /// Where the next `expect` starts looking.
    private var mark: String.Index
    private var exitStatus: Int32?

    public init(_ program: String, arguments: [String] = [], environment: [String: String], rows: UInt16 = 30, cols: UInt16 = 100) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw TerminalTestError(description: "cannot open /dev/ptmx") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // TIOCSPTLCK and TIOCGPTN (Linux): unlock the pair and learn the slave's number.
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            close(master)
            throw TerminalTestError(description: "cannot set up the pseudo-terminal")
        }
        var size = winsize(ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (posix_spawn does that first), the pty becomes the
        // child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE, SIGWINCH, SIGCONT, SIGTTIN, SIGTTOU] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSID (glibc's 0x80).
        posix_spawnattr_setflags(&attributes, Int16(0x04 | 0x08 | 0x80))

        var child: pid_t = 0
        let rc = spawnProcess(&child, program, arguments, environment, &actions, &attributes)
        guard rc == 0 else {
            close(master)
            throw TerminalTestError(description: "cannot start \(program): \(String(cString: strerror(rc)))")
        }
        pid = child
        mark = transcript.startIndex
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// The usual environment for a test session: a real terminal type, UTF-8, no colour,
    /// and a private HOME / XDG_STATE_HOME so no user's history is touched.
    public static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1",
            "HOME": home, "XDG_STATE_HOME": home + "/state", "PATH": "/usr/bin:/bin"
        ]
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Types text (control keys as their characters: "\u{3}" is Ctrl-C).
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Keys with names, for readability.
    public static let up = "\u{1B}[A", left = "\u{1B}[D", backspace = "\u{7F}", tab = "\t", enter = "\r"
    public static let ctrlC = "\u{3}", ctrlD = "\u{4}", ctrlR = "\u{12}"

    /// Waits until the program reads keys one by one (the line editor switched the
    /// terminal out of canonical mode). Keys sent earlier are cooked by the terminal:
    /// echoed twice, and a Ctrl-D becomes an end-of-file marker the editor never sees.
    public func waitUntilReading(timeout: Double = 10) throws {
        let deadline = PseudoTerminal.now() + timeout
        while true {
            var modes = termios()
            // On Linux the master side reports the slave's settings.
            if tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 { return }
            if PseudoTerminal.now() > deadline || exitStatus != nil {
                throw TerminalTestError(description: "the program never started reading keys; the terminal showed:\n\(transcript)")
            }
            pump(timeout: 0.02)
        }
    }

    /// Waits for `text` (see `expect`), then until the line editor reads keys again.
    public func expectPrompt(_ text: String = ">> ", timeout: Double = 10) throws {
        try expect(text, timeout: timeout)
        try waitUntilReading(timeout: timeout)
    }

    /// Waits until `text` appears after the previous match and moves past it.
    @discardableResult
    public func expect(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = PseudoTerminal.now() + timeout
        while true {
            if let r = transcript[mark...].range(of: text) {
                let skipped = String(transcript[mark..<r.upperBound])
                mark = r.upperBound
                return skipped
            }
            let left = deadline - PseudoTerminal.now()
            if left <= 0 || !pump(timeout: min(left, 0.2)) && exitStatus != nil {
                throw TerminalTestError(description: "timed out waiting for \(text.debugDescription); the terminal showed:\n\(String(transcript[mark...]))")
            }
        }
    }

    /// Reads what is available within `timeout`; false at end of output.
    @discardableResult
    public func pump(timeout: Double) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        guard ready > 0 else {
            if exitStatus == nil { reap() }
            return exitStatus == nil
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard n > 0 else {
            // EIO: the child closed its side of the terminal.
            reap()
            return false
        }
        pendingBytes += chunk[0..<n]
        // Decode only complete UTF-8 sequences; keep a split character for the next read.
        var end = pendingBytes.count
        var back = 0
        while back < 4, end > 0, pendingBytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > 0, pendingBytes[end - 1] >= 0xC0 {
            let lead = pendingBytes[end - 1]
            let need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if back + 1 < need { end -= 1 } else { end = pendingBytes.count }
        } else {
            end = pendingBytes.count
        }
        let offset = transcript.distance(from: transcript.startIndex, to: mark)
        // Dropped as bytes: in a Swift String "\r\n" is one Character, not "\r" then "\n".
        transcript += String(decoding: pendingBytes[0..<end].filter { $0 != 0x0D }, as: UTF8.self)
        mark = transcript.index(transcript.startIndex, offsetBy: offset)
        pendingBytes.removeFirst(end)
        return true
    }
    private var pendingBytes: [UInt8] = []

    private func reap() {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
            exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }
    }

    /// Waits for the program to end and returns its exit status (128+N for signal N).
    public func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = PseudoTerminal.now() + timeout
        while exitStatus == nil {
            if PseudoTerminal.now() > deadline {
                throw TerminalTestError(description: "the program did not exit; the terminal showed:\n\(transcript)")
            }
            if !pump(timeout: 0.1) { reap() }
        }
        return exitStatus ?? -1
    }

    /// Gives the program time to act on input that produces no output to wait for.
    public func settle(_ seconds: Double) {
        let deadline = PseudoTerminal.now() + seconds
        while PseudoTerminal.now() < deadline { pump(timeout: max(0.01, deadline - PseudoTerminal.now())) }
    }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}

/// Runs the binary with `input` on a pipe as standard input; returns its output and status.
/// `waitFor`: keep standard input open until the program has printed this text (or 30 s
/// passed), to show that input is run as it arrives. `stdoutFile`: send standard output
/// to that file (`/dev/full`) instead of a pipe.
public func runWithPipe(
    _ program: String, arguments: [String] = [], input: String, environment: [String: String] = [:],
    waitFor: String? = nil, stdoutFile: String? = nil
) throws -> (stdout: String, stderr: String, status: Int32) {
    var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
    // Close-on-exec, set under the lock that every spawn takes (see `spawnLock`).
    let made = spawnLock.withLock { _ -> Bool in
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { return false }
        for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }
    guard made else {
        throw TerminalTestError(description: "pipe failed")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
    if let stdoutFile {
        posix_spawn_file_actions_addopen(&actions, 1, stdoutFile, O_WRONLY, 0)
    } else {
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    }
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
    var child: pid_t = 0
    let rc = spawnProcess(&child, program, arguments, environment, &actions, nil)
    close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
    guard rc == 0 else {
        close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
        throw TerminalTestError(description: "cannot start \(program)")
    }
    let bytes = Array(input.utf8)
    _ = bytes.withUnsafeBytes { write(inPipe[1], $0.baseAddress, $0.count) }
    var early: [UInt8] = []
    if let waitFor {
        var poller = pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0)
        var waited = 0
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: early, as: UTF8.self).contains(waitFor) && waited < 30_000 {
            guard poll(&poller, 1, 100) > 0 else { waited += 100; continue }
            let n = chunk.withUnsafeMutableBytes { read(outPipe[0], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            early += chunk[0..<n]
        }
    }
    close(inPipe[1])
    // Small outputs only: read stdout then stderr (a pipe holds 64 KiB, plenty here).
    func drain(_ fd: Int32) -> String {
        var all: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            all += chunk[0..<n]
        }
        close(fd)
        return String(decoding: all, as: UTF8.self)
    }
    let out = String(decoding: early, as: UTF8.self) + drain(outPipe[0])
    let err = drain(errPipe[0])
    var status: Int32 = 0
    waitpid(child, &status, 0)
    return (out, err, (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
}

/// `posix_spawn` under `spawnLock`, with the argument and environment lists as C strings that
/// live just for the call. Returns posix_spawn's result (0 or an errno).
private func spawnProcess(
    _ child: inout pid_t, _ program: String, _ arguments: [String], _ environment: [String: String],
    _ actions: inout posix_spawn_file_actions_t, _ attributes: UnsafePointer<posix_spawnattr_t>?
) -> Int32 {
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    return spawnLock.withLock { _ in posix_spawn(&child, program, &actions, attributes, argv, envp) }
}
