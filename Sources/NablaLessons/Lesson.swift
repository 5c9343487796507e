import NablaRuntime

/// A lesson, parsed from its Markdown file: metadata and a sequence of steps.
///
/// A lesson is data. Its code runs inside the language's sandbox (a `Session`); nothing
/// in a lesson file can run a shell command or write a file — only the runner writes,
/// and only the student's progress.
public struct Lesson: Sendable {
    /// Short identifier, e.g. `06`: what `nabla lesson 06` matches.
    public var id: String
    /// Language code of the narration: `en`, `zh`.
    public var language: String
    public var title: String
    /// Ids of lessons that should be done first.
    public var prerequisites: [String]
    /// Estimated minutes.
    public var minutes: Int
    /// Where the lesson came from (a path, or a name for lessons built in memory).
    public var file: String
    public var steps: [Step]

    public init(
        id: String, language: String, title: String, prerequisites: [String], minutes: Int,
        file: String, steps: [Step]
    ) {
        self.id = id
        self.language = language
        self.title = title
        self.prerequisites = prerequisites
        self.minutes = minutes
        self.file = file
        self.steps = steps
    }

    /// All exercises, in order.
    public var exercises: [Exercise] {
        steps.flatMap { $0.blocks.compactMap { if case .exercise(let e) = $0 { return e } else { return nil } } }
    }
}

/// One step: what is shown before the runner waits for the student. Steps are separated
/// by `##` headings, `<!-- pause -->`, `<!-- play -->` and exercises (an exercise always
/// ends its step).
public struct Step: Sendable {
    public var blocks: [Block]
    /// How the step ends: wait for Enter, or invite free play first.
    public var ending: Ending
    /// Line of the step's first block, for messages.
    public var line: Int

    public enum Ending: Sendable, Equatable {
        case pause
        case play
    }

    public init(blocks: [Block], ending: Ending, line: Int) {
        self.blocks = blocks
        self.ending = ending
        self.line = line
    }

    /// The step's exercise, if it has one (it is then the step's last block).
    public var exercise: Exercise? {
        for b in blocks { if case .exercise(let e) = b { return e } }
        return nil
    }

    /// A short label for menus: the heading, or the first words of the narration.
    public var label: String {
        for b in blocks {
            switch b {
            case .heading(let text, _, _): return text
            case .exercise(let e): return e.title
            default: continue
            }
        }
        for b in blocks {
            if case .narration(let text, _) = b {
                let first = text.split(separator: "\n").first.map(String.init) ?? ""
                return first.count > 50 ? String(first.prefix(49)) + "…" : first
            }
        }
        return "…"
    }
}

/// A piece of a step.
public enum Block: Sendable {
    /// A `#`/`##`/`###` heading: level and text.
    case heading(String, level: Int, line: Int)
    /// Markdown prose (paragraphs, lists, quotes), as written.
    case narration(String, line: Int)
    /// A fenced `nabla` block: run and shown. `expected` is the text of an `output`
    /// block written right under it, which check mode compares with the real output.
    case demo(Demo)
    case exercise(Exercise)
}

public struct Demo: Sendable {
    public var code: String
    public var expected: String?
    public var line: Int
    public var expectedLine: Int?

    public init(code: String, expected: String? = nil, line: Int, expectedLine: Int? = nil) {
        self.code = code
        self.expected = expected
        self.line = line
        self.expectedLine = expectedLine
    }
}

/// Something the student types and the runner checks.
public struct Exercise: Sendable {
    public var title: String
    /// What the student is asked (Markdown).
    public var prompt: String
    public var check: Check
    /// The variable the student's answer sets; `ans` when the answer is an expression.
    public var answer: String
    /// Relative tolerance for value comparisons (absolute near zero).
    public var tolerance: Double
    /// Variables given random values for an expression-equivalence check; empty means
    /// every non-scalar double variable of the workspace.
    public var randomized: [String]
    /// Hints, revealed one at a time.
    public var hints: [String]
    /// The model answer (code), shown by `solution` and typed in classroom mode.
    public var solution: String
    /// Deliberately wrong answers: check mode proves each one fails.
    public var wrong: [String]
    /// Known mistakes: when the answer equals the value of `expression`, say `message`.
    public var mistakes: [Mistake]
    /// Shown after a correct answer.
    public var explanation: String?
    /// Shown when a predicate check fails.
    public var why: String?
    /// What the answer may not use or must use (`forbid:`, `require:`), checked first.
    public var rules: [AnswerRule]
    /// A multiple-choice exercise's options (`check: choice B`), in order; empty otherwise.
    public var choices: [Choice] = []
    public var line: Int

    /// One option of a multiple-choice exercise: `choice: A) text => why it is wrong`.
    public struct Choice: Sendable, Equatable {
        public var letter: String
        public var text: String
        /// Said when the student picks it (a wrong option's reason).
        public var message: String?
    }

    /// The variable a multiple-choice answer sets: typing `B` at the prompt is `choice = 'B'`.
    public static let choiceVariable = "choice"

    /// The letter of the right option, for a multiple-choice exercise.
    public var rightChoice: String? {
        guard !choices.isEmpty, case .value(let expected?) = check else { return nil }
        return String(expected.dropFirst().dropLast())
    }

    /// The answer code for `input` when it is just an option's letter (`b`, `B)`); nil otherwise.
    public func choiceAnswer(_ input: String) -> String? {
        var t = input.trimmed
        if t.hasSuffix(")") || t.hasSuffix(".") { t.removeLast() }
        guard let c = choices.first(where: { $0.letter.lowercased() == t.lowercased() }) else { return nil }
        return "\(Self.choiceVariable) = '\(c.letter)';"
    }

    public struct Mistake: Sendable {
        public var expression: String
        public var message: String
        public init(expression: String, message: String) {
            self.expression = expression
            self.message = message
        }
    }

    public init(
        title: String, prompt: String, check: Check, answer: String, tolerance: Double = 1e-6,
        randomized: [String] = [], hints: [String], solution: String, wrong: [String],
        mistakes: [Mistake] = [], explanation: String? = nil, why: String? = nil, rules: [AnswerRule] = [],
        line: Int
    ) {
        self.title = title
        self.prompt = prompt
        self.check = check
        self.answer = answer
        self.tolerance = tolerance
        self.randomized = randomized
        self.hints = hints
        self.solution = solution
        self.wrong = wrong
        self.mistakes = mistakes
        self.explanation = explanation
        self.why = why
        self.rules = rules
        self.line = line
    }
}

/// How an answer is judged.
public enum Check: Sendable, Equatable {
    /// The answer variable equals the value of `expected` (or, when nil, the value the
    /// model solution gives it), within the exercise's tolerance.
    case value(expected: String?)
    /// The answer variable has this shape (or the shape the solution gives it).
    case shape(rows: Int?, cols: Int?)
    /// The answer is an expression equal to the solution's for random values of the
    /// workspace's variables: `W'*d` and `(d'*W)'` both pass.
    case expression
    /// The answer variable exists after the answer.
    case set
    /// A Nabla expression, true after a correct answer.
    case predicate(String)
}

extension Lesson {
    /// What a lesson's code may read: the files in its own folder, nothing else. A lesson
    /// is downloaded from anyone; `dlmread('/etc/passwd')` in a demo must not show the
    /// system's files. A lesson built in memory reads nothing.
    public var readPolicy: ReadPolicy {
        guard let full = FileAccess.resolved(file) else { return ReadPolicy(folders: []) }
        return ReadPolicy(folders: [AtomicFile.folder(of: full)])
    }
}
