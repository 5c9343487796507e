import NablaRuntime
import NablaSyntax
import NablaTeaching

/// Check mode (`nabla lesson --check`): proves lessons work before a student sees them.
///
/// For each lesson it runs every demo in order in one session and compares recorded
/// output; for each exercise it proves that every deliberately wrong answer is rejected
/// (with a reason) and that the model answer is accepted, then runs the model answer so
/// later steps see the workspace a student would have. Lessons of the same id in
/// different languages must have the same structure (same steps, same code).
public enum LessonChecker {
    public enum Status: Equatable, Sendable {
        case passed
        case failed
    }

    public struct Result: Sendable {
        public var file: String
        public var status: Status
        public var errors: [LessonError]
        public var summary: String
        /// Advice that does not fail the lesson (a step taller than a projector's screen).
        public var warnings: [String] = []
        /// Mutation testing, per exercise (empty for a translation: it shares the code).
        public var mutation: [MutationResult] = []

        /// One line: mutants tried and rejected per exercise.
        var mutationLine: String? {
            guard !mutation.isEmpty else { return nil }
            return "wrong variants rejected: "
                + mutation.map { m in
                    "#\(m.exercise) \(m.rejected)/\(m.tried)" + (m.equivalent > 0 ? " (+\(m.equivalent) equivalent)" : "")
                }.joined(separator: " · ")
        }
    }

    public struct Report: Sendable {
        public var results: [Result]
        public var failed: Int { results.filter { $0.status == .failed }.count }
        public var passed: Int { results.filter { $0.status == .passed }.count }

        /// What check mode prints.
        public var text: String {
            var out = ""
            for r in results {
                switch r.status {
                case .passed:
                    out += "ok       \(r.file)  (\(r.summary))\n"
                    if let m = r.mutationLine { out += "  \(m)\n" }
                    for w in r.warnings { out += "  warning: \(w)\n" }
                case .failed:
                    out += "FAILED   \(r.file)\n"
                    for e in r.errors { out += "  \(e)\n" }
                }
            }
            out += "\(results.count) lesson file\(results.count == 1 ? "" : "s"): \(passed) ok, \(failed) failed\n"
            return out
        }
    }

    /// Checks every lesson file under `paths`.
    /// How long one block (a demo, or an exercise's checks) may run before it is stopped.
    public static let blockSeconds: Double = 30

    /// Stops a block that runs past `blockSeconds` (a model answer that never ends would
    /// otherwise hang the checker, and CI with it). `onHang` is called with the block's
    /// place when it ignores even that; the command line reports it and exits.
    public static func watchdog(budgetSeconds: Double = blockSeconds, onHang: @escaping @Sendable (String) -> Void) -> Watchdog {
        Watchdog(budgetSeconds: budgetSeconds, patienceSeconds: 30, onHang: onHang)
    }

    public static func check(_ paths: [String], watchdog: Watchdog? = nil) -> Report {
        var results: [Result] = []
        var parsed: [Lesson] = []
        for file in LessonLibrary.lessonFiles(paths) {
            guard let text = FileSystem.read(file) else {
                results.append(Result(file: file, status: .failed, errors: [LessonError(file: file, line: 1, "cannot read this file")], summary: ""))
                continue
            }
            do {
                parsed.append(try LessonParser.parse(text, file: file))
                results.append(Result(file: file, status: .passed, errors: [], summary: ""))
            } catch {
                results.append(Result(file: file, status: .failed, errors: [error], summary: ""))
            }
        }
        // A translation shares the English lesson's code and checks (compared below), so
        // only lessons without an English original are mutation-tested twice.
        for lesson in parsed {
            let mutate = lesson.language == "en" || !parsed.contains { $0.id == lesson.id && $0.language == "en" }
            if let r = results.firstIndex(where: { $0.file == lesson.file }) { results[r] = check(lesson, mutate: mutate, watchdog: watchdog) }
        }
        // Same id, different languages: same structure.
        for lesson in parsed {
            guard lesson.language != "en",
                let reference = parsed.first(where: { $0.id == lesson.id && $0.language == "en" })
            else { continue }
            if let problem = structureDifference(lesson, reference), let r = results.firstIndex(where: { $0.file == lesson.file }) {
                results[r].errors.append(problem)
                results[r].status = .failed
            }
        }
        return Report(results: results)
    }

