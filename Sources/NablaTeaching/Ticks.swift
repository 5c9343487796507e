import Foundation

/// Axis ticks at round values: steps of 1, 2 or 5 times a power of ten (0, 0.5, 1, 1.5 —
/// never 0.7638), so a reader can interpolate between them at a glance.
///
/// Contract: `axis(_:target:)` widens a range outward to multiples of the finest 1-2-5
/// step that needs at most `target + 2` intervals once widened, so both ends of an axis
/// carry a label and little room is wasted; `values` lists the multiples of that step in
/// the range, with the rounding noise of `k × step` removed (0.3, not
/// 0.30000000000000004). A range that cannot be ticked (a non-finite or zero-width span)
/// is left alone and gets its two ends as ticks.
enum Ticks {
    struct Axis: Equatable {
        var range: ClosedRange<Double>
        /// Nil when the range could not be ticked.
        var step: Double?
    }

    static func axis(_ r: ClosedRange<Double>, target: Int) -> Axis {
        let span = r.upperBound - r.lowerBound
        guard span.isFinite, span > 0, target > 0 else { return Axis(range: r, step: nil) }
        var magnitude = pow(10, floor(log10(span / Double(2 * target))))
        guard magnitude.isFinite, magnitude > 0 else { return Axis(range: r, step: nil) }
        for _ in 0..<8 {
            for factor in [1.0, 2, 5] {
                let s = factor * magnitude
                let lo = clean(floor(r.lowerBound / s + 1e-9) * s), hi = clean(ceil(r.upperBound / s - 1e-9) * s)
                guard lo.isFinite, hi.isFinite, lo < hi else { return Axis(range: r, step: nil) }
                if ((hi - lo) / s).rounded() <= Double(target + 2) { return Axis(range: lo...hi, step: s) }
            }
            magnitude *= 10
        }
        return Axis(range: r, step: nil)
    }

    /// The multiples of the axis's step inside its range, ascending.
    static func values(_ a: Axis) -> [Double] {
        let r = a.range
        guard let s = a.step else { return [r.lowerBound, r.upperBound] }
        let first = ceil(r.lowerBound / s - 1e-9), last = floor(r.upperBound / s + 1e-9)
        guard first <= last, last - first <= 100 else { return [r.lowerBound, r.upperBound] }
        return stride(from: first, through: last, by: 1).map { clean($0 * s) }
    }

    /// Removes binary rounding noise by keeping 12 significant digits; −0 becomes 0.
    static func clean(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x == 0 ? 0 : x }
        return Double(String(format: "%.12g", x)) ?? x
    }
}
