import NablaRuntime
import Testing
import NablaTestSupport

@Suite("Teaching views behave")
struct TeachingBehaviourTests {
    static let network = GoldenTranscriptTests.network

    /// backward reports the gradients grad computes: the same numbers, bit for bit.
    @Test func backwardEqualsGrad() throws {
        let s = TestSession.teaching()
        s.run(
            TeachingBehaviourTests.network + """
                [gW1, gb1, gW2, gb2] = backward(L, {W1, b1, W2, b2});
                e1 = max(max(abs(gW1 - grad(L, W1)))); e2 = max(max(abs(gb1 - grad(L, b1))));
                e3 = max(max(abs(gW2 - grad(L, W2)))); e4 = max(max(abs(gb2 - grad(L, b2))));
                """)
        // Exactly zero: the same graph evaluated by the same kernels.
        for e in ["e1", "e2", "e3", "e4"] { #expect(s.matrix(e) == [0], "\(e)") }
    }

    @Test func backwardEqualsGradOnASpiralNetwork() throws {
        let s = TestSession.teaching()
        s.run(ClassifierTests.setup + "[g1, g2] = backward(L, {W1, W2}); e1 = max(max(abs(g1 - grad(L, W1)))); e2 = max(max(abs(g2 - grad(L, W2))));")
        #expect(s.matrix("e1") == [0])
        #expect(s.matrix("e2") == [0])
    }

    @Test func stepMovesAgainstTheGradientAndUndoReturns() throws {
        let s = TestSession.teaching()
        s.run("w = 1; x = 2; y = 8; L := (w*x - y)^2;")
        s.run("step(L, w, 0.1)")
        // dL/dw = 2(wx − y)x = −24, so w ← 1 + 2.4.
        #expect(abs((s.matrix("w")?.first ?? 0) - 3.4) < 1e-12)
        s.run("undo")
        #expect(s.matrix("w") == [1])
        #expect(s.run("undo").contains("nothing to undo"))
    }

    @Test func undoTakesBackAWholeTrainingRun() {
        let s = TestSession.teaching()
        s.run("x = [1; 2]; y = [2; 4]; w = 0; L := mse(w*x, y); train(L, w, 'lr', 0.1, 'steps', 10);")
        #expect(s.matrix("w") != [0])
        s.run("undo")
        #expect(s.matrix("w") == [0])
    }

    /// Data read through a fixed part is said so, and the rest of the backward pass runs.
    @Test func backwardNamesWhatItCannotFollow() {
        let (output, errors, outcome) = runTeaching("w = [1 2]; X = [1 2; 3 4]; y = [1 0]; L := mse(w*X(:, 1:end), y); backward(L)")
        #expect(outcome == .success, "\(errors)")
        #expect(output.contains("(X is not followed: L uses it only through X(:, 1:end), taken as a fixed\n   value)"))
        #expect(output.contains("∂L/∂w"))
    }

    /// repmat and max are followed like any other operation, so training through them works.
    @Test func trainingFollowsRepmatAndMax() throws {
        let s = TestSession.teaching()
        let out = s.run(
            "W = [0.5 -0.2; 0.1 0.3]; X = [1 0 2; 0 1 1]; b = [0; 0]; Y = [1 0 1; 0 1 0];"
                + "L := mse(W*X + repmat(b, 1, 3), Y) + 0.01*max(abs(b)); train(L, {W, b}, 'lr', 0.1, 'steps', 50);")
        #expect(!out.contains("error"), "\(out)")
        #expect(s.matrix("b") != [0, 0])
    }

    @Test func divergenceStopsWithTheLastFiniteParameters() throws {
        let s = TestSession.teaching()
        let out = s.run("w = 0; x = [1; 2]; y = [2; 4]; L := mse(w*x, y); h = train(L, w, 'lr', 5, 'steps', 1000);")
        #expect(out.contains("stopped at step 112: the loss L became infinite"))
        #expect(out.contains("try lr = 0.5"))
        let w = try #require(s.matrix("w")?.first)
        #expect(w.isFinite)
        #expect(s.matrix("h")?.allSatisfy { $0.isFinite } == true)
    }

    @Test(arguments: [
        ("x = 1; L := x^2; train(L, 3)", "must be a variable"),
        ("x = 1; L := x^2; step(L, x, -1)", "positive"),
        ("x = 1; L := x^2; train(L, x, 'lr')", "needs a value"),
        ("x = 1; L := x^2; train(L, x, 'speed', 2)", "unknown option"),
        ("x = 1; L := x^2; train(L, x, 'method', 'sgd')", "'data'"),
        ("x = [1 2]; L := x.^2; train(L, x)", "single number"),
        ("x = 1; y = 2; L := x^2; step(L, y, 0.1)", "does not depend on 'y'"),
        ("onehot([0 1])", "whole numbers from 1"),
        ("accuracy([1 2], [1 2 3])", "2 predictions but 3 labels"),
        ("A = [1 2; 3 4]; forward(A*A, 'entry', [3 1])", "no entry"),
        ("A = [1 2; 3 4]; forward(A + A, 'entry', [1 1])", "matrix product"),
        ("csvread('/nonexistent/nabla.csv')", "cannot read"),
        ("scatter([1 2 3])", "n×2"),
        ("[X, y] = blobs(5, 2); boundary(@(P) 1, X, y)", "one class per row"),
        ("saveplot('x.png')", "figure"),
        ("x = 1; graph(x, 'pretty')", "unknown option"),
        // A parameter read through a part that has no symbolic form would never be followed.
        ("w = [1 2]; X = [1 2; 3 4]; y = [1 0]; L := mse(w*sort(X), y); train(L, {w, X})", "through sort(X)"),
        ("w = [1 2]; L := sum(w(1:end).^2); step(L, w, 0.1)", "through w(1:end)"),
        ("w = [1 2]; X = [1 2; 3 4]; y = [1 0]; L := mse(w*X(:, 1:end), y); backward(L, {w, X})", "through X(:, 1:end)"),
        (
            "w = [1; 2]; X = [1 2; 3 4; 5 6]; y = [1; 0; 1]; L := mse(X(:, 1:end)*w, y); train(L, w, 'method', 'sgd', 'data', {X, y})",
            "reads the data 'X' through X(:, 1:end)"
        )
    ])
    func badInputGetsAStudentMessage(code: String, message: String) {
        let (_, errors, outcome) = runTeaching(code)
        #expect(outcome == .failure)
        #expect(errors.contains(message), "\(code) → \(errors)")
    }
}
