import Testing
import NablaTestSupport

/// A two-layer classifier on the 3-class spiral: trains past 95% training accuracy, and
/// the stochastic variants repeat exactly under a seed.
@Suite("Spiral classifier")
struct ClassifierTests {
    static let setup = """
        rng(1); [X, y] = spirals(100, 3); Xt = X'; Y = onehot(y);
        W1 = xavier(64, 2); b1 = zeros(64, 1); W2 = xavier(3, 64); b2 = zeros(3, 1);
        h := tanh(W1*Xt + b1); z := W2*h + b2; L := cross_entropy(z, Y);
        """

    @Test func fullBatchReaches95PercentWithLossPlotAndBoundary() throws {
        let s = TestSession.teaching()
        let out = s.run(
            ClassifierTests.setup + """
                losses = train(L, {W1, b1, W2, b2}, 'lr', 1, 'steps', 2000, 'every', 500);
                acc = accuracy(argmax(W2*tanh(W1*Xt + b1) + b2), y');
                plot(losses, 'title', 'loss');
                boundary(@(P) argmax(W2*tanh(W1*P' + b1) + b2), X, y)
                """)
        let acc = try #require(s.matrix("acc")?.first, "\(out)")
        #expect(acc >= 0.95, "training accuracy \(acc)")
        #expect(out.contains("loss"))
        #expect(out.contains("o class 1   x class 2   + class 3"))
        #expect(!out.contains("error"), "\(out)")
    }

    func losses(_ method: String, seed: Int) -> [Double]? {
        let s = TestSession.teaching()
        _ = s.run(
            ClassifierTests.setup + """
                rng(\(seed));
                losses = train(L, {W1, b1, W2, b2}, 'lr', 0.5, 'steps', 60, 'every', 20, 'method', '\(method)', 'batch_size', 16, 'data', {Xt, Y});
                """)
        return s.matrix("losses")
    }

    @Test(arguments: ["sgd", "minibatch"])
    func stochasticRunsRepeatUnderASeed(method: String) throws {
        let a = try #require(losses(method, seed: 7))
        let b = try #require(losses(method, seed: 7))
        let c = try #require(losses(method, seed: 8))
        #expect(a.count == 61)
        #expect(a == b)
        #expect(a != c)
        #expect(a.allSatisfy { $0.isFinite })
    }

    @Test func minibatchLowersTheLoss() throws {
        let s = TestSession.teaching()
        let out = s.run(
            ClassifierTests.setup + """
                before = cross_entropy(W2*tanh(W1*Xt + b1) + b2, Y);
                train(L, {W1, b1, W2, b2}, 'lr', 0.5, 'steps', 300, 'method', 'minibatch', 'batch_size', 32, 'data', {Xt, Y}, 'momentum', 0.9);
                after = cross_entropy(W2*tanh(W1*Xt + b1) + b2, Y);
                """)
        #expect(out.contains("mini-batch gradient descent (32 examples a step)"), "\(out)")
        let before = try #require(s.matrix("before")?.first), after = try #require(s.matrix("after")?.first)
        #expect(after < before * 0.8)
        // The data variables are back to the whole data set after training.
        #expect(s.matrix("Xt")?.count == 600)
    }
}
