import Testing
@testable import NablaLessons
import NablaRuntime
import NablaSyntax
import NablaTeaching

/// The content fixes of the curriculum, each shown in English and Chinese.
@Suite("Lesson content", .serialized)
struct LessonContentTests {
    func lesson(_ file: String) throws -> Lesson {
        return try LessonParser.parse(FileSystem.read(lessonsDirectory + "/" + file) ?? "", file: file)
    }

    /// The whole lesson as the classroom demo shows it, without pauses.
    func demo(_ file: String) throws -> String {
        var options = LessonRunner.Options()
        options.demo = true
        options.pause = false
        let sink = RecordingSink()
        _ = LessonRunner(lesson: try lesson(file), output: sink, input: nil, store: nil, options: options).run()
        return sink.output
    }

    /// Dropping the −2 flips the step uphill: J 4.43 → 5.49 instead of 2.68, computed.
    @Test(arguments: ["en", "zh"])
    func lesson06ShowsTheDroppedFactorClimbs(lang: String) throws {
        let out = try demo("\(lang)/06-linear-regression.md")
        #expect(out.contains("ans =\n\n   4.4308   2.6844   5.4878\n"))
        let text = FileSystem.read(lessonsDirectory + "/\(lang)/06-linear-regression.md") ?? ""
        #expect(!text.contains("still downhill") && !text.contains("仍然是下坡"))
    }

    /// The learning-rate limit is computed (0.796), 0.9 diverges, and exploring with the
    /// helper is not judged.
    @Test(arguments: ["en", "zh"])
    func lesson05ComputesTheLimitAndExploringIsNotAnAnswer(lang: String) throws {
        let file = "\(lang)/05-gradient-descent.md"
        #expect(try demo(file).contains("lr_limit = 0.7962"))
        let l = try lesson(file)
        let e = try #require(l.exercises.last)
        #expect(e.hints.contains { $0.contains("0.9") } && !e.hints.contains { $0.contains("about 1") || $0.contains("大约在 1") })
        var options = LessonRunner.Options()
        options.from = (l.steps.firstIndex { $0.exercise?.title == e.title } ?? 0) + 1
        let sink = RecordingSink()
        let runner = LessonRunner(
            lesson: l, output: sink, input: ScriptedInput(["descend(0.79, x, y, 50)", "lr_big = 0.9", "bye"]),
            store: nil, options: options)
        _ = runner.run()
        #expect(!sink.output.contains("✗"))
        #expect(sink.output.contains("✓"))
        #expect(runner.progress.attempts == 0)
    }

    @Test(arguments: ["en", "zh"])
    func lesson07TracesTheNamedFormulaAndTeachesHe(lang: String) throws {
        let out = try demo("\(lang)/07-forward-propagation.md")
        #expect(out.contains(lang == "zh" ? "a2f 的前向传播：6 步" : "forward pass of a2f: 6 steps"))
        #expect(out.contains("  a2f = σ(W2σ(W1 x + b1) + b2)"))
        #expect(out.contains(">> W1h = he(3, 2)"))
        #expect(out.contains("√(2 / n_in)"))
    }

    @Test(arguments: ["en", "zh"])
    func lesson03DrawsReluAndLeakyReluApartWithNames(lang: String) throws {
        let out = try demo("\(lang)/03-activation-functions.md")
        #expect(out.contains("leaky_relu(z, 0.2)") && out.contains("relu(z)") && out.contains("tanh(z)"))
        #expect(!out.contains("series 1"))
        // Below zero ReLU (+) lies on the axis while leaky ReLU dips under it: both show.
        let plot = out.components(separatedBy: ">> plot(z, ").last ?? ""
        #expect(plot.split(separator: "\n").contains { $0.hasPrefix(" 0 ┤+++") })
    }

    /// The summary repeats the full-batch losses the step lines show, and says so.
    @Test func miniBatchSummaryAgreesWithItsStepLines() throws {
        let out = try demo("en/05-gradient-descent.md")
        #expect(out.contains("  step   0   L = 0.981162\n"))
        #expect(out.contains("  step 100   L = 0.0102043\n"))
        #expect(out.contains("done: L 0.9812 → 0.0102 after 100 steps (L on all the data, as in the lines above)"))
    }

    /// Solving an exercise again after back counts it once.
    @Test func solvingAgainAfterBackCountsOnce() throws {
        let r = LessonRunner(
            lesson: try parseSample(), output: RecordingSink(),
            input: ScriptedInput(["", "C = A*B", "", "back", "C = A*B", "", "bye"]), store: nil)
        _ = r.run()
        #expect(r.progress.solved == 1)
        #expect(r.progress.solvedExercises == [1])
        var saved = r.progress
        saved.markSolved(1)
        #expect(Progress(text: saved.text)?.solvedExercises == [1])
    }
}

@Suite("Lesson endings and Markdown on a terminal")
struct LessonEndingTests {
    /// Every lesson ends by naming the next lesson and further reading, in both languages.
    @Test(arguments: ["en", "zh"])
    func eachLessonNamesTheNextAndFurtherReading(lang: String) throws {
        for n in 1...10 {
            let id = n < 10 ? "0\(n)" : "\(n)"
            let next = n + 1 < 10 ? "0\(n + 1)" : "\(n + 1)"
            let file = try #require(FileSystem.list(lessonsDirectory + "/" + lang).first { $0.hasPrefix(id + "-") })
            let lesson = try LessonParser.parse(FileSystem.read(lessonsDirectory + "/\(lang)/\(file)") ?? "", file: file)
            let last = lesson.steps.last?.blocks.compactMap { if case .narration(let t, _) = $0 { return t } else { return nil } }.joined() ?? ""
            #expect(last.contains("`nabla lesson \(next)`"), "\(file)")
            #expect(last.contains(lang == "en" ? "**Further reading:**" : "**延伸阅读：**"), "\(file)")
        }
    }

    /// Without colour the marks are dropped; with colour they become styles.
    @Test func markdownMarksNeverShowRaw() {
        let plain = TextLayout.render("Use `descend` and *think* about **it**.", width: 80).joined()
        #expect(plain == "Use descend and think about it.")
        let styled = TextLayout.render("Use `descend` and *think* about **it `now`**.", width: 200, style: { "<\($1)>\($0)</>" }).joined()
        #expect(styled == "Use <code>descend</> and <emphasis>think</> about <strong>it </><strong><code>now</></>.")
    }

    @Test func hintsShowNoBackticks() throws {
        var lesson = try parseSample()
        lesson.steps[1].blocks = lesson.steps[1].blocks.map { b in
            guard case .exercise(var e) = b else { return b }
            e.hints = ["Use `A*B`."]
            return .exercise(e)
        }
        let sink = RecordingSink()
        _ = LessonRunner(lesson: lesson, output: sink, input: ScriptedInput(["", "hint", "bye"]), store: nil).run()
        #expect(sink.output.contains("Hint 1/1: Use A*B."))
    }
}
