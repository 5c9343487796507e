import NablaRuntime
import NablaSyntax

/// Classroom mode (`--demo`): the lesson in front of a class, with model answers typed out.
extension LessonRunner {
    func runDemo(from start: Int) -> Outcome {
        var step = start
        while step < lesson.steps.count {
            let s = lesson.steps[step]
            if options.clearScreen && step > start { screen.clearScreen() } else { line() }
            // Compact: a step of a well-written lesson fits an 80×24 projector screen.
            line(bold(rule("\(step + 1)/\(lesson.steps.count)")))
            for block in s.blocks {
                switch block {
                case .heading(let title, _, _):
                    line(bold(title))
                    line()
                case .narration(let markdown, _):
                    for l in TextLayout.render(markdown, width: width, style: style) { line(l) }
                    line()
                case .demo(let demo):
                    _ = runDemo(demo)
                case .exercise(let e):
                    let number = (lesson.exercises.firstIndex { $0.line == e.line } ?? 0) + 1
                    line(bold("✎ " + text[.exerciseHeading].filled(number, lesson.exercises.count, e.title)))
                    for l in TextLayout.render(e.prompt, width: width, style: style) { line(l) }
                    line()
                    // The class thinks first: the answer waits for Enter, and the teacher may
                    // try code live in the lesson's workspace meanwhile.
                    if options.pause, !liveCode(until: text[.showAnswer]) { return .quit }
                    typeOut(e.solution)
                    session.run(e.solution, name: "<solution>")
                    line(styled(text[.modelAnswer], .success))
                }
            }
            step += 1
            guard options.pause, step < lesson.steps.count else { continue }
            line(dim(text[.demoNext]))
            var waiting = true
            while waiting {
                switch read("") {
                case .end, .interrupted: return .quit
                case .typed(let t):
                    switch Command.parse(t.text) {
                    case .bye: return .quit
                    case .back:
                        restore(nil)
                        step = fastForward(to: max(step - 2, 0))
                        waiting = false
                    default:
                        if t.text.trimmed.isEmpty || Command.parse(t.text) != nil { waiting = false } else { explore(t) }
                    }
                }
            }
        }
        hooks.flush()
        return .finished
    }

    /// Classroom mode's pause before an answer: shows `prompt`, runs any code typed in the
    /// lesson's workspace, and returns on an empty line (true) or `bye`/end of input (false).
    func liveCode(until prompt: String) -> Bool {
        line(dim(prompt))
        while true {
            switch read() {
            case .end, .interrupted: return false
            case .typed(let t):
                if t.text.trimmed.isEmpty { return true }
                if Command.parse(t.text) == .bye { return false }
                explore(t)
            }
        }
    }

    /// The model answer "typed" at the prompt, a character at a time when pausing.
    func typeOut(_ code: String) {
        var first = true
        for l in code.split(separator: "\n", omittingEmptySubsequences: false) {
            say(styled(first ? ">> " : ".. ", .code))
            first = false
            if options.pause {
                for ch in l {
                    say(styled(String(ch), .code))
                    hooks.flush()
                    hooks.sleep(0.03)
                }
                say("\n")
            } else {
                line(styled(String(l), .code))
            }
        }
    }
}
