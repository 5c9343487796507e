import NablaRuntime
import NablaSyntax
import NablaTeaching

/// Runs one lesson for a student (interactive) or in front of a class (demo).
///
/// Interactive: narration and demos step forward on Enter; at an exercise the student's
/// input runs in a real session, and only inputs that set the answer are judged
/// (exploring is never marked wrong). Lesson commands: `hint` (one at a time),
/// `solution`, `skip` (both off with `allowSkip = false`), `again`, `back`, `menu`,
/// `:export FILE`, `bye`. Progress — the step and the workspace — is saved after each
/// step and a lesson resumes where it was left.
///
/// Demo: no checks, no progress; exercises show their model answer being typed and run.
public final class LessonRunner {
    public struct Options: Sendable {
        public var demo = false
        /// Wait for Enter between steps (demo mode); interactive mode always waits.
        public var pause = true
        /// 1-based step to start at.
        public var from: Int?
        /// `--no-skip` turns `skip` and `solution` off.
        public var allowSkip = true
        public var color = false
        /// Ignore saved progress and start again.
        public var restart = false
        /// Classroom mode on a terminal: each step starts on a clear screen.
        public var clearScreen = false
        public init() {}
    }

    public enum Outcome: Equatable, Sendable {
        case finished
        case quit
    }

    public let lesson: Lesson
    public let session: Session
    let tee: TeeSink
    let screen: OutputSink
    let input: LessonInput?
    let store: ProgressStore?
    let options: Options
    let hooks: LessonHooks
    let text: RunnerText
    public private(set) var progress: Progress
    /// Workspace at the start of each visited step, for `back` and `again`.
    var snapshots: [Int: String] = [:]
    /// The notes `:export` writes.
    var notes = NotesBuilder()
    /// The lesson's own values, which answers are judged against.
    let reference: LessonReference

    public init(lesson: Lesson, output: OutputSink, input: LessonInput?, store: ProgressStore?,
                options: Options = Options(), hooks: LessonHooks = LessonHooks()) {
        self.lesson = lesson
        self.screen = output
        self.tee = TeeSink(output)
        self.session = Session(output: tee, color: options.color, vocabulary: NablaTeaching.vocabulary)
        // Lesson files are data: the code in them may not write files.
        self.session.interpreter.allowsFileWrites = false
        self.session.interpreter.readPolicy = lesson.readPolicy
        self.input = input
        self.store = options.demo ? nil : store
        self.options = options
        self.hooks = hooks
        self.text = RunnerText(language: Language(code: lesson.language))
        self.session.language = text.language
        self.progress = Progress(lesson: lesson.id, steps: lesson.steps.count)
        self.reference = LessonReference(lesson: lesson)
        notes.title(lesson)
    }

    // MARK: - Output helpers

