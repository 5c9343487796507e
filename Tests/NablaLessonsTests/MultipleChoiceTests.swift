import Testing
@testable import NablaLessons
import NablaRuntime

/// Multiple-choice exercises: a conceptual question answered by a letter.
@Suite("Multiple choice")
struct MultipleChoiceTests {
    static func lesson(_ language: String = "en") throws -> Lesson {
        try LessonParser.parse(
            """
            ---
            id: 98
            lang: \(language)
            title: Choices
            ---

            ```nabla
            W = [1 2 3; 4 5 6];
            ```

            ```exercise
            title: Layer shape
            prompt: A layer computes `W*x`. How many inputs does it take?
            check: choice C
            choice: A) 2 => that is the number of outputs, the rows of W
            choice: B) 6
            choice: C) 3
            hint: x must have as many rows as W has columns.
            explain: The columns of W meet the entries of x.
            ```
            """, file: "choices.md")
    }

    @Test func theOptionsAreListedAndALetterAnswers() throws {
        let sink = RecordingSink()
        let runner = LessonRunner(lesson: try Self.lesson(), output: sink, input: ScriptedInput(["", "A", "b", "W", "c", "bye"]), store: nil)
        _ = runner.run()
        let out = sink.output
        #expect(out.contains("• A) 2") && out.contains("• B) 6") && out.contains("• C) 3"))
        #expect(out.contains("(type the letter of your answer: A, B, C)"))
        // A wrong option's own reason; a plain one for an option without; exploring is free.
        #expect(out.contains("✗ Not yet: A) that is the number of outputs, the rows of W"))
        #expect(out.contains("✗ Not yet: B is not the answer"))
        #expect(out.contains("✓ Correct. The columns of W meet the entries of x."))
        // The right letter is never given away by a wrong answer's message.
        #expect(!out.contains("expected the text"))
        #expect(runner.progress.attempts == 2)
    }

    @Test func checkModeProvesTheRightLetterPassesAndEveryOtherFails() throws {
        let result = LessonChecker.check(try Self.lesson())
        #expect(result.status == .passed, "\(result.errors)")
        let e = try #require(try Self.lesson().exercises.first)
        #expect(e.wrong.count == 2)
    }

    @Test func inChineseTheFrameIsChinese() throws {
        let sink = RecordingSink()
        let runner = LessonRunner(lesson: try Self.lesson("zh"), output: sink, input: ScriptedInput(["", "B", "bye"]), store: nil)
        _ = runner.run()
        #expect(sink.output.contains("（输入你所选答案的字母：A, B, C）"))
        #expect(sink.output.contains("B 不是正确答案"))
    }

    @Test func badOptionsAreReportedWithTheirLine() {
        let bad = "---\nid: 1\nlang: en\ntitle: T\n---\n```nabla\nx = 1;\n```\n```exercise\ntitle: t\ncheck: choice D\nchoice: A) one\nchoice: B) two\n```\n"
        #expect(throws: LessonError.self) { try LessonParser.parse(bad, file: "bad.md") }
    }
}
