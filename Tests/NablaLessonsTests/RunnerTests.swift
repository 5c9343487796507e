import Testing
@testable import NablaLessons
import NablaRuntime
import NablaTestSupport

@Suite("Lesson runner", .serialized)
struct RunnerTests {
    func runner(_ lines: [String], store: ProgressStore?, options: LessonRunner.Options = .init(), sink: RecordingSink = RecordingSink()) throws -> (
        LessonRunner, RecordingSink
    ) {
        let r = LessonRunner(lesson: try parseSample(), output: sink, input: ScriptedInput(lines), store: store, options: options)
        return (r, sink)
    }

    @Test func wrongHintRightQuitAndResumeAtTheSameStep() throws {
        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        let store = ProgressStore(directory: dir)
        // Step 1 (demo), Enter; exercise 1: a wrong answer, a hint, exploring, the right answer, Enter;
        // exercise 2: explore, then leave.
        let (first, out) = try runner(["", "C = B*A", "hint", "size(C)", "C = A*B", "", "Z", "bye"], store: store)
        #expect(first.run() == .quit)
        #expect(out.output.contains("✗ Not yet: that is BA: order matters"))
        #expect(out.output.contains("Hint 1/2: first hint"))
        #expect(!out.output.contains("Hint 2/2"))
        #expect(out.output.contains("✓ Correct."))
        #expect(out.transcript.contains("undefined") && out.transcript.contains("'Z'"))
        guard case .found(let saved) = store.load("99") else {
            Issue.record("progress was not saved")
            return
        }
        #expect(saved.step == 2)
        #expect(saved.attempts == 1)
        #expect(saved.hints == 1)
        #expect(saved.solved == 1)
        #expect(saved.workspace.contains("C = ["))

        // Resuming: same step, the workspace (C) is back, and the exercise is answered.
        let (second, out2) = try runner(["C", "Z = zeros(3, 2)", "bye"], store: store)
        #expect(second.run() == .quit)
        #expect(out2.output.contains("Resuming at step 3 of 6"))
        #expect(out2.output.contains("Exercise 2/5: Shape"))
        #expect(out2.output.contains("C =\n\n    5   11\n   14   23\n"))
        #expect(out2.output.contains("✓ Correct."))
        guard case .found(let again) = store.load("99") else { return }
        #expect(again.solved == 2)
    }

    @Test func exploringAndErrorsAreNeverMarkedWrong() throws {
        let (r, out) = try runner(["", "A'", "help size", "C = undefined_thing", "C = [1 2", "bye"], store: nil)
        #expect(r.run() == .quit)
        #expect(!out.output.contains("✗"))
        #expect(r.progress.attempts == 0)
        #expect(out.output.contains("does not count as an answer"))
    }

    @Test func hintsOneAtATimeThenSolutionAndSkip() throws {
        let (r, out) = try runner(["", "hint", "hint", "hint", "solution", "skip", "bye"], store: nil)
        #expect(r.run() == .quit)
        #expect(out.output.contains("Hint 1/2: first hint"))
        #expect(out.output.contains("Hint 2/2: second hint"))
        #expect(out.output.contains("No more hints"))
        #expect(out.output.contains(">> C = A*B"))
        #expect(out.output.contains("Exercise 2/5"))  // skip moved on
        #expect(r.session.interpreter.variable("C") != nil)  // skip ran the model answer
    }

    @Test func teachersCanTurnSkipAndSolutionOff() throws {
        var options = LessonRunner.Options()
        options.allowSkip = false
        let (r, out) = try runner(["", "solution", "skip", "bye"], store: nil, options: options)
        #expect(r.run() == .quit)
        #expect(out.output.contains("turned skip and solution off"))
        #expect(!out.output.contains("Exercise 2/5"))
    }

    @Test func backAndAgain() throws {
        let (r, out) = try runner(["", "C = A*B", "", "back", "again", "bye"], store: nil)
        #expect(r.run() == .quit)
        // After back, exercise 1 is shown again twice (back, then again).
        #expect(out.output.components("Exercise 1/5") == 3)
    }

    @Test func demoModeRunsStraightThroughWithModelAnswers() throws {
        var options = LessonRunner.Options()
        options.demo = true
        options.pause = false
        let sink = RecordingSink()
        let r = LessonRunner(lesson: try parseSample(), output: sink, input: nil, store: nil, options: options)
        #expect(r.run() == .finished)
        #expect(sink.output.contains(">> C = A*B"))
        #expect(sink.output.components("✓ the model answer passes its check") == 5)
        #expect(!sink.output.contains("✗"))
    }

    @Test func demoFromAStep() throws {
        var options = LessonRunner.Options()
        options.demo = true
        options.pause = false
        options.from = 3
        let sink = RecordingSink()
        let r = LessonRunner(lesson: try parseSample(), output: sink, input: nil, store: nil, options: options)
        #expect(r.run() == .finished)
        #expect(!sink.output.contains("Exercise 1/5"))
        #expect(sink.output.contains("Exercise 2/5"))
        // Earlier steps ran silently: their variables exist.
        #expect(r.session.interpreter.variable("C") != nil)
    }

    @Test func exportWritesNotes() throws {
        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        let (r, _) = try runner(["", "C = A*B", ":export \(dir)/notes.md", "bye"], store: nil)
        #expect(r.run() == .quit)
        let notes = try #require(FileSystem.read(dir + "/notes.md"))
        #expect(notes.hasPrefix("# Sample"))
        #expect(notes.contains("Some narration with `code`."))
        #expect(notes.contains(">> C = A*B\nC =\n"))
    }

    @Test func exportWritesNoColourCodesEvenFromAColourTerminal() throws {
        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        let sink = ColourSink()
        let r = LessonRunner(
            lesson: try parseSample(), output: sink,
            input: ScriptedInput(["", "C = undefined_thing", "C = B*A", "C = A*B", ":export \(dir)/notes.md", "bye"]), store: nil)
        #expect(r.run() == .quit)
        // The screen was coloured (the error, the verdicts) ...
        #expect(sink.record.transcript.contains("\u{1B}[1;31merror"))
        #expect(sink.record.transcript.contains("\u{1B}[32m✓"))
        // ... the notes are not, and still hold the error and the results.
        let notes = try #require(FileSystem.read(dir + "/notes.md"))
        #expect(!notes.contains("\u{1B}"))
        #expect(notes.contains("undefined") && notes.contains(">> C = A*B\nC =\n"))
    }
}

extension String {
    func components(_ s: String) -> Int { split(separator: s, omittingEmptySubsequences: false).count - 1 }
}

@Suite("Classroom demo")
struct ClassroomDemoTests {
    /// The answer waits for Enter; code typed meanwhile runs in the lesson's workspace,
    /// and so does code typed between steps.
    @Test func pausesBeforeTheAnswerAndRunsLiveCode() throws {
        var options = LessonRunner.Options()
        options.demo = true
        let sink = RecordingSink()
        let input = ScriptedInput(["size(A)", "", "", "A(2, 3)", "", "bye"])
        _ = LessonRunner(lesson: try parseSample(), output: sink, input: input, store: nil, options: options).run()
        let out = sink.output
        let prompt = try #require(out.range(of: "(Enter shows the answer · or type code to try it live)"))
        let answer = try #require(out.range(of: ">> C = A*B"))
        #expect(prompt.upperBound < answer.lowerBound)
        #expect(out.contains("ans =\n\n   2   3\n"))  // size(A), typed before the answer
        #expect(out.contains("ans = 6"))  // A(2, 3), typed between steps
    }
}
