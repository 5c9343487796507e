import Testing
import NablaNumerics
@testable import NablaSymbolic

/// Every differentiation rule against central finite differences: for each primitive p,
/// L = sum(R ⊙ p(x, …)) with a fixed random R, and ∂L/∂x for each operand.
@Suite struct SymbolicRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let primitive: Primitive
        let shapes: [Shape]
        let draws: [Draw]
        var testDescription: String { "\(primitive)" }
    }

    static let s = Shape(3, 1), m = Shape(3, 3), r = Shape(2, 3)
    static let cases: [Case] = {
        var out: [Case] = []
        for p in [Primitive.add, .subtract, .multiply, .maximum, .minimum, .atan2] {
            out.append(Case(primitive: p, shapes: [m, s], draws: [.any, .any]))
        }
        out.append(Case(primitive: .divide, shapes: [m, m], draws: [.any, .positive]))
        out.append(Case(primitive: .power, shapes: [m, m], draws: [.positive, .any]))
        out.append(Case(primitive: .mod, shapes: [m, m], draws: [.positive, .positive]))
        out.append(Case(primitive: .rem, shapes: [m, m], draws: [.positive, .positive]))
        out.append(Case(primitive: .negate, shapes: [m], draws: [.any]))
        for f in ElementFunction.allCases where ![.sign, .round, .floor, .ceil, .fix, .isnan, .isinf, .isfinite].contains(f) {
            let draw: Draw = [.log, .sqrt, .log2, .log10, .log1p, .gamma].contains(f) ? .positive : [.asin, .acos].contains(f) ? .probability : .any
            out.append(Case(primitive: .function(f), shapes: [m], draws: [draw]))
        }
        out.append(Case(primitive: .leakyRelu(alpha: 0.1), shapes: [m], draws: [.any]))
        for k in 0...2 { out.append(Case(primitive: .polygamma(order: k), shapes: [m], draws: [.positive])) }
        out.append(Case(primitive: .matmul, shapes: [r, m], draws: [.any, .any]))
        out.append(Case(primitive: .matmul, shapes: [.scalar, m], draws: [.any, .any]))
        out.append(Case(primitive: .transpose, shapes: [r], draws: [.any]))
        out.append(Case(primitive: .inverse, shapes: [m], draws: [.spd]))
        out.append(Case(primitive: .determinant, shapes: [m], draws: [.spd]))
        out.append(Case(primitive: .trace, shapes: [m], draws: [.any]))
        out.append(Case(primitive: .leftDivide, shapes: [m, r.transposed], draws: [.spd, .any]))
        out.append(Case(primitive: .rightDivide, shapes: [r, m], draws: [.any, .spd]))
        out.append(Case(primitive: .leftDivide, shapes: [.scalar, m], draws: [.positive, .any]))
        for d in [1, 2] {
            out.append(Case(primitive: .sum(dim: d), shapes: [r], draws: [.any]))
            out.append(Case(primitive: .mean(dim: d), shapes: [r], draws: [.any]))
            out.append(Case(primitive: .prod(dim: d), shapes: [r], draws: [.positive]))
            out.append(Case(primitive: .maxAlong(dim: d), shapes: [r], draws: [.any]))
            out.append(Case(primitive: .minAlong(dim: d), shapes: [r], draws: [.any]))
            out.append(Case(primitive: .logSumExp(dim: d), shapes: [r], draws: [.any]))
        }
        for k in [NormKind.p(2), .p(1), .p(3), .infinity, .frobenius] {
            out.append(Case(primitive: .norm(k), shapes: [k == .frobenius ? m : s], draws: [.any]))
        }
        for d in [1, 2] {
            out.append(Case(primitive: .softmax(dim: d), shapes: [r], draws: [.any]))
            // Three entries to a group: layer norm of two numbers is ±1 whatever they are.
            out.append(Case(primitive: .layerNorm(dim: d), shapes: [d == 1 ? r.transposed : r], draws: [.any]))
        }
        // Row lookup and its adjoint: the indices (second operand) are fixed whole numbers.
        out.append(Case(primitive: .gatherRows, shapes: [m, Shape(4, 1)], draws: [.any, .any]))
        out.append(Case(primitive: .scatterRows(rows: 3), shapes: [Shape(4, 2), Shape(4, 1)], draws: [.any, .any]))
        out.append(Case(primitive: .diag, shapes: [s], draws: [.any]))
        out.append(Case(primitive: .diagPart, shapes: [m], draws: [.any]))
        out.append(Case(primitive: .reshape(rows: 3, cols: 2), shapes: [r], draws: [.any]))
        out.append(Case(primitive: .matrixPower, shapes: [m, .scalar], draws: [.any, .any]))
        return out
    }()

    @Test(arguments: cases)
    func ruleAgreesWithFiniteDifferences(_ c: Case) throws {
        var operands = c.shapes.enumerated().map { Node.variable("x\($0.offset)", $0.element) }
        if c.primitive == .matrixPower { operands[1] = .scalar(3) }
        if c.primitive == .gatherRows || c.primitive == .scatterRows(rows: 3) {
            // A repeated index: the adjoint must add, not overwrite.
            operands[1] = .constant(Matrix(column: [3, 1, 3, 2]))
        }
        let y = try Node.apply(c.primitive, operands)
        let weights = Node.variable("R", y.shape)
        let loss = try DerivedOperations.sumAll(try Node.apply(.multiply, [weights, y]))
        var draws: [String: Draw] = [:]
        for (k, d) in c.draws.enumerated() { draws["x\(k)"] = d }
        let bindings = randomBindings(loss, seed: 7, draws: draws)
        for k in operands.indices where operands[k].name != nil {
            let name = "x\(k)"
            let d = try Differentiate.gradient(of: loss, withRespectTo: name)
            let symbolic = try GraphEvaluator.evaluate(d.node, bindings)
            let numeric = try FiniteDifference.gradient(of: loss, variable: name, bindings: bindings)
            #expect(symbolic.shape == operands[k].shape)
            #expect(FiniteDifference.relativeError(symbolic, numeric) < 1e-6, "\(c.primitive) by operand \(k)")
        }
    }

    @Test func noRuleIsSaidPlainly() throws {
        let x = Node.variable("x", Shape(2, 1))
        // A^k has no derivative with respect to the power k in matrix form.
        #expect(throws: DerivativeError.self) {
            try Differentiate.gradient(of: try G.ap(.trace, try G.ap(.matrixPower, G.v("A", 2, 2), G.v("k", 1, 1))), withRespectTo: "k")
        }
        #expect(throws: DerivativeError.self) { try Differentiate.gradient(of: try G.mm(x, G.t(x)), withRespectTo: "x") }
        #expect(throws: DerivativeError.self) { try Differentiate.hessian(of: try G.ap(.trace, G.v("X", 2, 2)), withRespectTo: "X") }
    }

    @Test func independentVariableIsNotASilentZero() throws {
        let x = Node.variable("x", Shape(2, 1)), w = Node.variable("w", Shape(2, 1))
        let d = try Differentiate.gradient(of: try G.mm(G.t(x), x), withRespectTo: "x")
        #expect(!d.independent)
        #expect(throws: DerivativeError.self) { try Differentiate.gradient(of: try G.mm(G.t(x), x), withRespectTo: "w") }
        _ = w
    }
}
