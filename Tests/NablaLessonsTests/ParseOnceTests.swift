import Testing
@testable import NablaLessons
import NablaRuntime
import NablaSyntax

/// Lesson input as the executable reads it: lines gathered by an `InputAccumulator`, code
/// handed over with its parse, blank lines and commands as text.
final class AccumulatedInput: LessonInput {
    var lines: [String]
    var accumulator = InputAccumulator { _ in "<input>" }
    init(_ lines: [String]) { self.lines = lines }

    func read(prompt: String) -> LessonLine {
        while !lines.isEmpty {
            let line = lines.removeFirst()
            if accumulator.isEmpty, line.trimmed.isEmpty || line.hasPrefix(":") { return .text(line) }
            if let input = accumulator.add(line) { return .input(input) }
        }
        return accumulator.finish().map { .input($0) } ?? .end
    }
}

@Suite("Lesson input is parsed once")
struct ParseOnceTests {
    /// Answers, explorations and syntax errors typed at a lesson are run and judged from the
    /// parse the reader made: the runner's session parses nothing more.
    @Test func readerParsesAreRunAsParsed() throws {
        let sink = RecordingSink()
        let lines = ["", "C = B*A", "size(C)", "C = 1 + * 2", "C = A*B", "", "bye"]
        let input = AccumulatedInput(lines)
        let runner = LessonRunner(lesson: try parseSample(), output: sink, input: input, store: nil)
        #expect(runner.run() == .quit)
        #expect(sink.output.contains("✗ Not yet: that is BA: order matters"))
        #expect(sink.output.contains("✓ Correct."))
        #expect(sink.transcript.contains("<input>:1:9: error"))
        // One parse per code line read ("bye" is code to the reader, a command to the runner),
        // none by the runner.
        #expect(input.accumulator.parses == 5)
        #expect(runner.session.parses == 0)
    }

    /// Typed text the reader did not parse (scripted input) is parsed once by the runner.
    @Test func unparsedTextIsParsedOnce() throws {
        let sink = RecordingSink()
        let runner = LessonRunner(
            lesson: try parseSample(), output: sink,
            input: ScriptedInput(["", "C = B*A", "size(C)", "C = 1 + * 2", "C = A*B", "", "bye"]), store: nil)
        #expect(runner.run() == .quit)
        #expect(sink.output.contains("✓ Correct."))
        #expect(runner.session.parses == 4)
    }

    /// The judge replays the program it is given, never its text: a program whose source
    /// says `C = B*A` but which parsed as `C = A*B` is judged as `C = A*B`.
    @Test func theJudgeReplaysTheProgramNotItsText() throws {
        let lesson = try parseSample()
        let exercise = lesson.exercises[0]
        let student = sampleSession()
        var program = try Parser.parse(SourceFile(name: "<input>", text: "C = A*B"))
        #expect(student.run(program) == .success)
        let reference = LessonReference(lesson: lesson).context(exercise: 0)
        #expect(AnswerJudge.judge(exercise, program: program, student: student.interpreter, context: reference) == .correct)
        program.source = SourceFile(name: "<input>", text: "C = B*A")
        #expect(AnswerJudge.judge(exercise, program: program, student: student.interpreter, context: reference) == .correct)
    }

    /// A demo's error points at the lesson file's line and column, wherever the demo is.
    @Test func demoErrorsPointIntoTheLessonFile() throws {
        let text = """
            ---
            id: 98
            lang: en
            title: Demo error
            ---

            Narration.

            ```nabla
            x = 1;
            y = x + undefined_name
            ```
            """
        let lesson = try LessonParser.parse(text, file: "demo.md")
        let sink = RecordingSink()
        _ = LessonRunner(lesson: lesson, output: sink, input: ScriptedInput(["bye"]), store: nil).run()
        #expect(sink.transcript.contains("demo.md:11:9: error"))
        #expect(sink.transcript.contains(" 11 | y = x + undefined_name\n    |         ^" + String(repeating: "~", count: 13) + "\n"))
    }
}
