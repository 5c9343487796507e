/// Colon ranges `a:s:b`, computed the way Octave 7 computes them.
extension Matrix {
    /// The row `a:step:b`.
    ///
    /// Octave counts the elements with Hagerty's tolerant floor,
    /// `n = tfloor((b − a + s) / s, 3ε)`, nudged by one when the element before or after
    /// the last is tolerantly equal to `b`; element i is `a + i·s`, except the last, which is
    /// clipped so it never passes `b` (so `0:0.1:0.3` ends at exactly 0.3, not
    /// 0.30000000000000004). The result is 1×0 when the step is 0 or points away from
    /// `b`; NaN anywhere gives NaN. An infinite count throws, and so does one beyond
    /// `Limits.maxElements`.
    public static func range(_ a: Double, _ step: Double, _ b: Double) throws -> Matrix {
        if a.isNaN || step.isNaN || b.isNaN { return Matrix(scalar: .nan) }
        if step == 0 || (b > a && step < 0) || (b < a && step > 0) { return Matrix(rows: 1, cols: 0) }
        if step.isInfinite {
            // A single step already passes any finite end.
            return a.isInfinite ? Matrix(scalar: .nan) : Matrix(scalar: a)
        }
        if a.isInfinite || b.isInfinite {
            throw NumericError.invalid("range with infinite number of elements cannot be stored")
        }
        let ct = 3 * Double.ulpOfOne
        let estimate = tolerantFloor((b - a + step) / step, ct)
        guard estimate < Double(Limits.maxElements) + 2 else {
            throw NumericError.tooLarge(bytes: estimate * 8, limit: Double(Limits.maxBytes))
        }
        var n = estimate > 0 ? Int(estimate) : 0
        if !tolerantlyEqual(a + Double(n - 1) * step, b, ct) {
            if tolerantlyEqual(a + Double(n) * step, b, ct) {
                n += 1
            } else if tolerantlyEqual(a + Double(n - 2) * step, b, ct) {
                n -= 1
            }
        }
        try Limits.check(rows: 1, cols: Double(n))
        if n <= 0 { return Matrix(rows: 1, cols: 0) }
        var last = a + Double(n - 1) * step
        if (step > 0 && last >= b) || (step < 0 && last <= b) { last = b }
        if a == a.rounded() && step == step.rounded() && last.isFinite { last = last.rounded() }
        var e = [Double](repeating: 0, count: n)
        e[0] = a
        for i in 1..<Swift.max(n - 1, 1) { e[i] = a + Double(i) * step }
        if n > 1 { e[n - 1] = last }
        return Matrix(row: e)
    }

    /// Hagerty's FL5 tolerant floor: `floor(x)`, except that x within a relative `ct` below
    /// an integer rounds up to it, absorbing the rounding error of `(b − a)/s`.
    static func tolerantFloor(_ x: Double, _ ct: Double) -> Double {
        let q: Double = x < 0 ? 1 - ct : 1
        let rmax = q / (2 - ct)
        var t1 = 1 + x.rounded(.down)
        t1 = (ct / q) * abs(t1)
        t1 = Swift.min(rmax, t1)
        t1 = Swift.max(ct, t1)
        t1 = (x + t1).rounded(.down)
        if x <= 0 || (t1 - x) < rmax { return t1 }
        return t1 - 1
    }

    /// Equality up to a relative tolerance `ct` of the larger magnitude.
    static func tolerantlyEqual(_ u: Double, _ v: Double, _ ct: Double) -> Bool {
        abs(u - v) < Swift.max(abs(u), abs(v)) * ct
    }
}