    func say(_ s: String) { screen.write(s) }
    func line(_ s: String = "") { screen.write(s + "\n") }
    var width: Int { max(30, min(hooks.width(), 100)) }
    func styled(_ s: String, _ code: String) -> String { options.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { styled(s, "2") }
    func bold(_ s: String) -> String { styled(s, "1") }

    // MARK: - Running

    /// Runs the lesson to its end or until the student leaves.
    public func run() -> Outcome {
        var step = 0
        if options.demo {
            header()
            if let from = options.from { step = fastForward(to: min(max(from - 1, 0), lesson.steps.count)) }
            return runDemo(from: step)
        }
        header()
        step = resume()
        if let from = options.from { step = jump(from: step, to: from - 1) }
        while step < lesson.steps.count {
            snapshots[step] = ScratchSession.snapshot(session.interpreter)
            progress.step = step
            progress.workspace = snapshots[step] ?? ""
            save()
            switch show(step) {
            case .next: step += 1
            case .again: restore(snapshots[step]); continue
            case .back:
                let target = max(step - 1, 0)
                restore(snapshots[target] ?? snapshots[step])
                step = target
            case .jump(let target): step = jump(from: step, to: target)
            case .quit:
                save()  // hints and solutions looked at since the last save count too
                hooks.flush()
                line(text[.saved].filled(lesson.id))
                return .quit
            }
        }
        progress.step = lesson.steps.count
        progress.completed = true
        progress.workspace = ScratchSession.snapshot(session.interpreter)
        save()
        line()
        line(bold(text[.finished].filled(min(progress.solved, lesson.exercises.count), lesson.exercises.count, progress.attempts, progress.hints)))
        hooks.flush()
        return .finished
    }

    func header() {
        let title = "∇ \(lesson.id) · \(lesson.title)"
        let facts = text[.headerFacts].filled(lesson.minutes, lesson.steps.count)
        if TextLayout.visibleWidth(title + "   " + facts) <= width {
            line(bold(title) + dim("   " + facts))
        } else {
            for l in TextLayout.wrap(title, width: width, rest: "  ") { line(bold(l)) }
            line(dim("  " + facts))
        }
        if !options.demo {
            for l in TextLayout.wrap(text[.commands], width: width) { line(dim(l)) }
        }
        line()
    }

    /// Loads saved progress: the workspace is recreated and the saved step returned.
    func resume() -> Int {
        guard let store else { return 0 }
        if options.restart {
            store.reset(lesson.id)
            return 0
        }
        switch store.load(lesson.id) {
        case .none: return 0
        case .corrupt(let aside):
            line(text[.corrupt].filled(aside ?? "?"))
            line()
            return 0
        case .found(let saved):
            progress.attempts = saved.attempts
            progress.hints = saved.hints
            progress.solutions = saved.solutions
            progress.solved = saved.completed ? 0 : saved.solved
            progress.solvedExercises = saved.completed ? [] : saved.solvedExercises
            progress.records = saved.records
            if saved.completed || saved.step >= lesson.steps.count || saved.steps != lesson.steps.count { return 0 }
            restore(saved.workspace)
            line(dim(text[.resuming].filled(saved.step + 1, lesson.steps.count)))
            line()
            return saved.step
        }
    }

    func save() {
        guard let store else { return }
        if let problem = store.save(progress) { screen.writeError(text[.progressNotSaved].filled(problem) + "\n") }
    }

    /// Replaces the workspace with a snapshot.
    func restore(_ script: String?) {
        session.interpreter.clear()
        tee.muted = true
        if let script, !script.isEmpty { session.run(script, name: "<saved workspace>") }
        tee.muted = false
    }

    /// Runs the demos and model answers of the steps before `target` without showing
    /// them, so the workspace is what it would be after working through them.
    func fastForward(to target: Int, from start: Int = 0) -> Int {
        tee.muted = true
        defer { tee.muted = false }
        for k in start..<max(start, target) where k < lesson.steps.count {
            for block in lesson.steps[k].blocks {
                switch block {
                case .demo(let d): session.run(d.code, name: "<step \(k + 1)>")
                case .exercise(let e): session.run(e.solution, name: "<step \(k + 1)>")
                default: continue
                }
            }
        }
        return min(target, lesson.steps.count)
    }

    /// Moves to `target` (0-based) from `current`: back by restoring a snapshot, forward
    /// by fast-forwarding (not past an unsolved exercise when skipping is off).
    func jump(from current: Int, to target: Int) -> Int {
        let target = min(max(target, 0), lesson.steps.count - 1)
        if target <= current {
            if let s = snapshots[target] { restore(s); return target }
            restore(nil)
            return fastForward(to: target)
        }
        if !options.allowSkip {
            line(text[.teacherOff])
            return current
        }
        return fastForward(to: target, from: current)
    }

    // MARK: - One step

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
                for l in TextLayout.render(markdown, width: width, color: options.color) { line(l) }
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
            line(styled((first ? ">> " : ".. ") + l, "36"))
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
               case .tensor(let t)? = session.interpreter.variable(ScratchSession.slot) {
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

    // MARK: - Waiting, commands

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

    // MARK: - Exercises

    func runExercise(_ exercise: Exercise, index: Int) -> StepResult {
        let number = (lesson.exercises.firstIndex { $0.line == exercise.line } ?? 0) + 1
        line(bold("✎ " + text[.exerciseHeading].filled(number, lesson.exercises.count, exercise.title)))
        for l in TextLayout.render(exercise.prompt, width: width, color: options.color) { line(l) }
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
                            for l in TextLayout.wrap(TextLayout.inline(exercise.hints[hintsShown], color: options.color), width: width, first: label,
                                                     rest: String(repeating: " ", count: TextLayout.visibleWidth(label))) {
                                line(styled(l, "33"))
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
                    line(styled(text[.correct], "32") + (exercise.explanation.map { (text.language == .zh ? "" : " ") + $0 } ?? ""))
                    save()
                    return waitAfterStep(lesson.steps[index].ending)
                case .wrong(let why):
                    wrongHere += 1
                    progress.attempts += 1
                    progress.record(number) { $0.attempts += 1; $0.wrong.append(answer.text.trimmed) }
                    for l in TextLayout.wrap(text[.notYet] + TextLayout.inline(why, color: false), width: width) { line(styled(l, "31")) }
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
        return AnswerJudge.judge(exercise, program: program, student: session.interpreter,
                                 context: reference.context(exercise: index))
    }

    // MARK: - Classroom mode

    func runDemo(from start: Int) -> Outcome {
        var step = start
        while step < lesson.steps.count {
            let s = lesson.steps[step]
            if options.clearScreen && step > start { say("\u{1B}[H\u{1B}[2J") } else { line() }
            // Compact: a step of a well-written lesson fits an 80×24 projector screen.
            line(bold(rule("\(step + 1)/\(lesson.steps.count)")))
            for block in s.blocks {
                switch block {
                case .heading(let title, _, _):
                    line(bold(title))
                    line()
                case .narration(let markdown, _):
                    for l in TextLayout.render(markdown, width: width, color: options.color) { line(l) }
                    line()
                case .demo(let demo):
                    _ = runDemo(demo)
                case .exercise(let e):
                    let number = (lesson.exercises.firstIndex { $0.line == e.line } ?? 0) + 1
                    line(bold("✎ " + text[.exerciseHeading].filled(number, lesson.exercises.count, e.title)))
                    for l in TextLayout.render(e.prompt, width: width, color: options.color) { line(l) }
                    line()
                    // The class thinks first: the answer waits for Enter, and the teacher may
                    // try code live in the lesson's workspace meanwhile.
                    if options.pause, !liveCode(until: text[.showAnswer]) { return .quit }
                    typeOut(e.solution)
                    session.run(e.solution, name: "<solution>")
                    line(styled(text[.modelAnswer], "32"))
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
            say(styled(first ? ">> " : ".. ", "36"))
            first = false
            if options.pause {
                for ch in l {
                    say(styled(String(ch), "36"))
                    hooks.flush()
                    hooks.sleep(0.03)
                }
                say("\n")
            } else {
                line(styled(String(l), "36"))
            }
        }
    }
}
