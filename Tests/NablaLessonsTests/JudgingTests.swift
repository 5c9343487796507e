import Testing
@testable import NablaLessons
import NablaRuntime
import NablaSyntax
import NablaTeaching
import NablaNumerics

/// Answers are judged against the lesson's own values and on fresh data, and the
/// lesson's rules refuse answers that give the right numbers the wrong way.
@Suite("Judging against the lesson's values", .serialized)
struct JudgingTests {
    /// Runs a curriculum lesson from the step of its `exercise`-th exercise (1-based) with
    /// scripted input; the runner's output.
    func run(_ file: String, exercise: Int, _ lines: [String]) throws -> String {
        let lesson = try LessonParser.parse(FileSystem.read(lessonsDirectory + "/" + file) ?? "", file: file)
        let target = lesson.exercises[exercise - 1].line
        var options = LessonRunner.Options()
        options.from = (lesson.steps.firstIndex { $0.exercise?.line == target } ?? 0) + 1
        let sink = RecordingSink()
        _ = LessonRunner(lesson: lesson, output: sink, input: ScriptedInput(lines + ["bye"]), store: nil, options: options).run()
        return sink.output.replacing("\n", with: " ")
    }

    @Test func lesson08DroppedFactorIsWrongWithAHintAboutIt() throws {
        let out = try run("en/08-backpropagation.md", exercise: 1, ["d2 = (a2 - y) .* a2 .* (1 - a2)"])
        #expect(out.contains("✗ Not yet: the factor 2/n from the mean is missing"))
        #expect(!out.contains("✓"))
    }

    @Test func chainedAnswerOnAChangedEarlierVariableIsWrongAndNamesIt() throws {
        let out = try run(
            "en/08-backpropagation.md", exercise: 1,
            [
                "d2 = (2/numel(y)) * (a2 - y) .* a2 .* (1 - a2)", "",
                "d2 = (a2 - y) .* a2 .* (1 - a2);", "gW2 = d2 * a1'"
            ])
        #expect(out.contains("✓ Correct."))
        #expect(out.contains("your formula is right, but it uses d2, which changed after exercise 1, “δ₂” set it"))
        #expect(out.components(separatedBy: "✓ Correct.").count == 2)
    }

    @Test(arguments: [
        ("en/01-vectors-and-matrices.md", 4, "c12 = C(1, 2)", "C is not allowed here"),
        ("en/01-vectors-and-matrices.md", 5, "(A*B)'", "A*B is not allowed here"),
        ("en/02-linear-layer.md", 2, "J2 = A(:, 2)", "A(…) is not allowed here"),
        ("en/02-linear-layer.md", 2, "J2 = A*[0; 1]", "the answer must use h"),
        ("en/10-matrix-calculus.md", 4, "gS = grad(log(det(S)), S)", "grad is not allowed here"),
        ("en/10-matrix-calculus.md", 4, "gS = inv(S)", "that is S⁻¹; the rule has its transpose"),
        ("zh/10-matrix-calculus.md", 4, "gS = grad(log(det(S)), S)", "本题不能用 grad")
    ])
    func answersThatBreakThePromptAreRefused(file: String, exercise: Int, answer: String, reason: String) throws {
        let out = try run(file, exercise: exercise, [answer])
        #expect(out.contains(reason), "\(out)")
        #expect(!out.contains("✓"))
    }

    @Test func predicateChecksJudgeOnlyTheirVariable() throws {
        // Exploring with the helper the hint suggests is not an answer.
        let lesson = try LessonParser.parse(FileSystem.read(lessonsDirectory + "/en/05-gradient-descent.md") ?? "", file: "05")
        let e = try #require(lesson.exercises.last)
        #expect(e.answer == "lr_big")
        let explore = try Parser.parse(SourceFile(name: "<input>", text: "descend(0.79, x, y, 50)"))
        #expect(!AnswerJudge.isAttempt(explore, for: e))
    }

    /// An answer right only for the lesson's numbers fails on fresh data of the same shapes.
    @Test func anAnswerRightOnlyForTheLessonsNumbersFails() throws {
        let out = try run("en/07-forward-propagation.md", exercise: 1, ["a1 = [0.5498; 0.7109; 0.7503]"])
        #expect(!out.contains("✓"))
        let typed = try run("en/02-linear-layer.md", exercise: 1, ["z = [-0.5; -2; 1]"])
        #expect(typed.contains("not for other data of the same shapes"), "\(typed)")
    }

    @Test func freshDataKeepsShapesKindsAndSymmetry() {
        var g = SplitMix64(seed: 1)
        let code = "rng(7);\nW = [0.5 -0.2; 0.1 0.4];\ny = [1; 0; 0];\nS = [2 1; 1 3];\nh = 1e-6;\nz = W*y(1:2);"
        let fresh = FreshData.rewrite(code, generator: &g)
        let session = Session(output: RecordingSink(), vocabulary: NablaTeaching.vocabulary)
        session.run(code, name: "old")
        let old = session.interpreter
        let other = Session(output: RecordingSink(), vocabulary: NablaTeaching.vocabulary)
        #expect(other.run(fresh, name: "fresh") == .success)
        for name in ["W", "y", "S", "z"] {
            #expect(other.interpreter.variable(name)?.shape == old.variable(name)?.shape)
        }
        #expect(!fresh.contains("rng(7)") && fresh.contains("h = 1e-6") && fresh.contains("z = W*y(1:2)"))
        let y = AnswerComparison.numbers(other.interpreter.variable("y")!)!.elements
        #expect(y.allSatisfy { $0 == 0 || $0 == 1 })
        let s = AnswerComparison.numbers(other.interpreter.variable("S")!)!
        #expect(s.elements[1] == s.elements[2])
    }

    @Test func rulesParseAndMatch() throws {
        func uses(_ item: String, _ code: String) throws -> Bool {
            guard case .success(let rule) = AnswerRule.parse(item, kind: .forbid) else { return false }
            let p = try Parser.parse(SourceFile(name: "t", text: code))
            return AnswerRule.violation([rule], program: p, language: "en") != nil
        }
        #expect(try uses("A()", "x = A(:, 2)"))
        #expect(try !uses("A()", "x = A'*u"))
        #expect(try uses("'", "x = A'"))
        #expect(try !uses("'", "x = A.*B"))
        #expect(try uses("A*B", "x = transpose((A * B))"))
        #expect(try uses("grad", "x = 2*grad(L, W)"))
        guard case .failure = AnswerRule.parse("=> no items", kind: .forbid) else {
            Issue.record("a rule without items parsed")
            return
        }
    }
}
