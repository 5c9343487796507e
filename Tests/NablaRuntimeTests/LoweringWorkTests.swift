import Testing
@testable import NablaRuntime
import NablaTestSupport

/// Building a formula takes work in proportion to its size, however deep it is nested:
/// each node is decided once to be a value or a formula, and a formula operand is never
/// written out again from its syntax by the operator above it. Counted, not timed.
@Suite struct LoweringWorkTests {
    /// The lowering steps `code` takes after `setup`, and what it wrote to the error stream.
    static func steps(_ setup: String, _ code: String) -> (steps: Int, errors: String) {
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.run(setup, name: "<setup>")
        let before = session.interpreter.loweringSteps
        session.run(code, name: "<test>")
        return (session.interpreter.loweringSteps - before, sink.errors)
    }

    /// `wrap` applied `depth` times to `x`.
    static func nested(_ depth: Int, _ wrap: (String) -> String) -> String {
        (0..<depth).reduce("x") { e, k in wrap(e) }
    }

    /// Formulas nested by `wrap`, which adds `nodes` nodes of syntax at each level. (Chains
    /// of operators: the parser allows them 200 deep, where parentheses stop before.)
    static let shapes: [(setup: String, wrap: @Sendable (String) -> String, nodes: Int)] = [
        // Each operator's left operand is the formula below it.
        ("x = sym();", { "\($0) + 1" }, 2),
        // Values and formulas mixed at each level: W and v have values, x has none.
        ("x = sym(2, 1); W = [1 2; 3 4]; v = [1; -1];", { "\($0) + W*v" }, 4),
        // Products with a transpose (a BLAS path of its own when valued).
        ("x = sym(2, 2); A = [1 2; 3 4];", { "\($0) * A'" }, 3)
    ]

    /// A 200-deep formula costs at most one step per node of its syntax; lowering each level
    /// again from its syntax (as the evaluator once did) costs a hundred times that.
    @Test(arguments: 0..<3) func a200DeepFormulaLowersInLinearWork(_ k: Int) {
        let (setup, wrap, nodes) = Self.shapes[k]
        let r = Self.steps(setup, "y = " + Self.nested(200, wrap) + ";")
        #expect(r.errors == "")
        #expect(r.steps <= nodes * 200 + 1, "\(r.steps) lowering steps for \(nodes * 200 + 1) nodes")
        // And it grows with the depth as a straight line does.
        let half = Self.steps(setup, "y = " + Self.nested(100, wrap) + ";")
        #expect(r.steps <= 2 * half.steps + 4, "\(half.steps) steps for 100 levels, \(r.steps) for 200")
    }

    /// Calls of builtins a formula can contain, nested: each argument formula is taken as it is.
    @Test func nestedFormulaBuiltinsLowerInLinearWork() {
        let r = Self.steps("x = sym(3, 1);", "y = " + Self.nested(60, { "tanh(sum(\($0), 2))" }) + ";")
        #expect(r.errors == "")
        // Per level: tanh, sum and its dimension 2.
        #expect(r.steps <= 3 * 60 + 1, "\(r.steps) lowering steps for \(3 * 60 + 1) nodes")
    }

    /// The formula built from its operands is the one lowering the whole expression gives.
    @Test func theFormulaIsTheOneLoweringGives() {
        let e = Self.nested(12, { "tanh(W*\($0)' - b)'" })
        let r = run(
            "x = sym(1, 2); W = [1 2; 3 4]; b = [1; -1]; y = \(e);\n"
                + "disp(code(y)); disp(code(\(e))); disp(latex(y)); disp(latex(\(e)))")
        #expect(r.errors == "")
        let lines = r.output.split(separator: "\n")
        #expect(lines.count == 4 && lines[0] == lines[1] && lines[2] == lines[3], "\(r.output)")
    }
}

/// Builtins that take formulas lower their arguments once: they are not evaluated first.
@Suite struct FormulaArgumentTests {
    @Test(arguments: ["grad(L, x)", "latex(L)", "code(L)", "simplify(L)", "expand(L)", "jacobian(L, x)"])
    func aFormulaArgumentIsLoweredOnce(_ call: String) {
        let chain = LoweringWorkTests.nested(200, { "\($0) + 1" })
        let r = LoweringWorkTests.steps("x = sym(); L := \(chain);", "y = \(call);")
        #expect(r.errors == "")
        // The name L, then the 401 nodes of its formula.
        #expect(r.steps <= 402, "\(r.steps) lowering steps")
    }

    /// A derivative keeps its title and `where` names when printed; any other call is taken
    /// as the formula it builds.
    @Test func derivativesKeepTheirNames() {
        let r = run(
            SymbolicSessionTests.network + "d = grad(L, W1); disp(latex(d)); disp(latex(grad(L, W1)))\n"
                + "disp(code(sigmoid(z1)))")
        #expect(r.errors == "")
        let lines = r.output.split(separator: "\n")
        #expect(lines.count == 3 && lines[0] == lines[1] && lines[0].contains("where"), "\(r.output)")
        #expect(lines.last == "sigmoid(z1)")
    }

    /// Through a handle the arguments arrive as values, and the builtin still says what it needs.
    @Test func throughAHandle() {
        let r = run("x = sym(); f = @latex; disp(f(x + 1))\ng = @grad; g(x, x)")
        #expect(r.output == "x + 1\n")
        #expect(r.errors.contains("grad: the second argument must be a variable's name"), "\(r.errors)")
    }
}
