/// Results a teacher collects without a server: each student's `nabla lesson --report
/// --json` (completion, attempts, hints and wrong answers per exercise), and
/// `nabla lesson --class-report DIR`, which merges a folder of them into one table.
public enum ClassReport {
    /// One student's results as JSON.
    public static func json(_ library: LessonLibrary, language: String, store: ProgressStore?, student: String) -> String {
        var lessons: [String] = []
        for id in library.ids {
            guard let lesson = library.lesson(named: id, language: language) else { continue }
            var progress: Progress?
            if case .found(let p)? = store.map({ $0.load(lesson.id) }) { progress = p }
            let state = progress.map { $0.completed ? "complete" : "step \($0.step + 1)/\($0.steps)" } ?? "not started"
            let exercises = lesson.exercises.enumerated().map { k, e -> String in
                let n = k + 1
                let r = progress?.records[n] ?? Progress.ExerciseRecord()
                let solved = progress.map { $0.solvedExercises.contains(n) || $0.completed } ?? false
                return "{\"number\": \(n), \"title\": \(JSONValue.quote(e.title)), \"solved\": \(solved), "
                    + "\"attempts\": \(r.attempts), \"hints\": \(r.hints), \"solution\": \(r.solution), "
                    + "\"wrong\": [\(r.wrong.map(JSONValue.quote).joined(separator: ", "))]}"
            }
            lessons.append(
                "    {\"id\": \(JSONValue.quote(lesson.id)), \"title\": \(JSONValue.quote(lesson.title)), "
                    + "\"progress\": \(JSONValue.quote(state)), \"exercises\": [\n      "
                    + exercises.joined(separator: ",\n      ") + "\n    ]}")
        }
        return "{\"nabla-report\": 1, \"student\": \(JSONValue.quote(student)), \"lessons\": [\n"
            + lessons.joined(separator: ",\n") + "\n]}\n"
    }

    /// The class table: per exercise, how many students solved it, the median number of
    /// wrong attempts, the hints used, and the most common wrong answers. `files` are
    /// (name, contents); a file that is not a report is listed as skipped, never fatal.
    public static func table(_ files: [(name: String, text: String)]) -> String {
        struct Row { var lesson = "", title = "", solved = 0, started = 0, attempts: [Int] = [], hints = 0, wrong: [String: Int] = [:] }
        var rows: [String: Row] = [:]
        var order: [String] = []
        var students = 0
        var skipped: [String] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            guard let doc = JSONValue.parse(file.text), doc["nabla-report"]?.int == 1 else {
                skipped.append(file.name)
                continue
            }
            students += 1
            for lesson in doc["lessons"]?.array ?? [] {
                let id = lesson["id"]?.string ?? "?"
                let started = lesson["progress"]?.string != "not started"
                for e in lesson["exercises"]?.array ?? [] {
                    let n = e["number"]?.int ?? 0
                    let key = id + "#" + String(n)
                    if rows[key] == nil {
                        order.append(key)
                        rows[key] = Row(lesson: id, title: "\(n) \(e["title"]?.string ?? "")")
                    }
                    guard started else { continue }
                    rows[key]?.started += 1
                    if e["solved"]?.bool == true { rows[key]?.solved += 1 }
                    rows[key]?.attempts.append(e["attempts"]?.int ?? 0)
                    rows[key]?.hints += e["hints"]?.int ?? 0
                    for w in e["wrong"]?.array ?? [] { if let s = w.string { rows[key]?.wrong[s, default: 0] += 1 } }
                }
            }
        }
        var table = [["lesson", "exercise", "solved", "median wrong", "hints", "most common wrong answers"]]
        for key in order {
            guard let r = rows[key], r.started > 0 else { continue }
            let common = r.wrong.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2)
                .map { "\(oneLine($0.key)) ×\($0.value)" }.joined(separator: "; ")
            table.append([r.lesson, r.title, "\(r.solved)/\(r.started)", median(r.attempts), "\(r.hints)", common])
        }
        var out = "\(students) student\(students == 1 ? "" : "s")\n"
        if table.count == 1 {
            out += "no exercise has been started yet\n"
        } else {
            let widths = (0..<table[0].count).map { c in table.map { TextLayout.visibleWidth($0[c]) }.max() ?? 0 }
            out +=
                table.map { row in
                    row.enumerated().map { c, cell in cell + String(repeating: " ", count: widths[c] - TextLayout.visibleWidth(cell)) }
                        .joined(separator: "  ").trimmed
                }.joined(separator: "\n") + "\n"
        }
        for s in skipped { out += "skipped \(s): not a nabla lesson report\n" }
        return out
    }

    /// The `.json` files of a folder, as (name, contents).
    public static func files(in folder: String) -> [(name: String, text: String)] {
        FileSystem.list(folder).filter { $0.hasSuffix(".json") }.compactMap { name in
            FileSystem.read(folder + "/" + name).map { (name, $0) }
        }
    }

    static func median(_ xs: [Int]) -> String {
        guard !xs.isEmpty else { return "-" }
        let s = xs.sorted()
        let m = s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
        return m == m.rounded() ? String(Int(m)) : String(m)
    }

    static func oneLine(_ s: String) -> String {
        let flat = s.replacing("\n", with: " ⏎ ")
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
