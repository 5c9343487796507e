/// A student's progress in one lesson: where they are, how it went, and their workspace.
public struct Progress: Sendable, Equatable {
    public var lesson: String
    /// The step to resume at (0-based); equal to the step count when finished.
    public var step: Int
    public var steps: Int
    public var completed: Bool
    /// Wrong answers given, over all exercises.
    public var attempts: Int
    public var hints: Int
    public var solutions: Int
    /// Exercises answered correctly (each counted once, however often it is answered).
    public var solved: Int
    /// Which exercises (1-based, in lesson order) were answered correctly.
    public var solvedExercises: [Int] = []
    /// What happened at each exercise (1-based), for the teacher's reports.
    public var records: [Int: ExerciseRecord] = [:]

    /// One exercise's history: attempts, hints, the model answer looked at, wrong answers.
    public struct ExerciseRecord: Sendable, Equatable {
        public var attempts = 0
        public var hints = 0
        public var solution = false
        /// The wrong answers as typed, oldest first (at most `keptWrong`).
        public var wrong: [String] = []
        public init() {}
    }

    /// Wrong answers kept per exercise: enough to see the common mistakes.
    static let keptWrong = 10

    public mutating func record(_ number: Int, _ change: (inout ExerciseRecord) -> Void) {
        var r = records[number] ?? ExerciseRecord()
        change(&r)
        if r.wrong.count > Progress.keptWrong { r.wrong.removeFirst(r.wrong.count - Progress.keptWrong) }
        records[number] = r
    }
    /// The workspace as a script that recreates it (the `:save` form).
    public var workspace: String

    public init(
        lesson: String, step: Int = 0, steps: Int, completed: Bool = false, attempts: Int = 0, hints: Int = 0,
        solutions: Int = 0, solved: Int = 0, workspace: String = ""
    ) {
        self.lesson = lesson
        self.step = step
        self.steps = steps
        self.completed = completed
        self.attempts = attempts
        self.hints = hints
        self.solutions = solutions
        self.solved = solved
        self.workspace = workspace
    }

    /// Records a correct answer to exercise `number` (1-based); a second one (after
    /// `back` or `again`) does not count twice.
    public mutating func markSolved(_ number: Int) {
        guard !solvedExercises.contains(number) else { return }
        solvedExercises.append(number)
        solvedExercises.sort()
        solved = max(solved, solvedExercises.count)
    }

    static func number(_ key: String, after prefix: String) -> Int? {
        key.hasPrefix(prefix) ? Int(key.dropFirst(prefix.count)).flatMap { $0 >= 1 ? $0 : nil } : nil
    }

