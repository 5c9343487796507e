import NablaNumerics

/// True when `x` and `y` agree within `tolerance` relative to the larger magnitude (or
/// absolutely near zero). NaN matches only NaN; an infinity only itself.
public func close(_ x: Double, _ y: Double, tolerance: Double = 1e-12) -> Bool {
    if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
    if x.isInfinite || y.isInfinite { return x == y }
    return abs(x - y) <= tolerance * Swift.max(1, abs(x), abs(y))
}

/// True when both matrices have the same shape and every pair of entries is `close`.
public func approximatelyEqual(_ a: Matrix, _ b: Matrix, tolerance: Double = 1e-12) -> Bool {
    guard a.rows == b.rows, a.cols == b.cols else { return false }
    return zip(a.elements, b.elements).allSatisfy { close($0, $1, tolerance: tolerance) }
}