    /// Checks one parsed lesson; `mutate` also proves each check by mutation; `watchdog`
    /// stops a block that runs too long.
    public static func check(_ lesson: Lesson, mutate: Bool = true, watchdog: Watchdog? = nil) -> Result {
        let sink = RecordingSink()
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        // Lesson files are data: the code in them may not write files, nor read outside its folder.
        session.interpreter.allowsFileWrites = false
        session.interpreter.readPolicy = lesson.readPolicy
        var errors: [LessonError] = []
        var exercises = 0
        var mutation: [MutationResult] = []
        let reference = LessonReference(lesson: lesson)
        func fail(_ line: Int, _ message: String) { errors.append(LessonError(file: lesson.file, line: line, message)) }

        for step in lesson.steps {
            for block in step.blocks {
                switch block {
                case .heading, .narration:
                    continue
                case .demo(let demo):
                    sink.reset()
                    watchdog?.begin("\(lesson.file):\(demo.line + 1)")
                    // Errors point at the lesson file's own lines.
                    let outcome = session.run(demo.code, name: lesson.file, firstLine: demo.line + 1)
                    if watchdog?.end() == true {
                        fail(demo.line, "this demo ran longer than \(Int(watchdog?.budgetSeconds ?? blockSeconds)) s and was stopped")
                        continue
                    }
                    if outcome != .success {
                        fail(demo.line, "this demo fails:\n    " + indent(sink.errors))
                        continue
                    }
                    if let expected = demo.expected, normalized(expected) != normalized(sink.output) {
                        fail(demo.expectedLine ?? demo.line, "the demo's output differs from the recorded output:\n" + diff(expected, sink.output))
                    }
                case .exercise(let exercise):
                    let wider = reference.context(exercise: exercises, draws: mutate ? MutationTester.draws : LessonReference.judgedDraws)
                    var context = wider
                    context.fresh = Array(wider.fresh.prefix(LessonReference.judgedDraws))
                    exercises += 1
                    watchdog?.begin("\(lesson.file):\(exercise.line + 1)")
                    checkExercise(exercise, session: session, sink: sink, context: context, fail: fail)
                    if watchdog?.end() == true {
                        fail(
                            exercise.line,
                            "checking this exercise took longer than \(Int(watchdog?.budgetSeconds ?? blockSeconds)) s and was stopped (does its answer end?)")
                    }
                    watchdog?.begin("\(lesson.file):\(exercise.line + 1) (mutation testing)")
                    if mutate, let m = MutationTester.test(exercise, number: exercises, context: context, wider: wider) {
                        mutation.append(m)
                        for s in m.survivors {
                            fail(
                                exercise.line,
                                "a wrong variant of the model answer passes the check: '\(s.code)' (\(s.change)); make the check see it (a value check, forbid:/require:, or data where the mistake shows)"
                            )
                        }
                    }
                    if watchdog?.end() == true {
                        fail(
                            exercise.line,
                            "mutation testing of this exercise took longer than \(Int(watchdog?.budgetSeconds ?? blockSeconds)) s and was stopped")
                    }
                }
            }
        }
        let summary = "\(lesson.steps.count) steps, \(exercises) exercise\(exercises == 1 ? "" : "s"), \(lesson.language)"
        var result = Result(
            file: lesson.file, status: errors.isEmpty ? .passed : .failed, errors: errors, summary: summary,
            mutation: mutation)
        if errors.isEmpty {
            for (k, rows) in stepHeights(lesson).enumerated() where rows > screenRows {
                let lost = rows - screenRows
                result.warnings.append(
                    "step \(k + 1) takes \(rows) rows in classroom mode; on an 80×24 screen its first \(lost == 1 ? "row scrolls" : "\(lost) rows scroll") away (split it with <!-- pause -->)"
                )
            }
        }
        return result
    }

    /// Rows a step may take in classroom mode on an 80×24 screen: the rest are the blank
    /// line after it, the "Enter: next" prompt and the cursor's line.
    static let screenRows = 21

