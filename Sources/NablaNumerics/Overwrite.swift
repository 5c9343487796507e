/// Kernels that write their result into a matrix the caller keeps, so that a computation
/// repeated with the same shapes (a training step) reuses its buffers instead of
/// allocating new ones each time. Each computes exactly what its allocating twin does.
extension Matrix {
    /// Makes this a rows×cols matrix whose elements the caller is about to overwrite, all
    /// of them. The storage is kept when it has the right size and no other matrix shares
    /// it; otherwise a new buffer is allocated. Returns whether one was.
    ///
    /// The elements left in place are meaningless until overwritten.
    public mutating func prepare(rows newRows: Int, cols newCols: Int) -> Bool {
        let size = newRows * newCols
        rows = newRows
        cols = newCols
        if elements.count == size {
            // Mutable access copies storage that another value shares; the address says
            // whether it did.
            let before = elements.withUnsafeBufferPointer { $0.baseAddress }
            let after = elements.withUnsafeMutableBufferPointer { UnsafePointer($0.baseAddress) }
            return before != after
        }
        elements = [Double](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
        return true
    }

    /// Copies `source` into this matrix, reusing the storage as `prepare` does. Returns
    /// whether a new buffer was allocated.
    @discardableResult
    public mutating func assign(_ source: Matrix) -> Bool {
        let allocated = prepare(rows: source.rows, cols: source.cols)
        elements.withUnsafeMutableBufferPointer { out in
            source.elements.withUnsafeBufferPointer { src in
                if let from = src.baseAddress { out.baseAddress?.update(from: from, count: src.count) }
            }
        }
        return allocated
    }

    /// `source.sum(dim: dim)` written into `out` (dims 1 and 2 of a non-empty matrix
    /// in place; anything else through `sum`). Returns whether a buffer was allocated.
    @discardableResult
    public static func sum(_ source: Matrix, dim: Int, into out: inout Matrix) -> Bool {
        guard !source.isEmpty, dim == 1 || dim == 2 else {
            out = source.sum(dim: dim)
            return true
        }
        let (rows, cols) = (source.rows, source.cols)
        let allocated = dim == 1 ? out.prepare(rows: 1, cols: cols) : out.prepare(rows: rows, cols: 1)
        out.elements.withUnsafeMutableBufferPointer { out in
            source.elements.withUnsafeBufferPointer { p in
                if dim == 1 { sumColumns(p, rows: rows, cols: cols, out) } else { sumRows(p, rows: rows, cols: cols, out) }
            }
        }
        return allocated
    }

    /// Each column added top to bottom, four columns at a time: four independent chains
    /// of additions keep the adder busy.
    static func sumColumns(_ p: UnsafeBufferPointer<Double>, rows: Int, cols: Int, _ out: UnsafeMutableBufferPointer<Double>) {
        var j = 0
        while j + 4 <= cols {
            var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
            let c0 = j * rows, c1 = c0 + rows, c2 = c1 + rows, c3 = c2 + rows
            for i in 0..<rows {
                s0 += p[c0 + i]; s1 += p[c1 + i]; s2 += p[c2 + i]; s3 += p[c3 + i]
            }
            (out[j], out[j + 1], out[j + 2], out[j + 3]) = (s0, s1, s2, s3)
            j += 4
        }
        for j in j..<cols {
            var acc = 0.0
            for i in 0..<rows { acc += p[i + j * rows] }
            out[j] = acc
        }
    }

    /// Each row added left to right, all rows at once, a column at a time.
    static func sumRows(_ p: UnsafeBufferPointer<Double>, rows: Int, cols: Int, _ out: UnsafeMutableBufferPointer<Double>) {
        guard let o = out.baseAddress, let p = p.baseAddress else { return }
        addColumns(p, rows: rows, cols: cols, o)
    }

    // Raw pointers with no bounds checks, in a function of its own, so the loop over a
    // column is vectorised.
    @inline(never)
    private static func addColumns(_ p: UnsafePointer<Double>, rows: Int, cols: Int, _ o: UnsafeMutablePointer<Double>) {
        for i in 0..<rows { o[i] = 0 }
        for j in 0..<cols {
            let column = p + j * rows
            for i in 0..<rows { o[i] += column[i] }
        }
    }
}
