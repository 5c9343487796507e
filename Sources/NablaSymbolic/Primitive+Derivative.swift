import NablaNumerics

/// Why a derivative could not be given, worded for a student.
public enum DerivativeError: Error, Equatable, CustomStringConvertible {
    /// The operation has no derivative (or Nabla has no rule for it).
    case noRule(String)
    /// A derivative exists, but not as a matrix expression of the kind Nabla prints.
    case noMatrixForm(String)
    /// The question does not make sense (a gradient of a non-scalar, say).
    case invalid(String)

    public var description: String {
        switch self {
        case .noRule(let s), .noMatrixForm(let s), .invalid(let s): return s
        }
    }
}

private typealias S = Simplifier

extension Primitive {
    // MARK: - Element-wise partial derivatives

    /// ∂y/∂x for an element-wise operation of one operand, as a graph node of x's shape
    /// (or a scalar standing for every entry). `y` is the operation's own output node,
    /// so `σ'(z)` is written with the very `σ(z)` the forward pass computed.
    func elementPartial(_ x: Node, output y: Node) throws -> Node? {
        switch self {
        case .negate: return .scalar(-1)
        case .not: return nil
        case .leakyRelu(let alpha):
            // 1 where x > 0, alpha elsewhere: [x > 0] + α[x ≤ 0].
            let positive = try S.greater(x, .scalar(0))
            let rest = try S.multiply(.scalar(alpha), try S.make(.compare(.lessEqual), [x, .scalar(0)]))
            return try S.add(positive, rest)
        case .function(let f):
            switch f {
            case .exp: return y
            case .expm1: return try S.apply(.exp, x)
            case .log: return try S.divide(.scalar(1), x)
            case .log2: return try S.divide(.scalar(1), try S.multiply(.scalar(libm_log(2)), x))
            case .log10: return try S.divide(.scalar(1), try S.multiply(.scalar(libm_log(10)), x))
            case .log1p: return try S.divide(.scalar(1), try S.add(.scalar(1), x))
            case .sqrt: return try S.divide(.scalar(0.5), y)
            case .abs: return try S.apply(.sign, x)
            case .sin: return try S.apply(.cos, x)
            case .cos: return try S.negate(try S.apply(.sin, x))
            case .tan: return try S.add(.scalar(1), try S.power(y, 2))
            case .tanh: return try S.subtract(.scalar(1), try S.power(y, 2))
            case .sigmoid: return try S.multiply(y, try S.subtract(.scalar(1), y))
            case .relu: return try S.greater(x, .scalar(0))
            case .erf:
                // (2/√π) e^(−x²)
                let c = try S.divide(.scalar(2), .constant(Matrix(scalar: Double.pi.squareRoot()), label: "√π"))
                return try S.multiply(c, try S.apply(.exp, try S.negate(try S.power(x, 2))))
            case .gelu:
                // d(xΦ(x)) = Φ(x) + xφ(x)
                return try S.add(try S.apply(.normcdf, x), try S.multiply(x, try S.apply(.normpdf, x)))
            case .normcdf: return try S.apply(.normpdf, x)
            case .normpdf: return try S.negate(try S.multiply(x, y))
            case .geluTanh:
                // With t = tanh(c(x + ax³)): ½(1 + t) + ½x ⊙ (1 − t²) ⊙ c(1 + 3ax²).
                let c = Node.constant(Matrix(scalar: ElementFunction.geluScale), label: "√(2/π)")
                let a = ElementFunction.geluCubic
                let t = try S.apply(.tanh, try S.multiply(c, try S.add(x, try S.multiply(.scalar(a), try S.power(x, 3)))))
                let slope = try S.multiply(c, try S.add(.scalar(1), try S.multiply(.scalar(3 * a), try S.power(x, 2))))
                let outer = try S.multiply(.scalar(0.5), try S.add(.scalar(1), t))
                let inner = try S.multiply(try S.multiply(.scalar(0.5), x), try S.multiply(try S.subtract(.scalar(1), try S.power(t, 2)), slope))
                return try S.add(outer, inner)
            case .asin: return try S.divide(.scalar(1), try S.apply(.sqrt, try S.subtract(.scalar(1), try S.power(x, 2))))
            case .acos: return try S.divide(.scalar(-1), try S.apply(.sqrt, try S.subtract(.scalar(1), try S.power(x, 2))))
            case .atan: return try S.divide(.scalar(1), try S.add(.scalar(1), try S.power(x, 2)))
            case .sinh: return try S.apply(.cosh, x)
            case .cosh: return try S.apply(.sinh, x)
            case .sign, .round, .floor, .ceil, .fix, .isnan, .isinf, .isfinite:
                // Piecewise constant: the derivative is zero wherever it exists.
                return nil
            case .gamma:
                // Γ′ = Γψ, ψ the digamma function.
                return try S.multiply(y, try S.make(.polygamma(order: 0), [x]))
            }
        case .polygamma(let k):
            return try S.make(.polygamma(order: k + 1), [x])
        default:
            throw DerivativeError.noRule("\(name) is not an element-wise function of one operand")
        }
    }

