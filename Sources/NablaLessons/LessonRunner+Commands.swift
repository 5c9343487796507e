import NablaRuntime
import NablaSyntax

/// Reading the student's input between and within steps, and the lesson's own commands.
extension LessonRunner {
    enum Command: Equatable {
        case hint, solution, skip, again, back, menu, bye, help
        case export(String)

        static func parse(_ input: String) -> Command? {
            let t = input.trimmed
            let word = t.hasPrefix(":") ? String(t.dropFirst()) : t
            switch word.lowercased() {
            case "hint": return .hint
            case "solution": return .solution
            case "skip": return .skip
            case "again": return .again
            case "back": return .back
            case "menu": return .menu
            case "bye", "exit", "quit", "q": return .bye
            case "help", "?": return .help
            default: break
            }
            if word.hasPrefix("export") {
                let file = word.dropFirst("export".count).trimmed
                return .export(file.isEmpty ? "notes.md" : unquote(file))
            }
            return nil
        }

        static func unquote(_ s: String) -> String {
            guard s.count >= 2, let f = s.first, f == "'" || f == "\"", s.last == f else { return s }
            return String(s.dropFirst().dropLast())
        }
    }

    /// One thing the student typed: its text (commands and notes read it) and, for code
    /// the reader parsed, that parse (run as it is, never parsed again).
    struct Typed {
        let text: String
        let parsed: ParsedInput?
    }

    enum Reply {
        case typed(Typed)
        case interrupted
        case end
    }

    func read(_ prompt: String = ">> ") -> Reply {
        guard let input else { return .end }
        hooks.beforeInput(session)
        hooks.flush()
        switch input.read(prompt: prompt) {
        case .text(let text): return .typed(Typed(text: text, parsed: nil))
        case .input(let parsed): return .typed(Typed(text: parsed.text, parsed: parsed))
        case .interrupted: return .interrupted
        case .end: return .end
        }
    }

    /// The program of what was typed: the reader's parse, else parsed here (once).
    func parse(_ typed: Typed) -> ParsedInput {
        typed.parsed ?? session.parse(typed.text, name: "<input>")
    }

    /// After a step: Enter goes on; anything else runs (exploring) or is a command.
    func waitAfterStep(_ ending: Step.Ending) -> StepResult {
        for l in TextLayout.wrap(ending == .play ? text[.freePlay] : text[.continueHint], width: width) { line(dim(l)) }
        while true {
            switch read() {
            case .end: return .quit
            case .interrupted: continue
            case .typed(let input):
                if input.text.trimmed.isEmpty { return .next }
                if let command = Command.parse(input.text) {
                    switch command {
                    case .hint, .solution, .skip: line(text[.notAnExercise])
                    default:
                        if let r = perform(command) { return r }
                    }
                    continue
                }
                explore(input)
            }
        }
    }

    /// Commands common to every step; nil means stay on the step.
    func perform(_ command: Command) -> StepResult? {
        switch command {
        case .again: return .again
        case .back: return .back
        case .bye: return .quit
        case .menu: return menu()
        case .help:
            for l in TextLayout.wrap(text[.commands], width: width) { line(l) }
            line(dim(text[.helpMore]))
            return nil
        case .export(let file):
            if let problem = FileSystem.writeAtomically(notes.markdown, to: file) {
                screen.writeError(text[.cannotWrite].filled(file, problem) + "\n")
            } else {
                line("✓ \(file)")
            }
            return nil
        case .hint, .solution, .skip:
            return nil
        }
    }

    /// Runs input that is not an answer: REPL commands, code.
    func explore(_ input: Typed) {
        if let goOn = hooks.replCommand(input.text, session) {
            if !goOn { line(dim(text[.leaveHint])) }
            return
        }
        _ = tee.take()
        session.run(parse(input))
        let shown = tee.take()
        notes.exchange(input.text, output: shown.text, latex: latex(shown.formulas))
    }

    func menu() -> StepResult? {
        for (k, step) in lesson.steps.enumerated() {
            let mark = k == progress.step ? "▸" : " "
            line("\(mark) \(k + 1 < 10 ? " " : "")\(k + 1). \(step.label)")
        }
        switch read(text[.menuPrompt]) {
        case .typed(let t):
            guard let n = Int(t.text.trimmed), n >= 1, n <= lesson.steps.count else { return nil }
            return .jump(n - 1)
        default: return nil
        }
    }
}
