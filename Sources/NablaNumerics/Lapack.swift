import COpenBLAS

/// The LAPACK factorisations Octave's `eig`, `svd`, `qr`, `chol` and `lu` use, from the
/// LAPACK inside OpenBLAS: the same routines, so the same numbers (and, where a result is
/// defined only up to sign, usually the same signs).
///
/// Callers check that the input is finite and of a sensible shape first (LAPACK's answer
/// for NaN is unspecified); every routine here then succeeds or throws `NumericError`.
public enum Lapack {
    /// Runs a routine twice: once asking for the best workspace size, then with it.
    private static func withWorkspace(_ body: (UnsafeMutablePointer<Double>, Int32) -> Int32) -> Int32 {
        var query = 0.0
        _ = body(&query, -1)
        let size = max(1, Int(query))
        var work = [Double](repeating: 0, count: size)
        return work.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(size)) }
    }

    private static func dimension(_ n: Int) throws(NumericError) -> Int32 {
        guard let v = Int32(exactly: n) else { throw .invalid("the matrix is too large for LAPACK") }
        return v
    }

    /// Eigenvalues in ascending order and, when asked, orthonormal eigenvectors (columns) of
    /// a symmetric matrix (only its upper triangle is read): `dsyev`.
    public static func symmetricEigen(_ a: Matrix, vectors: Bool) throws(NumericError) -> (values: [Double], vectors: Matrix) {
        var n = try dimension(a.rows)
        var m = a.elements
        var w = [Double](repeating: 0, count: a.rows)
        var lda = max(1, n)
        var jobz: CChar = vectors ? 86 : 78, uplo: CChar = 85  // 'V'/'N', 'U'
        let info = withWorkspace { work, lwork in
            var lw = lwork, info: Int32 = 0
            dsyev_(&jobz, &uplo, &n, &m, &lda, &w, work, &lw, &info, 1, 1)
            return info
        }
        guard info == 0 else { throw .invalid("the eigenvalue iteration did not converge") }
        return (w, vectors ? Matrix(rows: a.rows, cols: a.rows, elements: m) : Matrix.empty)
    }

    /// Eigenvalues (real and imaginary parts, in LAPACK's order) and, when asked, right
    /// eigenvectors of unit length of a general square matrix: `dgeev`. For a complex pair
    /// the vectors are LAPACK's packed real and imaginary parts.
    public static func generalEigen(_ a: Matrix, vectors: Bool) throws(NumericError) -> (real: [Double], imaginary: [Double], vectors: Matrix) {
        var n = try dimension(a.rows)
        var m = a.elements
        var wr = [Double](repeating: 0, count: a.rows), wi = wr
        var vl = [0.0], vr = [Double](repeating: 0, count: vectors ? a.rows * a.rows : 1)
        var lda = max(1, n), ldvl: Int32 = 1, ldvr = vectors ? max(1, n) : 1
        var jobvl: CChar = 78, jobvr: CChar = vectors ? 86 : 78
        let info = withWorkspace { work, lwork in
            var lw = lwork, info: Int32 = 0
            dgeev_(&jobvl, &jobvr, &n, &m, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, work, &lw, &info, 1, 1)
            return info
        }
        guard info == 0 else { throw .invalid("the eigenvalue iteration did not converge") }
        return (wr, wi, vectors ? Matrix(rows: a.rows, cols: a.rows, elements: vr) : Matrix.empty)
    }

    public enum SingularVectors {
        case none, economy, full
    }

    /// Singular values in descending order and, when asked, U and V (not Vᵀ): `dgesvd`.
    public static func svd(_ a: Matrix, _ kind: SingularVectors) throws(NumericError) -> (s: [Double], u: Matrix, v: Matrix) {
        var rows = try dimension(a.rows), cols = try dimension(a.cols)
        let k = min(a.rows, a.cols)
        var m = a.elements
        var s = [Double](repeating: 0, count: k)
        let uCols = kind == .full ? a.rows : kind == .economy ? k : 0
        let vtRows = kind == .full ? a.cols : kind == .economy ? k : 0
        var u = [Double](repeating: 0, count: max(1, a.rows * uCols))
        var vt = [Double](repeating: 0, count: max(1, vtRows * a.cols))
        var lda = max(1, rows), ldu = max(1, rows), ldvt = max(1, Int32(vtRows))
        var job: CChar = kind == .full ? 65 : kind == .economy ? 83 : 78  // 'A', 'S', 'N'
        var job2 = job
        let info = withWorkspace { work, lwork in
            var lw = lwork, info: Int32 = 0
            dgesvd_(&job, &job2, &rows, &cols, &m, &lda, &s, &u, &ldu, &vt, &ldvt, work, &lw, &info, 1, 1)
            return info
        }
        guard info == 0 else { throw .invalid("the singular value iteration did not converge") }
        guard kind != .none else { return (s, .empty, .empty) }
        let U = Matrix(rows: a.rows, cols: uCols, elements: Array(u.prefix(a.rows * uCols)))
        let Vt = Matrix(rows: vtRows, cols: a.cols, elements: Array(vt.prefix(vtRows * a.cols)))
        return (s, U, Vt.transposed)
    }

    /// LAPACK's packed QR (R on and above the diagonal, the reflectors below) and the
    /// reflectors' scales: `dgeqrf`.
    public static func qrPacked(_ a: Matrix) throws(NumericError) -> (packed: Matrix, tau: [Double]) {
        var rows = try dimension(a.rows), cols = try dimension(a.cols)
        var m = a.elements
        var tau = [Double](repeating: 0, count: max(1, min(a.rows, a.cols)))
        var lda = max(1, rows)
        _ = withWorkspace { work, lwork in
            var lw = lwork, info: Int32 = 0
            dgeqrf_(&rows, &cols, &m, &lda, &tau, work, &lw, &info)
            return info
        }
        return (Matrix(rows: a.rows, cols: a.cols, elements: m), tau)
    }

    /// Q and R with A = Q R: Q is m×m and R m×n (`economy`: m×k and k×n, k = min(m, n)).
    public static func qr(_ a: Matrix, economy: Bool) throws(NumericError) -> (q: Matrix, r: Matrix) {
        let (packed, tau) = try qrPacked(a)
        let k = min(a.rows, a.cols)
        let qCols = economy ? k : a.rows
        var q = Matrix(rows: a.rows, cols: qCols)
        for j in 0..<min(qCols, a.cols) { for i in 0..<a.rows { q[i, j] = packed[i, j] } }
        if a.rows > 0 && qCols > 0 {
            var rows = try dimension(a.rows), n = try dimension(qCols), kk = try dimension(k)
            var lda = max(1, rows)
            var t = tau
            var e = q.elements
            _ = withWorkspace { work, lwork in
                var lw = lwork, info: Int32 = 0
                dorgqr_(&rows, &n, &kk, &e, &lda, &t, work, &lw, &info)
                return info
            }
            q = Matrix(rows: a.rows, cols: qCols, elements: e)
        }
        let rRows = economy ? k : a.rows
        var r = Matrix(rows: rRows, cols: a.cols)
        for j in 0..<a.cols { for i in 0..<min(rRows, j + 1) { r[i, j] = packed[i, j] } }
        return (q, r)
    }

    /// The upper triangular R with RᵀR = A, or the order of the first leading minor that is
    /// not positive definite (1-based) with the factor of the part before it: `dpotrf`.
    public static func cholesky(_ a: Matrix) throws(NumericError) -> (r: Matrix, failedAt: Int) {
        var n = try dimension(a.rows)
        var m = a.elements
        var lda = max(1, n), info: Int32 = 0
        var uplo: CChar = 85
        dpotrf_(&uplo, &n, &m, &lda, &info, 1)
        let size = info == 0 ? a.rows : Int(info) - 1
        var r = Matrix(rows: size, cols: size)
        for j in 0..<size { for i in 0...j { r[i, j] = m[i + j * a.rows] } }
        return (r, Int(info))
    }

    /// LAPACK's packed LU with partial pivoting (L below the diagonal, U on and above) and
    /// the row each step swapped with (0-based): `dgetrf`.
    public static func luPacked(_ a: Matrix) throws(NumericError) -> (packed: Matrix, pivots: [Int]) {
        var rows = try dimension(a.rows), cols = try dimension(a.cols)
        var m = a.elements
        var ipiv = [Int32](repeating: 0, count: max(1, min(a.rows, a.cols)))
        var lda = max(1, rows), info: Int32 = 0
        if a.rows > 0 && a.cols > 0 { dgetrf_(&rows, &cols, &m, &lda, &ipiv, &info) }
        return (Matrix(rows: a.rows, cols: a.cols, elements: m), ipiv.prefix(min(a.rows, a.cols)).map { Int($0) - 1 })
    }
}
