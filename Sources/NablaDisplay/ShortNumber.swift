/// Numbers written briefly for messages and teaching views: the one place a number is
/// shortened (Octave's own display is `OctaveDisplay`'s, and never short).
public enum ShortNumber {
    /// `x` to `digits` significant digits with no trailing zeros (`0.3`, `1.25`, `1.2e-05`),
    /// a whole number below 10⁹ in full (`22`, `12345`: a count or a label is never
    /// rounded), and `NaN`, `Inf`. `minus` is written before a negative number (teaching
    /// views use the typographic `−`).
    public static func text(_ x: Double, digits: Int = 4, minus: String = "-") -> String {
        if x.isNaN { return "NaN" }
        if x < 0 { return minus + text(-x, digits: digits, minus: minus) }
        if x.isInfinite { return "Inf" }
        if x == x.rounded(), x < 1e9 { return String(Int(x)) }
        let s = CFormat.render("%.\(max(1, digits))g", x)
        // 1.200e-05 → 1.2e-05, 0.2500 → 0.25
        let exponent = s.firstIndex(of: "e").map { String(s[$0...]) } ?? ""
        var mantissa = String(s.dropLast(exponent.count))
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        return mantissa + exponent
    }
}
