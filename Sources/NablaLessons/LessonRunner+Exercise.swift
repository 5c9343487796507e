import NablaRuntime
import NablaSyntax

/// An exercise: hints, the model answer, and judging the inputs that are attempts.
extension LessonRunner {
    func runExercise(_ exercise: Exercise, index: Int) -> StepResult {
        let number = (lesson.exercises.firstIndex { $0.line == exercise.line } ?? 0) + 1
        line(bold("✎ " + text[.exerciseHeading].filled(number, lesson.exercises.count, exercise.title)))
        for l in TextLayout.render(exercise.prompt, width: width, style: style) { line(l) }
        notes.exercise(exercise, label: text[.exercise])
        if !exercise.choices.isEmpty { line(dim(text[.typeChoice].filled(exercise.choices.map(\.letter).joined(separator: ", ")))) }
        line()
        var hintsShown = 0
        var wrongHere = 0
        while true {
            switch read() {
            case .end: return .quit
            case .interrupted: continue
            case .typed(let typed):
                let input = typed.text
                if input.trimmed.isEmpty {
                    line(dim(text[.typeAnswer]))
                    continue
                }
                if let command = Command.parse(input) {
                    switch command {
                    case .hint:
                        if hintsShown < exercise.hints.count {
                            let label = text[.hintHeading].filled(hintsShown + 1, exercise.hints.count)
                            for l in TextLayout.wrap(
                                TextLayout.inline(exercise.hints[hintsShown], style: style), width: width, first: label,
                                rest: String(repeating: " ", count: TextLayout.visibleWidth(label)))
                            {
                                line(styled(l, .hint))
                            }
                            hintsShown += 1
                            progress.hints += 1
                            progress.record(number) { $0.hints += 1 }
                        } else {
                            line(text[.noMoreHints])
                        }
                    case .solution:
                        guard options.allowSkip else { line(text[.teacherOff]); continue }
                        line(text[.solution])
                        echo(exercise.solution)
                        progress.solutions += 1
                        progress.record(number) { $0.solution = true }
                    case .skip:
                        guard options.allowSkip else { line(text[.teacherOff]); continue }
                        progress.record(number) { $0.solution = true }
                        line(text[.skipped])
                        echo(exercise.solution)
                        session.run(exercise.solution, name: "<solution>")
                        return .next
                    default:
                        if let r = perform(command) { return r }
                    }
                    continue
                }
                if let goOn = hooks.replCommand(input, session) {
                    if !goOn { return .quit }
                    continue
                }
                // A multiple-choice answer is its letter.
                let answer = exercise.choiceAnswer(input).map { Typed(text: $0, parsed: nil) } ?? typed
                switch attempt(answer, exercise) {
                case .notAnAttempt: continue
                case .correct:
                    progress.markSolved(number)
                    line(styled(text[.correct], .success) + (exercise.explanation.map { (text.language == .zh ? "" : " ") + $0 } ?? ""))
                    save()
                    return waitAfterStep(lesson.steps[index].ending)
                case .wrong(let why):
                    wrongHere += 1
                    progress.attempts += 1
                    progress.record(number) {
                        $0.attempts += 1; $0.wrong.append(answer.text.trimmed)
                    }
                    for l in TextLayout.wrap(text[.notYet] + TextLayout.inline(why, style: TextStyle.plain), width: width) { line(styled(l, .failure)) }
                    if wrongHere == 1 && hintsShown < exercise.hints.count { line(dim(text[.askHint])) }
                    save()
                }
            }
        }
    }

    /// Runs one input at an exercise and judges it when it is an answer attempt.
    func attempt(_ input: Typed, _ exercise: Exercise) -> Verdict {
        let parsed = parse(input)
        guard case .success(let program) = parsed.result else {
            // The session renders the syntax error exactly as the REPL does.
            session.run(parsed)
            return .notAnAttempt
        }
        let counts = AnswerJudge.isAttempt(program, for: exercise)
        _ = tee.take()
        let outcome = session.run(program)
        let shown = tee.take()
        notes.exchange(input.text, output: shown.text, latex: latex(shown.formulas))
        guard counts else { return .notAnAttempt }
        guard outcome == .success else {
            line(dim(text[.errorNotCounted]))
            return .notAnAttempt
        }
        let index = lesson.exercises.firstIndex { $0.line == exercise.line } ?? 0
        return AnswerJudge.judge(
            exercise, program: program, student: session.interpreter,
            context: reference.context(exercise: index))
    }
}
