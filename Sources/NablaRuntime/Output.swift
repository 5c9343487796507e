import NablaDisplay
import NablaSyntax

/// Where a session's output goes. The runtime never writes to the terminal itself:
/// the CLI supplies a sink for stdout/stderr (or JSON lines), tests supply one that
/// records a transcript.
public protocol OutputSink: AnyObject {
    /// Text the program prints (`disp`, `printf`, displayed results).
    func write(_ text: String)
    /// Errors and warnings.
    func writeError(_ text: String)
    /// A result shown because a statement was not ended by `;`. `text` is Octave's rendering;
    /// a JSON sink can use `value` instead.
    func displayed(name: String, value: Value, text: String)
    /// Sends what was written so far on its way now: output that shows progress while
    /// work goes on (`train`'s bar) must not wait in a buffer for the next prompt.
    func flush()
    /// A figure (`plot`, `scatter`, …): `text` is its drawing in characters; `svg` makes the
    /// same figure as an SVG document, for sinks that can show images (a notebook), and is
    /// only called by them.
    func figure(text: String, svg: () -> String)

    // The library says what it shows; the sink decides how. Only a sink on a terminal
    // someone watches draws in place or in colour, so escape codes never reach a pipe,
    // a file, `--json` output, a notebook or a lesson's capture.

    /// Clears the screen (`clc`) where there is one; elsewhere nothing.
    func clearScreen()
    /// Whether a status line can be redrawn in place: `train` then shows a live progress
    /// bar through `status`, and reports in plain lines otherwise.
    var showsLiveStatus: Bool { get }
    /// Replaces the status line with `line`; "" removes it. Called only when `showsLiveStatus`.
    func status(_ line: String)
    /// Whether figures drawn in characters may use a colour per series.
    var showsColour: Bool { get }
    /// `text` marked as `style` for this sink: the text as it is, except at a colour
    /// terminal. Library code asks for a style (a heading, an error's label) and never
    /// writes escape codes itself.
    func styled(_ text: String, as style: TextStyle) -> String
}

extension OutputSink {
    public func displayed(name: String, value: Value, text: String) { write(text) }
    public func figure(text: String, svg: () -> String) { write(text) }
    public func flush() {}
    public func clearScreen() {}
    public var showsLiveStatus: Bool { false }
    public func status(_ line: String) {}
    public var showsColour: Bool { false }
    public func styled(_ text: String, as style: TextStyle) -> String { text }
}

/// Collects everything into strings: for tests, `help` examples and lesson checks.
public final class RecordingSink: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Both streams interleaved in the order they were written, as a terminal shows them.
    public private(set) var transcript = ""

    public init() {}

    public func write(_ text: String) {
        output += text
        transcript += text
    }

    public func writeError(_ text: String) {
        errors += text
        transcript += text
    }

    public func reset() {
        output = ""
        errors = ""
        transcript = ""
    }
}
