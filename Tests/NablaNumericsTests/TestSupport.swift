import NablaNumerics

/// True when both matrices have the same shape and every pair of entries agrees within
/// `tolerance` relative to the larger magnitude (or absolutely near zero); NaN matches NaN.
func approximatelyEqual(_ a: Matrix, _ b: Matrix, tolerance: Double = 1e-12) -> Bool {
    guard a.rows == b.rows, a.cols == b.cols else { return false }
    return zip(a.elements, b.elements).allSatisfy { close($0, $1, tolerance: tolerance) }
}

func close(_ x: Double, _ y: Double, tolerance: Double = 1e-12) -> Bool {
    if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
    if x.isInfinite || y.isInfinite { return x == y }
    return abs(x - y) <= tolerance * Swift.max(1, abs(x), abs(y))
}

/// Shorthand for a matrix written by rows.
func M(_ rows: [[Double]]) -> Matrix { Matrix(rowMajor: rows) }

/// A reproducible, well-conditioned random square matrix: random entries plus n on the diagonal.
func wellConditioned(_ n: Int, _ source: RandomSource) throws -> Matrix {
    var a = try source.uniform(rows: n, cols: n)
    for i in 0..<n { a[i, i] += Double(n) }
    return a
}
