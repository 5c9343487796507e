import Testing
import NablaNumerics
@testable import NablaSymbolic

/// The golden derivatives, built directly as graphs.
@Suite struct SymbolicGoldenTests {
    let W = Node.variable("W", Shape(3, 2))
    let x = Node.variable("x", Shape(2, 1))
    let b = Node.variable("b", Shape(3, 1))
    let y = Node.variable("y", Shape(3, 1))

    @Test func leastSquaresGradient() throws {
        let r = try Node.apply(.subtract, [try .apply(.add, [try .apply(.matmul, [W, x]), b]), y])
        let L = try Node.apply(.sum(dim: 1), [try .apply(.power, [r, .scalar(2)])])
        let g = try Differentiate.gradient(of: L, withRespectTo: "W")
        #expect(UnicodePrinter.print(g.node) == "2(Wx + b − y)xᵀ")
        #expect(g.node.shape == W.shape)
    }

    @Test func twoLayerBackprop() throws {
        let x = Node.variable("x", Shape(2, 1)), y = Node.variable("y", Shape(2, 1))
        let W1 = Node.variable("W1", Shape(3, 2)), b1 = Node.variable("b1", Shape(3, 1))
        let W2 = Node.variable("W2", Shape(2, 3)), b2 = Node.variable("b2", Shape(2, 1))
        let z1 = Node.named("z1", try .apply(.add, [try .apply(.matmul, [W1, x]), b1]))
        let a1 = Node.named("a1", try .apply(.function(.sigmoid), [z1]))
        let z2 = Node.named("z2", try .apply(.add, [try .apply(.matmul, [W2, a1]), b2]))
        let a2 = Node.named("a2", try .apply(.function(.sigmoid), [z2]))
        let L = Node.named("L", try DerivedOperations.mse(a2, y))
        let g = try Differentiate.gradient(of: L, withRespectTo: "W1")
        let text = SharedForm(g.node, names: g.names).print(.unicode)
        #expect(text == "δ1 xᵀ where δ2 = (2/n)(a2 − y) ⊙ a2 ⊙ (1 − a2), δ1 = (W2ᵀ δ2) ⊙ a1 ⊙ (1 − a1)")
    }
}
