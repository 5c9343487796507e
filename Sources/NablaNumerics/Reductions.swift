/// Reductions along a dimension: `sum`, `prod`, `mean`, `any`, `all`, and the
/// cumulative `cumsum`, `cumprod`, with Octave's shapes for empty input.
extension Matrix {
    /// Octave's default reduction dimension: the first non-singleton one
    /// (1 = down columns, 2 = along rows), or 1 when both are singleton.
    ///
    /// A 0×0 matrix gives 1; the builtin reductions then treat it as 0×1, so
    /// `sum([])` is 0, `prod([])` is 1, `any([])` is false and `all([])` true, all 1×1.
    public static func defaultDimension(of s: Shape) -> Int {
        if s.rows != 1 { return 1 }
        if s.cols != 1 { return 2 }
        return 1
    }

    /// Checks a dimension argument the way Octave's builtins do: a positive integer.
    /// `function` names the builtin in the message, e.g. `sum: invalid dimension DIM = 0`.
    public static func validDimension(_ d: Double, function: String) throws -> Int {
        guard d.isFinite, d >= 1, d == d.rounded(), d <= 1e9 else {
            throw NumericError.invalid("\(function): DIM must be a valid dimension (a positive integer, got \(formatted(d)))")
        }
        return Int(d)
    }

    static func formatted(_ d: Double) -> String { d.asTyped }

    /// Folds every line along `dim` into one value, starting from `initial`.
    /// The 0×0 → 0×1 rule of Octave's builtins is applied here.
    private func fold(dim: Int, initial: Double, _ combine: (Double, Double) -> Double) -> Matrix {
        let lines = ReductionLines(shape.treatingEmptyAsColumn, dim: dim)
        var out = Matrix(shape: lines.shape(reducedTo: 1))
        for k in 0..<lines.count {
            var acc = initial
            for i in 0..<lines.length { acc = combine(acc, elements[lines.index(k, i)]) }
            out.elements[k] = acc
        }
        return out
    }

    /// Sum along `dim`, in storage order (as Octave adds). NaN propagates.
    public func sum(dim: Int) -> Matrix {
        // Down columns and across rows (what training does every step) get plain loops;
        // they add in the same order as `fold`.
        guard !isEmpty, dim == 1 || dim == 2 else { return fold(dim: dim, initial: 0, +) }
        let (rows, cols) = (self.rows, self.cols)
        let outCount = dim == 1 ? cols : rows
        let e = [Double](unsafeUninitializedCapacity: outCount) { out, initialized in
            elements.withUnsafeBufferPointer { p in
                if dim == 1 { Matrix.sumColumns(p, rows: rows, cols: cols, out) } else { Matrix.sumRows(p, rows: rows, cols: cols, out) }
            }
            initialized = outCount
        }
        return dim == 1 ? Matrix(rows: 1, cols: cols, elements: e) : Matrix(rows: rows, cols: 1, elements: e)
    }

    /// Product along `dim`; the product of nothing is 1.
    public func prod(dim: Int) -> Matrix { fold(dim: dim, initial: 1, *) }

    /// 1 where some entry of the line is nonzero (NaN counts as nonzero), else 0.
    public func any(dim: Int) -> Matrix {
        fold(dim: dim, initial: 0) { acc, x in (acc != 0 || x != 0) ? 1 : 0 }
    }

    /// 1 where every entry of the line is nonzero (NaN counts as nonzero); an empty line gives 1.
    public func all(dim: Int) -> Matrix {
        fold(dim: dim, initial: 1) { acc, x in (acc != 0 && x != 0) ? 1 : 0 }
    }

    /// `sum(x, dim) / size(x, dim)`, exactly as Octave's `mean.m` computes it, so an
    /// empty line gives NaN (0/0).
    public func mean(dim: Int) -> Matrix {
        let n = Double(shape.treatingEmptyAsColumn.size(along: dim))
        return sum(dim: dim).map { $0 / n }
    }

    /// `mean(x)` with Octave's own default: the first dimension longer than 1 (not the
    /// first non-singleton one), so `mean(zeros(0, 3))` is 0×1 and `mean([])` is NaN.
    public func mean() -> Matrix {
        let d = rows > 1 ? 1 : (cols > 1 ? 2 : 1)
        return mean(dim: d)
    }

    public func sum() -> Matrix { sum(dim: Matrix.defaultDimension(of: shape)) }
    public func prod() -> Matrix { prod(dim: Matrix.defaultDimension(of: shape)) }
    public func any() -> Matrix { any(dim: Matrix.defaultDimension(of: shape)) }
    public func all() -> Matrix { all(dim: Matrix.defaultDimension(of: shape)) }

    /// Running combination along each line; the shape is kept (a 0×0 stays 0×0).
    private func scan(dim: Int, _ combine: (Double, Double) -> Double) -> Matrix {
        let lines = ReductionLines(shape, dim: dim)
        var out = self
        for k in 0..<lines.count where lines.length > 1 {
            var acc = elements[lines.index(k, 0)]
            for i in 1..<lines.length {
                let at = lines.index(k, i)
                acc = combine(acc, elements[at])
                out.elements[at] = acc
            }
        }
        return out
    }

    /// Cumulative sum along `dim`.
    public func cumsum(dim: Int) -> Matrix { scan(dim: dim, +) }
    /// Cumulative product along `dim`.
    public func cumprod(dim: Int) -> Matrix { scan(dim: dim, *) }
    public func cumsum() -> Matrix { cumsum(dim: Matrix.defaultDimension(of: shape)) }
    public func cumprod() -> Matrix { cumprod(dim: Matrix.defaultDimension(of: shape)) }
}
