/// The size of a two-dimensional array, as Octave reports it with `size`.
///
/// Every value in Nabla is a matrix: a scalar is 1×1, a column vector n×1, a row
/// vector 1×n. There are no higher-dimensional arrays.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int

    public init(_ rows: Int, _ cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    public static let scalar = Shape(1, 1)
    public static let empty = Shape(0, 0)

    public var count: Int { rows * cols }
    public var isScalar: Bool { rows == 1 && cols == 1 }
    public var isEmpty: Bool { rows == 0 || cols == 0 }
    public var isVector: Bool { (rows == 1 || cols == 1) && !isEmpty }
    public var isSquare: Bool { rows == cols }
    public var transposed: Shape { Shape(cols, rows) }

    /// `2×3`, with the multiplication sign a textbook uses.
    public var description: String { "\(rows)×\(cols)" }
    /// `2x3`, as Octave writes it in messages.
    public var ascii: String { "\(rows)x\(cols)" }

    /// Octave's implicit broadcasting: each dimension must agree or be 1.
    /// Returns nil when the shapes are not compatible.
    public static func broadcast(_ a: Shape, _ b: Shape) -> Shape? {
        func dim(_ x: Int, _ y: Int) -> Int? {
            if x == y { return x }
            if x == 1 { return y }
            if y == 1 { return x }
            return nil
        }
        guard let r = dim(a.rows, b.rows), let c = dim(a.cols, b.cols) else { return nil }
        return Shape(r, c)
    }
}
