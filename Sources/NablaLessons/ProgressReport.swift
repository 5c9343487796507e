/// `nabla lesson` and `nabla lesson --report`: every lesson with the student's progress.
public enum ProgressReport {
    /// The list shown by `nabla lesson`: id, title, minutes and a progress mark.
    public static func list(_ library: LessonLibrary, language: String, store: ProgressStore?) -> String {
        var out = language == "zh" ? "课程（nabla lesson 编号 开始；--demo 课堂演示）：\n" : "Lessons (start one with: nabla lesson ID; --demo for the classroom):\n"
        for id in library.ids {
            guard let lesson = library.lesson(named: id, language: language) else { continue }
            out += "  \(mark(lesson, store))  \(lesson.id)  \(lesson.title)  (\(lesson.minutes) min)\n"
        }
        return out
    }

    /// The teacher's table: completion, wrong attempts, hints and solutions used.
    public static func report(_ library: LessonLibrary, language: String, store: ProgressStore?) -> String {
        var rows: [[String]] = [["lesson", "title", "progress", "solved", "wrong", "hints", "solutions"]]
        for id in library.ids {
            guard let lesson = library.lesson(named: id, language: language) else { continue }
            var row = [lesson.id, lesson.title]
            if case .found(let p)? = store.map({ $0.load(lesson.id) }) {
                row += [
                    p.completed ? "complete" : "step \(p.step + 1)/\(p.steps)", "\(min(p.solved, lesson.exercises.count))/\(lesson.exercises.count)",
                    "\(p.attempts)", "\(p.hints)", "\(p.solutions)"
                ]
            } else {
                row += ["not started", "0/\(lesson.exercises.count)", "0", "0", "0"]
            }
            rows.append(row)
        }
        let widths = (0..<rows[0].count).map { c in rows.map { TextLayout.visibleWidth($0[c]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in cell + String(repeating: " ", count: widths[c] - TextLayout.visibleWidth(cell)) }
                .joined(separator: "  ").trimmed
        }.joined(separator: "\n") + "\n"
    }

    static func mark(_ lesson: Lesson, _ store: ProgressStore?) -> String {
        guard case .found(let p)? = store.map({ $0.load(lesson.id) }) else { return "·" }
        return p.completed ? "✓" : "▸"
    }
}
