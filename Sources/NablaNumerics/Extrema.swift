/// `max` and `min` along a dimension, with their 1-based positions.
extension Matrix {
    /// Largest entry of each line along `dim`, ignoring NaN as Octave does: a line that
    /// is all NaN gives NaN at index 1. Ties give the first occurrence. Indices are
    /// 1-based. A line of length 0 contributes nothing, so `max(zeros(0, 3))` is 0×3
    /// and `max([])` is 0×0 (unlike `sum`).
    public func max(dim: Int) -> (values: Matrix, indices: Matrix) {
        extreme(dim: dim) { $0 > $1 }
    }

    /// Smallest entry of each line along `dim`; same conventions as `max(dim:)`.
    public func min(dim: Int) -> (values: Matrix, indices: Matrix) {
        extreme(dim: dim) { $0 < $1 }
    }

    public func max() -> (values: Matrix, indices: Matrix) { max(dim: Matrix.defaultDimension(of: shape)) }
    public func min() -> (values: Matrix, indices: Matrix) { min(dim: Matrix.defaultDimension(of: shape)) }

    /// `better(a, b)` is true when `a` should replace the current best `b`; strictness
    /// keeps the first of equal values.
    private func extreme(dim: Int, _ better: (Double, Double) -> Bool) -> (values: Matrix, indices: Matrix) {
        let lines = ReductionLines(shape, dim: dim)
        let outShape = lines.shape(reducedTo: lines.length == 0 ? 0 : 1)
        var values = Matrix(shape: outShape)
        var indices = Matrix(shape: outShape)
        guard lines.length > 0 else { return (values, indices) }
        for k in 0..<lines.count {
            var best = Double.nan
            var at = 0
            for i in 0..<lines.length {
                let x = elements[lines.index(k, i)]
                if x.isNaN { continue }
                if best.isNaN || better(x, best) {
                    best = x
                    at = i
                }
            }
            values.elements[k] = best
            indices.elements[k] = Double(at + 1)
        }
        return (values, indices)
    }
}
