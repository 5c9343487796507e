import Testing
import NablaNumerics
import NablaRuntime
import NablaTestSupport

/// The wrong derivatives and failures of issue #11, each checked against central
/// differences of the interpreter's own values, not against printed text alone.
@Suite struct DerivativeRegressionTests {
    /// ∂f/∂variable entry by entry from differences: the Jacobian (numel f) × (numel x), or
    /// for a scalar f the gradient in the variable's shape.
    static func differences(_ probe: MathsProbe, _ f: String, _ variable: String) -> Matrix? {
        guard let x = probe.matrix(variable), case .success(let y) = probe.value(f) else { return nil }
        var j = Matrix(rows: y.count, cols: x.count)
        for k in 0..<x.count {
            var d = Matrix(shape: x.shape)
            d.elements[k] = 1
            guard let col = probe.directional(f, variable, d) else { return nil }
            for i in 0..<y.count { j[i, k] = col.elements[i] }
        }
        return y.isScalar ? j.reshaped(x.rows, x.cols) : j
    }

    /// `query` (grad/jacobian) agrees with differences of `f`.
    static func agrees(
        _ setup: String, _ query: String, _ f: String, _ variable: String,
        expect expected: [Double]? = nil
    ) -> Bool {
        let probe = MathsProbe(setup)
        guard case .success(let d) = probe.value(query) else {
            Issue.record("\(query) failed: \(probe.value(query))")
            return false
        }
        guard let numeric = differences(probe, f, variable) else { Issue.record("no differences for \(f)"); return false }
        if let expected, d.elements != expected { Issue.record("\(query) = \(d.elements), expected \(expected)") }
        let gap = relativeGap(d, numeric, floor: 1e-4)
        if gap > 1e-5 { Issue.record("\(query) = \(d.elements), differences say \(numeric.elements)") }
        return gap <= 1e-5
    }