    static func unescape(_ s: String) -> String {
        var out = "", escaped = false
        for c in s {
            if escaped { out.append(c == "n" ? "\n" : c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }

    static let header = "nabla-progress 1"
    static let workspaceMarker = "--- workspace ---"

    /// The file form: a header line, `key: value` lines, then the workspace script.
    public var text: String {
        var out = Progress.header + "\n"
        out += "lesson: \(lesson)\nstep: \(step)\nsteps: \(steps)\ncompleted: \(completed ? "yes" : "no")\n"
        out += "attempts: \(attempts)\nhints: \(hints)\nsolutions: \(solutions)\nsolved: \(solved)\n"
        if !solvedExercises.isEmpty { out += "solved-exercises: \(solvedExercises.map(String.init).joined(separator: ","))\n" }
        for (n, r) in records.sorted(by: { $0.key < $1.key }) {
            out += "exercise \(n): attempts=\(r.attempts) hints=\(r.hints) solution=\(r.solution ? "yes" : "no")\n"
            for w in r.wrong { out += "wrong \(n): " + w.replacing("\\", with: "\\\\").replacing("\n", with: "\\n") + "\n" }
        }
        out += Progress.workspaceMarker + "\n" + workspace
        return out
    }

    /// Reads the file form; nil when it is not a well-formed progress file.
    public init?(text: String) {
        var records: [Int: ExerciseRecord] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Progress.header) else { return nil }
        lines.removeFirst()
        var fields: [String: String] = [:]
        var workspaceLines: [Substring]?
        for (k, line) in lines.enumerated() {
            if line == Substring(Progress.workspaceMarker) {
                workspaceLines = Array(lines[(k + 1)...])
                break
            }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            if let n = Progress.number(key, after: "exercise ") {
                for part in value.split(separator: " ") {
                    let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                    guard kv.count == 2 else { continue }
                    switch kv[0] {
                    case "attempts": records[n, default: ExerciseRecord()].attempts = Int(kv[1]) ?? 0
                    case "hints": records[n, default: ExerciseRecord()].hints = Int(kv[1]) ?? 0
                    case "solution": records[n, default: ExerciseRecord()].solution = kv[1] == "yes"
                    default: continue
                    }
                }
                continue
            }
            if let n = Progress.number(key, after: "wrong ") {
                records[n, default: ExerciseRecord()].wrong.append(Progress.unescape(String(value.dropFirst())))
                continue
            }
            fields[key] = value.trimmed
        }
        guard let workspace = workspaceLines, let lesson = fields["lesson"], !lesson.isEmpty,
            let step = fields["step"].flatMap({ Int($0) }), let steps = fields["steps"].flatMap({ Int($0) }),
            step >= 0, steps >= 0, let completed = fields["completed"], completed == "yes" || completed == "no"
        else { return nil }
        func count(_ key: String) -> Int? { fields[key].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }
        guard let attempts = count("attempts"), let hints = count("hints"), let solutions = count("solutions"),
            let solved = count("solved")
        else { return nil }
        self.init(
            lesson: lesson, step: step, steps: steps, completed: completed == "yes", attempts: attempts, hints: hints,
            solutions: solutions, solved: solved, workspace: workspace.joined(separator: "\n"))
        self.records = records
        solvedExercises = (fields["solved-exercises"] ?? "").split(separator: ",").compactMap { Int($0.trimmed) }
    }
}

/// Where progress lives: `$XDG_STATE_HOME/nabla/lessons/` (default `~/.local/state/nabla/lessons/`),
/// one file per lesson id, written atomically after every step.
public struct ProgressStore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The default directory from the environment; nil when neither XDG_STATE_HOME nor HOME is set.
    public static func standard() -> ProgressStore? {
        if let state = FileSystem.environment("XDG_STATE_HOME") { return ProgressStore(directory: state + "/nabla/lessons") }
        if let home = FileSystem.environment("HOME") { return ProgressStore(directory: home + "/.local/state/nabla/lessons") }
        return nil
    }

    func path(_ lesson: String) -> String {
        let safe = String(lesson.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return directory + "/" + safe + ".progress"
    }

    public enum Loaded: Equatable {
        case none
        case found(Progress)
        /// The file was unreadable as progress; it was renamed to `setAside` (nil if even that failed).
        case corrupt(setAside: String?)
    }

    /// The saved progress. A corrupt file is moved out of the way (never deleted, never fatal).
    public func load(_ lesson: String) -> Loaded {
        let p = path(lesson)
        guard FileSystem.exists(p) else { return .none }
        if let text = FileSystem.read(p), let progress = Progress(text: text), progress.lesson == lesson {
            return .found(progress)
        }
        let aside = p + ".corrupt-\(FileSystem.now())"
        return .corrupt(setAside: FileSystem.move(p, to: aside) ? aside : nil)
    }

    /// Saves atomically; nil on success, else the reason.
    @discardableResult
    public func save(_ progress: Progress) -> String? {
        guard FileSystem.makeDirectories(directory) else { return "cannot create \(directory)" }
        return FileSystem.writeAtomically(progress.text, to: path(progress.lesson))
    }

    /// Forgets a lesson's progress (`--restart`).
    public func reset(_ lesson: String) {
        let p = path(lesson)
        if FileSystem.exists(p) { _ = FileSystem.move(p, to: p + ".old") }
    }
}
