import NablaSyntax

/// The runner's own words in the lesson's language: a view of `LessonMessage`.
struct RunnerText: Sendable {
    let language: Language

    subscript(_ message: LessonMessage) -> String { message.text(language) }
}

extension String {
    /// Replaces `%1`, `%2`, … with the arguments.
    func filled(_ args: Any...) -> String {
        Placeholders.fill(self, args.map { "\($0)" })
    }
}

extension Verdict {
    /// The runner's words for this verdict, in the lesson's language (`en`, `zh`): what a
    /// lesson notebook's `check(…)` prints under the answer.
    public func feedback(for exercise: Exercise, language: String) -> String {
        let language = Language(code: language)
        switch self {
        // Chinese needs no space after its full stop.
        case .correct: return LessonMessage.correct.text(language) + (exercise.explanation.map { (language == .zh ? "" : " ") + $0 } ?? "")
        case .wrong(let why): return LessonMessage.notYet.text(language) + why
        case .notAnAttempt: return LessonMessage.notYet.text(language) + LessonMessage.notAnAttemptCell.text(language)
        }
    }
}