    /// (∂y/∂a, ∂y/∂b) for an element-wise operation of two operands; nil means zero.
    func elementPartials(_ a: Node, _ b: Node, output y: Node) throws -> (Node?, Node?) {
        switch self {
        case .add: return (.scalar(1), .scalar(1))
        case .subtract: return (.scalar(1), .scalar(-1))
        case .multiply: return (b, a)
        case .divide: return (try S.divide(.scalar(1), b), try S.negate(try S.divide(y, b)))
        case .power:
            let da = try S.multiply(b, try S.make(.power, [a, try S.subtract(b, .scalar(1))]))
            let db = b.isConstant ? nil : try S.multiply(try S.apply(.log, a), y)
            return (a.isConstant ? nil : da, db)
        case .maximum:
            return (try S.make(.compare(.greaterEqual), [a, b]), try S.make(.compare(.less), [a, b]))
        case .minimum:
            return (try S.make(.compare(.lessEqual), [a, b]), try S.make(.compare(.greater), [a, b]))
        case .mod:
            return (.scalar(1), try S.negate(try S.apply(.floor, try S.divide(a, b))))
        case .rem:
            return (.scalar(1), try S.negate(try S.apply(.fix, try S.divide(a, b))))
        case .atan2:
            let r2 = try S.add(try S.power(a, 2), try S.power(b, 2))
            return (try S.divide(b, r2), try S.negate(try S.divide(a, r2)))
        case .compare, .and, .or:
            return (nil, nil)
        default:
            throw DerivativeError.noRule("\(name) is not an element-wise operation of two operands")
        }
    }

    // MARK: - Reverse mode

