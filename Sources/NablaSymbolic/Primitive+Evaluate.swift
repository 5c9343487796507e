import NablaNumerics

extension Primitive {
    /// The numeric kernel: the value of the operation on concrete operands.
    ///
    /// `warn` receives Octave-style warnings (a singular matrix, say); the caller decides
    /// how to show them. Shape errors are thrown as `NumericError`, worded as Octave does.
    public func evaluate(_ x: [Matrix], warn: (String) -> Void = { _ in }) throws -> Matrix {
        guard x.count == arity else {
            throw NumericError.invalid("\(name): expected \(arity) operand\(arity == 1 ? "" : "s"), got \(x.count)")
        }
        switch self {
        case .add: return try Matrix.arithmetic(.add, x[0], x[1])
        case .subtract: return try Matrix.arithmetic(.subtract, x[0], x[1])
        case .multiply: return try Matrix.arithmetic(.multiply, x[0], x[1])
        case .divide: return try Matrix.arithmetic(.divide, x[0], x[1])
        case .power where x[1].isScalar && x[1].scalar == 2:
            // realPower's own rule for a square, x·x, without a call per element.
            return try Matrix.arithmetic(.multiply, x[0], x[0])
        case .power: return try Matrix.broadcast(x[0], x[1], op: ".^", Primitive.realPower)
        case .maximum:
            return try Matrix.broadcast(x[0], x[1], op: "max") { a, b in a.isNaN ? b : b.isNaN ? a : Swift.max(a, b) }
        case .minimum:
            return try Matrix.broadcast(x[0], x[1], op: "min") { a, b in a.isNaN ? b : b.isNaN ? a : Swift.min(a, b) }
        case .compare(let c):
            return try Matrix.broadcast(x[0], x[1], op: c.rawValue) { c.holds($0, $1) ? 1 : 0 }
        case .and:
            return try Matrix.broadcast(x[0], x[1], op: "&") { ($0 != 0 && $1 != 0) ? 1 : 0 }
        case .or:
            return try Matrix.broadcast(x[0], x[1], op: "|") { ($0 != 0 || $1 != 0) ? 1 : 0 }
        case .mod:
            return try Matrix.broadcast(x[0], x[1], op: "mod", Primitive.octaveMod)
        case .rem:
            return try Matrix.broadcast(x[0], x[1], op: "rem", Primitive.octaveRem)
        case .atan2:
            return try Matrix.broadcast(x[0], x[1], op: "atan2", libm_atan2)
        case .negate: return x[0].map { -$0 }
        case .not: return x[0].map { $0 == 0 ? 1 : 0 }
        case .function(let f): return f.map(x[0])
        case .leakyRelu(let alpha): return x[0].map { $0 > 0 ? $0 : alpha * $0 }
        case .polygamma(let k): return x[0].map { Polygamma.value(order: k, $0) }
        case .matmul: return try Matrix.interruptibleMatmul(x[0], x[1])
        case .transpose: return x[0].transposed
        case .inverse:
            guard x[0].rows == x[0].cols else { throw NumericError.notSquare(op: "inverse", x[0].shape) }
            let (value, rcond) = try x[0].inverse()
            if let w = singularMatrixWarning(rcond: rcond) { warn(w) }
            return value
        case .determinant: return Matrix(scalar: try x[0].determinant())
        case .trace: return Matrix(scalar: try x[0].trace())
        case .leftDivide:
            if x[0].isScalar { return try Matrix.arithmetic(.divide, x[1], x[0]) }
            let (value, rcond) = try Matrix.leftDivide(x[0], x[1])
            if let w = singularMatrixWarning(rcond: rcond) { warn(w) }
            return value
        case .rightDivide:
            if x[1].isScalar { return try Matrix.arithmetic(.divide, x[0], x[1]) }
            let (value, rcond) = try Matrix.rightDivide(x[0], x[1])
            if let w = singularMatrixWarning(rcond: rcond) { warn(w) }
            return value
        case .matrixPower:
            if x[0].isScalar && x[1].isScalar {
                return Matrix(scalar: Primitive.realPower(x[0].scalar, x[1].scalar))
            }
            guard x[1].isScalar else {
                throw NumericError.invalid(
                    "for x^y, only square matrix arguments are permitted and one argument must be scalar.  Use .^ for elementwise power.")
            }
            let (value, rcond) = try Matrix.powerReportingCondition(x[0], x[1].scalar)
            // A negative power inverts first; Octave names that step and always gives the rcond:
            // `warning: inverse: matrix singular to machine precision, rcond = 0`.
            if let rcond, let w = singularMatrixWarning(rcond: rcond) {
                let detail = w.contains("rcond") ? w : w + ", rcond = " + (rcond.isNaN ? "NaN" : "0")
                warn("warning: inverse: " + detail.dropFirst("warning: ".count))
            }
            return value
        case .kron: return try Matrix.kron(x[0], x[1])
        case .sum(let d): return x[0].sum(dim: d)
        case .mean(let d): return x[0].mean(dim: d)
        case .prod(let d): return x[0].prod(dim: d)
        case .maxAlong(let d): return x[0].max(dim: d).values
        case .minAlong(let d): return x[0].min(dim: d).values
        case .norm(let kind): return Matrix(scalar: try x[0].norm(kind))
        case .softmax(let d): return d == 1 ? Primitive.softmaxColumns(x[0]) : Primitive.softmaxColumns(x[0].transposed).transposed
        case .layerNorm(let d): return Primitive.layerNorm(x[0], dim: d)
        case .gatherRows, .scatterRows:
            // The index count must match before any row is touched.
            _ = try shape(x.map(\.shape))
            if case .scatterRows(let r) = self { return try Primitive.scatterRows(x[0], Primitive.rowIndices(x[1], below: r), rows: r) }
            return try Primitive.gatherRows(x[0], Primitive.rowIndices(x[1], below: x[0].rows))
        case .logSumExp(let d): return Primitive.logSumExp(x[0], dim: d)
        case .diag: return try Matrix.diag(x[0], k: 0)
        case .diagPart:
            // Always the main diagonal as a column, even of a vector (where Octave's diag
            // would build a matrix instead): the derivative rules rely on that.
            let n = Swift.min(x[0].rows, x[0].cols)
            return Matrix(column: (0..<n).map { x[0][$0, $0] })
        case .reshape(let r, let c):
            guard let m = x[0].reshaped(r, c) else {
                throw NumericError.invalid("reshape: can't reshape \(x[0].shape.ascii) array to \(r)x\(c) array")
            }
            return m
        case .repmat(let r, let c): return try x[0].repmat(r, c)
        }
    }

