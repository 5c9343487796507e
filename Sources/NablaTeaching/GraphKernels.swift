import NablaNumerics
import NablaSymbolic

/// Loops for the operations a training step spends its time in, for `GraphProgram`.
///
/// They compute exactly what `Primitive.evaluate` computes — the same IEEE operation on
/// each pair of entries, the same `ElementFunction.apply` kernel, sums in the same
/// order — but without a closure call per entry or a zero-filled buffer that is then
/// overwritten. Anything else (and any shape they do not cover) returns nil and goes
/// to `Primitive.evaluate`.
enum GraphKernels {
    static func evaluate(_ p: Primitive, _ x: [Matrix]) -> Matrix? {
        switch p {
        case .add: return binary(x[0], x[1], 0)
        case .subtract: return binary(x[0], x[1], 1)
        case .multiply: return binary(x[0], x[1], 2)
        case .divide: return binary(x[0], x[1], 3)
        case .power where x[1].isScalar && x[1].scalar == 2:
            // realPower's own special case: x^2 is x*x.
            return binary(x[0], x[0], 2)
        case .function(let f) where !f.producesLogical:
            return f.map(x[0])
        case .sum(let d) where !x[0].isEmpty:
            return sum(x[0], dim: d)
        default:
            return nil
        }
    }

    /// Element-wise with the broadcasts a network uses: equal shapes, a scalar on either
    /// side, a column added to every column, a row added to every row.
    private static func binary(_ a: Matrix, _ b: Matrix, _ op: Int) -> Matrix? {
        switch op {
        case 0: return broadcast(a, b, +)
        case 1: return broadcast(a, b, -)
        case 2: return broadcast(a, b, *)
        default: return broadcast(a, b, /)
        }
    }

    /// How an operand is read: whole, as one number, as a column repeated, as a row repeated.
    private enum Read { case whole, scalar, column, row }

    /// Inlined into each caller above, so `f` becomes one machine instruction in the loop.
    @inline(__always)
    private static func broadcast(_ a: Matrix, _ b: Matrix, _ f: (Double, Double) -> Double) -> Matrix? {
        let rows = max(a.rows, b.rows), cols = max(a.cols, b.cols)
        let count = rows * cols
        func read(_ m: Matrix) -> Read? {
            if m.rows == rows && m.cols == cols { return .whole }
            if m.isScalar { return .scalar }
            if m.cols == 1 && m.rows == rows { return .column }
            if m.rows == 1 && m.cols == cols { return .row }
            return nil
        }
        guard count > 0, let ra = read(a), let rb = read(b), ra == .whole || rb == .whole else { return nil }
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
                        for j in 0..<cols { for i in 0..<rows { out[j * rows + i] = f(pa[j * rows + i], pb[i]) } }
                    case (.column, .whole):
                        for j in 0..<cols { for i in 0..<rows { out[j * rows + i] = f(pa[i], pb[j * rows + i]) } }
                    case (.whole, .row):
                        for j in 0..<cols { let y = pb[j]; for i in 0..<rows { out[j * rows + i] = f(pa[j * rows + i], y) } }
                    case (.row, .whole):
                        for j in 0..<cols { let x = pa[j]; for i in 0..<rows { out[j * rows + i] = f(x, pb[j * rows + i]) } }
                    default:
                        for k in 0..<count { out[k] = f(pa[k], pb[k]) }
                    }
                }
            }
            initialized = count
        }
        return Matrix(rows: rows, cols: cols, elements: e)
    }

    /// Sums in storage order from 0, as `Matrix.sum(dim:)` adds.
    private static func sum(_ a: Matrix, dim: Int) -> Matrix {
        if dim == 1 {
            var out = [Double](repeating: 0, count: a.cols)
            a.elements.withUnsafeBufferPointer { pa in
                for j in 0..<a.cols {
                    var acc = 0.0
                    for i in 0..<a.rows { acc += pa[i + j * a.rows] }
                    out[j] = acc
                }
            }
            return Matrix(rows: 1, cols: a.cols, elements: out)
        }
        var out = [Double](repeating: 0, count: a.rows)
        a.elements.withUnsafeBufferPointer { pa in
            out.withUnsafeMutableBufferPointer { po in
                for j in 0..<a.cols {
                    let base = j * a.rows
                    for i in 0..<a.rows { po[i] += pa[base + i] }
                }
            }
        }
        return Matrix(rows: a.rows, cols: 1, elements: out)
    }
}
