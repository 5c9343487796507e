import Testing
import NablaDisplay
@testable import NablaLessons
import NablaRuntime
import NablaSyntax
import NablaTeaching

/// Each check kind, with a right answer and a wrong one whose reason is asserted.
@Suite("Exercise checks")
struct CheckTests {
    /// Runs `answer` in a session with A and B, as the runner does, and judges it.
    func judge(_ exercise: Exercise, _ answer: String, session: Session = sampleSession()) throws -> Verdict {
        let program = try Parser.parse(SourceFile(name: "<answer>", text: answer))
        guard AnswerJudge.isAttempt(program, for: exercise) else { return .notAnAttempt }
        let before = ScratchSession.snapshot(session.interpreter)
        #expect(session.run(program) == .success)
        return AnswerJudge.judge(exercise, program: program, before: before, student: session.interpreter)
    }

    func exercise(_ n: Int) throws -> Exercise { try parseSample().exercises[n] }

    @Test func valueRightAndWrongWithAKnownMistake() throws {
        let e = try exercise(0)
        #expect(try judge(e, "C = A*B") == .correct)
        #expect(try judge(e, "C = A*B + 1e-9") == .correct)  // within tolerance
        #expect(try judge(e, "C = B*A") == .wrong("that is BA: order matters"))
    }

    @Test func valueWrongShapeSuggestsATranspose() throws {
        var e = try exercise(0)
        e.check = .value(expected: "A")
        #expect(try judge(e, "C = A'") == .wrong("your answer has shape 3×2; expected 2×3 — a transpose missing?"))
    }

    @Test func valueWrongByAFactorOrSign() throws {
        var e = try exercise(0)
        e.mistakes = []
        #expect(
            try judge(e, "C = 2*A*B") == .wrong("the shape is right (2×2) but your answer is 2 times the expected one — a constant factor such as 2 or 1/n?"))
        #expect(try judge(e, "C = -A*B") == .wrong("the shape is right (2×2) but the sign is flipped: you have −(expected)"))
        #expect(try judge(e, "C = (A*B)'") == .wrong("the shape is right (2×2) but your answer is the transpose of the expected one"))
        let verdict = try judge(e, "C = A*B; C(2, 1) = 100;")
        #expect(verdict == .wrong("the shape is right (2×2) but 1 of 4 entries differ; the largest difference is at (2,1): you have 100, expected 14"))
    }

    @Test func valueOfTheWrongKind() throws {
        let e = try exercise(0)
        #expect(try judge(e, "C = 'abc'") == .wrong("expected numbers, but your answer is the text 'abc'"))
        #expect(try judge(e, "C = {1}") == .wrong("expected numbers, but your answer is a cell array"))
    }

    @Test func shape() throws {
        let e = try exercise(1)
        #expect(try judge(e, "Z = ones(3, 2)") == .correct)
        #expect(try judge(e, "Z = zeros(2, 3)") == .wrong("your answer has shape 2×3; expected 3×2 — a transpose missing?"))
        #expect(try judge(e, "Z = 0") == .wrong("your answer is a single number (1×1); expected a 3×2 matrix"))
    }

    @Test func expressionEquivalenceAcceptsAnyCorrectForm() throws {
        let e = try exercise(2)
        #expect(try judge(e, "B'*A'") == .correct)
        #expect(try judge(e, "(A*B)'") == .correct)
        #expect(try judge(e, "A'*B'") == .wrong("your answer has shape 3×3; expected 2×2"))
    }

    @Test func expressionEquivalenceRejectsAnAnswerRightOnlyForTodaysNumbers() throws {
        let e = try exercise(2)
        // Numerically equal now, but not the same function of A and B.
        #expect(try judge(e, "[5 14; 11 23]") == .wrong("right for these numbers, but not for other values of A, B — it must hold for any values"))
    }

    @Test func gradientOfAQuadraticFormBothWays() throws {
        // The example: W'*d and (d'*W)' are the same gradient.
        let session = Session(output: RecordingSink(), vocabulary: NablaTeaching.vocabulary)
        session.run("W = [1 2; 3 4; 5 6]; d = [1; -1; 2];", name: "setup")
        let e = Exercise(title: "g", prompt: "", check: .expression, answer: "ans", hints: ["h"], solution: "W'*d", wrong: [], line: 1)
        #expect(try judge(e, "(d'*W)'", session: session) == .correct)
        let s2 = Session(output: RecordingSink(), vocabulary: NablaTeaching.vocabulary)
        s2.run("W = [1 2; 3 4; 5 6]; d = [1; -1; 2];", name: "setup")
        #expect(try judge(e, "d'*W", session: s2) == .wrong("your answer has shape 1×2; expected 2×1 — a transpose missing?"))
    }

    @Test func setAndPredicate() throws {
        #expect(try judge(try exercise(3), "s = 5") == .correct)
        #expect(try judge(try exercise(3), "t = 5") == .notAnAttempt)
        #expect(try judge(try exercise(4), "k = 3.2") == .correct)
        #expect(try judge(try exercise(4), "k = 5") == .wrong("k should be close to 3"))
    }

    @Test func exploringIsNeverAnAttempt() throws {
        let e = try exercise(0)
        for input in ["A", "help zeros", "size(A)", "disp(A)", "x = 1", "whos"] {
            let program = try Parser.parse(SourceFile(name: "<in>", text: input))
            #expect(!AnswerJudge.isAttempt(program, for: e), "\(input)")
        }
        // With the answer in ans, a computing expression is an attempt, a bare name is not.
        let ans = try exercise(2)
        #expect(AnswerJudge.isAttempt(try Parser.parse(SourceFile(name: "<in>", text: "B'*A'")), for: ans))
        #expect(!AnswerJudge.isAttempt(try Parser.parse(SourceFile(name: "<in>", text: "A")), for: ans))
        #expect(!AnswerJudge.isAttempt(try Parser.parse(SourceFile(name: "<in>", text: "help transpose")), for: ans))
    }

    @Test func shortNumbers() {
        #expect(ShortNumber.text(3) == "3")
        #expect(ShortNumber.text(0.123456) == "0.1235")
        #expect(ShortNumber.text(-2.5) == "-2.5")
        #expect(ShortNumber.text(12345) == "12345")
        #expect(ShortNumber.text(12345.678) == "1.235e+04")
        #expect(ShortNumber.text(1.2e-5) == "1.2e-05")
        #expect(ShortNumber.text(-.infinity, minus: "−") == "−Inf")
        #expect(ShortNumber.text(3.14159e-11, digits: 2) == "3.1e-11")
        #expect(ShortNumber.text(.nan) == "NaN")
    }
}
