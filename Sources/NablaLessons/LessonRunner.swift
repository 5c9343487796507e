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
    public internal(set) var progress: Progress
    /// Workspace at the start of each visited step, for `back` and `again`.
    var snapshots: [Int: String] = [:]
    /// The notes `:export` writes.
    var notes = NotesBuilder()
    /// The lesson's own values, which answers are judged against.
    let reference: LessonReference

    public init(
        lesson: Lesson, output: OutputSink, input: LessonInput?, store: ProgressStore?,
        options: Options = Options(), hooks: LessonHooks = LessonHooks()
    ) {
        self.lesson = lesson
        self.screen = output
        self.tee = TeeSink(output)
        self.session = Session(output: tee, vocabulary: NablaTeaching.vocabulary)
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
    /// The runner says what a piece of text is; the screen's sink decides how it looks.
    func styled(_ s: String, _ style: TextStyle) -> String { screen.styled(s, as: style) }
    func dim(_ s: String) -> String { styled(s, .aside) }
    func bold(_ s: String) -> String { styled(s, .heading) }
    var style: Styler { { [screen] in screen.styled($0, as: $1) } }

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
}
