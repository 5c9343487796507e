import NablaNumerics

/// The primitive operations of Nabla: the one definition of each operation that
/// the interpreter evaluates, the differentiator differentiates and the printers print.
///
/// Each case's numeric kernel lives in `Primitive+Evaluate.swift`, its shape rule in
/// `Primitive+Shape.swift`, its derivative in `Primitive+Derivative.swift` and its
/// printed forms in `Primitive+Notation.swift` — one switch per concern, so adding an
/// operation means adding one line to each, and the compiler lists any that is missing.
/// Derived operations (`mse`, `cross_entropy`, `var`, …) are written in terms of these.
public enum Primitive: Hashable, Sendable {
    // Element-wise, with Octave's broadcasting.
    case add, subtract, multiply, divide, power
    case maximum, minimum
    case compare(Comparison)
    case and, or
    case mod, rem, atan2
    // Element-wise, one operand.
    case negate
    case not
    case function(ElementFunction)
    case leakyRelu(alpha: Double)
    /// ψ⁽ᵏ⁾, the k-th derivative of the digamma function ψ = Γ′/Γ (k = 0: ψ itself). Γ's
    /// derivative is written with ψ, and each ψ⁽ᵏ⁾'s with ψ⁽ᵏ⁺¹⁾.
    case polygamma(order: Int)
    // Linear algebra.
    case matmul
    case transpose
    case inverse
    case determinant
    case trace
    case leftDivide
    case rightDivide
    case matrixPower
    case kron
    // Reductions along a dimension (1: down the columns, 2: along the rows).
    case sum(dim: Int)
    case mean(dim: Int)
    case prod(dim: Int)
    case maxAlong(dim: Int)
    case minAlong(dim: Int)
    case norm(NormKind)
    // Neural-net building blocks that need their own stable kernels.
    /// Softmax along a dimension: 1 normalises each column, 2 each row (attention's A).
    case softmax(dim: Int)
    case logSumExp(dim: Int)
    /// Layer normalisation along a dimension: (x − mean) / √(var + ε), ε = `layerNormEpsilon`.
    case layerNorm(dim: Int)
    /// `E(ids, :)`: the rows of the first operand at the indices in the second (token
    /// embeddings). Its adjoint is `scatterRows`.
    case gatherRows
    /// The adjoint of `gatherRows`: a `rows`-row matrix of zeros with row k of the first
    /// operand added into row ids(k) — a repeated index adds twice.
    case scatterRows(rows: Int)
    // Structure.
    case diag
    case diagPart
    case reshape(rows: Int, cols: Int)
    case repmat(rows: Int, cols: Int)

    /// How many operands the operation takes.
    public var arity: Int {
        switch self {
        case .add, .subtract, .multiply, .divide, .power, .maximum, .minimum, .compare, .and, .or,
            .mod, .rem, .atan2, .matmul, .leftDivide, .rightDivide, .matrixPower, .kron, .gatherRows, .scatterRows:
            return 2
        case .negate, .not, .function, .leakyRelu, .polygamma, .transpose, .inverse, .determinant, .trace,
            .sum, .mean, .prod, .maxAlong, .minAlong, .norm, .softmax, .logSumExp, .layerNorm, .diag, .diagPart,
            .reshape, .repmat:
            return 1
        }
    }

    /// Comparisons and logic produce logical arrays.
    public var producesLogical: Bool {
        switch self {
        case .compare, .and, .or, .not: return true
        default: return false
        }
    }
}

public enum Comparison: String, Hashable, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    public func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }
}

/// Scalar functions applied entry by entry.
public enum ElementFunction: String, Hashable, Sendable, CaseIterable {
    case exp, log, sqrt, abs, sign
    case sin, cos, tan, tanh
    case sigmoid, relu
    /// The error function, GELU x·Φ(x), its tanh approximation, and the standard normal's
    /// distribution Φ and density φ (which GELU's derivative is written with).
    case erf, gelu, geluTanh = "gelu_tanh", normcdf, normpdf
    case round, floor, ceil, fix
    case log2, log10, log1p, expm1
    case asin, acos, atan, sinh, cosh
    case gamma
    case isnan, isinf, isfinite

