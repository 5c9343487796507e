import NablaSyntax

/// The page `:export notes.md` writes: the lesson so far as Markdown a student can keep —
/// narration, every input with its output, and derivatives in LaTeX (`$$ … $$`). It is a
/// file, not a terminal: no colour codes, whatever the screen showed.
struct NotesBuilder {
    private(set) var markdown = ""

    mutating func title(_ lesson: Lesson) {
        let subtitle = LessonMessage.notesSubtitle.text(Language(code: lesson.language), lesson.id)
        markdown += "# \(lesson.title)\n\n_\(subtitle)_\n\n"
    }

    mutating func heading(_ text: String, level: Int) {
        markdown += String(repeating: "#", count: max(2, level)) + " " + text + "\n\n"
    }

    mutating func narration(_ text: String) { markdown += text + "\n\n" }

    mutating func exercise(_ e: Exercise, label: String) {
        markdown += "**\(label): \(e.title)** — \(e.prompt)\n\n"
    }

    /// One input and what it printed.
    mutating func exchange(_ input: String, output: String, latex: [String]) {
        var block = input.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset == 0 ? ">> " : ".. ") + $0.element }.joined(separator: "\n")
        let shown = Self.withoutEscapes(output).split(separator: "\n", omittingEmptySubsequences: false)
        var trimmed = Array(shown)
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        if !trimmed.isEmpty { block += "\n" + trimmed.joined(separator: "\n") }
        // A fence longer than any run of backticks in the text, so output cannot end it.
        markdown += "```\n" + block + "\n```\n\n"
        for l in latex { markdown += "$$\n" + l + "\n$$\n\n" }
    }

    /// The text without terminal escape sequences (`ESC [ … letter`).
    static func withoutEscapes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var escape = false
        for u in s.unicodeScalars {
            if escape {
                if u.properties.isAlphabetic { escape = false }
                continue
            }
            if u == "\u{1B}" { escape = true; continue }
            out.append(u)
        }
        return String(out)
    }
}
