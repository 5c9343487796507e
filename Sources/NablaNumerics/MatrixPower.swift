import Foundation

extension Matrix {
    /// Matrix power `A^p` for a real matrix.
    ///
    /// A scalar gives the ordinary power. A square matrix with an integer p is raised by
    /// repeated squaring; a negative p inverts first (a singular A then gives Inf, as
    /// Octave does). Non-integer powers of a matrix need complex numbers, which Nabla does
    /// not have, so they throw; a non-square matrix throws Octave's message.
    public static func power(_ a: Matrix, _ p: Double) throws -> Matrix {
        try powerReportingCondition(a, p).value
    }

    /// `power` that also returns the rcond of the inversion a negative exponent needed
    /// (nil when there was none), so the runtime can warn. Octave words that warning
    /// `warning: inverse: matrix singular to machine precision, rcond = 0` for `A^-p`.
    public static func powerReportingCondition(_ a: Matrix, _ p: Double) throws -> (value: Matrix, rcond: Double?) {
        if a.isScalar { return (Matrix(scalar: Foundation.pow(a.elements[0], p)), nil) }
        guard a.rows == a.cols else { throw notSquareForPower }
        guard p.isFinite, p == p.rounded() else {
            throw NumericError.invalid(
                "mpower: A^p for a non-integer p (here \(p)) needs complex numbers, which Nabla does not support; use .^ for the element-wise power")
        }
        guard abs(p) <= 1e15 else {
            throw NumericError.invalid("mpower: the exponent \(p) is too large for repeated squaring")
        }
        var base = a
        var rcond: Double? = nil
        if p < 0 {
            let inv = try a.inverse()
            base = inv.value
            rcond = inv.rcond
        }
        var e = UInt64(abs(p))
        // Square-and-multiply: one product per bit of the exponent. The result starts
        // empty rather than as I, so a singular inverse stays all-Inf (I · Inf would
        // bring in 0 · Inf = NaN).
        var result: Matrix? = nil
        while e > 0 {
            if e & 1 == 1 { result = try result.map { try matmul($0, base) } ?? base }
            e >>= 1
            if e > 0 { base = try matmul(base, base) }
        }
        return (result ?? Matrix.identity(a.rows), rcond)
    }

    /// `s ^ A` for a scalar s: defined through the matrix exponential, whose result is
    /// complex in general, so Nabla supports it only for a 1×1 A.
    public static func power(scalar s: Double, _ a: Matrix) throws -> Matrix {
        if a.isScalar { return Matrix(scalar: Foundation.pow(s, a.elements[0])) }
        guard a.rows == a.cols else { throw notSquareForPower }
        throw NumericError.invalid(
            "mpower: a scalar raised to a matrix power (s^A) is not supported in Nabla; use .^ for the element-wise power")
    }

    private static var notSquareForPower: NumericError {
        .invalid("for x^y, only square matrix arguments are permitted and one argument must be scalar.  Use .^ for elementwise power.")
    }
}
