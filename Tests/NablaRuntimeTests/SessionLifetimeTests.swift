import NablaRuntime
import Testing

/// A session that is dropped is freed, whatever its code did: the Jupyter kernel, lesson
/// exercises and the fuzzer make a session per input, so one kept alive by a reference cycle
/// is a leak that grows with every input (the fuzzer's leak report that found this: a user
/// function's compiled body, cached in the interpreter, held the interpreter).
@Suite("Sessions are freed")
struct SessionLifetimeTests {
    static let programs = [
        "x = 1 + 1;",
        "function y = sq(x)\n  y = x^2;\nend\nv = sq(3);",
        "s = 0; for k = 1:10, s = s + k; end",
        "k = 0; while k < 3 && true, k = k + 1; end",
        "A = magic(4); for i = 1:4, A(i, end) = -A(i, 1); end",
        "f = @(t) t * 2; L := sum(f(1:3)); g = f(4);",
        "function r = fact(n)\n  if n <= 1\n    r = 1;\n  else\n    r = n * fact(n - 1);\n  end\nend\nfor k = 1:3, v = fact(5); end"
    ]

    @Test(arguments: programs)
    func aDroppedSessionIsFreed(_ program: String) {
        weak var interpreter: Interpreter?
        do {
            let session = Session(output: RecordingSink())
            #expect(session.run(program, name: "<lifetime>") == .success)
            interpreter = session.interpreter
            #expect(interpreter != nil)
        }
        #expect(interpreter == nil, "the interpreter outlived its session after:\n\(program)")
    }
}
