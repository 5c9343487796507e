#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import NablaNumerics
import NablaRuntime
import NablaTeaching
import NablaSyntax

/// `nabla` — the command line.
struct NablaCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "nabla",
        abstract: "∇ Nabla — the mathematics of neural networks, at a terminal.",
        discussion: """
        With no arguments, starts an interactive session. Code can also come from a file, \
        from -e, or from standard input when it is not a terminal.

        Other commands:
          nabla lesson         list the lessons (nabla lesson --help: all options)
          nabla lesson 06      work through lesson 06
        """,
        version: "nabla \(version)\nBLAS: \(BLASKernel.active.summary)"
    )

    @Argument(help: "A script to run.")
    var file: String?

    @Option(name: .customShort("e"), help: ArgumentHelp("Run <code> and exit.", valueName: "code"))
    var code: String?

    @Flag(help: "Print each displayed result as one JSON object per line.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour output (also: NO_COLOR=1).")
    var noColor = false

    mutating func run() throws {
        Signals.ignoreBrokenPipe()
        let sink: OutputSink = json ? JSONOutput() : TerminalOutput()
        let interactive = file == nil && code == nil && isatty(0) != 0
        let color = interactive && !noColor && getenv("NO_COLOR") == nil && isatty(2) != 0
        let session = Session(output: sink, color: color)
        NablaTeaching.isTerminal = interactive && isatty(1) != 0
        defer { sink.flush() }
        if let code {
            try finish(session.run(code, name: "<command line>"), sink)
            return
        }
        if let file {
            guard let text = readTextFile(file) else {
                sink.writeError("error: cannot read '\(file)': \(String(cString: strerror(errno)))\n")
                throw ExitCode(2)
            }
            try finish(session.run(text, name: file), sink)
            return
        }
        if !interactive {
            // Piped or redirected input: the same as running it as a file, without prompts.
            let text = readAll(fd: 0)
            try finish(session.run(text, name: "<stdin>"), sink)
            return
        }
        Signals.installInterruptHandler()
        var repl = REPL(session: session, output: sink, color: color)
        repl.run()
    }
}

/// The exit status of a non-interactive run: 0 on success or `exit(0)`, the script's
/// own status for `exit(n)`, 1 when it stopped on an error or an interrupt.
private func finish(_ outcome: Session.Outcome, _ sink: OutputSink) throws {
    sink.flush()
    switch outcome {
    case .success: return
    case .exited(let status): if status != 0 { throw ExitCode(status) }
    case .failure, .interrupted: throw ExitCode(1)
    }
}

/// Reads a whole file as UTF-8, replacing invalid bytes; nil when it cannot be read.
func readTextFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
        errno = EISDIR
        return nil
    }
    return readAll(fd: fd)
}

func readAll(fd: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}
