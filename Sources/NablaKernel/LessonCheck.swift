import NablaLessons
import NablaRuntime
import NablaSyntax
import Foundation

/// `check('06', 2)` — in a lesson notebook, judges the answer written in the same cell
/// against exercise 2 of lesson 06, and prints the lesson's own verdict (in its language:
/// `check('06', 2, 'zh')`).
///
/// The answer is the rest of the cell (every statement but the check itself), which has
/// already run when `check` is reached; it is judged exactly as the lesson runner judges
/// an answer typed at its prompt (`AnswerJudge`, against the lesson's reference values).
/// A cell with no attempt in it is never marked right.
enum LessonCheck {
    /// The builtin, reading lessons from `directory`. References (the lesson's own values
    /// at each exercise) are built once per lesson and kept.
    static func builtin(directory: String?) -> Builtin {
        let cache = ReferenceCache()
        return Builtin(
            "check", "check(LESSON, N)  check(LESSON, N, LANGUAGE)",
            "In a lesson notebook: judges the answer in this cell against exercise N of the lesson, and says why when it is not right yet.",
            example: "", .session
        ) { call in
            try call.arity(2...3)
            let id = try call.string(0)
            let number = try call.integer(1)
            let language = call.args.count > 2 ? try call.string(2) : "en"
            guard let directory else { throw call.error("the lessons could not be found next to this nabla") }
            guard let (lesson, reference) = cache.lookup(id, language: language, directory: directory) else {
                throw call.error("there is no lesson '\(id)' in \(language)", hint: "the lesson ids are those of nabla lesson")
            }
            let exercises = lesson.exercises
            guard number >= 1, number <= exercises.count else {
                throw call.error("lesson \(id) has \(exercises.count) exercise\(exercises.count == 1 ? "" : "s"); there is no exercise \(number)")
            }
            let exercise = exercises[number - 1]
            // The notebook's own words (teaching views, hints) follow the lesson's language from here on.
            call.interpreter.language = Language(code: lesson.language)
            let answer = try answerProgram(call)
            let verdict: Verdict
            if AnswerJudge.isAttempt(answer, for: exercise) {
                verdict = AnswerJudge.judge(
                    exercise, program: answer, student: call.interpreter,
                    context: reference.context(exercise: number - 1))
            } else {
                verdict = .notAnAttempt
            }
            call.output.write(verdict.feedback(for: exercise, language: lesson.language) + "\n")
            return []
        }
    }

    /// The cell without its calls of `check`, parsed: the answer as the runner would have
    /// received it. The calls are blanked out of the text itself (not just dropped from the
    /// statements) because the judge re-runs the answer's text — a `check` left in it would
    /// judge itself again, for ever. Blanks keep every other position, so located errors
    /// still point into the cell.
    static func answerProgram(_ call: BuiltinCall) throws -> Program {
        let cell = call.interpreter.source
        var scalars = Array(cell.text.unicodeScalars)
        for statement in try Parser.parse(cell).statements {
            guard case .expression(let e, _) = statement.kind, case .call(let f, _) = e.kind,
                case .identifier("check") = f.kind
            else { continue }
            let a = max(0, min(statement.range.start.offset, scalars.count))
            let b = max(a, min(statement.range.end.offset, scalars.count))
            for k in a..<b where scalars[k] != "\n" { scalars[k] = " " }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return try Parser.parse(SourceFile(name: cell.name, text: String(text)))
    }

    /// Unchecked Sendable: the table is only touched under the lock, and a kernel runs
    /// cells one at a time, so a reference (which fills its own cache lazily) is never
    /// used by two threads at once.
    final class ReferenceCache: @unchecked Sendable {
        private var references: [String: (Lesson, LessonReference)] = [:]
        private let lock = NSLock()

        func lookup(_ id: String, language: String, directory: String) -> (Lesson, LessonReference)? {
            let key = language + "/" + id
            lock.lock()
            defer { lock.unlock() }
            if let found = references[key] { return found }
            guard let lesson = LessonLibrary.load([directory]).lesson(named: id, language: language) else { return nil }
            let entry = (lesson, LessonReference(lesson: lesson))
            references[key] = entry
            return entry
        }
    }
}
