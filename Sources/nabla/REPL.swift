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
              let editor = LineEditor(program: "nabla", history: history) else {
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
        var counter = 0
        while true {
            output.flush()
            guard let input = readInput(editor) else { break }
            if input.trimmingSpaces.isEmpty { continue }
            if let warning = history.add(input) { output.writeError("warning: \(warning)\n") }
            // After reading: the window may have been resized while the prompt waited.
            configureDisplay()
            if case .lesson(let argument)? = ReplCommand.parse(input) {
                if let terminal = output as? TerminalOutput {
                    LessonCommand.runInsideREPL(argument, editor: editor, output: terminal, color: color)
                } else {
                    output.writeError("error: lessons need plain terminal output (not --json)\n")
                }
                editor.completer = completer  // the lesson lent the editor its own completer
                output.flush()
                continue
            }
            if let command = ReplCommand.parse(input) {
                let goOn = Terminal.withoutControlEcho {
                    let goOn = command.perform(in: session, output: output)
                    output.flush()
                    return goOn
                }
                if !goOn { break }
                continue
            }
            counter += 1
            // A Ctrl-C that arrived between inputs must not stop the next one.
            Interrupt.clear()
            let outcome = Terminal.withoutControlEcho {
                let outcome = session.run(input, name: "<input \(counter)>")
                output.flush()
                return outcome
            }
            if case .exited = outcome { break }
        }
        output.flush()
    }

    /// One complete input, or nil when the session should end (Ctrl-D on an empty prompt).
    private func readInput(_ editor: LineEditor) -> String? {
        // A Ctrl-C that stopped the last computation may still be flagged (the signal is
        // forwarded between threads, so it can land twice); it must not cancel this read.
        Interrupt.clear()
        var text = ""
        var first = true
        while true {
            output.flush()
            switch editor.read(prompt: first ? prompt : continuation) {
            case .line(let line):
                text += first ? line : "\n" + line
                first = false
                let trimmed = text.trimmingSpaces
                if trimmed.isEmpty { return "" }
                // REPL commands are not code: `:load 'my file` must not wait for a quote.
                if ReplCommand.parse(trimmed) != nil { return text }
                if !Parser.needsMoreInput(text) { return text }
            case .interrupted:
                // Ctrl-C on a line: drop it (and any unfinished block) and prompt again.
                Interrupt.clear()
                output.write("\n")
                text = ""
                first = true
            case .endOfInput:
                if Interrupt.isRequested {
                    Interrupt.clear()
                    output.write("\n")
                    text = ""
                    first = true
                    continue
                }
                output.write("\n")
                // Ctrl-D inside an unfinished block runs it, so the parser says what is missing.
                return first ? nil : text
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
        let names = LessonLibrary.defaultDirectory(executable: LessonCommand.executablePath())
            .map { LessonLibrary.load([$0]).ids } ?? []
        cachedLessonNames = names
        return names
    }

    /// Without libedit (it could not start on this terminal): a plain line reader.
    private func runPlain() {
        var counter = 0
        while true {
            output.flush()
            var text = ""
            var first = true
            while true {
                TerminalOutput.writeAll(1, Array((first ? ">> " : ".. ").utf8))
                guard let line = readLine(strippingNewline: false) else {
                    if Interrupt.isRequested {
                        Interrupt.clear()
                        TerminalOutput.writeAll(1, Array("\n".utf8))
                        text = ""
                        first = true
                        continue
                    }
                    if first { return }
                    break
                }
                text += line
                first = false
                if ReplCommand.parse(text) != nil || !Parser.needsMoreInput(text) { break }
            }
            if text.trimmingSpaces.isEmpty { continue }
            if let command = ReplCommand.parse(text) {
                if !command.perform(in: session, output: output) { return }
                continue
            }
            counter += 1
            Interrupt.clear()
            session.run(text, name: "<input \(counter)>")
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