    // 1. Broadcast + and − with an adjoint straight from sum or mean.
    @Test func broadcastCopiesAreCountedAfterSum() {
        #expect(
            Self.agrees(
                "W = [1 2; 3 4]; b = [0; 0]; X = [1 2 3; 4 5 6]; L := sum(sum(W*X + b));",
                "grad(L, b)", "L", "b", expect: [3, 3]))
        #expect(Self.agrees("x = [1;2;3]; s = 2;", "grad(sum(x + s), s)", "sum(x + s)", "s", expect: [3]))
        #expect(Self.agrees("w = [1;2]; b = 0.5; X = [1 2 3 4; 5 6 7 8];", "grad(mean(w'*X + b), b)", "mean(w'*X + b)", "b", expect: [1]))
        #expect(Self.agrees("s = 0.7;", "grad(sum(mod(s, [0.3; 0.4; 0.5])), s)", "sum(mod(s, [0.3; 0.4; 0.5]))", "s", expect: [3]))
        #expect(Self.agrees("r = [1 2 3]; X = [1 2 3; 4 5 6];", "grad(sum(mean(X - r)), r)", "sum(mean(X - r))", "r"))
    }

    // 2. A product of ones-matrices keeps its inner size.
    @Test func onesTimesOnesCountsTheInnerDimension() throws {
        #expect(Self.agrees("x = [1;2;3];", "grad(sum(ones(2,3)*x), x)", "sum(ones(2,3)*x)", "x", expect: [2, 2, 2]))
        let r = MathsProbe("w = 0.5; b = 0.1; x = [1 2 3 4 5]; y = [2.1 3.9 6.2 7.8 10.1]; yhat := w*x + b; L := mean((yhat - y).^2);")
        #expect(try r.value("hessian(L, b)").get().elements == [2])
    }

    // 3. Least squares: \ and / with a matrix that is not square.
    @Test func nonSquareSolvesUseTheLeastSquaresDerivative() {
        let tall = "B = [1 0; 0 1; 1 1]; y = [1; 2; 4];"
        #expect(Self.agrees(tall, "grad(sum(B \\ y), B)", "sum(B \\ y)", "B"))
        #expect(Self.agrees(tall, "grad(sum(sin(B \\ y)), y)", "sum(sin(B \\ y))", "y"))
        let wide = "B = [1 0 1; 0 1 2]; y = [1; 2];"
        #expect(Self.agrees(wide, "grad(sum(sin(B \\ y)), B)", "sum(sin(B \\ y))", "B"))
        let right = "A = [1 0 1; 0 1 1]; r = [1 2 3; 3 4 5];"
        #expect(Self.agrees(right, "grad(sum(sum(sin(r / A))), A)", "sum(sum(sin(r / A)))", "A"))
        #expect(Self.agrees(right, "grad(sum(sum(cos(r / A))), r)", "sum(sum(cos(r / A)))", "r"))
        let rightTall = "A = [1 0; 0 1; 1 1]; r = [1 2; 3 4];"
        #expect(Self.agrees(rightTall, "grad(sum(sum(sin(r / A))), A)", "sum(sum(sin(r / A)))", "A"))
    }

    // 3, rank-deficient. A non-square solve is Octave's minimum-norm solution A⁺B whatever the
    // rank, so its derivatives are the pseudo-inverse's: no singular Gram matrix, no warning.
    // The expected numbers are Octave 7's (octave-cli): w*pinv(B)' for the operand and, for the
    // matrix, central differences of pinv along a path that keeps its rank (step 1e-5), where
    // the Golub–Pereyra derivative holds. (Along a path that changes the rank A⁺ jumps: no
    // derivative exists there, which is why only such paths are asked.)
    @Test func rankDeficientSolvesDifferentiateThroughThePseudoInverse() throws {
        func close(_ a: [Double], _ b: [Double], _ tol: Double) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) }
        }
        // The long run's case: floor(p3) + [I 1] is [0 -1 0 0; 0 1 0 1; 0 -1 0 0], of rank 2.
        let divisor = MathsProbe(
            """
            p2 = [0.8257505495117001 -0.8378944792562895 -0.8993806714389205 0.7368613993262703]; \
            p3 = [-0.9605462029829712 -0.15315641166973304 0.08845030980689716 -0.09308471744502977; \
            0.17241234782101933 0.1461128867607724 0.4050756798467501 0.45372920507992; \
            0.43236514031094053 -0.5952224294571502 -0.7384356011171151 -0.6952263788786852]; \
            w = [0.8215879593113815 0.4774385756222508 0.831843417223044];
            """)
        #expect(divisor.run("g = grad(sum(w .* (p2 / (floor(p3) + [eye(3), ones(3, 1)]))), p2);") == "")
        #expect(close(try #require(divisor.matrix("g")).elements, [0, -0.826715688267213, 0, 1.304154263889464], 1e-12))

        // A tall A = uvᵀ of rank 1: by y, and by A along (u + t du)(v + t dv)ᵀ.
        let tall = MathsProbe("u = [1;2;3]; v = [1;2]; du = [0.3;-0.1;0.2]; dv = [-0.2;0.5]; y = [1;2;4]; A = u*v';")
        #expect(tall.run("gy = grad(sum(sin(A \\ y)), y); G = grad(sum(sin(A \\ y)), A);") == "")
        #expect(close(try #require(tall.matrix("gy")).elements, [3.913340422485136e-02, 7.826680844970271e-02, 1.174002126745540e-01], 1e-12))
        #expect(close(try tall.value("sum(sum(G .* (du*v' + u*dv')))").get().elements, [-0.183954184163060], 1e-8))

        // A wide A = abᵀ of rank 1 on the right (r / A) and on the left (A \ y).
        let wide = MathsProbe("a = [1;2]; b = [1;2;3]; da = [0.4;-0.3]; db = [0.1;0.2;-0.5]; r = [1 2 3; 3 4 5]; A = a*b';")
        #expect(wide.run("gr = grad(sum(sum(sin(r / A))), r); G = grad(sum(sum(sin(r / A))), A);") == "")
        #expect(
            close(
                try #require(wide.matrix("gr")).elements,
                [
                    4.031697951210017e-02, 3.435554030804704e-02, 8.063395902420034e-02,
                    6.871108061609409e-02, 1.209509385363005e-01, 1.030666209241411e-01
                ], 1e-12))
        #expect(close(try wide.value("sum(sum(G .* (da*b' + a*db')))").get().elements, [0.315950546503352], 1e-8))
        let left = MathsProbe("c = [1;1]; e = [1;0;2]; dc = [0.2;-0.1]; de = [0.3;0.1;-0.2]; y = [1;3]; A = c*e';")
        #expect(left.run("G = grad(sum(sin(A \\ y)), A);") == "")
        #expect(close(try left.value("sum(sum(G .* (dc*e' + c*de')))").get().elements, [1.609865247775843e-02], 1e-8))
    }

    // 4. Reductions along dimension 3 mean what they mean outside a formula.
    @Test func dimensionThreeReductionsMatchTheInterpreter() throws {
        let probe = MathsProbe("X = [1 2; 3 4];")
        for f in ["sum(X, 3)", "mean(X, 3)", "prod(X, 4)", "max(X, [], 3)", "min(X, [], 3)"] {
            #expect(probe.run("f := \(f);") == "")
            #expect(try probe.value("f").get() == probe.matrix("X"), "\(f)")
            #expect(try probe.value(f).get() == probe.matrix("X"), "\(f)")
        }
        #expect(probe.run("f := sum(X, 0);").contains("DIM must be a valid dimension"))
        #expect(Self.agrees("X = [1 2; 3 4];", "grad(sum(sum(sin(X) .* sum(X, 3))), X)", "sum(sum(sin(X) .* sum(X, 3)))", "X"))
    }

    // 5. A constant gradient has a Hessian: zero, not a refusal.
    @Test func constantGradientHasAZeroHessian() throws {
        let probe = MathsProbe("x = [1; 2]; A = [1 2; 3 4];")
        #expect(try probe.value("hessian(sum(x), x)").get() == Matrix(rows: 2, cols: 2))
        #expect(try probe.value("hessian(sum(A*x) + 3, x)").get() == Matrix(rows: 2, cols: 2))
        probe.run("hessian(sum(x), x)")
        #expect(!probe.sink.output.contains("does not depend"))
    }

    // 6. Broadcast operands in Jacobians, which failed with an internal size error.
    @Test func jacobiansOfBroadcastProducts() throws {
        #expect(Self.agrees("c = [1; 2]; X = [1 2 3; 4 5 6];", "jacobian(c .* X, X)", "c .* X", "X"))
        #expect(Self.agrees("c = [1; 2]; X = [1 2 3; 4 5 6];", "jacobian(c .* X, c)", "c .* X", "c"))
        #expect(Self.agrees("r = [1 2 3]; X = [1 2 3; 4 5 6];", "jacobian(sin(X + r), r)", "sin(X + r)", "r"))
        let probe = MathsProbe("q = 1.2; M = [1 2 3; 4 5 6]; w = [1 1]; L := w*sum((q.*M).^2, 2);")
        #expect(try probe.value("hessian(L, q)").get().elements == [182])
    }

    // 9. Printing that misled while the numbers were right.
    @Test func printedFormsSayWhatTheyMean() {
        func shown(_ code: String) -> String {
            let r = run(code)
            #expect(r.errors == "")
            return r.output
        }
        #expect(shown("A = [2 1; 1 3]; B = [1 2; 3 4]; f := 2*(A\\B)").hasPrefix("f := 2(A \\ B)\n"))
        // A least-squares derivative reads as the pseudo-inverse's: solves, no Gram matrix; for B,
        // the solution's, the residual's and the null space's terms.
        #expect(shown("B = [1 0; 0 1; 1 1]; y = [1; 2; 4]; grad(sum(sin(B \\ y)), y)").hasPrefix("∂L/∂y = Bᵀ \\ cos(B \\ y)\n"))
        #expect(
            shown("B = [1 0; 0 1; 1 1]; y = [1; 2; 4]; grad(sum(sin(B \\ y)), B)").hasPrefix(
                "∂L/∂B = (y − B(B \\ y))(B \\ t1)ᵀ + (Bᵀ \\ (B \\ y))(cos(B \\ y) − Bᵀ t1)ᵀ − t1(B \\ y)ᵀ where t1 = Bᵀ \\ cos(B \\ y)\n"))
        #expect(shown("x = 1.5; grad(2.^x, x)").hasPrefix("∂L/∂x = 0.6931(2^x)\n"))
        #expect(
            shown("X = [1 2 3; 4 5 6]; w = [1; 2; 3]; y = [1; 2]; L := mse(X*w, y) + mse(w, [0;0;1]); grad(L, w)")
                .hasPrefix("∂L/∂w = (2/n2)(w − [0; 0; 1]) + (2/n1)Xᵀ(Xw − y) where n1 = 2, n2 = 3\n"))
        let hessian = shown("x = [1; 2]; W = [1 2; 3 4]; z1 := W*x; a1 := tanh(z1); z2 := W*a1; a2 := sigmoid(z2); L := sum(a2); hessian(L, x)")
        #expect(hessian.contains("δ2") && hessian.contains("where δ2 = "))
        #expect(shown("x = [1;2;3]; v := mean((x - mean(x)).^2); y := (x - mean(x)) ./ sqrt(v + eps)").hasPrefix("y := (x − mean(x)) ⊘ √(v + 2.2204e-16)\n"))
        #expect(shown("Z = [1 2; 3 4; 5 6]; Y = [0 1; 1 0; 0 0]; L := cross_entropy(Z, Y); grad(L, Z)").hasPrefix("∂L/∂Z = (1/m)(softmax(Z) − Y)\n"))
        #expect(shown("W = [1 2; 3 4]; x = [1; 2]; lambda = 0.1; L := sum(W*x) + lambda/2*sum(sum(W.^2)); grad(L, W)").hasPrefix("∂L/∂W = lambda W + 𝟏xᵀ\n"))
    }

    // 10. `=` where `:=` was meant.
    @Test func aNumberIsNotAFormula() {
        let r = run("W = [1 2; 3 4]; x = [1; 2]; L = sum(W*x); grad(L, W)")
        #expect(r.errors.contains("L holds a number, not a formula"))
        #expect(r.errors.contains("L := "))
        #expect(!r.errors.contains("would be 0"))
    }

    // 7 and 8. code() shares repeated parts and pastes back.
    @Test func codeOfADeepResidualNetworkIsLinearAndPastesBack() throws {
        let blocks = String(repeating: "blk(", count: 30) + "x" + String(repeating: ", W)", count: 30)
        let probe = MathsProbe("rng(3); W = randn(4) / 4; x = randn(4, 1); blk = @(h, V) h + tanh(V*h); L := sum(\(blocks));")
        for what in ["L", "grad(L, W)", "grad(L, x)"] {
            #expect(probe.run("c = code(\(what));") == "")
            guard case .tensor(let t)? = probe.session.interpreter.variable("c") else { Issue.record("no code for \(what)"); continue }
            let code = t.stringValue
            #expect(code.utf8.count < 100_000, "code(\(what)) is \(code.utf8.count) bytes")
            #expect(!code.contains("δ") && !code.contains("logsumexp(") || probe.run("logsumexp(1)") == "")
            let expected = try probe.value(what).get()
            let back = try MathsOracle.pasteBack(probe, code).get()
            #expect(relativeGap(back, expected, floor: 1e-9) < 1e-9, "code(\(what)) does not paste back")
        }
    }

    @Test func codeNamesOnlyWhatTheLanguageDefines() throws {
        let probe = MathsProbe(
            "Z = [1 2; 3 4; 5 6]; Y = [0 1; 1 0; 0 0]; L := cross_entropy(Z, Y); x = [1; 2]; W = [1 2; 3 4]; z1 := W*x; a1 := sigmoid(z1); L2 := sum(a1.^2);")
        for what in ["L", "grad(L, Z)", "hessian(L2, x)", "grad(L2, W)"] {
            #expect(probe.run("c = code(\(what));") == "")
            guard case .tensor(let t)? = probe.session.interpreter.variable("c") else { continue }
            #expect(!t.stringValue.contains("δ"), "\(t.stringValue)")
            let back = try MathsOracle.pasteBack(probe, t.stringValue).get()
            #expect(relativeGap(back, try probe.value(what).get(), floor: 1e-9) < 1e-9, "code(\(what)) = \(t.stringValue)")
        }
    }

    // No swallowed warnings on the formula path: a singular \ warns for := as for =.
    @Test func aSingularSolveWarnsInAFormulaToo() {
        let setup = "A = [1 2; 2 4]; b = [1; 2];\n"
        let plain = run(setup + "z = A\\b;")
        let formula = run(setup + "z := A\\b;")
        #expect(plain.errors.contains("warning: matrix singular to machine precision"))
        #expect(formula.errors == plain.errors, "\(formula.errors)")
        let derivative = run(setup + "x = [1; 1]; g = grad(sum(A\\x), x);")
        #expect(derivative.errors.contains("warning: matrix singular to machine precision"))
    }
}
