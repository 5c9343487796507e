import NablaRuntime
import NablaSyntax

/// One step on screen: its headings, narration and demos, shown as the REPL would show them.
extension LessonRunner {
    enum StepResult: Equatable {
        case next, again, back, quit
        case jump(Int)
    }

    func show(_ index: Int) -> StepResult {
        let step = lesson.steps[index]
        line(dim(rule("\(index + 1)/\(lesson.steps.count)")))
        for block in step.blocks {
            switch block {
            case .heading(let title, let level, _):
                line(bold(title))
                notes.heading(title, level: level)
                line()
            case .narration(let markdown, _):
                for l in TextLayout.render(markdown, width: width, style: style) { line(l) }
                notes.narration(markdown)
                line()
            case .demo(let demo):
                if let r = runDemo(demo) { return r }
            case .exercise(let exercise):
                return runExercise(exercise, index: index)
            }
        }
        return waitAfterStep(step.ending)
    }

    /// Shows a demo the way the REPL would: each complete input after `>> `, then its output.
    func runDemo(_ demo: Demo) -> StepResult? {
        var endsWithBlank = false
        for chunk in Self.inputs(of: demo, in: lesson) {
            echo(chunk.text)
            _ = tee.take()
            session.run(chunk)
            let shown = tee.take()
            notes.exchange(chunk.text, output: shown.text, latex: latex(shown.formulas))
            endsWithBlank = shown.text.hasSuffix("\n\n")
        }
        // Displayed matrices already end with a blank line; don't add a second one.
        if !endsWithBlank { line() }
        return nil
    }

    func echo(_ code: String) {
        var first = true
        for l in code.split(separator: "\n", omittingEmptySubsequences: false) {
            line(styled((first ? ">> " : ".. ") + l, .code))
            first = false
        }
    }

    /// Splits a demo into the complete inputs a student would type one at a time, parsed
    /// as they are split (and run as parsed); errors point at the lesson file's lines.
    static func inputs(of demo: Demo, in lesson: Lesson) -> [ParsedInput] {
        var inputs = InputAccumulator(continuousLines: true, firstLine: demo.line + 1) { _ in lesson.file }
        var out: [ParsedInput] = []
        for l in demo.code.split(separator: "\n", omittingEmptySubsequences: false) {
            if let input = inputs.add(String(l)) { out.append(input) }
        }
        if let rest = inputs.finish() { out.append(rest) }
        return out
    }

    /// The LaTeX of displayed formulas, for the notes.
    func latex(_ names: [String]) -> [String] {
        guard !names.isEmpty else { return [] }
        var out: [String] = []
        tee.muted = true
        defer { tee.muted = false }
        for name in names {
            if session.run("\(ScratchSession.slot) = latex(\(name));", name: "<notes>") == .success,
                case .tensor(let t)? = session.interpreter.variable(ScratchSession.slot)
            {
                out.append(t.stringValue)
            }
        }
        session.interpreter.clear([ScratchSession.slot])
        return out
    }

    func rule(_ label: String) -> String {
        let w = min(width, 72)
        let left = String(repeating: "─", count: max(2, w - TextLayout.visibleWidth(label) - 4))
        return left + " " + label + " ──"
    }
}
