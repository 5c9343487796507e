import Foundation

/// Square-matrix linear algebra: `trace`, `det`, `inv`, and the solves `A \ B`, `A / B`.
extension Matrix {
    /// Sum of the diagonal. Octave 7.3's `trace` quietly accepts non-square input; Nabla
    /// follows later Octave releases and requires a square matrix, which teaches better.
    /// An empty matrix has trace 0.
    public func trace() throws -> Double {
        if isEmpty { return 0 }
        guard rows == cols else { throw NumericError.notSquare(op: "trace", shape) }
        var s = 0.0
        for i in 0..<rows { s += elements[i + i * rows] }
        return s
    }

    /// Determinant by LU with partial pivoting; `det([])` is 1, as in Octave.
    public func determinant() throws -> Double {
        guard rows == cols else { throw NumericError.notSquare(op: "det", shape) }
        if isEmpty { return 1 }
        return LUFactorization(self).determinant
    }

    /// The inverse with its reciprocal condition number in the 1-norm, as `[X, rcond] = inv(A)`.
    ///
    /// A singular matrix (an exactly zero pivot, or NaN/Inf making the condition 0 or
    /// undefined) gives a matrix of Inf like Octave, with rcond 0 (NaN when A holds NaN).
    /// A nearly singular one is still inverted; pass its rcond to `singularMatrixWarning`.
    public func inverse() throws -> (value: Matrix, rcond: Double) {
        guard rows == cols else { throw NumericError.notSquare(op: "inverse", shape) }
        if isEmpty { return (self, .infinity) }
        if isScalar {
            let x = elements[0]
            let rcond: Double = x.isNaN ? .nan : (x == 0 || x.isInfinite ? 0 : 1)
            return (Matrix(scalar: rcond == 1 ? 1 / x : (x.isNaN ? .nan : .infinity)), rcond)
        }
        let lu = LUFactorization(self)
        let rcond = lu.reciprocalCondition()
        if lu.isExactlySingular || rcond.isNaN || rcond == 0 {
            return (Matrix(rows: rows, cols: cols, repeating: .infinity), rcond.isNaN ? .nan : 0)
        }
        var out = Matrix(rows: rows, cols: cols)
        var column = [Double](repeating: 0, count: rows)
        for j in 0..<cols {
            for i in 0..<rows { column[i] = i == j ? 1 : 0 }
            lu.solve(&column)
            for i in 0..<rows { out.elements[i + j * rows] = column[i] }
        }
        return (out, rcond)
    }

    /// `A \ B`, the solution of `A X = B`.
    ///
    /// - A scalar A divides B element by element.
    /// - Square A: LU with partial pivoting, returning its rcond. When A is singular to
    ///   machine precision (`rcond + 1 == 1`, or NaN) Octave warns and switches to the
    ///   minimum-norm least-squares solution; so does this.
    /// - Non-square A: least squares, by Householder QR when A has full column rank,
    ///   otherwise the minimum-norm solution from an SVD. Octave does not warn here, so
    ///   rcond is reported as 1.
    ///
    /// Throws `operator \: nonconformant arguments (op1 is 2x2, op2 is 3x1)` when the
    /// row counts differ.
    public static func leftDivide(_ a: Matrix, _ b: Matrix) throws -> (value: Matrix, rcond: Double) {
        if a.isScalar {
            let s = a.elements[0]
            return (b.map { $0 / s }, 1)
        }
        guard a.rows == b.rows else { throw NumericError.nonconformant(op: "\\", a.shape, b.shape) }
        if a.isEmpty || b.isEmpty { return (Matrix(rows: a.cols, cols: b.cols), 1) }
        let finite = a.elements.allSatisfy { $0.isFinite } && b.elements.allSatisfy { $0.isFinite }
        if a.rows == a.cols {
            let lu = LUFactorization(a)
            let rcond = lu.reciprocalCondition()
            if lu.isExactlySingular || rcond.isNaN || rcond + 1 == 1 {
                return (leastSquares(a, b, finite: finite), rcond.isNaN ? .nan : rcond)
            }
            var out = Matrix(rows: a.cols, cols: b.cols)
            var column = [Double](repeating: 0, count: a.rows)
            for j in 0..<b.cols {
                for i in 0..<a.rows { column[i] = b.elements[i + j * b.rows] }
                lu.solve(&column)
                for i in 0..<a.rows { out.elements[i + j * a.rows] = column[i] }
            }
            return (out, rcond)
        }
        if finite, let x = HouseholderQR.solve(a, b) { return (x, 1) }
        return (leastSquares(a, b, finite: finite), 1)
    }

    /// `A / B`, the solution of `X B = A`, computed as `(B' \ A')'`. Shape errors name
    /// `/` and the original operands, as Octave does.
    public static func rightDivide(_ a: Matrix, _ b: Matrix) throws -> (value: Matrix, rcond: Double) {
        if b.isScalar {
            let s = b.elements[0]
            return (a.map { $0 / s }, 1)
        }
        guard a.cols == b.cols else { throw NumericError.nonconformant(op: "/", a.shape, b.shape) }
        let (x, rcond) = try leftDivide(b.transposed, a.transposed)
        return (x.transposed, rcond)
    }

    /// Minimum-norm least squares; NaN everywhere when the data are not finite, which is
    /// what LAPACK's solver produces for them.
    private static func leastSquares(_ a: Matrix, _ b: Matrix, finite: Bool) -> Matrix {
        guard finite else { return Matrix(rows: a.cols, cols: b.cols, repeating: .nan) }
        if a.rows < a.cols { return JacobiSVD(a.transposed).pseudoInverseSolveOfTranspose(b) }
        return JacobiSVD(a).pseudoInverseSolve(b)
    }
}

/// The warning Octave prints after a solve or inverse whose matrix is singular to
/// machine precision, or nil when the condition is acceptable. The text is the whole
/// line Octave shows, `warning:` prefix included:
///
/// - `warning: matrix singular to machine precision` when rcond is 0 or NaN;
/// - `warning: matrix singular to machine precision, rcond = 1e-17` when `rcond + 1 == 1`
///   (rcond formatted with `%g`, as Octave does).
public func singularMatrixWarning(rcond: Double) -> String? {
    let base = "warning: matrix singular to machine precision"
    if rcond.isNaN || rcond == 0 { return base }
    if rcond + 1 == 1 { return base + ", rcond = " + String(format: "%g", rcond) }
    return nil
}
