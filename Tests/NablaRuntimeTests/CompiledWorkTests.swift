import NablaRuntime
import Testing

/// The work compiled loops do, counted, never timed: a small function called in a loop runs as
/// scalar code (no frame, no matrix), a store into an array the loop owns alone writes in place,
/// a store into a shared array copies it once, and growth at the end reallocates O(log n) times.
@Suite struct CompiledWorkTests {
    private static let f = "function y = f(x)\n  if x > 3\n    y = x - 1;\n  else\n    y = 2*x;\n  end\nend\n"

    private func session(_ code: String) -> (Session, RecordingSink) {
        let sink = RecordingSink()
        let session = Session(output: sink)
        #expect(session.run(code, name: "<test>") == .success, "\(sink.errors)")
        return (session, sink)
    }

    /// The benchmark's loop: every call but the first (which resolves the name) is scalar code.
    @Test func aFunctionHoldingAnIfRunsAsScalarCode() {
        let (s, sink) = session(Self.f + "s = 0; for i = 1:1000, s = s + f(i); end; disp(s)")
        #expect(sink.output == "499509\n")
        #expect(s.interpreter.scalarCalls == 999)
    }

    /// What scalar code cannot do goes the general way, with the general result.
    @Test(arguments: [
        // A builtin, a print, a matrix, an argument that is no double scalar, an output left unset.
        ("function y = p(x)\n  y = abs(x);\nend\n", "s = 0; for i = 1:10, s = s + p(-i); end; disp(s)", "55\n"),
        ("function y = p(x)\n  y = x; disp(x);\nend\n", "s = 0; for i = 1:2, s = s + p(i); end; disp(s)", "1\n2\n3\n"),
        ("function y = p(x)\n  y = [x x];\nend\n", "s = 0; for i = 1:2, s = s + p(i); end; disp(s)", "   3   3\n"),
        ("function y = p(x)\n  y = x + 1;\nend\n", "s = 0; for i = 1:2, s = s + p('a'); end; disp(s)", "196\n")
    ])
    func whatScalarCodeCannotDoGoesTheGeneralWay(function: String, loop: String, expected: String) {
        let (s, sink) = session(function + loop)
        #expect(sink.output == expected)
        #expect(s.interpreter.scalarCalls == 0)
    }

    @Test func anUnsetOutputIsTheGeneralCallsError() {
        let sink = RecordingSink()
        let s = Session(output: sink)
        let code = "function y = p(x)\n  if x > 2\n    y = x;\n  end\nend\ns = 0; for i = 5:-1:1, s = s + p(i); end"
        #expect(s.run(code, name: "<test>") != .success)
        #expect(sink.errors.contains("'y' undefined"))
        #expect(s.interpreter.scalarCalls == 2)  // p(4), p(3); p(5) resolved the name, p(2) failed
    }

    @Test func aStoreIntoAnArrayTheLoopOwnsDoesNotCopyIt() {
        let (s, _) = session("x = zeros(1, 1000); A = zeros(30);")
        let before = s.interpreter.stores
        #expect(s.run("for i = 1:1000, x(i) = i^2; end; for i = 1:30, A(i, 31 - i) = i; end", name: "<test>") == .success)
        let stores = s.interpreter.stores
        #expect(stores.inPlace - before.inPlace == 1030)
        #expect(stores.copied == before.copied)
    }

    /// `y = x` shares the array: the first store copies it (so y keeps its values), the rest write in place.
    @Test func aSharedArrayIsCopiedOnce() {
        let (s, sink) = session("x = zeros(1, 100); y = x; for i = 1:100, x(i) = i; end; disp(sum(y)); disp(sum(x))")
        #expect(sink.output == "0\n5050\n")
        #expect(s.interpreter.stores.copied == 1)
        #expect(s.interpreter.stores.inPlace == 99)
    }

    /// n stores at `end+1` reallocate O(log n) times (capacity doubling), for a row, a column and `[]`.
    @Test(arguments: ["x = [];", "x = zeros(1, 0);", "x = zeros(3, 1);"])
    func growthAtTheEndIsAmortisedConstant(start: String) {
        let (s, sink) = session(start + " for i = 1:10000, x(end+1) = i; end; disp(size(x)); disp(x(end))")
        let stores = s.interpreter.stores
        #expect(stores.grown == 10000)
        #expect(stores.reallocated <= 40, "\(stores.reallocated) reallocations")
        #expect(sink.output.hasSuffix("10000\n"))
    }
}
