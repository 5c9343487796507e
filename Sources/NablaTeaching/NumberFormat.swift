import NablaDisplay
import NablaNumerics

/// Compact numbers for traces and tables: a teacher projects these, so four significant
/// digits, a real minus sign and no trailing zeros.
enum NumberFormat {
    /// `0.3`, `−1.25`, `1.2e-05`, `22`: `ShortNumber` with the typographic minus.
    static func short(_ x: Double, digits: Int = 4) -> String { ShortNumber.text(x, digits: digits, minus: "−") }

    /// A matrix on one line when it is small (`[−0.3; 1.1; 0.7]`, `[1 2; 3 4]`), otherwise
    /// its size and range (`3×100, from −2.1 to 4.3`).
    static func inline(_ m: Matrix, limit: Int = 8) -> String {
        if m.isEmpty { return "[]" }
        if m.isScalar { return short(m.scalar) }
        guard m.count <= limit else {
            var lo = Double.infinity, hi = -Double.infinity
            for v in m.elements { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            return "\(m.shape), from \(short(lo)) to \(short(hi))"
        }
        let rows = (0..<m.rows).map { i in (0..<m.cols).map { short(m[i, $0]) }.joined(separator: " ") }
        return "[" + rows.joined(separator: "; ") + "]"
    }

    /// Seconds as a person says them: `12 ms`, `1.4 s`.
    static func duration(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : short(seconds, digits: 3) + " s"
    }
}
