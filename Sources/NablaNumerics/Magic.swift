/// Magic squares, the same numbers as Octave's `magic`.
extension Matrix {
    /// `magic(n)` for n ≥ 0: every row, column and both diagonals sum to n(n²+1)/2
    /// (n = 2 is Octave's non-magic [4 3; 1 2]). n < 1 gives the 0×0 matrix.
    ///
    /// Three constructions, chosen by n as Octave does: the Siamese (de la Loubère)
    /// method for odd n, the complement pattern for n divisible by 4, and LUX-style
    /// quadrant swaps (Strachey) for the remaining even n.
    public static func magic(_ n: Int) throws -> Matrix {
        if n < 1 { return .empty }
        try Limits.check(rows: Double(n), cols: Double(n))
        if n % 2 == 1 { return oddMagic(n) }
        if n % 4 == 0 { return doublyEvenMagic(n) }
        return try singlyEvenMagic(n)
    }

    private static func oddMagic(_ n: Int) -> Matrix {
        var out = Matrix(rows: n, cols: n)
        let nn = n * n
        for t in 0..<nn {
            let shift = t / n
            let c = positiveModulo(t + 1 - shift + (n - 3) / 2, n)
            let r = positiveModulo(nn - t + 2 * shift, n)
            out.elements[c * n + r] = Double(t + 1)
        }
        return out
    }

    private static func doublyEvenMagic(_ n: Int) -> Matrix {
        // Start from 1…n² written row by row, then swap the entries of two index
        // families with their point reflections through the centre.
        var a = Matrix(rows: n, cols: n)
        for i in 0..<n { for j in 0..<n { a[i, j] = Double(i * n + j + 1) } }
        for family in [[0, 3], [1, 2]] {
            let ordered = orderedFamily(family, n)
            let reflected = Array(ordered.reversed())
            let old = a
            for (p, i) in ordered.enumerated() {
                for (q, j) in ordered.enumerated() {
                    a[i, j] = old[reflected[p], reflected[q]]
                }
            }
        }
        return a
    }

    /// Octave's `[s+1:4:n, e+1:4:n]` order (0-based here): first family member's
    /// indices, then the second's.
    private static func orderedFamily(_ family: [Int], _ n: Int) -> [Int] {
        family.flatMap { s in Array(Swift.stride(from: s, to: n, by: 4)) }
    }

    private static func singlyEvenMagic(_ n: Int) throws -> Matrix {
        let m = n / 2
        let q = try magic(m)
        let mm = Double(m * m)
        var a = Matrix(rows: n, cols: n)
        for i in 0..<m {
            for j in 0..<m {
                let v = q[i, j]
                a[i, j] = v
                a[i, j + m] = v + 2 * mm
                a[i + m, j] = v + 3 * mm
                a[i + m, j + m] = v + mm
            }
        }
        func swapHalves(row i: Int, col j: Int) {
            let t = a[i, j]
            a[i, j] = a[i + m, j]
            a[i + m, j] = t
        }
        let k = (m - 1) / 2
        if k > 1 {
            // Columns 2…k and the last k−1 trade their top and bottom halves.
            let columns = Array(1..<k) + Array((n - k + 1)..<n)
            for j in columns { for i in 0..<m { swapHalves(row: i, col: j) } }
        }
        for i in 0..<m where i != k { swapHalves(row: i, col: 0) }
        swapHalves(row: k, col: k)
        return a
    }

    private static func positiveModulo(_ x: Int, _ n: Int) -> Int {
        let r = x % n
        return r < 0 ? r + n : r
    }
}
