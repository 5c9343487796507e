/// The four arithmetic operators on matrices, with Octave's broadcasting.
///
/// They are what a training step spends its element-wise time in, so each operator gets
/// its own loops: the operation is one machine instruction inside a loop over raw
/// buffers, which the compiler vectorises, instead of a closure call per element. The
/// results are the same IEEE operations, in the same order, as the generic
/// `Matrix.broadcast` would give.
public enum ArithmeticOperator: Sendable {
    case add, subtract, multiply, divide

    /// The operator as Octave names it in a nonconformant-arguments error.
    var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: ".*"
        case .divide: "./"
        }
    }
}

extension Matrix {
    /// `a op b` element by element, a dimension of size 1 stretching to match the other.
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Matrix, _ b: Matrix) throws -> Matrix {
        switch op {
        case .add: return try combine(a, b, op: op.symbol) { $0 + $1 }
        case .subtract: return try combine(a, b, op: op.symbol) { $0 - $1 }
        case .multiply: return try combine(a, b, op: op.symbol) { $0 * $1 }
        case .divide: return try combine(a, b, op: op.symbol) { $0 / $1 }
        }
    }

    /// How an operand is read against the result's shape.
    private enum Reading { case whole, scalar, column, row }

    private static func reading(_ m: Matrix, rows: Int, cols: Int) -> Reading? {
        if m.rows == rows && m.cols == cols { return .whole }
        if m.isScalar { return .scalar }
        if m.cols == 1 && m.rows == rows { return .column }
        if m.rows == 1 && m.cols == cols { return .row }
        return nil
    }

    /// The broadcasts a network uses — equal shapes, a scalar on either side, a column
    /// against every column, a row against every row — as straight loops; anything else
    /// (a row against a column, empties) goes to the general `broadcast`.
    @inline(__always)
    private static func combine(
        _ a: Matrix, _ b: Matrix, op: String, _ f: (Double, Double) -> Double
    ) throws -> Matrix {
        let rows = Swift.max(a.rows, b.rows), cols = Swift.max(a.cols, b.cols)
        let count = rows * cols
        guard count > 0, let ra = reading(a, rows: rows, cols: cols), let rb = reading(b, rows: rows, cols: cols),
              ra == .whole || rb == .whole else {
            return try broadcast(a, b, op: op, f)
        }
        let e = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            a.elements.withUnsafeBufferPointer { pa in
                b.elements.withUnsafeBufferPointer { pb in
                    switch (ra, rb) {
                    case (.whole, .scalar):
                        let y = pb[0]
                        for k in 0..<count { out[k] = f(pa[k], y) }
                    case (.scalar, .whole):
                        let x = pa[0]
                        for k in 0..<count { out[k] = f(x, pb[k]) }
                    case (.whole, .column):
                        for j in 0..<cols {
                            let base = j * rows
                            for i in 0..<rows { out[base + i] = f(pa[base + i], pb[i]) }
                        }
                    case (.column, .whole):
                        for j in 0..<cols {
                            let base = j * rows
                            for i in 0..<rows { out[base + i] = f(pa[i], pb[base + i]) }
                        }
                    case (.whole, .row):
                        for j in 0..<cols {
                            let base = j * rows, y = pb[j]
                            for i in 0..<rows { out[base + i] = f(pa[base + i], y) }
                        }
                    case (.row, .whole):
                        for j in 0..<cols {
                            let base = j * rows, x = pa[j]
                            for i in 0..<rows { out[base + i] = f(x, pb[base + i]) }
                        }
                    default:
                        // Equal shapes.
                        for k in 0..<count { out[k] = f(pa[k], pb[k]) }
                    }
                }
            }
            initialized = count
        }
        return Matrix(rows: rows, cols: cols, elements: e)
    }

    /// `s * a` for every element.
    public static func * (s: Double, a: Matrix) -> Matrix {
        let count = a.count
        let e = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            a.elements.withUnsafeBufferPointer { pa in
                for k in 0..<count { out[k] = s * pa[k] }
            }
            initialized = count
        }
        return Matrix(rows: a.rows, cols: a.cols, elements: e)
    }
}