    /// The vector–Jacobian product: given the adjoint `g` = ∂L/∂y of this operation's
    /// output `y`, the contributions to ∂L/∂xᵢ for each operand (nil where `wanted[i]` is
    /// false or the contribution is zero).
    ///
    /// `g` may be *broadcastable* to y's shape (a scalar standing for a matrix of equal
    /// entries); every rule accepts that and returns contributions broadcastable to the
    /// operand's shape. Contributions are built with the simplifier's constructors, so they
    /// are in normal form as they are made.
    public func pullback(output y: Node, inputs x: [Node], adjoint g: Node, wanted: [Bool]) throws -> [Node?] {
        func want(_ i: Int) -> Bool { i < wanted.count && wanted[i] }
        func full(_ g: Node, _ s: Shape) throws -> Node { try Primitive.expand(g, to: s) }
        switch self {
        case .add, .subtract, .multiply, .divide, .power, .maximum, .minimum, .compare, .and, .or,
            .mod, .rem, .atan2:
            let (pa, pb) = try elementPartials(x[0], x[1], output: y)
            let ga = try want(0) ? pa.map { try Primitive.unbroadcast(try S.multiply(g, $0), from: y.shape, to: x[0].shape) } : nil
            let gb = try want(1) ? pb.map { try Primitive.unbroadcast(try S.multiply(g, $0), from: y.shape, to: x[1].shape) } : nil
            return [ga, gb]
        case .negate, .not, .function, .leakyRelu, .polygamma:
            guard want(0), let p = try elementPartial(x[0], output: y) else { return [nil] }
            return [try S.multiply(g, p)]
        case .matmul:
            if x[0].shape.isScalar || x[1].shape.isScalar {
                return try Primitive.multiply.pullback(output: y, inputs: x, adjoint: g, wanted: wanted)
            }
            let gf = try full(g, y.shape)
            return [
                want(0) ? try S.matmul(gf, try S.transpose(x[1])) : nil,
                want(1) ? try S.matmul(try S.transpose(x[0]), gf) : nil
            ]
        case .transpose:
            return [want(0) ? try S.transpose(g) : nil]
        case .inverse:
            // d(X⁻¹) = −X⁻¹ dX X⁻¹, so X̄ = −X⁻ᵀ Ȳ X⁻ᵀ.
            let yt = try S.transpose(y)
            return [want(0) ? try S.negate(try S.matmul(try S.matmul(yt, try full(g, y.shape)), yt)) : nil]
        case .determinant:
            // Jacobi's formula: ∂det(X)/∂X = det(X) X⁻ᵀ.
            let inverseT = try S.transpose(try S.make(.inverse, [x[0]]))
            return [want(0) ? try S.multiply(g, try S.multiply(y, inverseT)) : nil]
        case .trace:
            return [want(0) ? try S.multiply(g, .identity(x[0].shape.rows)) : nil]
        case .leftDivide:
            if x[0].shape.isScalar {
                // a \ B = B ./ a
                return try Primitive.divide.pullback(output: y, inputs: [x[1], x[0]], adjoint: g, wanted: [want(1), want(0)]).reversed()
            }
            let (ga, gb) = try Primitive.solvePullback(x[0], x[1], y, try full(g, y.shape))
            return [want(0) ? ga : nil, want(1) ? gb : nil]
        case .rightDivide:
            if x[1].shape.isScalar {
                return try Primitive.divide.pullback(output: y, inputs: x, adjoint: g, wanted: wanted)
            }
            if !x[1].shape.isSquare {
                // B / A = (Aᵀ \ Bᵀ)ᵀ: the left division's rule, transposed.
                let (ga, gb) = try Primitive.solvePullback(
                    try S.transpose(x[1]), try S.transpose(x[0]), try S.transpose(y),
                    try S.transpose(try full(g, y.shape)))
                return [want(0) ? try S.transpose(gb) : nil, want(1) ? try S.transpose(ga) : nil]
            }
            // Y = B A⁻¹: B̄ = Ȳ / Aᵀ, Ā = −Yᵀ (Ȳ / Aᵀ).
            let solved = try S.make(.rightDivide, [try full(g, y.shape), try S.transpose(x[1])])
            return [want(0) ? solved : nil, want(1) ? try S.negate(try S.matmul(try S.transpose(y), solved)) : nil]
        case .matrixPower:
            if x[0].shape.isScalar {
                return try Primitive.power.pullback(output: y, inputs: x, adjoint: g, wanted: wanted)
            }
            if want(1) { throw DerivativeError.noRule("a matrix power A^k cannot be differentiated with respect to k") }
            guard let k = x[1].scalarValue, k == k.rounded(), k >= 1, k <= 32 else {
                throw DerivativeError.noRule("A^k is differentiated only for a fixed whole number k from 1 to 32")
            }
            // d(Aᵏ) = Σᵢ Aⁱ dA Aᵏ⁻¹⁻ⁱ, so Ā = Σᵢ (Aᵀ)ⁱ Ȳ (Aᵀ)ᵏ⁻¹⁻ⁱ.
            let at = try S.transpose(x[0]), gf = try full(g, y.shape)
            func pow(_ i: Int) throws -> Node { i == 0 ? .identity(x[0].shape.rows) : i == 1 ? at : try S.make(.matrixPower, [at, .scalar(Double(i))]) }
            var total: Node = .zeros(x[0].shape)
            for i in 0..<Int(k) { total = try S.add(total, try S.matmul(try S.matmul(try pow(i), gf), try pow(Int(k) - 1 - i))) }
            return [total, nil]
        case .kron:
            // Y = A ⊗ B is made of blocks A(i,j)B, so Ā(i,j) is the inner product of Ȳ's
            // block (i,j) with B, and B̄ the sum of Ȳ's blocks weighted by A's entries:
            //   Ā = (I ⊗ 𝟏ᵀ)(Ȳ ⊙ (𝟏 ⊗ B))(I ⊗ 𝟏),   B̄ = (𝟏ᵀ ⊗ I)(Ȳ ⊙ (A ⊗ 𝟏))(𝟏 ⊗ I),
            // where the outer factors add up the rows and columns within (or across) blocks.
            let (m, n) = (x[0].shape.rows, x[0].shape.cols), (p, q) = (x[1].shape.rows, x[1].shape.cols)
            let gf = try full(g, y.shape)
            var out: [Node?] = [nil, nil]
            if want(0) {
                let spread = try S.multiply(gf, try S.make(.kron, [.ones(Shape(m, n)), x[1]]))
                let rows = try S.make(.kron, [.identity(m), .ones(Shape(1, p))])
                let cols = try S.make(.kron, [.identity(n), .ones(Shape(q, 1))])
                out[0] = try S.matmul(try S.matmul(rows, spread), cols)
            }
            if want(1) {
                let spread = try S.multiply(gf, try S.make(.kron, [x[0], .ones(Shape(p, q))]))
                let rows = try S.make(.kron, [.ones(Shape(1, m)), .identity(p)])
                let cols = try S.make(.kron, [.ones(Shape(n, 1)), .identity(q)])
                out[1] = try S.matmul(try S.matmul(rows, spread), cols)
            }
            return out
        case .sum:
            return [want(0) ? g : nil]
        case .mean(let d):
            let n = d == 1 ? x[0].shape.rows : x[0].shape.cols
            return [want(0) ? try S.divide(g, .scalar(Double(n))) : nil]
        case .prod:
            return [want(0) ? try S.multiply(g, try S.divide(y, x[0])) : nil]
        case .maxAlong(let d), .minAlong(let d):
            // Ties share the adjoint: max(x, x) moves as x does, not twice as fast.
            guard want(0) else { return [nil] }
            let picked = try S.make(.compare(.equal), [x[0], y])
            return [try S.multiply(g, try S.divide(picked, try S.make(.sum(dim: d), [picked])))]
        case .norm(let kind):
            guard want(0) else { return [nil] }
            let isVector = x[0].shape.isVector || x[0].shape.isScalar
            switch kind {
            case .frobenius:
                return [try S.multiply(g, try S.divide(x[0], y))]
            case .p(let p) where isVector:
                if p == 2 { return [try S.multiply(g, try S.divide(x[0], y))] }
                if p == 1 { return [try S.multiply(g, try S.apply(.sign, x[0]))] }
                guard p > 1 else { throw DerivativeError.noRule("norm(x, p) is differentiated only for p ≥ 1") }
                // ∂‖x‖ₚ/∂x = sign(x) ⊙ |x|^(p−1) / ‖x‖ₚ^(p−1)
                let top = try S.multiply(try S.apply(.sign, x[0]), try S.power(try S.apply(.abs, x[0]), p - 1))
                return [try S.multiply(g, try S.divide(top, try S.power(y, p - 1)))]
            case .infinity where isVector, .negativeInfinity where isVector:
                let picked = try S.make(.compare(.equal), [try S.apply(.abs, x[0]), y])
                let shared = try S.divide(picked, try DerivedOperations.sumAll(picked))
                return [try S.multiply(g, try S.multiply(try S.apply(.sign, x[0]), shared))]
            default:
                throw DerivativeError.noMatrixForm(
                    "the derivative of this matrix norm needs a singular value decomposition; Nabla differentiates vector norms and norm(X, 'fro')")
            }
        case .softmax(let dim):
            // ȳ ↦ y ⊙ (ȳ − 𝟏ᵀ(ȳ ⊙ y)), column by column (dim 1) or row by row (dim 2):
            // the softmax Jacobian diag(y) − yyᵀ applied to each column or row.
            guard want(0) else { return [nil] }
            let gf = try full(g, y.shape)
            // After a log the adjoint is k(u ⊘ y), and the quotient cancels:
            // y ⊙ (k(u ⊘ y) − 𝟏ᵀ(ku)) = k(u − y ⊙ 𝟏ᵀu). So −sum(t ⊙ log(softmax(z))) has
            // the gradient softmax(z) ⊙ 𝟏ᵀt − t, as a textbook writes it (and finite where
            // a softmax entry underflows to 0).
            let (k, quotient) = S.scaled(gf.unnamed) ?? (Node.scalar(1), gf.unnamed)
            if case .apply(.divide, let d) = quotient.kind, d[1].unnamed === y.unnamed, d[0].shape == y.shape {
                let u = d[0]
                let spread = try S.multiply(y, try S.make(.sum(dim: dim), [u]))
                if let c = S.Coefficient.of(k), c.number < 0 {
                    // −(u − y ⊙ 𝟏ᵀu) reads better the other way round: y ⊙ 𝟏ᵀu − u.
                    let positive = try S.Coefficient(number: -c.number, numerator: c.numerator, denominator: c.denominator).node()
                    return [try S.multiply(positive, try S.subtract(spread, u))]
                }
                return [try S.multiply(k, try S.subtract(u, spread))]
            }
            return [try S.multiply(y, try S.subtract(gf, try S.make(.sum(dim: dim), [try S.multiply(gf, y)])))]
        case .layerNorm(let d):
            // y = (x − μ) ⊘ σ along d: x̄ = (ȳ − mean(ȳ) − y ⊙ mean(ȳ ⊙ y)) ⊘ σ.
            guard want(0) else { return [nil] }
            let gf = try full(g, y.shape)
            let centred = try S.subtract(x[0], try S.make(.mean(dim: d), [x[0]]))
            let epsilon = Node.constant(Matrix(scalar: Primitive.layerNormEpsilon), label: "ε")
            let sigma = try S.apply(.sqrt, try S.add(try S.make(.mean(dim: d), [try S.power(centred, 2)]), epsilon))
            let inner = try S.subtract(
                try S.subtract(gf, try S.make(.mean(dim: d), [gf])),
                try S.multiply(y, try S.make(.mean(dim: d), [try S.multiply(gf, y)])))
            return [try S.divide(inner, sigma)]
        case .gatherRows:
            // Each looked-up row passes its adjoint back to the row it came from.
            return [want(0) ? try S.make(.scatterRows(rows: x[0].shape.rows), [try full(g, y.shape), x[1]]) : nil, nil]
        case .scatterRows:
            return [want(0) ? try S.make(.gatherRows, [try full(g, y.shape), x[1]]) : nil, nil]
        case .logSumExp(let d):
            guard want(0) else { return [nil] }
            let weights = try S.make(.softmax(dim: d), [x[0]])
            return [try S.multiply(g, weights)]
        case .diag:
            guard want(0) else { return [nil] }
            let part = try S.make(.diagPart, [try full(g, y.shape)])
            return [x[0].shape.rows == 1 ? try S.transpose(part) : part]
        case .diagPart:
            guard want(0) else { return [nil] }
            guard x[0].shape.isSquare else {
                throw DerivativeError.noMatrixForm("the derivative of diag of a non-square matrix has no compact matrix form")
            }
            return [try S.make(.diag, [try full(g, y.shape)])]
        case .reshape:
            return [want(0) ? try S.make(.reshape(rows: x[0].shape.rows, cols: x[0].shape.cols), [try full(g, y.shape)]) : nil]
        case .repmat(let r, let c):
            // Each copy passes its adjoint back: X̄ is the sum of Ȳ's r×c tiles. In
            // column-major order the column tiles are the columns of a reshape, and the row
            // tiles become column tiles after a transpose; repmat(b, 1, n) gives sum(Ȳ, 2).
            guard want(0) else { return [nil] }
            let m = x[0].shape.rows, k = x[0].shape.cols
            func reshape(_ n: Node, _ rows: Int, _ cols: Int) throws -> Node {
                n.shape == Shape(rows, cols) ? n : try S.make(.reshape(rows: rows, cols: cols), [n])
            }
            var tiles = try full(g, y.shape)
            if c > 1 {
                tiles = try reshape(try S.make(.sum(dim: 2), [try reshape(tiles, r * m * k, c)]), r * m, k)
            }
            if r > 1 {
                let across = try reshape(try S.transpose(tiles), k * m, r)
                tiles = try S.transpose(try reshape(try S.make(.sum(dim: 2), [across]), k, m))
            }
            return [tiles]
        }
    }