    /// How many rows each step takes when the lesson runs as a classroom demo at 80
    /// columns: its rule and everything under it, long lines counted as they wrap.
    static func stepHeights(_ lesson: Lesson) -> [Int] {
        let sink = RecordingSink()
        var options = LessonRunner.Options()
        options.demo = true
        options.pause = false
        _ = LessonRunner(lesson: lesson, output: sink, input: nil, store: nil, options: options).run()
        var heights: [Int] = []
        var current: [Substring]?
        func close() {
            guard var lines = current else { return }
            while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
            heights.append(lines.reduce(0) { $0 + max(1, (displayWidth(String($1)) + 79) / 80) })
        }
        let total = lesson.steps.count
        for line in sink.output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("── ") && line.contains("/\(total) ──") {
                close()
                current = [line]
            } else {
                current?.append(line)
            }
        }
        close()
        return heights
    }

    /// Proves the wrong answers fail and the model answer passes; runs the model answer
    /// in `session`.
    static func checkExercise(
        _ exercise: Exercise, session: Session, sink: RecordingSink, context: JudgeContext,
        fail: (Int, String) -> Void
    ) {
        let line = exercise.line
        if exercise.hints.isEmpty { fail(line, "this exercise has no hint: add at least one 'hint:'") }
        // Any assignment passes a `set` check, so it alone needs no wrong answer.
        if exercise.wrong.isEmpty && exercise.check != .set {
            fail(line, "this exercise has no 'wrong:' answer, so check mode cannot prove the check rejects anything")
        }

        for wrong in exercise.wrong {
            guard let program = try? Parser.parse(SourceFile(name: "<wrong answer>", text: wrong)) else {
                fail(line, "the wrong answer '\(wrong)' does not parse")
                continue
            }
            if !AnswerJudge.isAttempt(program, for: exercise) {
                fail(
                    line,
                    "the wrong answer '\(wrong)' would not count as an attempt (it does not set \(exercise.answer.isEmpty ? "anything" : exercise.answer))")
                continue
            }
            let student = ScratchSession(image: context.reference)
            if let error = student.run(program) {
                fail(line, "the wrong answer '\(wrong)' raises an error, so it does not test the check: " + AnswerJudge.firstLine(error))
                continue
            }
            switch AnswerJudge.judge(exercise, program: program, student: student.session.interpreter, context: context) {
            case .correct: fail(line, "the wrong answer '\(wrong)' passes the check")
            case .wrong: break
            case .notAnAttempt: fail(line, "the wrong answer '\(wrong)' is not judged")
            }
        }

        guard let program = try? Parser.parse(SourceFile(name: "<solution>", text: exercise.solution)) else {
            fail(line, "the solution does not parse")
            return
        }
        if !AnswerJudge.isAttempt(program, for: exercise) {
            fail(line, "the solution would not count as an attempt (it does not set \(exercise.answer.isEmpty ? "anything" : exercise.answer))")
        }
        sink.reset()
        if session.run(program) != .success {
            fail(line, "the solution fails:\n    " + indent(sink.errors))
            return
        }
        switch AnswerJudge.judge(exercise, program: program, student: session.interpreter, context: context) {
        case .correct: break
        case .wrong(let why):
            fail(line, "the model solution does not pass its own check: \(why)")
        case .notAnAttempt: fail(line, "the model solution is not judged")
        }
    }

    /// Steps, block kinds and code must match between translations; narration may differ.
    static func structureDifference(_ lesson: Lesson, _ reference: Lesson) -> LessonError? {
        func shape(_ l: Lesson) -> [String] {
            l.steps.map { step in
                step.blocks.compactMap { b -> String? in
                    switch b {
                    case .demo(let d): return "demo: " + withoutTextInStrings(d.code)
                    case .exercise(let e):
                        let rules = e.rules.map { "\($0.kind) \($0.items.map(\.text))" }.joined(separator: "; ")
                        return "exercise: \(e.check) \(e.answer) \(e.solution) \(e.hints.count) hints \(rules)"
                    default: return nil
                    }
                }.joined(separator: " | ") + " [\(step.ending)]"
            }
        }
        let a = shape(lesson), b = shape(reference)
        if a.count != b.count {
            return LessonError(file: lesson.file, line: 1, "this translation has \(a.count) steps; \(reference.file) has \(b.count)")
        }
        for k in 0..<a.count where a[k] != b[k] {
            return LessonError(
                file: lesson.file, line: lesson.steps[k].line,
                "step \(k + 1) differs from \(reference.file) (line \(reference.steps[k].line)): translations share code, checks and hints count")
        }
        return nil
    }

    /// Code with every string literal emptied: a translation shares the code but may
    /// translate the words it prints (`printf("测试损失 %.4f\n", L)`).
    static func withoutTextInStrings(_ code: String) -> String {
        guard let tokens = try? Lexer.tokenize(SourceFile(name: "<code>", text: code)) else { return code }
        var scalars = Array(code.unicodeScalars)
        for t in tokens.reversed() {
            guard case .string(_, let doubleQuoted) = t.kind else { continue }
            let a = max(0, min(t.range.start.offset, scalars.count)), b = max(a, min(t.range.end.offset, scalars.count))
            let quote: Unicode.Scalar = doubleQuoted ? "\"" : "'"
            scalars.replaceSubrange(a..<b, with: [quote, quote])
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Output compared without trailing spaces and trailing blank lines.
    static func normalized(_ s: String) -> String {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var l = Substring(line)
            while l.last == " " { l.removeLast() }
            return String(l)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    static func diff(_ expected: String, _ actual: String) -> String {
        let e = normalized(expected).split(separator: "\n", omittingEmptySubsequences: false)
        let a = normalized(actual).split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(e.count, a.count) {
            let x = k < e.count ? String(e[k]) : "(nothing)"
            let y = k < a.count ? String(a[k]) : "(nothing)"
            if x != y { return "    first difference, output line \(k + 1):\n    recorded: \(x)\n    actual:   \(y)" }
        }
        return ""
    }

    static func indent(_ s: String) -> String {
        normalized(s).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
    }
}