    /// The scalar kernel, with Octave's conventions (`round` half away from zero, `sign(0)` = 0).
    public func apply(_ x: Double) -> Double {
        switch self {
        case .exp: return libm_exp(x)
        case .log: return x < 0 ? .nan : libm_log(x)
        case .sqrt: return x < 0 ? .nan : x.squareRoot()
        case .abs: return Swift.abs(x)
        case .sign: return x > 0 ? 1 : x < 0 ? -1 : x.isNaN ? .nan : 0
        case .sin: return libm_sin(x)
        case .cos: return libm_cos(x)
        case .tan: return libm_tan(x)
        case .tanh: return ElementFunction.tanh(x)
        case .sigmoid: return ElementFunction.sigmoid(x)
        case .relu: return ElementFunction.relu(x)
        case .erf: return libm_erf(x)
        case .gelu: return 0.5 * x * libm_erfc(-x * 0.5.squareRoot())
        case .geluTanh:
            // ½x(1 + tanh(√(2/π)(x + 0.044715x³))), as Hendrycks and Gimpel give it.
            return 0.5 * x * (1 + ElementFunction.tanh(ElementFunction.geluScale * (x + ElementFunction.geluCubic * x * x * x)))
        case .normcdf: return 0.5 * libm_erfc(-x * 0.5.squareRoot())
        case .normpdf: return libm_exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        case .round: return x.rounded(.toNearestOrAwayFromZero)
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .fix: return x.rounded(.towardZero)
        case .log2: return x < 0 ? .nan : libm_log2(x)
        case .log10: return x < 0 ? .nan : libm_log10(x)
        case .log1p: return x < -1 ? .nan : libm_log1p(x)
        case .expm1: return libm_expm1(x)
        case .asin: return Swift.abs(x) > 1 ? .nan : libm_asin(x)
        case .acos: return Swift.abs(x) > 1 ? .nan : libm_acos(x)
        case .atan: return libm_atan(x)
        case .sinh: return libm_sinh(x)
        case .cosh: return libm_cosh(x)
        case .gamma: return libm_tgamma(x)
        case .isnan: return x.isNaN ? 1 : 0
        case .isinf: return x.isInfinite ? 1 : 0
        case .isfinite: return x.isFinite ? 1 : 0
        }
    }

    /// √(2/π) and the cubic coefficient of GELU's tanh approximation.
    static let geluScale = (2 / Double.pi).squareRoot()
    static let geluCubic = 0.044715

    /// The vectorisable kernel: training loops spend much of their time in tanh layers.
    @inline(__always)
    public static func tanh(_ x: Double) -> Double { VectorMath.tanh(x) }

    @inline(__always)
    static func relu(_ x: Double) -> Double { x > 0 ? x : (x.isNaN ? x : 0) }

    /// The logistic function, written so that neither branch overflows: the exponential
    /// of a large positive number never appears.
    @inline(__always)
    public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + libm_exp(-x)) }
        let e = libm_exp(x)
        return e / (1 + e)
    }

    /// Applies the function to every element. The common activations get vectorised loops
    /// of their own (no dispatch per element); all go through the same scalar definitions
    /// as `apply`.
    public func map(_ m: Matrix) -> Matrix {
        switch self {
        case .tanh: return m.map(spans: { VectorMath.tanh($0, $1, $2) })
        case .sigmoid: return m.map(SigmoidKernel.self)
        case .exp: return m.map(ExpKernel.self)
        case .relu: return m.map(ReluKernel.self)
        default: return m.map { self.apply($0) }
        }
    }

    /// `map` over a contiguous span, for fused element-wise chains: the same kernels,
    /// so the same numbers.
    public var span: ElementChain.SpanFunction {
        switch self {
        case .tanh: return { x, out, n in VectorMath.tanh(x, out, n) }
        case .sigmoid: return SigmoidKernel.span
        case .exp: return ExpKernel.span
        case .relu: return ReluKernel.span
        default: return { x, out, n in for t in 0..<n { out[t] = self.apply(x[t]) } }
        }
    }

    /// The predicates (`isnan`, …) give logical arrays.
    public var producesLogical: Bool { self == .isnan || self == .isinf || self == .isfinite }
}

enum SigmoidKernel: ElementKernel {
    @inline(__always) static func apply(_ x: Double) -> Double { ElementFunction.sigmoid(x) }
}

enum ExpKernel: ElementKernel {
    @inline(__always) static func apply(_ x: Double) -> Double { libm_exp(x) }
}

enum ReluKernel: ElementKernel {
    @inline(__always) static func apply(_ x: Double) -> Double { ElementFunction.relu(x) }
}