    /// (Ā, B̄) for Y = A \ B given Ȳ (of Y's shape). A square A is solved exactly. A
    /// non-square one gives, as in Octave, the minimum-norm least-squares solution Y = A⁺B
    /// (A⁺ the pseudo-inverse), and a non-square `\` is itself A⁺: so B̄ = A⁺ᵀȲ = Aᵀ \ Ȳ,
    /// right whatever A's rank. The derivative of A⁺ (Golub and Pereyra, where A's rank is
    /// locally constant),
    ///   dA⁺ = −A⁺ dA A⁺ + A⁺A⁺ᵀ dAᵀ (I − AA⁺) + (I − A⁺A) dAᵀ A⁺ᵀA⁺,
    /// gives Ā = −B̄Yᵀ + (B − AY)(A \ B̄)ᵀ + (Aᵀ \ Y)(Ȳ − AᵀB̄)ᵀ: how the solution moves,
    /// how the residual B − AY moves (0 for a wide A of full rank) and how the null space
    /// moves (Ȳ − AᵀB̄ = (I − A⁺A)Ȳ, 0 for a tall A of full rank). No Gram matrix (AᵀA)⁻¹
    /// is formed, so a rank-deficient A (a constant such as [1 1; 1 1; 0 0]) is no longer
    /// singular here. Where the rank changes at A, A⁺ jumps and no derivative exists.
    static func solvePullback(_ a: Node, _ b: Node, _ y: Node, _ g: Node) throws -> (Node, Node) {
        let (m, n) = (a.shape.rows, a.shape.cols)
        let at = try S.transpose(a)
        if m == n {
            // Y = A⁻¹B: B̄ = Aᵀ \ Ȳ, Ā = −(Aᵀ \ Ȳ) Yᵀ.
            let solved = try S.make(.leftDivide, [at, g])
            return (try S.negate(try S.matmul(solved, try S.transpose(y))), solved)
        }
        let bBar = try S.make(.leftDivide, [at, g])
        let moved = try S.matmul(bBar, try S.transpose(y))
        let residual = try S.subtract(b, try S.matmul(a, y))
        let residualTerm = try S.matmul(residual, try S.transpose(try S.make(.leftDivide, [a, bBar])))
        let free = try S.subtract(g, try S.matmul(at, bBar))
        let nullTerm = try S.matmul(try S.make(.leftDivide, [at, y]), try S.transpose(free))
        return (try S.subtract(try S.add(residualTerm, nullTerm), moved), bBar)
    }

