import NablaNumerics

/// Shorthand for a matrix written by rows.
func M(_ rows: [[Double]]) -> Matrix { Matrix(rowMajor: rows) }

/// A reproducible, well-conditioned random square matrix: random entries plus n on the diagonal.
func wellConditioned(_ n: Int, _ source: RandomSource) throws -> Matrix {
    var a = try source.uniform(rows: n, cols: n)
    for i in 0..<n { a[i, i] += Double(n) }
    return a
}
