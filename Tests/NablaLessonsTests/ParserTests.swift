import Foundation
import Testing
@testable import NablaLessons

@Suite("Lesson format")
struct ParserTests {
    @Test func frontMatterAndSteps() throws {
        let lesson = try parseSample()
        #expect(lesson.id == "99")
        #expect(lesson.language == "en")
        #expect(lesson.title == "Sample")
        #expect(lesson.prerequisites == ["01", "02"])
        #expect(lesson.minutes == 10)
        // Step 1: heading, narration, demo (ended by pause); then one step per exercise.
        #expect(lesson.steps.count == 6)
        #expect(lesson.exercises.count == 5)
        guard case .demo(let demo) = lesson.steps[0].blocks[2] else {
            Issue.record("expected a demo block")
            return
        }
        #expect(demo.code.hasPrefix("A = [1 2 3; 4 5 6];"))
        #expect(demo.expected?.contains("4   5   6") == true)
        #expect(demo.line == 13)
        // `<!-- play -->` right after an exercise makes that step a free-play step.
        #expect(lesson.steps[4].ending == .play)
        #expect(lesson.steps[3].ending == .pause)
    }

    @Test func exerciseFields() throws {
        let e = try #require(try parseSample().exercises.first)
        #expect(e.title == "Multiply")
        #expect(e.check == .value(expected: nil))
        #expect(e.answer == "C")
        #expect(e.hints == ["first hint", "second hint"])
        #expect(e.solution == "C = A*B")
        #expect(e.wrong == ["C = B*A"])
        #expect(e.mistakes.first?.expression == "B*A")
        #expect(e.mistakes.first?.message == "that is BA: order matters")
    }

    @Test func checkKinds() throws {
        let kinds = try parseSample().exercises.map(\.check)
        #expect(kinds == [.value(expected: nil), .shape(rows: 3, cols: 2), .expression, .set, .predicate("abs(k - 3) < 0.5")])
    }

    @Test func multiLineSolutionKeepsItsShape() throws {
        let text = """
            ---
            id: 1
            lang: en
            title: T
            ---
            ```exercise
            check: value s
            hint: h
            solution: s = 0;
              for k = 1:3
                s = s + k;
              end
            wrong: s = 1
            ```
            """
        let e = try #require(try LessonParser.parse(text, file: "t.md").exercises.first)
        #expect(e.solution == "s = 0;\nfor k = 1:3\n  s = s + k;\nend")
    }

    @Test(arguments: [
        ("```nabla\nx = 1\n", 6, "never closed"),
        ("```exercise\ncheck: value x\nhnt: oops\nsolution: x = 1\n```\n", 8, "unknown exercise field 'hnt'"),
        ("```exercise\nhint: h\nsolution: x = 1\n```\n", 6, "no 'check:'"),
        ("```exercise\ncheck: shape Z 3by2\nsolution: Z = 1\n```\n", 7, "ROWSxCOLS"),
        ("```exercise\ncheck: guess x\nsolution: x = 1\n```\n", 7, "unknown check 'guess'"),
        ("```output\n1\n```\n", 6, "must come right after a nabla block"),
        ("<!-- pause\n", 6, "never closed")
    ])
    func errorsPointAtTheLine(body: String, line: Int, message: String) {
        let text = "---\nid: 1\nlang: en\ntitle: T\n---\n" + body
        #expect {
            _ = try LessonParser.parse(text, file: "bad.md")
        } throws: { error in
            guard let e = error as? LessonError else { return false }
            return e.file == "bad.md" && e.line == line && e.message.contains(message)
        }
    }

    @Test func missingFrontMatterIsAnError() {
        #expect(throws: LessonError.self) { _ = try LessonParser.parse("# no front matter\n", file: "x.md") }
        #expect(throws: LessonError.self) { _ = try LessonParser.parse("---\nid: 1\nlang: en\n---\ntext\n", file: "x.md") }
    }

    @Test func garbageNeverTraps() {
        for text in ["", "---", "---\n---", "```", "---\nid: 1\nlang: en\ntitle: t\n---\n```exercise\n  indented\n```", "\u{0}\u{FFFF}"] {
            _ = try? LessonParser.parse(text, file: "g.md")
        }
    }
}

/// Issue #18, C: lessons written on Windows (CRLF line ends, a UTF-8 byte-order mark).
@Suite("Lessons from Windows editors")
struct WindowsLessonTests {
    @Test(arguments: [false, true])
    func crlfAndByteOrderMarkParseAsTheSameLesson(_ bom: Bool) throws {
        let unix = try LessonParser.parse(sampleLesson, file: "sample.md")
        let windows = (bom ? "\u{FEFF}" : "") + sampleLesson.replacingOccurrences(of: "\n", with: "\r\n")
        let lesson = try LessonParser.parse(windows, file: "sample.md")
        #expect(lesson.id == unix.id && lesson.title == unix.title)
        #expect(lesson.steps.count == unix.steps.count)
        #expect(lesson.exercises.map(\.title) == unix.exercises.map(\.title))
        guard case .demo(let a) = lesson.steps[0].blocks[2], case .demo(let b) = unix.steps[0].blocks[2] else {
            Issue.record("expected a demo block")
            return
        }
        #expect(a.code == b.code, "no carriage returns are left in the code")
        #expect(a.line == b.line)
    }
}
