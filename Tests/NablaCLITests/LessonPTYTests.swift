#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import NablaTestSupport

/// `nabla lesson` driven keystroke by keystroke on a pseudo-terminal, as a student uses it.
@Suite("Lessons on a terminal", .serialized, .timeLimit(.minutes(1)))
struct LessonPTYTests {
    typealias Key = PseudoTerminal
    let lessons = "/" + String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/") + "/Lessons"

    func start(_ arguments: [String], home: TemporaryDirectory) throws -> PseudoTerminal {
        let binary = try #require(nablaBinary(), "build the nabla executable first (or set NABLA_BINARY)")
        return try PseudoTerminal(
            binary, arguments: ["lesson"] + arguments + ["--lessons", lessons],
            environment: PseudoTerminal.environment(home: home.path))
    }

    @Test func wrongAnswerHintRightAnswerQuitAndResume() throws {
        let home = TemporaryDirectory()
        let t = try start(["06", "--lang", "en"], home: home)
        try t.expect("Linear regression, end to end")
        try t.expect(">> size(x)")
        try t.expect(">> ")
        t.send(Key.enter)
        try t.expect("Exercise 1/5: Predict every point")
        try t.expect(">> ")
        // Exploring is not an answer; a wrong answer says why; hints come one at a time.
        t.send("size(y)" + Key.enter)
        try t.expect("100     1")
        t.send("yhat = theta1*x;" + Key.enter)
        try t.expect("✗ Not yet: you left out the intercept θ₀")
        t.send("hint" + Key.enter)
        try t.expect("Hint 1/2:")
        t.send("yhat = theta0 + theta1*x;" + Key.enter)
        try t.expect("✓ Correct.")
        try t.expect(">> ")
        t.send(Key.enter)
        try t.expect("Exercise 2/5: Mean squared error")
        try t.expect(">> ")
        t.send("bye" + Key.enter)
        try t.expect("Progress saved")
        #expect(try t.waitForExit() == 0)

        // Back again: the same step, with the workspace (yhat) restored.
        let again = try start(["06", "--lang", "en"], home: home)
        try again.expect("Resuming at step 3 of 11")
        try again.expect("Exercise 2/5: Mean squared error")
        try again.expect(">> ")
        again.send("J = mean((y - yhat).^2)" + Key.enter)
        try again.expect("✓ Correct.")
        try again.expect(">> ")
        // `bye` rather than Ctrl-D: a Ctrl-D that reaches the terminal before libedit reads
        // can be taken by the line discipline, which makes the test depend on timing.
        again.send("bye" + Key.enter)
        try again.expect("Progress saved")
        #expect(try again.waitForExit(timeout: 30) == 0)
    }

    @Test func classroomDemoRunsStraightThrough() throws {
        let home = TemporaryDirectory()
        let t = try start(["06", "--demo", "--no-pause"], home: home)
        try t.expect("✎ Exercise 5/5")
        try t.expect("✓ the model answer passes its check")
        #expect(try t.waitForExit() == 0)
        #expect(!t.transcript.contains("error:"))
    }

    @Test func chineseLessonWrapsWithinTheWindow() throws {
        let home = TemporaryDirectory()
        let binary = try #require(nablaBinary())
        let t = try PseudoTerminal(
            binary, arguments: ["lesson", "06", "--lang", "zh", "--demo", "--no-pause", "--lessons", lessons],
            environment: PseudoTerminal.environment(home: home.path), rows: 24, cols: 40)
        try t.expect("线性回归")
        #expect(try t.waitForExit() == 0)
        // Narration lines (those with Chinese characters) fit 40 columns; CJK characters take two.
        func wide(_ u: Unicode.Scalar) -> Bool {
            (0x1100...0x115F).contains(u.value) || (0x2E80...0xA4CF).contains(u.value) || (0xAC00...0xD7A3).contains(u.value)
                || (0xF900...0xFAFF).contains(u.value) || (0xFE30...0xFE4F).contains(u.value) || (0xFF00...0xFF60).contains(u.value)
        }
        // Code and what it prints are shown as written (a program's output is not re-wrapped,
        // Chinese or not): from an echoed `>>` line to the next blank line.
        var narration: [Substring] = []
        var inCode = false
        for line in t.transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.filter { $0 != "\r" }
            if text.hasPrefix(">>") || text.hasPrefix("..") { inCode = true; continue }
            if text.allSatisfy({ $0 == " " }) { inCode = false; continue }
            if !inCode, line.unicodeScalars.contains(where: wide) { narration.append(line) }
        }
        #expect(narration.count > 20)
        for line in narration {
            let width = line.unicodeScalars.reduce(0) { $0 + (wide($1) ? 2 : 1) }
            #expect(width <= 40, "\(line)")
        }
    }
}

/// The classroom demo on a terminal: the class thinks before the answer is shown, and
/// the teacher's own code runs in the lesson's workspace.
@Suite("Classroom demo on a terminal", .serialized, .timeLimit(.minutes(1)))
struct ClassroomPTYTests {
    let lessons = "/" + String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/") + "/Lessons"

    @Test func thinkPauseAndLiveCode() throws {
        let home = TemporaryDirectory()
        let binary = try #require(nablaBinary(), "build the nabla executable first (or set NABLA_BINARY)")
        let t = try PseudoTerminal(
            binary, arguments: ["lesson", "06", "--demo", "--lessons", lessons],
            environment: PseudoTerminal.environment(home: home.path))
        try t.expect(">> size(x)")
        try t.expectPrompt("(Enter: next")
        t.send("n * 2" + PseudoTerminal.enter)
        try t.expectPrompt("ans = 200")
        t.send(PseudoTerminal.enter)
        try t.expect("Exercise 1/5: Predict every point")
        try t.expectPrompt("Enter shows the answer")
        #expect(!t.transcript.contains("yhat = theta0 + theta1*x;"))
        t.send("theta0 + theta1*x(1)" + PseudoTerminal.enter)
        try t.expectPrompt("ans = 0.1255")
        t.send(PseudoTerminal.enter)
        try t.expect("✓ the model answer passes its check")
        try t.expectPrompt("(Enter: next")
        t.send("bye" + PseudoTerminal.enter)
        #expect(try t.waitForExit() == 0)
    }
}
