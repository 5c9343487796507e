import NablaNumerics

extension Primitive {
    /// The operation's name as Octave words it in errors (`operator +`, `inverse`, …).
    public var name: String {
        switch self {
        case .add: return "operator +"
        case .subtract: return "operator -"
        case .multiply: return "product"
        case .divide: return "quotient"
        case .power: return "operator .^"
        case .maximum: return "max"
        case .minimum: return "min"
        case .compare(let c): return "operator \(c.rawValue)"
        case .and: return "operator &"
        case .or: return "operator |"
        case .mod: return "mod"
        case .rem: return "rem"
        case .atan2: return "atan2"
        case .negate: return "unary operator -"
        case .not: return "unary operator !"
        case .function(let f): return f.rawValue
        case .leakyRelu: return "leaky_relu"
        case .polygamma: return "psi"
        case .matmul: return "operator *"
        case .transpose: return "transpose"
        case .inverse: return "inverse"
        case .determinant: return "det"
        case .trace: return "trace"
        case .leftDivide: return "operator \\"
        case .rightDivide: return "operator /"
        case .matrixPower: return "operator ^"
        case .kron: return "kron"
        case .sum: return "sum"
        case .mean: return "mean"
        case .prod: return "prod"
        case .maxAlong: return "max"
        case .minAlong: return "min"
        case .norm: return "norm"
        case .softmax: return "softmax"
        case .logSumExp: return "logsumexp"
        case .layerNorm: return "layernorm"
        case .gatherRows: return "row lookup"
        case .scatterRows: return "scatter_add"
        case .diag: return "diag"
        case .diagPart: return "diag"
        case .reshape: return "reshape"
        case .repmat: return "repmat"
        }
    }

    /// The shape of the result, or the error Octave would give, without computing anything.
    /// The symbolic engine uses this to check formulas whose operands have no values yet.
    public func shape(_ s: [Shape]) throws -> Shape {
        guard s.count == arity else {
            throw NumericError.invalid("\(name): expected \(arity) operand\(arity == 1 ? "" : "s"), got \(s.count)")
        }
        func nonconformant(_ op: String) -> NumericError { .nonconformant(op: op, s[0], s[1]) }
        switch self {
        case .add, .subtract, .multiply, .divide, .power, .maximum, .minimum, .compare, .and, .or,
            .mod, .rem, .atan2:
            guard let r = Shape.broadcast(s[0], s[1]) else {
                let op: String
                switch self {
                case .add: op = "+"
                case .subtract: op = "-"
                case .multiply: op = ".*"
                case .divide: op = "./"
                case .power: op = ".^"
                case .compare(let c): op = c.rawValue
                case .and: op = "&"
                case .or: op = "|"
                default: op = name
                }
                throw nonconformant(op)
            }
            return r
        case .negate, .not, .function, .leakyRelu, .polygamma, .softmax, .layerNorm:
            return s[0]
        case .gatherRows:
            guard s[1].isVector || s[1].isScalar || s[1].count == 0 else {
                throw NumericError.invalid("E(ids, :): the indices must be a vector, not \(s[1].ascii)")
            }
            return Shape(s[1].count, s[0].cols)
        case .scatterRows(let r):
            guard s[1].count == s[0].rows else {
                throw NumericError.invalid("scatter_add: \(s[0].rows) rows but \(s[1].count) indices")
            }
            return Shape(r, s[0].cols)
        case .matmul:
            if s[0].isScalar { return s[1] }
            if s[1].isScalar { return s[0] }
            guard s[0].cols == s[1].rows else { throw nonconformant("*") }
            return Shape(s[0].rows, s[1].cols)
        case .transpose:
            return s[0].transposed
        case .inverse:
            guard s[0].isSquare else { throw NumericError.notSquare(op: "inverse", s[0]) }
            return s[0]
        case .determinant:
            guard s[0].isSquare else { throw NumericError.notSquare(op: "det", s[0]) }
            return .scalar
        case .trace:
            guard s[0].isSquare else { throw NumericError.notSquare(op: "trace", s[0]) }
            return .scalar
        case .leftDivide:
            if s[0].isScalar { return s[1] }
            guard s[0].rows == s[1].rows else { throw nonconformant("\\") }
            return Shape(s[0].cols, s[1].cols)
        case .rightDivide:
            if s[1].isScalar { return s[0] }
            guard s[0].cols == s[1].cols else { throw nonconformant("/") }
            return Shape(s[0].rows, s[1].rows)
        case .matrixPower:
            guard s[1].isScalar, s[0].isSquare else {
                throw NumericError.invalid(
                    "for x^y, only square matrix arguments are permitted and one argument must be scalar.  Use .^ for elementwise power.")
            }
            return s[0]
        case .kron:
            return Shape(s[0].rows * s[1].rows, s[0].cols * s[1].cols)
        case .sum(let d), .mean(let d), .prod(let d), .maxAlong(let d), .minAlong(let d), .logSumExp(let d):
            return d == 1 ? Shape(1, s[0].cols) : Shape(s[0].rows, 1)
        case .norm:
            return .scalar
        case .diag:
            let n = s[0].count
            return s[0].isVector || s[0].isScalar ? Shape(n, n) : Shape(Swift.min(s[0].rows, s[0].cols), 1)
        case .diagPart:
            return Shape(Swift.min(s[0].rows, s[0].cols), 1)
        case .reshape(let r, let c):
            guard r * c == s[0].count else {
                throw NumericError.invalid("reshape: can't reshape \(s[0].ascii) array to \(r)x\(c) array")
            }
            return Shape(r, c)
        case .repmat(let r, let c):
            return Shape(s[0].rows * r, s[0].cols * c)
        }
    }
}
