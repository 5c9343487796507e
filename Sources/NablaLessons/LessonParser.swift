import NablaSyntax

/// Reads the lesson dialect of Markdown (see Docs/lessons.md):
///
/// - front matter between `---` lines: `id`, `lang`, `title`, `prerequisites`, `minutes`;
/// - prose, shown as narration; `##` headings start a new step;
/// - ```` ```nabla ```` blocks: demos, run and shown; an ```` ```output ```` block right
///   under one is the output it must produce;
/// - ```` ```exercise ```` blocks: `key: value` fields (`prompt`, `check`, `hint`, …),
///   a field continuing on lines indented by spaces;
/// - `<!-- pause -->` and `<!-- play -->`: end a step (play invites free exploration);
///   other HTML comments are notes for authors and are not shown.
///
/// Contract: never traps on any input; every problem is a `LessonError` at `file:line`.
public enum LessonParser {
    public static func parse(_ text: String, file: String) throws(LessonError) -> Lesson {
        // Lessons written on Windows have CRLF line ends and often a byte-order mark.
        let lines = text.droppingByteOrderMark.lines
        var index = 0
        let meta = try frontMatter(lines, file: file, index: &index)
        func field(_ key: String) throws(LessonError) -> String {
            guard let v = meta.fields[key], !v.isEmpty else {
                throw LessonError(file: file, line: 1, "the front matter has no '\(key):' line")
            }
            return v
        }
        let id = try field("id")
        let language = try field("lang")
        let title = try field("title")
        let minutesText = meta.fields["minutes"] ?? "15"
        guard let minutes = Int(minutesText), minutes > 0, minutes < 1000 else {
            throw LessonError(file: file, line: meta.line("minutes"), "minutes must be a whole number, not '\(minutesText)'")
        }
        let prerequisites = (meta.fields["prerequisites"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)

        var builder = StepBuilder()
        var prose: [String] = []
        var proseLine = 0
        func flushProse() {
            while prose.last?.trimmed.isEmpty == true { prose.removeLast() }
            if !prose.isEmpty { builder.add(.narration(prose.joined(separator: "\n"), line: proseLine)) }
            prose = []
        }

        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmed
            if let fence = Fence(line) {
                flushProse()
                let body = try fenceBody(lines, from: index, fence: fence, file: file)
                index = body.next
                switch fence.info {
                case "nabla":
                    var demo = Demo(code: body.text, line: number)
                    // An output block right under a demo (blank lines allowed) is its expected output.
                    var look = index
                    while look < lines.count, lines[look].trimmed.isEmpty { look += 1 }
                    if look < lines.count, let f = Fence(lines[look]), f.info == "output" {
                        let out = try fenceBody(lines, from: look, fence: f, file: file)
                        demo.expected = out.text
                        demo.expectedLine = look + 1
                        index = out.next
                    }
                    builder.add(.demo(demo))
                case "output":
                    throw LessonError(file: file, line: number, "an output block must come right after a nabla block")
                case "exercise":
                    let exercise = try ExerciseParser.parse(
                        body.lines, firstLine: number + 1, file: file,
                        number: builder.exerciseCount + 1)
                    builder.add(.exercise(exercise))
                    builder.end(.pause)
                default:
                    // Any other fenced block (text, a diagram) is narration shown as written.
                    prose = [line] + body.lines + [fence.marker]
                    proseLine = number
                    flushProse()
                }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                flushProse()
                var comment = trimmed
                var end = index
                while !comment.contains("-->") && end + 1 < lines.count {
                    end += 1
                    comment += " " + lines[end].trimmed
                }
                guard comment.contains("-->") else {
                    throw LessonError(file: file, line: number, "this comment is never closed with -->")
                }
                let word = comment.dropFirst(4).prefix { $0 != "-" }.trimmed.lowercased()
                if word == "pause" { builder.end(.pause) }
                if word == "play" { builder.end(.play) }
                index = end + 1
                continue
            }
            if let level = headingLevel(trimmed) {
                flushProse()
                let text = String(trimmed.dropFirst(level)).trimmed
                if level >= 2 { builder.end(.pause) }
                builder.add(.heading(text, level: level, line: number))
                index += 1
                continue
            }
            if prose.isEmpty {
                if trimmed.isEmpty { index += 1; continue }
                proseLine = number
            }
            prose.append(line)
            index += 1
        }
        flushProse()
        builder.end(.pause)
        guard !builder.steps.isEmpty else {
            throw LessonError(file: file, line: lines.count, "the lesson has no content after its front matter")
        }
        return Lesson(
            id: id, language: language, title: title, prerequisites: prerequisites,
            minutes: minutes, file: file, steps: builder.steps)
    }

