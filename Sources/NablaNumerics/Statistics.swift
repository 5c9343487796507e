/// Variance and standard deviation, following Octave 7.3's `var.m` and `std.m`.
extension Matrix {
    /// Variance along `dim`. `opt` 0 divides by n−1 (the sample variance), 1 by n;
    /// any other value is treated as 1 — the runtime rejects it first, as Octave does
    /// (`var: W must be 0, 1, or a vector of positive integers`).
    ///
    /// Octave's rules kept here: an empty input gives NaN with the reduced dimension set
    /// to 1 (`var(zeros(0, 3))` is 1×3 NaN); a line of length 1 gives 0, or NaN where the
    /// entry is NaN or ±Inf; otherwise `sumsq(x - mean(x)) / (n - 1 + opt)`.
    public func variance(opt: Int, dim: Int) -> Matrix {
        let lines = ReductionLines(shape, dim: dim)
        var out = Matrix(shape: lines.shape(reducedTo: 1))
        if isEmpty {
            return Matrix(shape: out.shape, repeating: .nan)
        }
        let n = lines.length
        if n == 1 {
            return map { $0.isFinite ? 0 : .nan }
        }
        let divisor = Double(n - 1 + (opt == 0 ? 0 : 1))
        for k in 0..<lines.count {
            var total = 0.0
            for i in 0..<n { total += elements[lines.index(k, i)] }
            let mu = total / Double(n)
            var squares = 0.0
            for i in 0..<n {
                let d = elements[lines.index(k, i)] - mu
                squares += d * d
            }
            out.elements[k] = squares / divisor
        }
        return out
    }

    /// Square root of `variance(opt:dim:)`.
    public func standardDeviation(opt: Int, dim: Int) -> Matrix {
        variance(opt: opt, dim: dim).map { $0.squareRoot() }
    }

    /// `var(x, opt)` with Octave's default dimension; a 0×0 input gives the scalar NaN.
    public func variance(opt: Int) -> Matrix {
        if rows == 0 && cols == 0 { return Matrix(scalar: .nan) }
        return variance(opt: opt, dim: Matrix.defaultDimension(of: shape))
    }

    /// `std(x, opt)` with Octave's default dimension; a 0×0 input gives the scalar NaN.
    public func standardDeviation(opt: Int) -> Matrix {
        variance(opt: opt).map { $0.squareRoot() }
    }
}
