/// Least squares by Householder QR, for a tall matrix of full column rank.
enum HouseholderQR {
    /// Solves `min ‖A x − B‖₂` for m ≥ n. Returns nil when A is numerically rank
    /// deficient (a diagonal entry of R at or below `eps · max|Rᵢᵢ| · m`), so the caller can
    /// fall back to the minimum-norm SVD solution as Octave does.
    static func solve(_ a: Matrix, _ b: Matrix) -> Matrix? {
        let m = a.rows, n = a.cols, k = b.cols
        guard m >= n else { return nil }
        var r = a.elements
        var y = b.elements
        var diagonal = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var norm = 0.0
            for i in j..<m { norm += r[i + j * m] * r[i + j * m] }
            norm = norm.squareRoot()
            if norm == 0 { diagonal[j] = 0; continue }
            // Reflect column j onto −sign(a_jj)‖x‖ e_j, avoiding cancellation.
            let alpha = r[j + j * m] >= 0 ? -norm : norm
            var u = [Double](repeating: 0, count: m - j)
            for i in j..<m { u[i - j] = r[i + j * m] }
            u[0] -= alpha
            let uu = u.reduce(0) { $0 + $1 * $1 }
            diagonal[j] = alpha
            if uu == 0 { continue }
            for c in (j + 1)..<Swift.max(n, j + 1) {
                var dot = 0.0
                for i in j..<m { dot += u[i - j] * r[i + c * m] }
                let f = 2 * dot / uu
                for i in j..<m { r[i + c * m] -= f * u[i - j] }
            }
            for c in 0..<k {
                var dot = 0.0
                for i in j..<m { dot += u[i - j] * y[i + c * m] }
                let f = 2 * dot / uu
                for i in j..<m { y[i + c * m] -= f * u[i - j] }
            }
        }
        let largest = diagonal.reduce(0) { Swift.max($0, abs($1)) }
        let tolerance = Double.ulpOfOne * largest * Double(m)
        if !largest.isFinite || diagonal.contains(where: { abs($0) <= tolerance }) { return nil }
        // Back substitution R x = (Qᵀ b)[0..<n]; R's strict upper part is in r.
        var x = Matrix(rows: n, cols: k)
        for c in 0..<k {
            for i in stride(from: n - 1, through: 0, by: -1) {
                var s = y[i + c * m]
                for j in (i + 1)..<Swift.max(n, i + 1) { s -= r[i + j * m] * x.elements[j + c * n] }
                x.elements[i + c * n] = s / diagonal[i]
            }
        }
        return x
    }
}