    /// The kernel of a comparison, `max` or `min` over contiguous spans, for fused
    /// element-wise chains: the same functions `evaluate` broadcasts, so the same numbers.
    public var span2: ElementChain.SpanFunction2? {
        switch self {
        case .compare(let c):
            return { x, y, out, n in for t in 0..<n { out[t] = c.holds(x[t], y[t]) ? 1 : 0 } }
        case .maximum:
            return { x, y, out, n in for t in 0..<n { let (a, b) = (x[t], y[t]); out[t] = a.isNaN ? b : b.isNaN ? a : Swift.max(a, b) } }
        case .minimum:
            return { x, y, out, n in for t in 0..<n { let (a, b) = (x[t], y[t]); out[t] = a.isNaN ? b : b.isNaN ? a : Swift.min(a, b) } }
        default:
            return nil
        }
    }

    /// x^y on the reals: a negative base with a non-integer exponent has no real value.
    static func realPower(_ a: Double, _ b: Double) -> Double {
        if b == 2 { return a * a }
        if a < 0 && b != b.rounded() { return .nan }
        return libm_pow(a, b)
    }

    /// Octave's mod: the result has the sign of the divisor; mod(x, 0) is x.
    static func octaveMod(_ x: Double, _ y: Double) -> Double {
        if y == 0 { return x }
        if !x.isFinite || y.isNaN { return .nan }
        if y.isInfinite { return x }
        let r = x - (x / y).rounded(.down) * y
        // Guard against rounding leaving r equal to y (e.g. tiny negative x).
        if r != 0 && Swift.abs(r - y) < Swift.abs(y) * 1e-15 { return 0 }
        return r
    }

    /// Octave's rem: the result has the sign of the dividend; rem(x, 0) is x.
    static func octaveRem(_ x: Double, _ y: Double) -> Double {
        if y == 0 { return x }
        if !x.isFinite || y.isNaN { return .nan }
        if y.isInfinite { return x }
        return x - (x / y).rounded(.towardZero) * y
    }

    /// Column-wise softmax, shifted by each column's maximum so that exp never overflows.
    /// A −Inf entry (a masked position) gets weight exactly 0; a column masked entirely
    /// gets weight 0 everywhere rather than NaN.
    static func softmaxColumns(_ z: Matrix) -> Matrix {
        var out = Matrix.empty
        softmaxColumns(z, into: &out)
        return out
    }

