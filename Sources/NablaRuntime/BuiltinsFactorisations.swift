import Foundation
import NablaNumerics

/// Octave's matrix factorisations and what is built on them: `eig`, `svd`, `qr`, `chol`,
/// `lu` from LAPACK (Lapack.swift), and `pinv`, `rank`, `null`, `orth`, `expm` as Octave 7's
/// own m-files compute them, so results agree to rounding. Nabla has real numbers only, so
/// a matrix with complex eigenvalues is refused by name rather than given half an answer.
extension Builtins {
    static let factorisations: [Builtin] = [
        Builtin(
            "eig", "lambda = eig(A)  [V, D] = eig(A)",
            "Eigenvalues (a column) or eigenvectors and a diagonal matrix of eigenvalues, with A*V = V*D; symmetric A gives them in ascending order.",
            example: "[V, D] = eig([2 1; 1 2])", .linearAlgebra
        ) { call in
            try call.arity(1...1)
            let a = try factorInput(call, square: true)
            let vectors = call.nargout >= 2
            let n = a.rows
            if a == a.transposed {
                let (w, v) = try lapack(call) { () throws(NumericError) in try Lapack.symmetricEigen(a, vectors: vectors) }
                if !vectors { return [.matrix(Matrix(column: w))] }
                return [.matrix(v), diagonal(w, n, n)]
            }
            let (wr, wi, v) = try lapack(call) { () throws(NumericError) in try Lapack.generalEigen(a, vectors: vectors) }
            guard wi.allSatisfy({ $0 == 0 }) else {
                throw call.error(
                    "this matrix has complex eigenvalues, and Nabla has real numbers only",
                    hint: "a symmetric matrix (A + A')/2 always has real eigenvalues")
            }
            if !vectors { return [.matrix(Matrix(column: wr))] }
            return [.matrix(v), diagonal(wr, n, n)]
        },
        Builtin(
            "svd", "s = svd(A)  [U, S, V] = svd(A)  [U, S, V] = svd(A, 'econ')",
            "Singular values (a column, largest first) or the factors with A = U*S*V'; 'econ' (or 0) drops the rows and columns S does not need.",
            example: "s = svd([1 2; 3 4; 5 6])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            let economy = call.args.count == 2
            if call.nargout < 2 {
                let (s, _, _) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .none) }
                return [.matrix(Matrix(column: s))]
            }
            let k = min(a.rows, a.cols)
            if a.count == 0 {
                // No singular values: U and V are identities (empty in the economy size).
                return [
                    .matrix(economy ? Matrix(rows: a.rows, cols: 0) : .identity(a.rows)), diagonal([], economy ? 0 : a.rows, economy ? 0 : a.cols),
                    .matrix(economy ? Matrix(rows: a.cols, cols: 0) : .identity(a.cols))
                ]
            }
            let (s, u, v) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, economy ? .economy : .full) }
            return [.matrix(u), diagonal(s, economy ? k : a.rows, economy ? k : a.cols), .matrix(v)]
        },
        Builtin(
            "qr", "[Q, R] = qr(A)  [Q, R] = qr(A, 0)  X = qr(A)",
            "The QR factorisation A = Q*R (Q orthogonal, R upper triangular); qr(A, 0) is the economy size; one output gives LAPACK's packed form, as Octave does.",
            example: "[Q, R] = qr([1 2; 3 4])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            if call.nargout > 2 { throw call.error("the pivoted form [Q, R, P] = qr(A) is not supported", hint: "use [Q, R] = qr(A)") }
            if call.nargout < 2 {
                let (packed, _) = try lapack(call) { () throws(NumericError) in try Lapack.qrPacked(a) }
                return [.matrix(packed)]
            }
            let economy = call.args.count == 2
            let (q, r) = try lapack(call) { () throws(NumericError) in try Lapack.qr(a, economy: economy) }
            return [.matrix(q), .matrix(r)]
        },
        Builtin(
            "chol", "R = chol(A)  [R, p] = chol(A)  L = chol(A, 'lower')",
            "The Cholesky factor: upper triangular R with R'*R = A for a symmetric positive definite A; [R, p] gives p > 0 instead of an error when it is not.",
            example: "R = chol([4 2; 2 3])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: true)
            var lower = false
            if call.args.count == 2 {
                let option = try call.string(1).lowercased()
                guard option == "lower" || option == "upper" else { throw call.error("the option must be 'upper' or 'lower'") }
                lower = option == "lower"
            }
            let (r, failed) = try lapack(call) { () throws(NumericError) in try Lapack.cholesky(a) }
            if failed != 0 && call.nargout < 2 {
                throw call.error("input matrix must be positive definite", hint: "chol needs a symmetric matrix with positive eigenvalues")
            }
            let factor = lower ? r.transposed : r
            return call.nargout < 2 ? [.matrix(factor)] : [.matrix(factor), .number(Double(failed))]
        },
        Builtin(
            "lu", "[L, U] = lu(A)  [L, U, P] = lu(A)  Y = lu(A)",
            "The LU factorisation with partial pivoting: P*A = L*U (L unit lower triangular, U upper); with two outputs L is P'*L.",
            example: "[L, U, P] = lu([1 2; 3 4])", .linearAlgebra
        ) { call in
            try call.arity(1...1)
            let a = try factorInput(call, square: false)
            let (packed, pivots) = try lapack(call) { () throws(NumericError) in try Lapack.luPacked(a) }
            if call.nargout < 2 { return [.matrix(packed)] }
            let m = a.rows, n = a.cols, k = min(m, n)
            var l = Matrix(rows: m, cols: k), u = Matrix(rows: k, cols: n)
            for j in 0..<k { for i in 0..<m { l[i, j] = i == j ? 1 : i > j ? packed[i, j] : 0 } }
            for j in 0..<n { for i in 0..<min(k, j + 1) { u[i, j] = packed[i, j] } }
            // The row order after the swaps: row `order[i]` of A is row i of P*A.
            var order = Array(0..<m)
            for (step, swap) in pivots.enumerated() { order.swapAt(step, swap) }
            var p = Matrix(rows: m, cols: m)
            for i in 0..<m { p[i, order[i]] = 1 }
            if call.nargout >= 3 { return [.matrix(l), .matrix(u), .matrix(p)] }
            var permuted = Matrix(rows: m, cols: k)
            for i in 0..<m { for j in 0..<k { permuted[order[i], j] = l[i, j] } }
            return [.matrix(permuted), .matrix(u)]
        },
        Builtin(
            "pinv", "pinv(A)  pinv(A, tol)",
            "The Moore–Penrose pseudo-inverse, from the SVD; singular values at or below tol (default max(size(A))*s(1)*eps) count as zero.",
            example: "pinv([1 2; 2 4])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            if a.count == 0 { return [.matrix(Matrix(rows: a.cols, cols: a.rows))] }
            let (s, u, v) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .economy) }
            let tol = call.args.count == 2 ? try call.number(1) : Double(max(a.rows, a.cols)) * s[0] * Double.ulpOfOne
            var out = Matrix(rows: a.cols, cols: a.rows)
            for (k, sk) in s.enumerated() where sk > tol {
                for j in 0..<a.rows { for i in 0..<a.cols { out[i, j] += v[i, k] / sk * u[j, k] } }
            }
            return [.matrix(out)]
        },
        Builtin(
            "rank", "rank(A)  rank(A, tol)",
            "The number of singular values above tol (default max(size(A))*s(1)*eps): how many columns are independent.",
            example: "rank(magic(4))", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            if a.count == 0 { return [.number(0)] }
            let (s, _, _) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .none) }
            let tol = call.args.count == 2 ? try call.number(1) : Double(max(a.rows, a.cols)) * s[0] * Double.ulpOfOne
            return [.number(Double(s.filter { $0 > tol }.count))]
        },
        Builtin(
            "null", "Z = null(A)  null(A, tol)",
            "An orthonormal basis of the null space (A*Z = 0), from the SVD; its columns' signs are LAPACK's.",
            example: "null([1 1; 1 1])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            if a.count == 0 { return [.matrix(Matrix.identity(a.cols))] }
            let (s, _, v) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .economy) }
            let tol = call.args.count == 2 ? try call.number(1) : Double(max(a.rows, a.cols)) * s[0] * Double.ulpOfOne
            // As Octave's null.m: a one-row or one-column A counts only its first singular value.
            let counted = a.rows == 1 || min(a.rows, a.cols) == 1 ? Array(s.prefix(1)) : s
            let rank = counted.filter { $0 > tol }.count
            guard rank < a.cols else { return [.matrix(Matrix(rows: a.cols, cols: 0))] }
            // The economy V has min(m, n) columns; a wide A's null space needs the full V.
            let full = v.cols < a.cols ? try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .full) }.v : v
            var z = Matrix(rows: a.cols, cols: a.cols - rank)
            for j in rank..<a.cols { for i in 0..<a.cols { let x = full[i, j]; z[i, j - rank] = Swift.abs(x) < Double.ulpOfOne ? 0 : x } }
            return [.matrix(z)]
        },
        Builtin(
            "orth", "Q = orth(A)  orth(A, tol)",
            "An orthonormal basis of the range of A (its column space), from the SVD; its columns' signs are Octave's.",
            example: "orth([1 1; 1 1])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let a = try factorInput(call, square: false)
            if a.count == 0 { return [.matrix(.empty)] }
            let (s, u, _) = try lapack(call) { () throws(NumericError) in try Lapack.svd(a, .full) }
            let tol = call.args.count == 2 ? try call.number(1) : Double(max(a.rows, a.cols)) * s[0] * Double.ulpOfOne
            let counted = a.rows == 1 || a.cols == 1 ? Array(s.prefix(1)) : s
            let rank = counted.filter { $0 > tol }.count
            var q = Matrix(rows: a.rows, cols: rank)
            for j in 0..<rank { for i in 0..<a.rows { q[i, j] = -u[i, j] } }
            return [.matrix(q)]
        },
        Builtin(
            "expm", "expm(A)", "The matrix exponential, by scaling and squaring with a Padé approximant (Octave's method, without balancing).",
            example: "expm([0 1; -1 0])", .linearAlgebra
        ) { call in
            try call.arity(1...1)
            let a = try factorInput(call, square: true)
            if a.count == 1 { return [.number(Foundation.exp(a.scalar))] }
            // A diagonal matrix (Octave's isdiag) exponentiates entry by entry, and stays diagonal.
            if a.rows > 0 && (0..<a.cols).allSatisfy({ j in (0..<a.rows).allSatisfy { i in i == j || a[i, j] == 0 } }) {
                return [diagonal((0..<a.rows).map { Foundation.exp(a[$0, $0]) }, a.rows, a.cols)]
            }
            return [.matrix(try expm(a, call))]
        }
    ]

    /// Argument 1 as a finite matrix (square when asked): LAPACK is never given NaN or Inf.
    static func factorInput(_ call: BuiltinCall, square: Bool) throws -> Matrix {
        let a = try call.matrix(0)
        if square && a.rows != a.cols { throw call.error("the matrix must be square (it is \(a.shape))") }
        guard a.elements.allSatisfy(\.isFinite) else { throw call.error("the matrix contains Inf or NaN values") }
        return a
    }

    static func lapack<T>(_ call: BuiltinCall, _ body: () throws(NumericError) -> T) throws -> T {
        do { return try body() } catch { throw call.error(error.description) }
    }

    /// A diagonal matrix as Octave shows one (`Diagonal Matrix`), rows × cols, from `d`.
    static func diagonal(_ d: [Double], _ rows: Int, _ cols: Int) -> Value {
        var m = Matrix(rows: rows, cols: cols)
        for (k, x) in d.enumerated() where k < min(rows, cols) { m[k, k] = x }
        return .tensor(Tensor(m, storage: .diagonal))
    }

    /// Octave 7's expm.m: trace reduction, scaling by a power of two, the (8, 8) Padé
    /// approximant, squaring back. (Octave also balances first; that changes only rounding.)
    static func expm(_ input: Matrix, _ call: BuiltinCall) throws -> Matrix {
        let n = input.rows
        if n == 0 { return input }
        var a = input
        var trace = 0.0
        for k in 0..<n { trace += a[k, k] }
        let shift = trace / Double(n)
        if shift > 0 { for k in 0..<n { a[k, k] -= shift } }
        var infNorm = 0.0
        for i in 0..<n { var row = 0.0; for j in 0..<n { row += Swift.abs(a[i, j]) }; infNorm = Swift.max(infNorm, row) }
        let exponent = infNorm == 0 ? 0 : Int(infNorm.exponent) + 1
        let s = Swift.min(Swift.max(0, exponent), 1023)
        a = a.map { $0 * pow(2, Double(-s)) }
        let c = [
            5.0000000000000000e-1, 1.1666666666666667e-1, 1.6666666666666667e-2, 1.6025641025641026e-3,
            1.0683760683760684e-4, 4.8562548562548563e-6, 1.3875013875013875e-7, 1.9270852604185938e-9
        ]
        let id = Matrix.identity(n)
        func product(_ x: Matrix, _ y: Matrix) throws -> Matrix { try call.interpreter.apply(.matmul, [x, y], at: call.range) }
        func plus(_ x: Matrix, _ y: Matrix, _ k: Double) -> Matrix {
            Matrix(rows: n, cols: n, elements: zip(x.elements, y.elements).map { $0 + k * $1 })
        }
        let a2 = try product(a, a)
        var x = try product(plus(a2.map { $0 * c[7] }, id, c[5]), a2)
        x = try product(plus(x, id, c[3]), a2)
        x = try product(plus(x, id, c[1]), a2)
        x = plus(x, id, 1)
        var y = try product(plus(a2.map { $0 * c[6] }, id, c[4]), a2)
        y = try product(plus(y, id, c[2]), a2)
        y = try product(plus(y, id, c[0]), a)
        var r = try call.interpreter.apply(.leftDivide, [plus(x, y, -1), plus(x, y, 1)], at: call.range)
        for _ in 0..<s { r = try product(r, r) }
        if shift > 0 { r = r.map { $0 * Foundation.exp(shift) } }
        return r
    }
}