    /// A broadcastable adjoint made exactly `shape`: a scalar c becomes c𝟏.
    static func expand(_ g: Node, to shape: Shape) throws -> Node {
        if g.shape == shape { return g }
        return try S.multiply(g, .ones(shape))
    }

    /// Sums an adjoint over the dimensions along which the operand was broadcast, so the
    /// gradient of a bias added to every column is the sum over columns.
    ///
    /// `g` is broadcastable to the output's shape `output`: along a dimension where g has
    /// one entry standing for `output`'s many (an adjoint straight from `sum` or `mean`),
    /// summing the copies multiplies by their count — forgetting that made the gradient of
    /// a bias in `sum(sum(W*X + b))` come out as 1 instead of the number of columns.
    static func unbroadcast(_ g: Node, from output: Shape, to shape: Shape) throws -> Node {
        var g = g
        if shape.rows == 1 && output.rows > 1 {
            g = g.shape.rows > 1 ? try S.make(.sum(dim: 1), [g]) : try S.multiply(.scalar(Double(output.rows)), g)
        }
        if shape.cols == 1 && output.cols > 1 {
            g = g.shape.cols > 1 ? try S.make(.sum(dim: 2), [g]) : try S.multiply(.scalar(Double(output.cols)), g)
        }
        return g
    }

