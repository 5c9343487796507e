/// Builders of structured matrices: `eye`, `linspace`, `repmat`, `kron`, `diag`.
///
/// Each checks `Limits` before allocating, because every size here comes from the user.
extension Matrix {
    /// `eye(r, c)`: ones on the main diagonal. Negative sizes count as 0, as in Octave.
    public static func eye(_ r: Int, _ c: Int) throws -> Matrix {
        let r = Swift.max(r, 0), c = Swift.max(c, 0)
        try Limits.check(rows: Double(r), cols: Double(c))
        var m = Matrix(rows: r, cols: c)
        for i in 0..<Swift.min(r, c) { m.elements[i + i * r] = 1 }
        return m
    }

    /// `linspace(a, b, n)`: a 1×n row from a to b with both endpoints exact. Like Octave 7
    /// it fills from both ends (`a + i·δ` and `b − i·δ`) so the row is symmetric, and the
    /// middle of an odd count is `(a + b) / 2` (0 when a = −b). n = 1 gives b; n < 1 a 1×0 row.
    public static func linspace(_ a: Double, _ b: Double, _ n: Int) throws -> Matrix {
        if n < 1 { return Matrix(rows: 1, cols: 0) }
        try Limits.check(rows: 1, cols: Double(n))
        if n == 1 { return Matrix(scalar: b) }
        var e = [Double](repeating: 0, count: n)
        e[0] = a
        e[n - 1] = b
        var delta = (b - a) / Double(n - 1)
        if delta.isInfinite { delta = .nan }
        for i in 1..<Swift.max(n / 2, 1) {
            e[i] = a + Double(i) * delta
            e[n - 1 - i] = b - Double(i) * delta
        }
        if n % 2 == 1 {
            e[n / 2] = a == -b ? 0 : (delta.isNaN ? a + Double(n / 2) * delta : (a + b) / 2)
        }
        return Matrix(row: e)
    }

    /// `repmat(A, m, n)`: A tiled m times down and n times across; negative counts are 0.
    public func repmat(_ m: Int, _ n: Int) throws -> Matrix {
        let m = Swift.max(m, 0), n = Swift.max(n, 0)
        try Limits.check(rows: Double(rows) * Double(m), cols: Double(cols) * Double(n))
        let r = rows * m, c = cols * n
        var out = Matrix(rows: r, cols: c)
        if out.isEmpty { return out }
        for j in 0..<c {
            let source = j % cols
            for i in 0..<r { out.elements[i + j * r] = elements[(i % rows) + source * rows] }
        }
        return out
    }

    /// Kronecker product: block (i, j) of the result is `a[i, j] · b`. Up to a gigabyte of
    /// output (a Jacobian's `I ⊗ W`, say), so Ctrl-C is polled per block.
    public static func kron(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        try Limits.check(rows: Double(a.rows) * Double(b.rows), cols: Double(a.cols) * Double(b.cols))
        let r = a.rows * b.rows, c = a.cols * b.cols
        var out = Matrix(rows: r, cols: c)
        for ja in 0..<a.cols {
            for ia in 0..<a.rows {
                try Interrupt.check()
                let s = a.elements[ia + ja * a.rows]
                for jb in 0..<b.cols {
                    let column = ja * b.cols + jb
                    for ib in 0..<b.rows {
                        out.elements[ia * b.rows + ib + column * r] = s * b.elements[ib + jb * b.rows]
                    }
                }
            }
        }
        return out
    }

    /// `diag(a, k)` with Octave's rules.
    ///
    /// - A vector (1×n or n×1, a 1×1 included) builds a square matrix of side n + |k|
    ///   with the vector on diagonal k (k > 0 above the main one, k < 0 below).
    /// - Any other matrix gives its k-th diagonal as a column; a diagonal outside the
    ///   matrix gives a 0×1 column.
    /// - 0×0 stays 0×0 whatever k is.
    public static func diag(_ a: Matrix, k: Int) throws -> Matrix {
        if a.rows == 0 && a.cols == 0 { return .empty }
        if a.rows == 1 || a.cols == 1 {
            let n = a.count
            let offset = k.magnitude
            guard offset < UInt(Int.max / 2) else { throw NumericError.tooLarge(bytes: Double(offset) * Double(offset) * 8, limit: Double(Limits.maxBytes)) }
            let side = n + Int(offset)
            try Limits.check(rows: Double(side), cols: Double(side))
            var out = Matrix(rows: side, cols: side)
            for i in 0..<n {
                let row = k >= 0 ? i : i - k
                let col = k >= 0 ? i + k : i
                out.elements[row + col * side] = a.elements[i]
            }
            return out
        }
        // Diagonal k starts at (0, k) above the main one and at (−k, 0) below it.
        let firstRow = k >= 0 ? 0 : -k
        let firstCol = k >= 0 ? k : 0
        guard firstRow < a.rows, firstCol < a.cols else { return Matrix(rows: 0, cols: 1) }
        let length = Swift.min(a.rows - firstRow, a.cols - firstCol)
        var out = Matrix(rows: length, cols: 1)
        for i in 0..<length {
            out.elements[i] = a.elements[(firstRow + i) + (firstCol + i) * a.rows]
        }
        return out
    }
}