    /// `softmaxColumns(z)` written into `out`, reusing its storage (`Matrix.prepare`).
    /// Returns whether a buffer was allocated.
    @discardableResult
    public static func softmaxColumns(_ z: Matrix, into out: inout Matrix) -> Bool {
        let allocated = out.prepare(rows: z.rows, cols: z.cols)
        let rows = z.rows
        z.elements.withUnsafeBufferPointer { zp in
            out.elements.withUnsafeMutableBufferPointer { op in
                for j in 0..<z.cols {
                    let column = j * rows
                    var m = -Double.infinity
                    for i in 0..<rows { m = Swift.max(m, zp[column + i]) }
                    if m == -.infinity {
                        for i in 0..<rows { op[column + i] = zp[column + i].isNaN ? .nan : 0 }
                        continue
                    }
                    if !m.isFinite { m = 0 }
                    var total = 0.0
                    for i in 0..<rows {
                        let e = libm_exp(zp[column + i] - m)
                        op[column + i] = e
                        total += e
                    }
                    for i in 0..<rows { op[column + i] /= total }
                }
            }
        }
        return allocated
    }

    /// ε of layer normalisation, as PyTorch's default.
    public static let layerNormEpsilon = 1e-5

    /// (x − mean) / √(mean((x − mean)²) + ε) along `dim` (2: each row).
    static func layerNorm(_ x: Matrix, dim: Int) -> Matrix {
        let mu = x.mean(dim: dim)
        var out = x
        let outer = dim == 1 ? x.cols : x.rows, inner = dim == 1 ? x.rows : x.cols
        for o in 0..<outer {
            var v = 0.0
            for k in 0..<inner {
                let d = (dim == 1 ? x[k, o] : x[o, k]) - mu.elements[o]
                v += d * d
            }
            let s = (v / Double(inner) + layerNormEpsilon).squareRoot()
            for k in 0..<inner {
                if dim == 1 { out[k, o] = (x[k, o] - mu.elements[o]) / s } else { out[o, k] = (x[o, k] - mu.elements[o]) / s }
            }
        }
        return out
    }

    /// The 0-based rows that 1-based indices `ids` name; whole numbers from 1 to `count`.
    static func rowIndices(_ ids: Matrix, below count: Int) throws -> [Int] {
        try ids.elements.map { v in
            guard v == v.rounded(), v >= 1 else {
                throw NumericError.invalid("index (\(OctaveIndex.text(v)),_): subscripts must be either integers 1 to (2^63)-1 or logicals")
            }
            guard v <= Double(count) else {
                throw NumericError.invalid("index (\(OctaveIndex.text(v)),_): out of bound; value \(OctaveIndex.text(v)) out of bound \(count)")
            }
            return Int(v) - 1
        }
    }

    static func gatherRows(_ e: Matrix, _ rows: [Int]) -> Matrix {
        var out = Matrix(shape: Shape(rows.count, e.cols))
        for j in 0..<e.cols { for (i, r) in rows.enumerated() { out[i, j] = e[r, j] } }
        return out
    }

    static func scatterRows(_ g: Matrix, _ rows: [Int], rows count: Int) -> Matrix {
        var out = Matrix(shape: Shape(count, g.cols))
        for j in 0..<g.cols { for (i, r) in rows.enumerated() { out[r, j] += g[i, j] } }
        return out
    }

    /// log Σ exp along a dimension, computed stably as m + log Σ exp(x − m).
    static func logSumExp(_ z: Matrix, dim: Int) -> Matrix {
        var out = Matrix.empty
        logSumExp(z, dim: dim, into: &out)
        return out
    }

    /// `logSumExp(z, dim:)` written into `out`, reusing its storage (`Matrix.prepare`).
    /// Returns whether a buffer was allocated.
    @discardableResult
    public static func logSumExp(_ z: Matrix, dim: Int, into out: inout Matrix) -> Bool {
        let byColumn = dim == 1
        let outer = byColumn ? z.cols : z.rows
        let inner = byColumn ? z.rows : z.cols
        let allocated = byColumn ? out.prepare(rows: 1, cols: outer) : out.prepare(rows: outer, cols: 1)
        // Element k of line o.
        let (lineStride, elementStride) = byColumn ? (z.rows, 1) : (1, z.rows)
        z.elements.withUnsafeBufferPointer { zp in
            out.elements.withUnsafeMutableBufferPointer { result in
                for o in 0..<outer {
                    let line = o * lineStride
                    var m = -Double.infinity
                    for k in 0..<inner { m = Swift.max(m, zp[line + k * elementStride]) }
                    if !m.isFinite { result[o] = m; continue }
                    var total = 0.0
                    for k in 0..<inner { total += libm_exp(zp[line + k * elementStride] - m) }
                    result[o] = m + libm_log(total)
                }
            }
        }
        return allocated
    }
}

/// Index values as Octave writes them in messages: `5`, `2.5`, `-1`.
enum OctaveIndex {
    static func text(_ v: Double) -> String {
        v == v.rounded() && Swift.abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