    // MARK: - Forward mode (Jacobians)

    /// The Jacobian of the output in numerator layout — (numel y) × n, entries of y and of
    /// the variable taken in column-major (`vec`) order — from the operands' Jacobians
    /// (nil for an operand that does not depend on the variable).
    public func jacobian(output y: Node, inputs x: [Node], operandJacobians js: [Node?]) throws -> Node? {
        let count = y.shape.count
        /// The Jacobian of an operand broadcast to the output's shape: a scalar repeated,
        /// vec(x𝟏ᵀ) = (𝟏 ⊗ I) vec x for a column, vec(𝟏x) = (I ⊗ 𝟏) vec x for a row.
        func rows(_ j: Node, _ operand: Node) throws -> Node {
            let s = operand.shape
            if s == y.shape { return j }
            if s.isScalar { return try S.matmul(.ones(Shape(count, 1)), j) }
            if s.cols == 1, s.rows == y.shape.rows {
                return try S.matmul(try S.make(.kron, [.ones(Shape(y.shape.cols, 1)), .identity(s.rows)]), j)
            }
            if s.rows == 1, s.cols == y.shape.cols {
                return try S.matmul(try S.make(.kron, [.identity(s.cols), .ones(Shape(y.shape.rows, 1))]), j)
            }
            throw DerivativeError.invalid("\(name): an operand of shape \(s) does not broadcast to \(y.shape)")
        }
        /// diag(vec p) J — each row of J scaled by the matching entry of p (p broadcast to
        /// the output's shape first: in `c .* X` the column c scales every column of X).
        func scaleRows(_ p: Node, _ j: Node, _ operand: Node) throws -> Node {
            let jr = try rows(j, operand)
            if p.shape.isScalar { return try S.multiply(p, jr) }
            return try S.matmul(try S.make(.diag, [try vec(try broadcast(p, to: y.shape))]), jr)
        }
        func vec(_ n: Node) throws -> Node { try S.make(.reshape(rows: n.shape.count, cols: 1), [n]) }
        func broadcast(_ n: Node, to shape: Shape) throws -> Node {
            if n.shape == shape || n.shape.isScalar { return n }
            return try S.make(.repmat(rows: shape.rows / n.shape.rows, cols: shape.cols / n.shape.cols), [n])
        }
        func sum(_ terms: [Node?]) throws -> Node? {
            let present = terms.compactMap { $0 }
            guard var total = present.first else { return nil }
            for t in present.dropFirst() { total = try S.add(total, t) }
            return total
        }
        switch self {
        case .add, .subtract, .multiply, .divide, .power, .maximum, .minimum, .compare, .and, .or,
            .mod, .rem, .atan2:
            let (pa, pb) = try elementPartials(x[0], x[1], output: y)
            let ta = try js[0].flatMap { j in try pa.map { try scaleRows($0, j, x[0]) } }
            let tb = try js[1].flatMap { j in try pb.map { try scaleRows($0, j, x[1]) } }
            return try sum([ta, tb])
        case .negate, .not, .function, .leakyRelu, .polygamma:
            guard let j = js[0], let p = try elementPartial(x[0], output: y) else { return nil }
            return try scaleRows(p, j, x[0])
        case .matmul:
            if x[0].shape.isScalar || x[1].shape.isScalar {
                return try Primitive.multiply.jacobian(output: y, inputs: x, operandJacobians: js)
            }
            // vec(AB) = (Bᵀ ⊗ I) vec A = (I ⊗ A) vec B.
            let m = x[0].shape.rows, k = x[1].shape.cols
            let ta = try js[0].map { try S.matmul(try S.make(.kron, [try S.transpose(x[1]), .identity(m)]), $0) }
            let tb = try js[1].map { try S.matmul(try S.make(.kron, [.identity(k), x[0]]), $0) }
            return try sum([ta, tb])
        case .transpose:
            guard let j = js[0] else { return nil }
            if x[0].shape.isVector || x[0].shape.isScalar { return j }
            throw DerivativeError.noMatrixForm(
                "the Jacobian of a matrix transpose is a permutation (commutation) matrix, which Nabla does not print; take the Jacobian with respect to a vector"
            )
        case .inverse:
            guard let j = js[0] else { return nil }
            // vec(dX⁻¹) = −(X⁻ᵀ ⊗ X⁻¹) vec dX
            return try S.negate(try S.matmul(try S.make(.kron, [try S.transpose(y), y]), j))
        case .determinant:
            guard let j = js[0] else { return nil }
            let row = try S.transpose(try vec(try S.transpose(try S.make(.inverse, [x[0]]))))
            return try S.matmul(try S.multiply(y, row), j)
        case .trace:
            guard let j = js[0] else { return nil }
            return try S.matmul(try S.transpose(try vec(.identity(x[0].shape.rows))), j)
        case .sum(let d), .mean(let d):
            guard let j = js[0] else { return nil }
            let (m, k) = (x[0].shape.rows, x[0].shape.cols)
            let selector =
                d == 1
                ? try S.make(.kron, [.identity(k), .ones(Shape(1, m))])
                : try S.make(.kron, [.ones(Shape(1, k)), .identity(m)])
            let t = try S.matmul(selector, j)
            if case .mean = self { return try S.divide(t, .scalar(Double(d == 1 ? m : k))) }
            return t
        case .norm(let kind):
            guard let j = js[0] else { return nil }
            let isVector = x[0].shape.isVector || x[0].shape.isScalar
            guard kind == .frobenius || (kind == .p(2) && isVector) else {
                throw DerivativeError.noMatrixForm("Nabla gives the Jacobian of the 2-norm of a vector and of the Frobenius norm only")
            }
            return try S.matmul(try S.divide(try S.transpose(try vec(x[0])), y), j)
        case .softmax(let d):
            guard let j = js[0] else { return nil }
            if d == 2 && x[0].shape.rows == 1 {
                return try S.matmul(try S.subtract(try S.make(.diag, [y]), try S.matmul(try S.transpose(y), y)), j)
            }
            guard d == 1, x[0].shape.cols == 1 else {
                throw DerivativeError.noMatrixForm(
                    "softmax works \(d == 1 ? "column by column" : "row by row"); its Jacobian for a matrix is block-diagonal — take it for one \(d == 1 ? "column" : "row")"
                )
            }
            return try S.matmul(try S.subtract(try S.make(.diag, [y]), try S.matmul(y, try S.transpose(y))), j)
        case .layerNorm, .gatherRows, .scatterRows:
            guard js.contains(where: { $0 != nil }) else { return nil }
            throw DerivativeError.noMatrixForm("Nabla has no Jacobian rule in matrix form for \(name); grad works for scalar functions of it")
        case .logSumExp(let d):
            guard let j = js[0] else { return nil }
            guard (d == 1 && x[0].shape.cols == 1) || (d == 2 && x[0].shape.rows == 1) else {
                throw DerivativeError.noMatrixForm("logsumexp of a matrix has a block Jacobian; take it for one vector")
            }
            let column = d == 1 ? x[0] : try S.transpose(x[0])
            return try S.matmul(try S.transpose(try S.make(.softmax(dim: 1), [column])), j)
        case .reshape:
            return js[0]
        case .prod, .maxAlong, .minAlong, .diag, .diagPart, .repmat, .kron, .leftDivide, .rightDivide, .matrixPower:
            guard js.contains(where: { $0 != nil }) else { return nil }
            throw DerivativeError.noMatrixForm("Nabla has no Jacobian rule in matrix form for \(name); grad works for scalar functions of it")
        }
    }
}
