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

/// One arithmetic operation, as a type, so that the loops below are specialised for it
/// and vectorised (see `ElementKernel`).
protocol BinaryKernel {
    static func apply(_ x: Double, _ y: Double) -> Double
}

enum AddKernel: BinaryKernel {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x + y }
}

enum SubtractKernel: BinaryKernel {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x - y }
}

enum MultiplyKernel: BinaryKernel {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x * y }
}

enum DivideKernel: BinaryKernel {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x / y }
}

extension Matrix {
    /// `a op b` element by element, a dimension of size 1 stretching to match the other.
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Matrix, _ b: Matrix) throws -> Matrix {
        switch op {
        case .add: return try combine(a, b, AddKernel.self, op: op.symbol)
        case .subtract: return try combine(a, b, SubtractKernel.self, op: op.symbol)
        case .multiply: return try combine(a, b, MultiplyKernel.self, op: op.symbol)
        case .divide: return try combine(a, b, DivideKernel.self, op: op.symbol)
        }
    }

    /// Elements below which an element-wise loop stays on one core: a memory-bound loop
    /// gains little from a second core on less.
    private static let grain = 1 << 17

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
    private static func combine<K: BinaryKernel>(_ a: Matrix, _ b: Matrix, _ kernel: K.Type, op: String) throws -> Matrix {
        let rows = Swift.max(a.rows, b.rows), cols = Swift.max(a.cols, b.cols)
        let count = rows * cols
        guard count > 0, let ra = reading(a, rows: rows, cols: cols), let rb = reading(b, rows: rows, cols: cols),
            ra == .whole || rb == .whole
        else {
            return try broadcast(a, b, op: op) { K.apply($0, $1) }
        }
        // Large operands are split across cores, by element ranges or by column ranges.
        let columnwise = ra != rb && ra != .scalar && rb != .scalar
        let e = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            let out = out
            a.elements.withUnsafeBufferPointer { pa in
                b.elements.withUnsafeBufferPointer { pb in
                    Parallel.forEachRange(columnwise ? cols : count, grain: columnwise ? Swift.max(1, grain / rows) : grain) { part in
                        combine(K.self, ra, pa, rb, pb, out, rows: rows, part)
                    }
                }
            }
            initialized = count
        }
        return Matrix(rows: rows, cols: cols, elements: e)
    }

    /// One part of `combine`: elements `part`, or columns `part` when one operand is a
    /// row or a column. A function of its own so that its loops are vectorised.
    @inline(never)
    private static func combine<K: BinaryKernel>(
        _: K.Type, _ ra: Reading, _ pa: UnsafeBufferPointer<Double>, _ rb: Reading, _ pb: UnsafeBufferPointer<Double>,
        _ out: UnsafeMutableBufferPointer<Double>, rows: Int, _ part: Range<Int>
    ) {
        switch (ra, rb) {
        case (.whole, .scalar):
            let y = pb[0]
            for k in part { out[k] = K.apply(pa[k], y) }
        case (.scalar, .whole):
            let x = pa[0]
            for k in part { out[k] = K.apply(x, pb[k]) }
        case (.whole, .column):
            for j in part {
                let base = j * rows
                for i in 0..<rows { out[base + i] = K.apply(pa[base + i], pb[i]) }
            }
        case (.column, .whole):
            for j in part {
                let base = j * rows
                for i in 0..<rows { out[base + i] = K.apply(pa[i], pb[base + i]) }
            }
        case (.whole, .row):
            for j in part {
                let base = j * rows, y = pb[j]
                for i in 0..<rows { out[base + i] = K.apply(pa[base + i], y) }
            }
        case (.row, .whole):
            for j in part {
                let base = j * rows, x = pa[j]
                for i in 0..<rows { out[base + i] = K.apply(x, pb[base + i]) }
            }
        default:
            // Equal shapes.
            for k in part { out[k] = K.apply(pa[k], pb[k]) }
        }
    }

    /// `s * a` for every element.
    public static func * (s: Double, a: Matrix) -> Matrix {
        // A scalar on the left, as `arithmetic` would read it; 1×1 times anything cannot fail.
        (try? combine(Matrix(scalar: s), a, MultiplyKernel.self, op: ".*")) ?? a
    }
}
