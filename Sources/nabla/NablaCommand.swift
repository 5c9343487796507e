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

    @Argument(help: "Words the script reads with argv().")
    var scriptArguments: [String] = []

    @Option(name: .customShort("e"), help: ArgumentHelp("Run <code> and exit.", valueName: "code"))
    var code: String?

    @Flag(help: "Print each displayed result as one JSON object per line.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour output (also: NO_COLOR=1).")
    var noColor = false

    @Option(help: "Language of Nabla's own words (teaching views, error hints): en or zh (default: from the locale).")
    var lang: String?

    mutating func run() throws {
        Signals.ignoreBrokenPipe()
        let interactive = file == nil && code == nil && isatty(0) != 0
        let color = interactive && !noColor && getenv("NO_COLOR") == nil && isatty(2) != 0
        // Live progress and coloured plots only for someone watching at a terminal.
        let sink: OutputSink =
            json
            ? JSONOutput()
            : TerminalOutput(live: interactive && isatty(1) != 0, colour: !noColor && getenv("NO_COLOR") == nil, styles: color)
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        session.interpreter.arguments = scriptArguments
        session.language = Language.chosen(option: lang) { getenv($0).map { String(cString: $0) } }
        defer { sink.flush() }
        if let code {
            try finish(session.run(code, name: "<command line>"), sink)
            return
        }
        if let file {
            if WorkspaceFile.isCompact(file) {
                do {
                    let contents = try WorkspaceFile.read(file)
                    try finish(WorkspaceFile.load(contents, into: session, name: file), sink)
                } catch let e as WorkspaceFile.Failure {
                    sink.writeError("error: \(e.description)\n")
                    throw ExitCode(2)
                }
                return
            }
            guard let text = readTextFile(file) else {
                let reason =
                    errno == EFBIG
                    ? "it is larger than \(maxScriptBytes >> 20) MiB, too large for a script (a data file? read it with dlmread)"
                    : String(cString: strerror(errno))
                sink.writeError("error: cannot read '\(file)': \(reason)\n")
                throw ExitCode(2)
            }
            try finish(session.run(text, name: file), sink)
            return
        }
        if !interactive {
            // Piped or redirected input: each complete statement runs as it arrives (so
            // `yes 'x = 1;' | nabla` runs, and a generator's output is handled as it comes),
            // stopping at the first error as Octave does.
            try finish(runStatements(from: LineReader(fd: 0), in: session, sink), sink)
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
    // Output that never reached its file (`nabla … > /dev/full`) is a failure, not a success.
    if let lost = (sink as? TerminalOutput)?.lostOutput ?? (sink as? JSONOutput)?.lostOutput {
        sink.writeError("nabla: standard output was lost: \(lost)\n")
        throw ExitCode(1)
    }
    switch outcome {
    case .success: return
    case .exited(let status): if status != 0 { throw ExitCode(status) }
    case .failure, .interrupted: throw ExitCode(1)
    }
}

/// Runs the statements of a stream one complete statement at a time; errors point at the
/// lines of the whole stream.
private func runStatements(from reader: LineReader, in session: Session, _ sink: OutputSink) -> Session.Outcome {
    var inputs = InputAccumulator(continuousLines: true) { _ in "<stdin>" }
    var lineNumber = 0
    while true {
        let bytes: [UInt8]?
        do { bytes = try reader.next() } catch let e as LineReader.Failure {
            sink.writeError("error: <stdin>:\(lineNumber + 1): \(e.reason)\n")
            return .failure
        } catch { return .failure }
        guard let bytes else { break }
        lineNumber += 1
        var line = String(decoding: bytes, as: UTF8.self)
        if lineNumber == 1 { line = line.droppingByteOrderMark }
        guard let input = inputs.add(line) else { continue }
        let outcome = session.run(input)
        sink.flush()
        if outcome != .success { return outcome }
    }
    return inputs.finish().map { session.run($0) } ?? .success
}

/// Scripts larger than this are refused rather than read: a script is parsed whole, at
/// several times its size in memory, and a file this large is data, not a program.
let maxScriptBytes = 64 << 20

/// Reads a whole file as UTF-8, replacing invalid bytes; nil when it cannot be read
/// (errno says why; EFBIG for a file over `maxScriptBytes`).
func readTextFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
        errno = EISDIR
        return nil
    }
    if fstat(fd, &st) == 0 && Int(st.st_size) > maxScriptBytes {
        errno = EFBIG
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
