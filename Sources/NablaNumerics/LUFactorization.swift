/// LU factorization with partial pivoting, `P A = L U`, of a square matrix.
///
/// L (unit lower) and U share one column-major buffer. The kernel behind `det`,
/// `inv` and the square case of `A \ B`.
struct LUFactorization {
    let n: Int
    /// L below the diagonal (its unit diagonal implied), U on and above it.
    private(set) var lu: [Double]
    /// `pivots[k]` is the row swapped with row `k` at step `k`.
    private(set) var pivots: [Int]
    /// True when some pivot was exactly zero (LAPACK's `info > 0`): A is singular.
    private(set) var isExactlySingular = false
    /// The 1-norm of the original matrix, kept for the condition estimate.
    let normOne: Double

    init(_ a: Matrix) {
        n = a.rows
        lu = a.elements
        pivots = Array(0..<a.rows)
        normOne = LUFactorization.oneNorm(a)
        factor()
    }

    static func oneNorm(_ a: Matrix) -> Double {
        var best = 0.0
        for j in 0..<a.cols {
            var s = 0.0
            for i in 0..<a.rows { s += abs(a.elements[i + j * a.rows]) }
            if s.isNaN { return .nan }
            best = Swift.max(best, s)
        }
        return best
    }

    private mutating func factor() {
        for k in 0..<n {
            var p = k
            var best = abs(lu[k + k * n])
            for i in (k + 1)..<Swift.max(n, k + 1) where abs(lu[i + k * n]) > best {
                best = abs(lu[i + k * n])
                p = i
            }
            pivots[k] = p
            if p != k {
                for j in 0..<n { lu.swapAt(k + j * n, p + j * n) }
            }
            let pivot = lu[k + k * n]
            if pivot == 0 {
                // Nothing to eliminate with; LAPACK records the singularity and moves on.
                isExactlySingular = true
                continue
            }
            for i in (k + 1)..<Swift.max(n, k + 1) { lu[i + k * n] /= pivot }
            for j in (k + 1)..<Swift.max(n, k + 1) {
                let ukj = lu[k + j * n]
                if ukj == 0 { continue }
                for i in (k + 1)..<n { lu[i + j * n] -= lu[i + k * n] * ukj }
            }
        }
    }

    /// det A = ± product of U's diagonal.
    var determinant: Double {
        var d = 1.0
        for k in 0..<n {
            d *= lu[k + k * n]
            if pivots[k] != k { d = -d }
        }
        return d
    }

    /// Solves `A x = b` in place (`b` has length n).
    func solve(_ b: inout [Double]) {
        for k in 0..<n where pivots[k] != k { b.swapAt(k, pivots[k]) }
        for j in 0..<n {
            let bj = b[j]
            if bj == 0 { continue }
            for i in (j + 1)..<Swift.max(n, j + 1) { b[i] -= lu[i + j * n] * bj }
        }
        for j in stride(from: n - 1, through: 0, by: -1) {
            b[j] /= lu[j + j * n]
            let bj = b[j]
            for i in 0..<j { b[i] -= lu[i + j * n] * bj }
        }
    }

    /// Solves `Aᵀ x = b` in place: Uᵀ z = b, Lᵀ y = z, then undo the row swaps.
    func solveTransposed(_ b: inout [Double]) {
        for j in 0..<n {
            var s = b[j]
            for i in 0..<j { s -= lu[i + j * n] * b[i] }
            b[j] = s / lu[j + j * n]
        }
        for j in stride(from: n - 1, through: 0, by: -1) {
            var s = b[j]
            for i in (j + 1)..<Swift.max(n, j + 1) { s -= lu[i + j * n] * b[i] }
            b[j] = s
        }
        for k in stride(from: n - 1, through: 0, by: -1) where pivots[k] != k { b.swapAt(k, pivots[k]) }
    }

    /// Reciprocal condition number in the 1-norm, `1 / (‖A‖₁ ‖A⁻¹‖₁)`, with ‖A⁻¹‖₁
    /// estimated by Hager's method refined by Higham (the algorithm behind LAPACK's
    /// `dgecon`, which Octave reports). 0 for an exactly singular matrix, NaN when A
    /// holds NaN.
    func reciprocalCondition() -> Double {
        if n == 0 { return .infinity }
        if isExactlySingular { return 0 }
        if normOne.isNaN { return .nan }
        if normOne == 0 { return 0 }
        let inverseNorm = estimateInverseOneNorm()
        if inverseNorm.isNaN { return .nan }
        if inverseNorm == 0 { return .infinity }
        return (1 / normOne) / inverseNorm
    }

    private func estimateInverseOneNorm() -> Double {
        var x = [Double](repeating: 1 / Double(n), count: n)
        var estimate = 0.0
        var lastColumn = -1
        for _ in 0..<5 {
            var y = x
            solve(&y)
            let norm = y.reduce(0) { $0 + abs($1) }
            if norm.isNaN { return .nan }
            if norm <= estimate { break }
            estimate = norm
            var z = y.map { $0 >= 0 ? 1.0 : -1.0 }
            solveTransposed(&z)
            var j = 0
            for i in 1..<Swift.max(n, 1) where abs(z[i]) > abs(z[j]) { j = i }
            let ztx = zip(z, x).reduce(0) { $0 + $1.0 * $1.1 }
            if abs(z[j]) <= ztx || j == lastColumn { break }
            lastColumn = j
            x = [Double](repeating: 0, count: n)
            x[j] = 1
        }
        // Higham's safeguard: a vector of alternating, growing entries catches the
        // matrices on which Hager's iteration stalls.
        let spread = Double(Swift.max(n - 1, 1))
        var alt = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let sign: Double = i % 2 == 0 ? 1 : -1
            alt[i] = sign * (1 + Double(i) / spread)
        }
        solve(&alt)
        let altSum: Double = alt.reduce(0) { $0 + abs($1) }
        let altEstimate = 2 * altSum / Double(3 * n)
        return Swift.max(estimate, altEstimate)
    }
}
