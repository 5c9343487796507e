/// A dense real matrix stored in column-major order, as Octave and BLAS see it.
///
/// `elements[i + j * rows]` is the entry in row `i`, column `j` (both from 0).
/// Linear indexing, `A(:)` and `reshape` all follow this order, so a matrix
/// behaves exactly as it does in Octave.
public struct Matrix: Hashable, Sendable {
    public internal(set) var rows: Int
    public internal(set) var cols: Int
    public var elements: [Double]

    public init(rows: Int, cols: Int, elements: [Double]) {
        assert(elements.count == rows * cols, "element count must equal rows × cols")
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    @inlinable
    public init(rows: Int, cols: Int, repeating value: Double = 0) {
        self.init(rows: rows, cols: cols, elements: Array(repeating: value, count: rows * cols))
    }

    @inlinable
    public init(shape: Shape, repeating value: Double = 0) {
        self.init(rows: shape.rows, cols: shape.cols, repeating: value)
    }

    /// A 1×1 matrix.
    public init(scalar: Double) {
        self.init(rows: 1, cols: 1, elements: [scalar])
    }

    /// Builds a matrix from rows, the way it is written: `Matrix(rowMajor: [[1, 2], [3, 4]])`.
    public init(rowMajor table: [[Double]]) {
        let r = table.count
        let c = table.first?.count ?? 0
        var e = [Double](repeating: 0, count: r * c)
        for i in 0..<r {
            for j in 0..<c { e[i + j * r] = table[i][j] }
        }
        self.init(rows: r, cols: c, elements: e)
    }

    /// An n×1 column.
    public init(column: [Double]) {
        self.init(rows: column.count, cols: 1, elements: column)
    }

    /// A 1×n row.
    public init(row: [Double]) {
        self.init(rows: 1, cols: row.count, elements: row)
    }

    public static let empty = Matrix(rows: 0, cols: 0, elements: [])

    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, cols: n)
        for i in 0..<n { m.elements[i + i * n] = 1 }
        return m
    }

    public var shape: Shape { Shape(rows, cols) }
    public var count: Int { elements.count }
    public var isScalar: Bool { rows == 1 && cols == 1 }
    public var isEmpty: Bool { elements.isEmpty }

    /// The single value of a 1×1 matrix (or the first element of any non-empty one).
    public var scalar: Double { elements.first ?? .nan }

    public subscript(row: Int, col: Int) -> Double {
        get { elements[row + col * rows] }
        set { elements[row + col * rows] = newValue }
    }

    /// Column-major linear index, from 0.
    public subscript(linear index: Int) -> Double {
        get { elements[index] }
        set { elements[index] = newValue }
    }

    /// The same elements seen with another shape (column-major order kept).
    public func reshaped(_ r: Int, _ c: Int) -> Matrix? {
        guard r >= 0, c >= 0, r * c == count else { return nil }
        return Matrix(rows: r, cols: c, elements: elements)
    }

    /// Resizes in place, keeping entries that still fit and padding with zeros,
    /// as Octave does when assignment grows an array.
    ///
    /// Growth that keeps every entry at its column-major position — new columns (`W(:, end+1) = c`),
    /// or a longer row or column vector (`x(end+1) = v`) — appends to the storage, whose capacity
    /// grows geometrically: n such growths of a uniquely owned matrix cost O(n) in all.
    public mutating func resize(rows newRows: Int, cols newCols: Int) {
        if newRows == rows && newCols == cols { return }
        let keepsPositions = newRows == rows || (cols <= 1 && newCols == 1) || count == 0
        if keepsPositions && newRows * newCols >= count {
            elements.append(contentsOf: repeatElement(0, count: newRows * newCols - count))
            rows = newRows
            cols = newCols
            return
        }
        var e = [Double](repeating: 0, count: newRows * newCols)
        for j in 0..<Swift.min(cols, newCols) {
            for i in 0..<Swift.min(rows, newRows) { e[i + j * newRows] = elements[i + j * rows] }
        }
        rows = newRows
        cols = newCols
        elements = e
    }

    @inlinable
    public func map(_ f: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, cols: cols, elements: elements.map(f))
    }

    public var transposed: Matrix {
        if rows == 1 || cols == 1 { return Matrix(rows: cols, cols: rows, elements: elements) }
        var e = [Double](repeating: 0, count: count)
        elements.withUnsafeBufferPointer { src in
            e.withUnsafeMutableBufferPointer { dst in
                for j in 0..<cols {
                    for i in 0..<rows { dst[j + i * cols] = src[i + j * rows] }
                }
            }
        }
        return Matrix(rows: cols, cols: rows, elements: e)
    }

    public func column(_ j: Int) -> [Double] {
        Array(elements[(j * rows)..<((j + 1) * rows)])
    }

    public func row(_ i: Int) -> [Double] {
        (0..<cols).map { elements[i + $0 * rows] }
    }
}

extension Matrix {
    /// Element-wise combination with Octave's implicit broadcasting
    /// (a dimension of size 1 stretches to match the other operand).
    // Inlined at each call so the element operation is inlined into the loop. The
    // arithmetic operators have faster loops of their own (`arithmetic`).
    @inlinable @inline(__always)
    public static func broadcast(
        _ a: Matrix, _ b: Matrix, op: String, _ f: (Double, Double) -> Double
    ) throws -> Matrix {
        if a.rows == b.rows && a.cols == b.cols {
            var e = [Double](repeating: 0, count: a.count)
            a.elements.withUnsafeBufferPointer { x in
                b.elements.withUnsafeBufferPointer { y in
                    e.withUnsafeMutableBufferPointer { z in
                        for k in 0..<z.count { z[k] = f(x[k], y[k]) }
                    }
                }
            }
            return Matrix(rows: a.rows, cols: a.cols, elements: e)
        }
        if b.isScalar {
            let s = b.elements[0]
            return a.map { f($0, s) }
        }
        if a.isScalar {
            let s = a.elements[0]
            return b.map { f(s, $0) }
        }
        guard let shape = Shape.broadcast(a.shape, b.shape) else {
            throw NumericError.nonconformant(op: op, a.shape, b.shape)
        }
        // A column against a row grows to rows × cols: two 1e5-element vectors ask for 80 GB.
        try Limits.check(rows: Double(shape.rows), cols: Double(shape.cols))
        var out = Matrix(shape: shape)
        let ar = a.rows == 1 ? 0 : 1, ac = a.cols == 1 ? 0 : 1
        let br = b.rows == 1 ? 0 : 1, bc = b.cols == 1 ? 0 : 1
        for j in 0..<shape.cols {
            for i in 0..<shape.rows {
                out.elements[i + j * shape.rows] =
                    f(a.elements[i * ar + j * ac * a.rows], b.elements[i * br + j * bc * b.rows])
            }
        }
        return out
    }

    public static func + (a: Matrix, b: Matrix) throws -> Matrix { try arithmetic(.add, a, b) }
    public static func - (a: Matrix, b: Matrix) throws -> Matrix { try arithmetic(.subtract, a, b) }

    public static prefix func - (a: Matrix) -> Matrix { a.map { -$0 } }
}
