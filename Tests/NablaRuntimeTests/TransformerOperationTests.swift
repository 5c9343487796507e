import Testing
import NablaRuntime
import NablaTestSupport

/// The operations a transformer needs, as a student meets them: row softmax with a causal
/// mask, GELU and erf, layer norm, and the embedding lookup `E(ids, :)` — values, printed
/// derivatives, `gradcheck` and `code()` that pastes back.
@Suite struct TransformerOperationTests {
    @Test func maskedSoftmaxGivesMaskedEntriesWeightZero() {
        let r = run(
            "S = [1 2 3; 4 5 6; 0 0 0]; A = softmax(S + causal_mask(3), 2); disp(A(1, :)); disp(sum(A, 2)')\n"
                + "disp(softmax([-Inf -Inf], 2)); disp(any(isnan(softmax([1e308 -Inf; 0 -Inf]))))")
        #expect(r.errors == "")
        #expect(r.output == "   1   0   0\n   1   1   1\n   0   0\n  0  0\n", "\(r.output)")
    }

    @Test func softmaxDimensionTwoNormalisesRows() {
        let r = run("Z = [1 2; 3 5]; disp(max(max(abs(softmax(Z, 2) - softmax(Z')'))) == 0)")
        #expect(r.output == "1\n", "\(r.output)\(r.errors)")
    }

    @Test func geluAndErfValues() {
        // erf(1) = 0.8427007929497149; gelu(1) = Φ(1) = 0.8413447460685429.
        let r = run("printf('%.15f\\n', erf(1), gelu(1), gelu(-30), normcdf(0), normpdf(0), gelu(1, 'tanh'))")
        #expect(r.errors == "")
        #expect(
            r.output == "0.842700792949715\n0.841344746068543\n-0.000000000000000\n0.500000000000000\n0.398942280401433\n0.841191990608277\n", "\(r.output)")
    }

    @Test func layerNormRowsHaveMeanZeroAndUnitVariance() {
        let r = run("H = layernorm([1 2 3 4; 10 0 -10 5]); disp(max(abs(mean(H, 2))) < 1e-15); disp(max(abs(mean(H.^2, 2) - 1)) < 1e-5)")
        #expect(r.output == "1\n1\n", "\(r.output)\(r.errors)")
    }

    /// The gradient of an embedding touches only the rows used, a repeated token twice.
    @Test func embeddingGradientIsAScatterAddOfRows() {
        let r = run("E = [1 2; 3 4; 5 6; 7 8]; ids = [2 4 2]; w = [1; 1];\nL := sum(E(ids, :)*w);\ngrad(L, E)")
        #expect(r.errors == "")
        #expect(r.output == "∂L/∂E = scatter_add(𝟏wᵀ, ids, 4)\n\nans =\n\n   0   0\n   2   2\n   0   0\n   1   1\n\n", "\(r.output)")
    }

    @Test func attentionDerivativesPrintInTextbookFormAndCheck() {
        let setup = """
            rng(3); X = randn(4, 3); W_Q = randn(3, 2); W_K = randn(3, 2); W_V = randn(3, 2); T = randn(4, 2); d = 2;
            Q := X*W_Q; K := X*W_K; V := X*W_V; S := Q*K'/sqrt(d) + causal_mask(4); A := softmax(S, 2); O := A*V; L := mse(O, T);

            """
        let r = run(setup + "disp(latex(grad(L, W_V))); gradcheck(L, W_Q); gradcheck(L, W_K); gradcheck(L, W_V)")
        #expect(r.errors == "", "\(r.errors)")
        #expect(r.output.components(separatedBy: "grad agrees with central differences").count == 4, "\(r.output)")
        let v = run(setup + "grad(L, W_V)")
        #expect(v.output.hasPrefix("∂L/∂W_V = (2/n)XᵀAᵀ(O − T)\n"), "\(v.output)")
    }

    @Test func codeOfTheNewOperationsPastesBack() {
        let setup =
            "X = [1 2 4; 0 -1 3]; E = [1 2 3; 4 5 6; 7 8 9]; ids = [3; 1]; L := sum(sum(gelu(layernorm(X) + E(ids, :)) .* softmax(X, 2))) + sum(erf(X(:, 1)));\n"
        let r = run(setup + "disp(code(grad(L, E)))")
        #expect(r.errors == "", "\(r.errors)")
        // code() may compute shared parts first; its last line is the value (left in ans).
        let pasted = run(setup + r.output.dropLast() + ";\nG = ans;\ndisp(max(max(abs(G - grad(L, E)))) < 1e-12)")
        #expect(pasted.errors == "" && pasted.output == "1\n", "\(r.output) → \(pasted.errors)")
    }

    @Test(arguments: [
        ("softmax([1 2], 3)", "must be 1 (each column) or 2 (each row)"),
        ("gelu(1, 'erf')", "only be 'tanh'"),
        ("E = [1 2; 3 4]; ids = [1 3]; L := sum(sum(E(ids, :)))", "out of bound"),
        ("scatter_add([1 2; 3 4], [1 2 3], 3)", "2 rows but 3 indices"),
        ("causal_mask(-1)", "at least 0")
    ])
    func badInputIsExplained(code: String, message: String) {
        let r = run(code)
        #expect(r.outcome == .failure)
        #expect(r.errors.contains(message), "\(code) → \(r.errors)")
    }
}
