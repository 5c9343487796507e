import Testing
import NablaNumerics
@testable import NablaSymbolic

/// The simplifier's laws on generated expressions: it terminates, it is idempotent, and
/// it never changes a value.
@Suite struct SymbolicSimplifierLawTests {
    /// A random well-shaped expression over 3×3 matrices A, B, a vector x and small constants.
    static func generate(_ r: inout SplitMix64, depth: Int) throws -> Node {
        let leaves: [Node] = [
            G.v("A", 3, 3), G.v("B", 3, 3), .identity(3), .zeros(Shape(3, 3)), .scalar(2), .scalar(1),
            .scalar(0), .scalar(-1), .ones(Shape(3, 3))
        ]
        if depth == 0 || r.uniform() < 0.2 { return leaves[Int(r.uniform() * Double(leaves.count)) % leaves.count] }
        let a = try generate(&r, depth: depth - 1), b = try generate(&r, depth: depth - 1)
        let ops: [Primitive] = [.add, .subtract, .multiply, .matmul, .transpose, .negate, .function(.sigmoid), .kron, .trace, .divide]
        let p = ops[Int(r.uniform() * Double(ops.count)) % ops.count]
        switch p {
        case .transpose, .negate, .function, .trace: return try Node.apply(p, [a])
        case .kron: return try Node.apply(.trace, [try Node.apply(.kron, [a, b])])
        case .divide: return try Node.apply(.divide, [a, try Node.apply(.add, [.scalar(3), try Node.apply(.function(.sigmoid), [b])])])
        default:
            do { return try Node.apply(p, [a, b]) } catch {
                Issue.record("\(p) on \(a.shape) \(UnicodePrinter.print(a)) and \(b.shape) \(UnicodePrinter.print(b))")
                throw error
            }
        }
    }

    @Test func lawsHoldOnGeneratedExpressions() throws {
        var r = SplitMix64(seed: 42)
        var checked = 0
        for _ in 0..<400 {
            let e = try Self.generate(&r, depth: 4)
            let once: Node
            do { once = try Simplifier.simplify(e) } catch {
                Issue.record("simplify failed on \(UnicodePrinter.print(e)): \(error)")
                continue
            }
            let twice = try Simplifier.simplify(once)
            #expect(once === twice, "not idempotent: \(UnicodePrinter.print(e)) → \(UnicodePrinter.print(once)) → \(UnicodePrinter.print(twice))")
            #expect(once.shape == e.shape)
            let bindings = randomBindings(e, seed: 5)
            let before: Matrix, after: Matrix
            do {
                before = try GraphEvaluator.evaluate(e, bindings)
                after = try GraphEvaluator.evaluate(once, bindings)
            } catch {
                Issue.record("evaluation failed: \(UnicodePrinter.print(e)) → \(UnicodePrinter.print(once)) \(once.shape): \(error)")
                continue
            }
            #expect(FiniteDifference.relativeError(before, after) < 1e-12, "value changed: \(UnicodePrinter.print(e)) → \(UnicodePrinter.print(once))")
            let expanded = try Expander.expand(once)
            #expect(FiniteDifference.relativeError(before, try GraphEvaluator.evaluate(expanded, bindings)) < 1e-12)
            checked += 1
        }
        #expect(checked == 400)
    }

    @Test func textbookNormalForms() throws {
        let A = G.v("A", 3, 3), x = G.v("x", 3, 1)
        func s(_ n: Node) throws -> String { UnicodePrinter.print(try Simplifier.simplify(n)) }
        #expect(try s(G.add(A, A)) == "2A")
        #expect(try s(G.add(G.mm(A, x), G.mm(G.t(A), x))) == "(A + Aᵀ)x")
        #expect(try s(G.t(G.t(A))) == "A")
        #expect(try s(G.add(A, .zeros(Shape(3, 3)))) == "A")
        #expect(try s(G.had(.scalar(1), A)) == "A")
        #expect(try s(G.t(G.mm(A, x))) == "xᵀAᵀ")
        #expect(try s(G.mm(A, G.had(.scalar(2), x))) == "2Ax")
        #expect(try s(G.sub(A, A)) == "0")
    }

    @Test func derivativeSizeIsLinearInDepth() throws {
        var sizes: [Int] = []
        for layers in [1, 2, 4, 8, 16, 32] {
            let r = try DeepNetwork.deriveFirstLayer(layers: layers)
            sizes.append(r.printedSize)
            #expect(r.printedSize <= 120 * layers + 120, "\(layers) layers: \(r.printedSize) characters")
        }
        // Linear growth: doubling the depth at most a little more than doubles the size.
        for k in 1..<sizes.count { #expect(Double(sizes[k]) <= 2.2 * Double(sizes[k - 1])) }
    }
}
