#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaLessons
import NablaRuntime
import NablaSyntax

/// The interactive session on a terminal: read a complete input (asking for more lines
/// while a block, bracket or string is open), run it, repeat.
///
/// Contracts: one history entry per complete input; Ctrl-C on a line discards it and
/// Ctrl-C during a computation stops it (the runtime reports "interrupted" and keeps
/// the variables); Ctrl-D on an empty prompt, `exit`, `quit` and `:quit` end the
/// session normally. Only used when standard input is a terminal.
struct REPL {
    let session: Session
    let output: OutputSink
    let color: Bool

    /// Prompts; colour sequences are wrapped in libedit's prompt escape (\u{1}) so they
    /// take no columns.
    var prompt: String { color ? "\u{1}\u{1B}[1;34m\u{1}>>\u{1}\u{1B}[0m\u{1} " : ">> " }
    var continuation: String { color ? "\u{1}\u{1B}[2m\u{1}..\u{1}\u{1B}[0m\u{1} " : ".. " }

    mutating func run() {
        ReplSignals.install()
        output.write("∇ Nabla \(NablaCommand.version) — :help for help, Tab completes, exit or Ctrl-D leaves.\n")
        guard let history = History(path: History.defaultPath()),
            let editor = LineEditor(program: "nabla", history: history)
        else {
            runPlain()
            return
        }
        if let notice = history.notice { output.writeError("warning: \(notice)\n") }
        let session = self.session
        let completer: (String) -> Completion = { before in
            var names = Completion.names(in: session.interpreter)
            names.commands = ReplCommand.names
            names.lessons = REPL.lessonNames
            return Completion.complete(before, names: names)
        }
        editor.completer = completer
        var inputs = InputAccumulator { "<input \($0)>" }
        while true {
            output.flush()
            guard let read = readInput(editor, &inputs) else { break }
            if let warning = history.add(read.text) { output.writeError("warning: \(warning)\n") }
            // After reading: the window may have been resized while the prompt waited.
            configureDisplay()
            guard case .code(let input) = read else {
                if !perform(read.text, editor: editor, completer: completer) { break }
                continue
            }
            // A Ctrl-C that arrived between inputs must not stop the next one.
            Interrupt.clear()
            let outcome = Terminal.withoutControlEcho {
                let outcome = session.run(input)
                output.flush()
                return outcome
            }
            if case .exited = outcome { break }
        }
        output.flush()
    }

    /// What was read at the prompt: a REPL command, or code parsed as it was read.
    private enum Input {
        case command(String)
        case code(ParsedInput)
        var text: String {
            switch self {
            case .command(let text): text
            case .code(let input): input.text
            }
        }
    }

    /// Performs a REPL command; false when the session should end.
    private func perform(_ input: String, editor: LineEditor, completer: @escaping (String) -> Completion) -> Bool {
        if case .lesson(let argument)? = ReplCommand.parse(input) {
            if let terminal = output as? TerminalOutput {
                LessonCommand.runInsideREPL(argument, editor: editor, output: terminal)
            } else {
                output.writeError("error: lessons need plain terminal output (not --json)\n")
            }
            editor.completer = completer  // the lesson lent the editor its own completer
            output.flush()
            return true
        }
        guard let command = ReplCommand.parse(input) else { return true }
        return Terminal.withoutControlEcho {
            let goOn = command.perform(in: session, output: output)
            output.flush()
            return goOn
        }
    }

    /// One complete input, or nil when the session should end (Ctrl-D on an empty prompt).
    private func readInput(_ editor: LineEditor, _ inputs: inout InputAccumulator) -> Input? {
        // A Ctrl-C that stopped the last computation may still be flagged (the signal is
        // forwarded between threads, so it can land twice); it must not cancel this read.
        Interrupt.clear()
        while true {
            output.flush()
            switch editor.read(prompt: inputs.isEmpty ? prompt : continuation) {
            case .line(let line):
                // REPL commands are not code: `:load 'my file` must not wait for a quote.
                if inputs.isEmpty, ReplCommand.parse(line.trimmingSpaces) != nil { return .command(line) }
                if let input = inputs.add(line) { return .code(input) }
            case .interrupted:
                // Ctrl-C on a line: drop it (and any unfinished block) and prompt again.
                Interrupt.clear()
                output.write("\n")
                inputs.discard()
            case .endOfInput:
                if Interrupt.isRequested {
                    Interrupt.clear()
                    output.write("\n")
                    inputs.discard()
                    continue
                }
                output.write("\n")
                // Ctrl-D inside an unfinished block runs it, so the parser says what is missing.
                return inputs.finish().map(Input.code)
            }
        }
    }

    /// Sizes the display to the terminal, read afresh before each input so a resized
    /// window is honoured: matrices taller or wider than the window are elided with
    /// their shape shown, and Octave's column splitting uses the real width.
    private func configureDisplay() {
        let size = Terminal.size()
        var numbers = session.interpreter.settings.numbers
        numbers.terminalWidth = size.cols
        // Leave room for the name line, blank lines, the ⋮ row and the next prompt.
        let rows = max(6, size.rows - 8)
        // Columns: the Display module fits as many as the terminal's width allows.
        numbers.elide = (rows: rows, cols: size.cols)
        session.interpreter.settings.numbers = numbers
    }

    /// Lesson names for `:lesson` completion, read once, when first asked for.
    nonisolated(unsafe) static var cachedLessonNames: [String]?
    static func lessonNames() -> [String] {
        if let cached = cachedLessonNames { return cached }
        let names =
            LessonLibrary.defaultDirectory(executable: LessonCommand.executablePath())
            .map { LessonLibrary.load([$0]).ids } ?? []
        cachedLessonNames = names
        return names
    }

    /// Without libedit (it could not start on this terminal): a plain line reader.
    private func runPlain() {
        var inputs = InputAccumulator { "<input \($0)>" }
        while true {
            output.flush()
            TerminalOutput.writeAll(1, Array((inputs.isEmpty ? ">> " : ".. ").utf8))
            let input: ParsedInput
            if let line = readLine(strippingNewline: true) {
                if inputs.isEmpty, let command = ReplCommand.parse(line.trimmingSpaces) {
                    if !command.perform(in: session, output: output) { return }
                    continue
                }
                guard let complete = inputs.add(line) else { continue }
                input = complete
            } else if Interrupt.isRequested {
                Interrupt.clear()
                TerminalOutput.writeAll(1, Array("\n".utf8))
                inputs.discard()
                continue
            } else {
                guard let rest = inputs.finish() else { return }
                input = rest
            }
            Interrupt.clear()
            session.run(input)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
