import Foundation

/// Which norm `norm(x, p)` computes.
public enum NormKind: Sendable, Hashable {
    /// `norm(x, p)` for a real p; `.p(2)` is the default.
    case p(Double)
    case infinity
    case negativeInfinity
    /// `norm(x, "fro")`
    case frobenius
}

extension Matrix {
    /// Vector and matrix norms as Octave's `norm`.
    ///
    /// A vector (1×n or n×1, scalars included) takes any p > 0: `(Σ|xᵢ|ᵖ)^(1/p)` computed with
    /// scaling so it does not overflow, Inf = max|xᵢ|, −Inf = min|xᵢ|, "fro" = 2-norm,
    /// p = 0 the number of nonzero entries.
    /// A matrix takes 1 (largest column sum), 2 (largest singular value, by a Jacobi
    /// SVD), Inf (largest row sum) and "fro". Octave's iterative estimate for other p is
    /// not provided; p < 1 and −Inf are refused as in Octave. Any empty input has norm 0.
    public func norm(_ p: NormKind) throws -> Double {
        if isEmpty { return 0 }
        if rows == 1 || cols == 1 {
            if case .p(let v) = p, v < 0, v.isFinite {
                // Octave 7.3 answers Inf for every finite negative p, which is no norm at
                // all; refusing teaches more than copying it.
                throw NumericError.invalid("norm: p must be positive, Inf or -Inf for a vector (got \(Matrix.formatted(v)))")
            }
            return Matrix.vectorNorm(elements, p)
        }
        switch p {
        case .frobenius:
            return Matrix.vectorNorm(elements, .p(2))
        case .infinity:
            return (0..<rows).reduce(0.0) { best, i in
                Matrix.maxPropagatingNaN(best, row(i).reduce(0) { $0 + abs($1) })
            }
        case .negativeInfinity:
            throw NumericError.invalid("norm: p must be >= 1 for a matrix (got -Inf)")
        case .p(let v):
            if v == 1 { return LUFactorization.oneNorm(self) }
            if v == 2 { return spectralNorm() }
            if v < 1 || v.isNaN {
                throw NumericError.invalid("norm: p must be >= 1 for a matrix (got \(Matrix.formatted(v)))")
            }
            throw NumericError.invalid(
                "norm: for a matrix Nabla computes p = 1, 2, Inf or \"fro\" (got \(Matrix.formatted(v))); use norm(A(:), p) for the vector p-norm of all entries"
            )
        }
    }

    public func norm() throws -> Double { try norm(.p(2)) }

    private static func maxPropagatingNaN(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        return Swift.max(a, b)
    }

    private func spectralNorm() -> Double {
        if elements.contains(where: { !$0.isFinite }) { return .nan }
        // Orthogonalising the shorter side is cheaper; σ(A) = σ(Aᵀ).
        let a = cols > rows ? transposed : self
        return JacobiSVD(a).singularValues.max() ?? 0
    }

    static func vectorNorm(_ x: [Double], _ kind: NormKind) -> Double {
        if x.contains(where: { $0.isNaN }) { return .nan }
        let magnitudes = x.map(abs)
        switch kind {
        case .infinity: return magnitudes.max() ?? 0
        case .negativeInfinity: return magnitudes.min() ?? 0
        case .frobenius: return vectorNorm(x, .p(2))
        case .p(let p):
            if p.isNaN { return .nan }
            if p == .infinity { return magnitudes.max() ?? 0 }
            if p == -.infinity { return magnitudes.min() ?? 0 }
            if p == 0 { return Double(magnitudes.filter { $0 != 0 }.count) }
            if p == 1 { return magnitudes.reduce(0, +) }
            let scale = magnitudes.max() ?? 0
            if scale == 0 || scale.isInfinite { return scale }
            // Scaling by the largest entry keeps every term ≤ 1, so nothing overflows.
            var total = 0.0
            for m in magnitudes {
                let r = m / scale
                total += p == 2 ? r * r : Foundation.pow(r, p)
            }
            return scale * (p == 2 ? total.squareRoot() : Foundation.pow(total, 1 / p))
        }
    }
}
