#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaTeaching
import Testing
import NablaTestSupport

/// Ctrl-C stops every long computation issue #18 lists, and the session keeps its variables.
///
/// Each case runs in a child process of its own (the interrupt flag is process-wide) and
/// raises Ctrl-C at the `checks`th time the work looks at the flag: counted, not timed. The
/// long call must end with the "interrupted" error, and `keep` (set before it) must still
/// hold its value. The same count must not stop the short form of the call, so the flag
/// was seen inside the long work, not in the statement around it.
@Suite("Ctrl-C stops every long computation")
struct InterruptEverywhereTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var setup: String
        var long: String
        var short: String
        var checks: Int
        var testDescription: String { name }
    }

    /// A chain whose Hessian was exponential work: f_k = σ(f_{k-1}) ⊙ f_{k-1}.
    static let chain: String = {
        var s = "x = [0.1; 0.2; 0.3]; f0 := x;"
        for k in 1...30 { s += " f\(k) := sigmoid(f\(k - 1)).*f\(k - 1);" }
        return s
    }()

    /// `(A1 + B1)(A2 + B2)⋯`: expand writes 2ⁿ terms.
    static func binomials(_ n: Int) -> String {
        (1...n).map { "(A\($0) + B\($0))" }.joined(separator: "*")
    }

    static let symbols = (1...12).map { "A\($0) = sym(2, 2); B\($0) = sym(2, 2);" }.joined(separator: " ")

    static let cases: [Case] = [
        Case(
            name: "hessian of a deep chain", setup: chain,
            long: "h = hessian(sum(f30), x);", short: "h = hessian(sum(f1), x);", checks: 300),
        Case(
            name: "expand", setup: symbols,
            long: "e = expand(\(binomials(12)));", short: "e = expand(A1 + B1);", checks: 40),
        Case(
            name: "grad through large products", setup: "A = rand(300); B = rand(300); x = rand(300, 1); L := sum(A*B*A*B*A*B*x);",
            long: "g = grad(L, x); g = grad(L, x); g = grad(L, x);", short: "g = 1;", checks: 40),
        Case(
            name: "gradcheck of a long vector", setup: "v = rand(2000, 1); w = rand(2, 1); L := sum(sigmoid(v).^2);",
            long: "gradcheck(L, v)", short: "gradcheck(sum(sigmoid(w).^2), w)", checks: 500),
        Case(
            name: "dlmread of a big file", setup: "M = rand(3000, 3); csvwrite('big.csv', M); csvwrite('small.csv', [1 2]);",
            long: "R = dlmread('big.csv');", short: "R = dlmread('small.csv');", checks: 8),
        Case(
            name: "disp of a big matrix", setup: "M = rand(400);",
            long: "disp(M)", short: "disp(M(1:2, 1:2))", checks: 60),
        Case(
            name: "mat2str of a big matrix", setup: "M = rand(400);",
            long: "s = mat2str(M);", short: "s = mat2str(M(1:2, 1:2));", checks: 60),
        Case(
            name: "num2str of a big matrix", setup: "M = rand(400);",
            long: "s = num2str(M);", short: "s = num2str(M(1:2, 1:2));", checks: 60),
        Case(
            name: "showing a big matrix", setup: "M = rand(400); format long;",
            long: "M", short: "M(1:2, 1:2)", checks: 60)
    ]

    @Test(arguments: cases)
    func stops(_ c: Case) async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardOutputContent, \.standardErrorContent]) {
            [setup = c.setup as String, long = c.long as String, short = c.short as String, checks = c.checks as Int] in
            InterruptChild.run(setup: setup, long: long, short: short, checks: checks)
        }
        let report = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self)
        #expect(report.contains("short finished\n"), "the short call was stopped too, so the count is reached outside the long work:\n\(report)")
        #expect(report.contains("long interrupted\n"), "the long call did not stop for Ctrl-C:\n\(report)")
        #expect(report.contains("kept\n"), "the session lost its variables:\n\(report)")
    }
}

/// The child's side. It always exits with a failing status (see BuiltinSweepTests) and
/// reports on standard output.
enum InterruptChild {
    static func run(setup: String, long: String, short: String, checks: Int) {
        let folder = makeTemporaryDirectory("interrupt")
        _ = chdir(folder)
        let sink = RecordingSink()
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        session.interpreter.privateFolder = FileAccess.resolved(".")
        // A hang must fail the test, not block it.
        let clock = Watchdog(budgetSeconds: 120, patienceSeconds: 30) { _ in
            SweepChild.say("hang")
            _exit(3)
        }
        clock.begin("setup")
        let ready = session.run("keep = 42; " + setup, name: "<setup>")
        clock.end()
        SweepChild.say(ready == .success ? "setup done" : "setup failed: \(sink.errors.prefix(500))")

        clock.begin("short")
        Interrupt.request(afterChecks: checks)
        let first = session.run(short, name: "<short>")
        clock.end()
        SweepChild.say(first == .success ? "short finished" : "short \(first): \(sink.errors.prefix(300))")

        sink.reset()
        clock.begin("long")
        Interrupt.request(afterChecks: checks)
        let second = session.run(long, name: "<long>")
        clock.end()
        let said = sink.errors.contains("interrupted")
        SweepChild.say(
            second == .interrupted && said ? "long interrupted" : "long \(second): \(sink.errors.prefix(300)) output \(sink.output.utf8.count) bytes")

        sink.reset()
        session.run("disp(keep)", name: "<after>")
        SweepChild.say(sink.output == "42\n" ? "kept" : "lost: \(sink.transcript.prefix(200))")
        removeTemporaryDirectory(folder)
        exit(EXIT_FAILURE)
    }
}
