#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaNumerics
import NablaSyntax

/// Buffered output to file descriptors 1 and 2.
///
/// Standard output into a pipe or file is buffered (a loop that prints a million lines
/// must not make a million system calls) and flushed before every prompt, before
/// anything goes to standard error and at exit, so the two streams interleave as they
/// were written. On a terminal it is flushed at the end of every line, as C's stdio
/// does, so a loop that prints its progress (`printf("epoch %d\n", k)`) is seen as it
/// runs.
final class TerminalOutput: OutputSink {
    private var buffer: [UInt8] = []
    private let lineBuffered = isatty(1) != 0
    /// Why standard output lost text (a full disk, `ulimit -f`), once it has; later output
    /// is dropped. The command reports it on standard error and exits non-zero.
    private(set) var lostOutput: String?
    /// Someone watches standard output at a terminal: a status line is redrawn in place.
    let showsLiveStatus: Bool
    /// And figures may be coloured (not with --no-color or NO_COLOR).
    let showsColour: Bool
    /// Text is styled (headings bold, errors red): the command decided that a person
    /// watches, in colour.
    let styles: Bool

    init(live: Bool = false, colour: Bool = false, styles: Bool = false) {
        showsLiveStatus = live
        showsColour = live && colour
        self.styles = styles
        buffer.reserveCapacity(1 << 16)
    }

    func styled(_ text: String, as style: TextStyle) -> String {
        (style.isFigure ? showsColour : styles) ? "\u{1B}[\(TerminalOutput.code(style))m\(text)\u{1B}[0m" : text
    }

    /// The colour of each figure series in turn: blue, red, green, yellow, magenta, cyan, white.
    static let seriesColours = ["34", "31", "32", "33", "35", "36", "37"]

    /// The SGR code of each style.
    static func code(_ style: TextStyle) -> String {
        switch style {
        case .heading, .strong, .location: "1"
        case .aside: "2"
        case .emphasis: "3"
        case .code: "36"
        case .hint: "33"
        case .success: "32"
        case .failure: "31"
        case .errorLabel: "1;31"
        case .warningLabel: "1;35"
        case .noteLabel, .hintLabel: "1;36"
        case .caret: "1;32"
        case .series(let k): seriesColours[k % seriesColours.count]
        case .region(let k): "2;" + seriesColours[k % seriesColours.count]
        }
    }

    /// On a terminal only: escape codes in a pipe or a file are litter.
    func clearScreen() {
        if lineBuffered { write("\u{1B}[H\u{1B}[2J") }
    }

    func status(_ line: String) {
        guard showsLiveStatus else { return }
        write("\r\u{1B}[2K" + line)
        flush()
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || (lineBuffered && text.utf8.contains(10)) { flush() }
    }

    func writeError(_ text: String) {
        flush()
        TerminalOutput.writeAll(2, Array(text.utf8))
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        if lostOutput == nil, let code = TerminalOutput.writeAll(1, buffer) { lostOutput = AtomicFile.describe(code) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes everything, retrying short writes; nil, or the errno of a failed write. A
    /// closed pipe (`nabla x | head`) ends the program quietly, as command-line tools do.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        return bytes.withUnsafeBufferPointer { p -> Int32? in
            while offset < p.count {
                let n = Glibc.write(fd, p.baseAddress! + offset, p.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }
}

/// `--json`: each displayed result as one JSON object per line (`JSONRecord`), for tools
/// and tests; printed text as `{"output": …}` so standard output stays pure JSON lines.
final class JSONOutput: OutputSink {
    private let terminal = TerminalOutput()

    func write(_ text: String) {
        terminal.write("{\"output\":" + JSONRecord.quote(text) + "}\n")
    }

    func writeError(_ text: String) { terminal.writeError(text) }

    func flush() { terminal.flush() }

    var lostOutput: String? { terminal.lostOutput }

    func displayed(name: String, value: Value, text: String) {
        terminal.write(JSONRecord.displayed(name: name, value: value, text: text) + "\n")
    }
}
