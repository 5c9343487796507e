#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaNumerics

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

    init() { buffer.reserveCapacity(1 << 16) }

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
        TerminalOutput.writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes everything, retrying short writes; a closed pipe (`nabla x | head`) ends
    /// the program quietly, as command-line tools do.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        bytes.withUnsafeBufferPointer { p in
            while offset < p.count {
                let n = Glibc.write(fd, p.baseAddress! + offset, p.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }
}

/// `--json`: each displayed result as one JSON object per line, for tools and tests;
/// printed text as `{"output": …}` so standard output stays pure JSON lines.
final class JSONOutput: OutputSink {
    private let terminal = TerminalOutput()

    func write(_ text: String) {
        terminal.write("{\"output\":" + JSONOutput.quote(text) + "}\n")
    }

    func writeError(_ text: String) { terminal.writeError(text) }

    func flush() { terminal.flush() }

    func displayed(name: String, value: Value, text: String) {
        var fields: [(String, String)] = [("name", JSONOutput.quote(name))]
        let s = value.shape
        fields.append(("shape", "[\(s.rows),\(s.cols)]"))
        fields.append(("class", JSONOutput.quote(value.className)))
        if let t = value.numericTensor, t.elementClass == .char {
            fields.append(("value", JSONOutput.quote(t.stringValue)))
        } else if let t = value.numericTensor {
            let rows = (0..<t.matrix.rows).map { i in
                "[" + (0..<t.matrix.cols).map { j in JSONOutput.number(t.matrix[i, j]) }.joined(separator: ",") + "]"
            }
            fields.append(("value", "[" + rows.joined(separator: ",") + "]"))
        } else {
            fields.append(("value", "null"))
        }
        if let forms = value.formulaForms {
            fields.append(("symbolic", JSONOutput.quote(forms.symbolic)))
            fields.append(("latex", JSONOutput.quote(forms.latex)))
            fields.append(("code", JSONOutput.quote(forms.code)))
        }
        fields.append(("text", JSONOutput.quote(text)))
        terminal.write("{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}\n")
    }

    /// JSON has no NaN or infinities; they are written as the strings Octave prints.
    static func number(_ x: Double) -> String {
        if x.isNaN { return "\"NaN\"" }
        if x.isInfinite { return x > 0 ? "\"Inf\"" : "\"-Inf\"" }
        if x == x.rounded() && Swift.abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
