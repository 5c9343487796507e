import Testing
import NablaRuntime
import NablaTestSupport

/// The symbolic engine as a student meets it: through the language.
@Suite struct SymbolicSessionTests {
    static let network = """
        rng(1); x = randn(2,1); y = [1; 0]; W1 = randn(3,2); b1 = zeros(3,1); W2 = randn(2,3); b2 = zeros(2,1);
        z1 := W1*x + b1; a1 := sigmoid(z1); z2 := W2*a1 + b2; a2 := sigmoid(z2); L := mse(a2, y);
        """

    @Test func twoLayerBackpropInTheUsersNames() {
        let r = run(Self.network + "grad(L, W1)")
        #expect(r.errors == "")
        #expect(r.output.hasPrefix("∂L/∂W1 = δ1 xᵀ where δ2 = (2/n)(a2 − y) ⊙ a2 ⊙ (1 − a2), δ1 = (W2ᵀ δ2) ⊙ a1 ⊙ (1 − a1)\n\nans =\n"))
    }

    @Test func formulaShowsBothFaces() {
        let r = run("W = [1 2; 3 4]; x = [1; 1]; b = [0; 1];\nz := W*x + b")
        #expect(r.output == "z := Wx + b\n\nz =\n\n   3\n   8\n\n")
    }

    /// A part with no symbolic form prints as written, not as the numbers it had, and its
    /// value follows the variables it reads; one that reads only sizes is plain numbers.
    @Test func partsWithoutSymbolicFormPrintAsWritten() {
        let r = run("X = [1 2 3; 4 5 6]; w = [2 3];\nL := sum(sort(X(1, :)) .* w(1)) + sum(w .* (1:numel(w)))\nX(1, 1) = 10;\nL")
        #expect(r.errors == "")
        #expect(r.output == "L := sum(sort(X(1, :)) ⊙ w(:, 1), 2) + sum(w ⊙ [1 2], 2)\n\nL = 20\nL = 38\n")
    }

    /// code(L) of a formula is its definition, ready to paste (as latex(L) is), and it runs.
    @Test func codeOfAFormulaIsItsDefinition() {
        let setup = "W = [1 2; 3 4]; x = [1; 2]; z := W*x; L := sum(sigmoid(z));\n"
        let r = run(setup + "disp(code(L))")
        #expect(r.errors == "")
        #expect(r.output == "sum(sigmoid(z), 1)\n")
        let pasted = run(setup + "v = " + r.output.dropLast() + ";\ndisp(v == L)")
        #expect(pasted.errors == "" && pasted.output == "1\n", "\(pasted.errors)")
    }

    /// An anonymous function in a formula is written out, so grad follows it: a sigmoid
    /// written by hand has the builtin's gradient, and a captured constant keeps its name.
    @Test func anonymousFunctionsAreDifferentiatedThrough() {
        let setup = "W = [1 2; 3 4]; x = [1; -1]; y = [0; 1]; sig = @(z) 1 ./ (1 + exp(-z)); c = 0.1;\n"
        let r = run(
            setup + "L := mse(sig(W*x), y); L0 := mse(sigmoid(W*x), y);\n" + "printf('%d\\n', max(max(abs(grad(L, W) - grad(L0, W)))) < 1e-15)\n"
                + "lrelu = @(z) max(z, c*z); L2 := sum(lrelu(W*x)); grad(L2, W)\n" + "sq = @(v) v.^2; f = @(v) sum(sq(v)); L3 := f(W*x); grad(L3, W)")
        #expect(r.errors == "")
        #expect(r.output.hasPrefix("1\n"))
        #expect(r.output.contains("∂L2/∂W = ([Wx ≥ cWx] + c[Wx < cWx])xᵀ"))
        #expect(r.output.contains("∂L3/∂W = 2Wxxᵀ"))
    }

    /// A body with a part that has no symbolic form (a sort) makes the call a value, and
    /// grad says so instead of printing a derivative without it.
    @Test func anAnonymousFunctionWithoutSymbolicFormIsRefused() {
        let r = run("W = [1 2; 3 4]; x = [1; -1]; g = @(v) sum(sort(v) .* [1; 2]); L := g(W*x); disp(L)\ngrad(L, W)")
        #expect(r.output == "-3\n")
        #expect(r.errors.contains("L depends on 'W' through g(W*x)"))
    }

    /// A body that indexes its argument with whole numbers is a lookup, which grad follows.
    @Test func anAnonymousFunctionThatIndexesIsDifferentiatedThrough() {
        let r = run("W = [1 2; 3 4]; x = [1; -1]; g = @(v) v(1); L := g(W*x); disp(L)\ndisp(grad(L, W))")
        #expect(r.errors == "")
        #expect(r.output == "-1\n[1; 0]xᵀ\n")
    }

    @Test func gradientStepUsesTheDerivativeAsAValue() {
        let r = run("W = [1 2; 3 4; 5 6]; x = [1; -1]; b = [0; 0; 0]; y = [1; 0; 1];\nL := sum((W*x + b - y).^2);\nW = W - 0.1 * grad(L, W);\ndisp(W(1, :))")
        #expect(r.errors == "")
        #expect(r.output.contains("1.4000   1.6000"))
    }

    @Test func symbolsGiveFormulasOnly() {
        let r = run("A = sym(3,3); x = sym(3,1); b = sym(3,1);\njacobian(A*x + b, x)\nhessian(x'*A*x, x)\nW = sym(3,3); jacobian(sigmoid(W*x), x)")
        #expect(r.output == "∂f/∂x = A\n∂²L/∂x² = A + Aᵀ\n∂f/∂x = diag(σ(Wx) ⊙ (1 − σ(Wx)))W\n")
    }

    @Test func gradcheckAndFormatCheckAgree() {
        let r = run(Self.network + "gradcheck(L, W2)\nformat check\ng = grad(L, b2)")
        #expect(r.output.contains("gradcheck: grad agrees with central differences"))
        #expect(r.output.contains("[finite-difference check: max relative error"))
    }

    @Test func printersAndErrors() {
        let r = run("A = sym(2,2); x = sym(2,1);\nlatex(A*x)\ncode(2*(A*x)')\nformat ascii\nsimplify(A*x + A'*x)")
        #expect(r.output == "ans = Ax\nans = 2 * (A * x)'\nans = (A + A')x\n")
        let bad = run("x = [1; 2]; grad(x, x)")
        #expect(bad.errors.contains("grad needs a scalar") || bad.errors.contains("a gradient needs a scalar"))
        let missing = run("x = [1; 2]; w = 3; grad(sum(x), w)")
        #expect(missing.errors.contains("does not occur"))
    }
}
