/// Sorting along a dimension, as Octave's `sort` does it.
extension Matrix {
    /// Sorts every line along `dim`. The sort is stable (equal values keep their
    /// order, in both directions); NaN goes last when ascending and first when
    /// descending, as in Octave. `indices` holds the 1-based original positions, so
    /// `x(indices)` along the line reproduces `values`.
    public func sorted(dim: Int, descending: Bool) -> (values: Matrix, indices: Matrix) {
        let lines = ReductionLines(shape, dim: dim)
        var values = self
        var indices = Matrix(shape: shape, repeating: 1)
        let n = lines.length
        guard n > 1 else { return (values, indices) }
        var order = [Int](repeating: 0, count: n)
        var keys = [Double](repeating: 0, count: n)
        for k in 0..<lines.count {
            for i in 0..<n {
                keys[i] = elements[lines.index(k, i)]
                order[i] = i
            }
            // Position breaks every tie, which makes the result stable whatever
            // algorithm the standard library uses.
            order.sort { a, b in
                let x = keys[a], y = keys[b]
                if x.isNaN || y.isNaN {
                    if x.isNaN && y.isNaN { return a < b }
                    return descending ? x.isNaN : y.isNaN
                }
                if x != y { return descending ? x > y : x < y }
                return a < b
            }
            for i in 0..<n {
                let at = lines.index(k, i)
                values.elements[at] = keys[order[i]]
                indices.elements[at] = Double(order[i] + 1)
            }
        }
        return (values, indices)
    }

    /// `sort(x)` / `sort(x, "descend")` with the default dimension.
    public func sorted(descending: Bool = false) -> (values: Matrix, indices: Matrix) {
        sorted(dim: Matrix.defaultDimension(of: shape), descending: descending)
    }
}