    // MARK: - Pieces

    struct FrontMatter {
        var fields: [String: String] = [:]
        var lines: [String: Int] = [:]
        func line(_ key: String) -> Int { lines[key] ?? 1 }
    }

    static func frontMatter(_ lines: [String], file: String, index: inout Int) throws(LessonError) -> FrontMatter {
        guard lines.first?.trimmed == "---" else {
            throw LessonError(file: file, line: 1, "a lesson starts with front matter: a line '---', then id:, lang:, title:, then '---'")
        }
        var meta = FrontMatter()
        index = 1
        while index < lines.count {
            let line = lines[index]
            if line.trimmed == "---" {
                index += 1
                return meta
            }
            if !line.trimmed.isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    throw LessonError(file: file, line: index + 1, "expected 'key: value' in the front matter")
                }
                let key = String(line[..<colon]).trimmed.lowercased()
                meta.fields[key] = String(line[line.index(after: colon)...]).trimmed
                meta.lines[key] = index + 1
            }
            index += 1
        }
        throw LessonError(file: file, line: 1, "the front matter is never closed with a '---' line")
    }

    /// A fence line: three or more backticks and an info word.
    struct Fence {
        var marker: String
        var info: String
        init?(_ line: String) {
            let t = line.trimmed
            let ticks = t.prefix { $0 == "`" }
            guard ticks.count >= 3 else { return nil }
            marker = String(ticks)
            info = t.dropFirst(ticks.count).trimmed.lowercased()
        }
    }

    static func fenceBody(_ lines: [String], from start: Int, fence: Fence, file: String) throws(LessonError)
        -> (lines: [String], text: String, next: Int)
    {
        var body: [String] = []
        var i = start + 1
        while i < lines.count {
            let t = lines[i].trimmed
            if t.hasPrefix(fence.marker) && t.allSatisfy({ $0 == "`" }) {
                return (body, body.joined(separator: "\n"), i + 1)
            }
            body.append(lines[i])
            i += 1
        }
        throw LessonError(file: file, line: start + 1, "this \(fence.info.isEmpty ? "code" : fence.info) block is never closed with \(fence.marker)")
    }

    static func headingLevel(_ t: String) -> Int? {
        let hashes = t.prefix { $0 == "#" }.count
        guard hashes >= 1, hashes <= 6 else { return nil }
        let rest = t.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        return hashes
    }

    /// Collects blocks into steps.
    struct StepBuilder {
        var steps: [Step] = []
        var current: [Block] = []
        var firstLine = 0
        var exerciseCount = 0

        mutating func add(_ b: Block) {
            if current.isEmpty { firstLine = b.line }
            if case .exercise = b { exerciseCount += 1 }
            current.append(b)
        }

        /// Ends the current step; an empty one only changes how the previous step ends
        /// (`<!-- play -->` right after an exercise makes that step a free-play step).
        mutating func end(_ ending: Step.Ending) {
            if current.isEmpty {
                if ending == .play, !steps.isEmpty { steps[steps.count - 1].ending = .play }
                return
            }
            steps.append(Step(blocks: current, ending: ending, line: firstLine))
            current = []
        }
    }
}

extension Block {
    /// The line the block starts on.
    public var line: Int {
        switch self {
        case .heading(_, _, let l), .narration(_, let l): return l
        case .demo(let d): return d.line
        case .exercise(let e): return e.line
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
