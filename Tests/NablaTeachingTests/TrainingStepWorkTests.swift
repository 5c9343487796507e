import Testing
import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaTestSupport
@testable import NablaTeaching

/// What a training step costs, counted rather than timed: a step with the same shapes as
/// the last allocates no matrix, and fusing the step's element-wise chains changes no
/// number.
@Suite struct TrainingStepWorkTests {
    /// A network of the benchmarks' kind, with examples as columns: its loss and gradients.
    struct Network {
        var roots: [Node]
        var variables: [String]
        var shapes: [Shape]
    }

    static func network(
        examples n: Int, inputs d: Int, hidden h: Int, classes k: Int,
        activation: ElementFunction, loss: String
    ) throws -> Network {
        let x = Node.variable("X", Shape(d, n)), y = Node.variable("Y", Shape(k, n))
        let w1 = Node.variable("W1", Shape(h, d)), b1 = Node.variable("b1", Shape(h, 1))
        let w2 = Node.variable("W2", Shape(k, h)), b2 = Node.variable("b2", Shape(k, 1))
        let a = Node.named("a", try .apply(.function(activation), [try .apply(.add, [try .apply(.matmul, [w1, x]), b1])]))
        let z = try Node.apply(.add, [try .apply(.matmul, [w2, a]), b2])
        let l = loss == "mse" ? try DerivedOperations.mse(z, y) : try DerivedOperations.crossEntropy(z, y)
        let parameters = ["W1", "b1", "W2", "b2"]
        let gradients = try Differentiate.gradients(of: l, withRespectTo: parameters)
        let variables = ["W1", "W2", "X", "Y", "b1", "b2"]
        let shapes = [Shape(h, d), Shape(k, h), Shape(d, n), Shape(k, n), Shape(h, 1), Shape(k, 1)]
        return Network(roots: [l] + gradients.map(\.node), variables: variables, shapes: shapes)
    }

    static func values(_ net: Network, _ source: RandomSource) throws -> [Matrix] {
        try net.shapes.map { try source.normal(rows: $0.rows, cols: $0.cols) }
    }

    func identical(_ a: [Matrix], _ b: [Matrix]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in
                x.shape == y.shape && zip(x.elements, y.elements).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
            }
    }

    static let cases: [(Int, Int, Int, Int, ElementFunction, String)] = [
        (300, 2, 64, 3, .tanh, "ce"), (300, 2, 64, 3, .sigmoid, "mse"), (50, 4, 9, 2, .relu, "ce"),
        (700, 3, 40, 5, .tanh, "mse"), (1, 2, 3, 2, .sin, "ce")
    ]

    @Test func aSteadyStateStepAllocatesNoMatrix() throws {
        let source = RandomSource(seed: 17)
        for (n, d, h, k, f, loss) in TrainingStepWorkTests.cases {
            let net = try TrainingStepWorkTests.network(examples: n, inputs: d, hidden: h, classes: k, activation: f, loss: loss)
            let program = try GraphProgram(roots: net.roots, variables: net.variables)
            _ = try program.run(try TrainingStepWorkTests.values(net, source))
            let afterFirst = program.allocations
            #expect(afterFirst > 0)
            for _ in 0..<3 {
                // Results are let go of before the next step, as `train` does.
                _ = try program.run(try TrainingStepWorkTests.values(net, source))
            }
            #expect(program.allocations == afterFirst, "\(n)×\(d)-\(h)-\(k) \(f) \(loss): \(program.allocatingOperations)")
        }
    }

    @Test func resultsStillHeldAreNotOverwrittenByTheNextStep() throws {
        let source = RandomSource(seed: 19)
        let net = try TrainingStepWorkTests.network(examples: 30, inputs: 2, hidden: 8, classes: 3, activation: .tanh, loss: "ce")
        let program = try GraphProgram(roots: net.roots, variables: net.variables)
        let first = try TrainingStepWorkTests.values(net, source), second = try TrainingStepWorkTests.values(net, source)
        let kept = try program.run(first)
        let copy = kept.map { Matrix(rows: $0.rows, cols: $0.cols, elements: Array($0.elements)) }
        _ = try program.run(second)
        #expect(identical(kept, copy))
        #expect(identical(try program.run(first), copy))
    }

    /// Fusion and kept buffers change no bit: the same program without them (which differs
    /// from plain graph evaluation only by the transposes BLAS absorbs, within rounding).
    @Test func fusedStepsComputeExactlyWhatTheUnfusedProgramComputes() throws {
        let source = RandomSource(seed: 23)
        for (n, d, h, k, f, loss) in TrainingStepWorkTests.cases {
            let net = try TrainingStepWorkTests.network(examples: n, inputs: d, hidden: h, classes: k, activation: f, loss: loss)
            let fused = try GraphProgram(roots: net.roots, variables: net.variables)
            let plain = try GraphProgram(roots: net.roots, variables: net.variables, fusing: false)
            for _ in 0..<3 {
                let v = try TrainingStepWorkTests.values(net, source)
                let reference = try plain.run(v)
                #expect(identical(try fused.run(v), reference), "\(n)×\(d)-\(h)-\(k) \(f) \(loss)")
                let evaluated = try net.roots.map { try GraphEvaluator.evaluate($0, Dictionary(uniqueKeysWithValues: zip(net.variables, v))) }
                for (a, b) in zip(reference, evaluated) {
                    #expect(a.shape == b.shape && zip(a.elements, b.elements).allSatisfy { abs($0 - $1) <= 1e-12 * Swift.max(1, abs($1)) })
                }
            }
        }
    }

    @Test func trainingWithTheFusedProgramGivesTheSameParametersAsStepByStep() throws {
        // `train` against the same number of `step`s, which evaluate the graph without a
        // kept program: the parameters must agree to the last bit.
        let setup =
            "X = randn(2, 40); Y = onehot(randi(3, 1, 40), 3); "
            + "W1 = randn(6, 2); b1 = zeros(6, 1); W2 = randn(3, 6); b2 = zeros(3, 1); "
            + "a := tanh(W1*X + b1); L := cross_entropy(W2*a + b2, Y);"
        let trained = TestSession.teaching(), stepped = TestSession.teaching()
        trained.run(setup + " train(L, {W1, b1, W2, b2}, 'lr', 0.3, 'steps', 5, 'quiet', true);")
        stepped.run(setup + " for i = 1:5, step(L, {W1, b1, W2, b2}, 0.3); end")
        for name in ["W1", "b1", "W2", "b2"] {
            let t = try #require(trained.matrix(name)), s = try #require(stepped.matrix(name))
            #expect(t == s, "\(name)")
        }
    }
}
