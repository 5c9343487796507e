import NablaRuntime
import NablaSyntax

/// Where the runner reads the student's input: the REPL's line editor on a terminal
/// (history, completion, multi-line input), or plain lines otherwise. The CLI supplies
/// it, so the lesson engine never touches the terminal itself.
public protocol LessonInput: AnyObject {
    /// One complete input, shown after `prompt` (continuation lines already joined).
    func read(prompt: String) -> LessonLine
}

public enum LessonLine: Sendable {
    /// A line that is not code (a blank line, a `:` command), or code the reader did not
    /// parse: the runner parses it, once.
    case text(String)
    /// Code, with the parse the reader made deciding it was complete (`InputAccumulator`):
    /// the runner runs and judges that program and never parses the text again.
    case input(ParsedInput)
    /// Ctrl-C on the line: it was discarded.
    case interrupted
    /// Ctrl-D or the end of piped input.
    case end
}

/// Replays scripted lines, for tests and for `--no-pause` with piped input.
public final class ScriptedInput: LessonInput {
    public private(set) var lines: [String]
    public private(set) var prompts: [String] = []

    public init(_ lines: [String]) { self.lines = lines }

    public func read(prompt: String) -> LessonLine {
        prompts.append(prompt)
        guard !lines.isEmpty else { return .end }
        return .text(lines.removeFirst())
    }
}

/// What the CLI provides besides input: the terminal's width, a clock for the
/// classroom "typing" effect, and the REPL's own commands (`:vars`, `:help`, …).
public struct LessonHooks {
    /// Columns of the terminal, asked before each step (windows get resized).
    public var width: () -> Int
    /// Sleeps for a number of seconds (the typing effect in classroom mode).
    public var sleep: (Double) -> Void
    /// Performs a REPL command (`:vars`, `:help`, `:load`); returns nil when `input` is
    /// not one, false when it asks to leave (`:quit`, `exit`).
    public var replCommand: (String, Session) -> Bool?
    /// Called before each read (the REPL sizes its matrix display to the window here).
    public var beforeInput: (Session) -> Void
    /// Flushes buffered output before the runner waits.
    public var flush: () -> Void

    public init(
        width: @escaping () -> Int = { 80 }, sleep: @escaping (Double) -> Void = { _ in },
        replCommand: @escaping (String, Session) -> Bool? = { _, _ in nil },
        beforeInput: @escaping (Session) -> Void = { _ in }, flush: @escaping () -> Void = {}
    ) {
        self.width = width
        self.sleep = sleep
        self.replCommand = replCommand
        self.beforeInput = beforeInput
        self.flush = flush
    }
}

/// The session's output on its way to the terminal, recorded for `:export` and
/// silenced while the runner fast-forwards (`--from`, `back`, `menu`).
final class TeeSink: OutputSink {
    let target: OutputSink
    var muted = false
    /// Everything shown since the last `take()`.
    private(set) var recorded = ""
    /// Names of formulas displayed since the last `take()` (their LaTeX goes to the notes).
    private(set) var formulas: [String] = []

    init(_ target: OutputSink) { self.target = target }

    func write(_ text: String) {
        guard !muted else { return }
        recorded += text
        target.write(text)
    }

    func writeError(_ text: String) {
        guard !muted else { return }
        recorded += text
        target.writeError(text)
    }

    func flush() { target.flush() }

    func styled(_ text: String, as style: TextStyle) -> String { target.styled(text, as: style) }

    func displayed(name: String, value: Value, text: String) {
        guard !muted else { return }
        recorded += text
        if case .symbolic = value { formulas.append(name) }
        target.displayed(name: name, value: value, text: text)
    }

    func take() -> (text: String, formulas: [String]) {
        defer { recorded = ""; formulas = [] }
        return (recorded, formulas)
    }
}

/// A sink that discards everything.
final class NullSink: OutputSink {
    func write(_ text: String) {}
    func writeError(_ text: String) {}
}
