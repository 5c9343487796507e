/// One-sided Jacobi (Hestenes) singular value decomposition.
///
/// Plane rotations V are applied to the columns of A until they are mutually
/// orthogonal: A V = W, so A = W Vᵀ with W's column norms the singular values.
/// Slow for big matrices but accurate, short, and enough for a teaching tool's
/// `norm(A)` and least-squares fallback.
struct JacobiSVD {
    /// A V: mutually orthogonal columns whose norms are the singular values.
    let w: Matrix
    /// The accumulated rotations (n×n orthogonal).
    let v: Matrix
    /// Column norms of `w`, in column order (not sorted).
    let singularValues: [Double]

    /// Needs finite entries; callers handle NaN and Inf first.
    init(_ a: Matrix) {
        let m = a.rows, n = a.cols
        var w = a.elements
        var v = Matrix.identity(n).elements
        let tolerance = Double.ulpOfOne
        for _ in 0..<80 {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<Swift.max(n, p + 1) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<m {
                        let x = w[i + p * m], y = w[i + q * m]
                        alpha += x * x; beta += y * y; gamma += x * y
                    }
                    if gamma == 0 || abs(gamma) <= tolerance * (alpha * beta).squareRoot() { continue }
                    rotated = true
                    // The rotation that zeroes the (p, q) entry of WᵀW, smaller angle chosen.
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<m {
                        let x = w[i + p * m], y = w[i + q * m]
                        w[i + p * m] = c * x - s * y
                        w[i + q * m] = s * x + c * y
                    }
                    for i in 0..<n {
                        let x = v[i + p * n], y = v[i + q * n]
                        v[i + p * n] = c * x - s * y
                        v[i + q * n] = s * x + c * y
                    }
                }
            }
            if !rotated { break }
        }
        self.w = Matrix(rows: m, cols: n, elements: w)
        self.v = Matrix(rows: n, cols: n, elements: v)
        singularValues = (0..<n).map { j in
            var s = 0.0
            for i in 0..<m { s += w[i + j * m] * w[i + j * m] }
            return s.squareRoot()
        }
    }

    /// Minimum-norm least-squares solution `pinv(A) b`, treating singular values at or
    /// below `eps · σmax` as zero (LAPACK `dgelsd`'s default, which Octave uses):
    /// Σ_j v_j (w_j · b) / σ_j², since w_j = σ_j u_j.
    func pseudoInverseSolve(_ b: Matrix) -> Matrix { solve(b, projectOn: w, combine: v) }

    /// For the decomposition of Aᵀ, where A is wide (m×n, m < n): `pinv(A) b` with the same
    /// cutoff. Aᵀ = UΣVᵀ gives pinv(A) b = Σ_j w_j (v_j · b) / σ_j², so only the short side
    /// (m columns) is orthogonalised: O(m²n) a sweep instead of O(n²m), which for one row and
    /// thousands of columns is the difference between a blink and seconds.
    func pseudoInverseSolveOfTranspose(_ b: Matrix) -> Matrix { solve(b, projectOn: v, combine: w) }

    /// Σ_j combine_j (project_j · b) / σ_j² over the singular values above the cutoff.
    private func solve(_ b: Matrix, projectOn project: Matrix, combine: Matrix) -> Matrix {
        let m = project.rows, n = combine.rows
        let sigmaMax = singularValues.max() ?? 0
        let cutoff = Double.ulpOfOne * sigmaMax
        var x = Matrix(rows: n, cols: b.cols)
        for j in singularValues.indices where singularValues[j] > cutoff && singularValues[j] > 0 {
            let s2 = singularValues[j] * singularValues[j]
            for c in 0..<b.cols {
                var dot = 0.0
                for i in 0..<m { dot += project.elements[i + j * m] * b.elements[i + c * m] }
                let coefficient = dot / s2
                if coefficient == 0 { continue }
                for i in 0..<n { x.elements[i + c * n] += combine.elements[i + j * n] * coefficient }
            }
        }
        return x
    }
}
