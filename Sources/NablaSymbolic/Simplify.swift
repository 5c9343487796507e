import NablaNumerics

/// The simplifier: smart constructors that put every node they build into a readable
/// normal form, and `simplify`, which rebuilds a graph bottom-up through them.
///
/// The rules are local (each looks at one node and its children), and each either
/// makes the expression smaller or moves a scalar factor outward, so rebuilding
/// terminates; rebuilding a normal form gives the same node, so `simplify` is
/// idempotent; and every rule is an identity of real matrices, so values never change.
/// The rules, by family:
/// - constants are folded; `0 + X`, `1 ⊙ X`, `I X`, `X I`, `(Xᵀ)ᵀ` vanish; `X − X` is 0;
/// - scalar factors are gathered in front (`A(2B)` → `2AB`) and multiplied together,
///   keeping named constants symbolic (`2 · (1/n)` → `2/n`);
/// - like terms are collected: `A + A` → `2A`, `cX + dX` → `(c + d)X`,
///   `Ax + Bx` → `(A + B)x`, `xA + xB` → `x(A + B)`;
/// - transposes move to the leaves: `(AB)ᵀ` → `BᵀAᵀ`, `(cA)ᵀ` → `cAᵀ`, `(A ⊗ B)ᵀ` → `Aᵀ ⊗ Bᵀ`;
/// - Kronecker products obey the mixed-product rule `(A ⊗ B)(C ⊗ D)` → `AC ⊗ BD`.
///
/// User-named sub-expressions (`z1 := W1*x + b1`) are atoms: the simplifier never
/// rewrites inside them, so derivatives keep speaking in the user's names.
public enum Simplifier {
    /// Builds `p(children)` in normal form. Throws the primitive's shape error.
    public static func make(_ p: Primitive, _ c: [Node]) throws -> Node {
        if let folded = try fold(p, c) { return folded }
        switch p {
        case .add: return try add(c[0], c[1])
        case .subtract: return try subtract(c[0], c[1])
        case .multiply: return try multiply(c[0], c[1])
        case .divide: return try divide(c[0], c[1])
        case .negate: return try multiply(.scalar(-1), c[0])
        case .matmul: return try matmul(c[0], c[1])
        case .transpose: return try transpose(c[0])
        case .power:
            if c[1].scalarValue == 1 { return c[0] }
            if c[1].scalarValue == 0 { return .ones(c[0].shape) }
            return try .apply(p, c)
        case .kron:
            if c[0].scalarValue == 1 { return c[1] }
            if c[1].scalarValue == 1 { return c[0] }
            if c[0].isZero || c[1].isZero { return .zeros(try p.shape(c.map(\.shape))) }
            if c[0].isIdentity && c[1].isIdentity { return .identity(c[0].shape.rows * c[1].shape.rows) }
            // Scalars leave a Kronecker product: (cA) ⊗ B = c(A ⊗ B).
            if let (k, a) = scaled(c[0]) { return try multiply(k, try make(.kron, [a, c[1]])) }
            if let (k, b) = scaled(c[1]) { return try multiply(k, try make(.kron, [c[0], b])) }
            return try .apply(p, c)
        case .sum(let d), .mean(let d), .prod(let d), .maxAlong(let d), .minAlong(let d):
            let along = d == 1 ? c[0].shape.rows : c[0].shape.cols
            if along == 1 { return c[0] }
            if case .sum = p, let (k, a) = scaled(c[0]) { return try multiply(k, try make(p, [a])) }
            return try .apply(p, c)
        case .trace:
            if c[0].shape.isScalar { return c[0] }
            if c[0].isIdentity { return .scalar(Double(c[0].shape.rows)) }
            if let (k, a) = scaled(c[0]) { return try multiply(k, try make(.trace, [a])) }
            return try .apply(p, c)
        case .reshape(let r, let cols):
            if c[0].shape == Shape(r, cols) { return c[0] }
            return try .apply(p, c)
        case .diag:
            if c[0].shape.isScalar { return c[0] }
            return try .apply(p, c)
        default:
            return try .apply(p, c)
        }
    }

    /// Rebuilds `node` bottom-up through `make`. User-named sub-expressions are left
    /// as they are unless `throughNames` is set.
    public static func simplify(_ node: Node, throughNames: Bool = false) throws -> Node {
        var memo: [Int: Node] = [:]
        for n in node.topologicalOrder {
            try Interrupt.check()
            switch n.kind {
            case .variable, .constant:
                memo[n.id] = n
            case .named(let name, let child):
                memo[n.id] = throughNames ? memo[child.id] ?? child : .named(name, child)
            case .apply(let p, let children):
                memo[n.id] = try make(p, children.map { memo[$0.id] ?? $0 })
            }
        }
        return memo[node.id] ?? node
    }

    // MARK: - Constants and scalar coefficients

    /// Folds an operation whose operands are all plain (unlabelled or structural) constants.
    static func fold(_ p: Primitive, _ c: [Node]) throws -> Node? {
        guard !c.isEmpty, c.allSatisfy({ $0.isConstant && isFoldable($0) }) else { return nil }
        let shape = try p.shape(c.map(\.shape))
        guard shape.count <= 4096 else { return nil }
        let value = try p.evaluate(c.map { $0.constantValue ?? Matrix.empty })
        if value.elements.contains(where: { !$0.isFinite }) { return nil }
        // Keep the structural names: a product of identities is the identity, and so on.
        let node = Node.constant(value)
        if !shape.isScalar {
            if node.isIdentity { return .identity(shape.rows) }
            if node.isFilled(with: 1) { return .ones(shape) }
            if node.isFilled(with: 0) { return .zeros(shape) }
        }
        return node
    }

    /// Plain numbers, `I`, `𝟏` and `0` fold; a labelled quantity such as `n` stays symbolic.
    static func isFoldable(_ n: Node) -> Bool {
        if case .constant(_, let label) = n.kind { return label == nil || label == "I" || label == "𝟏" || label == "0" }
        return false
    }

    /// A scalar built only from constants (`2`, `n`, `2/n`): it commutes with everything
    /// and is gathered in front of a product.
    public static func isCoefficient(_ n: Node) -> Bool {
        guard n.shape.isScalar else { return false }
        switch n.kind {
        case .constant: return true
        case .apply(let p, let c):
            switch p {
            case .multiply, .divide, .negate: return c.allSatisfy(isCoefficient)
            default: return false
            }
        default: return false
        }
    }

    /// A coefficient as number × (labelled factors) / (labelled factors).
    struct Coefficient {
        var number: Double
        var numerator: [Node]
        var denominator: [Node]

        static func of(_ n: Node) -> Coefficient? {
            switch n.kind {
            case .constant(let m, let label):
                guard m.isScalar else { return nil }
                _ = label
                return isFoldable(n)
                    ? Coefficient(number: m.scalar, numerator: [], denominator: [])
                    : Coefficient(number: 1, numerator: [n], denominator: [])
            case .apply(.multiply, let c) where n.shape.isScalar:
                guard let a = of(c[0]), let b = of(c[1]) else { return nil }
                return a.times(b)
            case .apply(.divide, let c) where n.shape.isScalar:
                guard let a = of(c[0]), let b = of(c[1]), b.number != 0 else { return nil }
                return a.times(Coefficient(number: 1 / b.number, numerator: b.denominator, denominator: b.numerator))
            case .apply(.negate, let c) where n.shape.isScalar:
                guard var a = of(c[0]) else { return nil }
                a.number = -a.number
                return a
            default:
                return nil
            }
        }

        func times(_ o: Coefficient) -> Coefficient {
            var num = numerator + o.numerator
            var den = denominator + o.denominator
            // Cancel a labelled factor that appears above and below.
            var k = 0
            while k < num.count {
                if let j = den.firstIndex(where: { $0 === num[k] }) {
                    den.remove(at: j)
                    num.remove(at: k)
                } else {
                    k += 1
                }
            }
            return Coefficient(
                number: number * o.number, numerator: num.sorted { $0.id < $1.id },
                denominator: den.sorted { $0.id < $1.id })
        }

        /// Same symbolic part, so `c·s + d·s` = `(c + d)·s`.
        func sameSymbols(_ o: Coefficient) -> Bool {
            numerator.map(\.id) == o.numerator.map(\.id) && denominator.map(\.id) == o.denominator.map(\.id)
        }

        /// The canonical node: `c`, `c·n`, `c/n`, `n/m`.
        func node() throws -> Node {
            func product(_ xs: [Node]) throws -> Node {
                var out = xs[0]
                for x in xs.dropFirst() { out = try .apply(.multiply, [out, x]) }
                return out
            }
            if numerator.isEmpty && denominator.isEmpty { return .scalar(number) }
            var top: Node
            if numerator.isEmpty {
                top = .scalar(number)
            } else {
                top = try product(numerator)
                if number != 1 { top = try .apply(.multiply, [.scalar(number), top]) }
            }
            if denominator.isEmpty { return top }
            return try .apply(.divide, [top, try product(denominator)])
        }
    }

    /// Splits `c ⊙ X` (c a coefficient, X not scalar) into `(c, X)`.
    static func scaled(_ n: Node) -> (Node, Node)? {
        guard case .apply(.multiply, let c) = n.kind, isCoefficient(c[0]), !isCoefficient(c[1]) else { return nil }
        return (c[0], c[1])
    }

    /// A term as coefficient × base, for collecting like terms.
    static func term(_ n: Node) -> (Coefficient, Node) {
        if let (k, base) = scaled(n), let coefficient = Coefficient.of(k) { return (coefficient, base) }
        return (Coefficient(number: 1, numerator: [], denominator: []), n)
    }

    // MARK: - Rules

    public static func add(_ a: Node, _ b: Node) throws -> Node {
        let shape = try Primitive.add.shape([a.shape, b.shape])
        if a.isZero && b.shape == shape { return b }
        if b.isZero && a.shape == shape { return a }
        if isCoefficient(a) && isCoefficient(b), let x = Coefficient.of(a), let y = Coefficient.of(b), x.sameSymbols(y) {
            return try Coefficient(number: x.number + y.number, numerator: x.numerator, denominator: x.denominator).node()
        }
        let (ca, ba) = term(a), (cb, bb) = term(b)
        if ba === bb, ca.sameSymbols(cb), a.shape == b.shape {
            let sum = ca.number + cb.number
            if sum == 0 { return .zeros(shape) }
            return try multiply(try Coefficient(number: sum, numerator: ca.numerator, denominator: ca.denominator).node(), ba)
        }
        if case .apply(.multiply, let c) = b.kind, c[0].scalarValue == -1 { return try subtract(a, c[1]) }
        if case .apply(.multiply, let c) = a.kind, c[0].scalarValue == -1, b.shape == shape { return try subtract(b, c[1]) }
        if let (k, x) = scaled(a), let (k2, y) = scaled(b), k === k2 { return try multiply(k, try add(x, y)) }
        // (−c)X + cY = c(Y − X): the softmax cross-entropy's (1/m)(softmax(Z) − Y).
        if scaled(a) != nil, scaled(b) != nil, a.shape == b.shape, ca.sameSymbols(cb), ca.number == -cb.number, ca.number != 0 {
            let positive = try Coefficient(number: Swift.abs(ca.number), numerator: ca.numerator, denominator: ca.denominator).node()
            return ca.number < 0 ? try multiply(positive, try subtract(bb, ba)) : try multiply(positive, try subtract(ba, bb))
        }
        if let (k, x) = scaled(b), let c = Coefficient.of(k), c.number < 0, b.shape == shape {
            let positive = try Coefficient(number: -c.number, numerator: c.numerator, denominator: c.denominator).node()
            return try subtract(a, try multiply(positive, x))
        }
        if let factored = try factor(a, b, subtracting: false) { return factored }
        return try .apply(.add, [a, b])
    }

    public static func subtract(_ a: Node, _ b: Node) throws -> Node {
        let shape = try Primitive.subtract.shape([a.shape, b.shape])
        if b.isZero && a.shape == shape { return a }
        if a.isZero && b.shape == shape { return try multiply(.scalar(-1), b) }
        if a === b { return .zeros(shape) }
        if isCoefficient(a) && isCoefficient(b), let x = Coefficient.of(a), let y = Coefficient.of(b), x.sameSymbols(y) {
            return try Coefficient(number: x.number - y.number, numerator: x.numerator, denominator: x.denominator).node()
        }
        let (ca, ba) = term(a), (cb, bb) = term(b)
        if ba === bb, ca.sameSymbols(cb), a.shape == b.shape {
            let diff = ca.number - cb.number
            if diff == 0 { return .zeros(shape) }
            return try multiply(try Coefficient(number: diff, numerator: ca.numerator, denominator: ca.denominator).node(), ba)
        }
        if case .apply(.multiply, let c) = b.kind, c[0].scalarValue == -1 { return try add(a, c[1]) }
        if let (k, x) = scaled(a), let (k2, y) = scaled(b), k === k2 { return try multiply(k, try subtract(x, y)) }
        if let factored = try factor(a, b, subtracting: true) { return factored }
        return try .apply(.subtract, [a, b])
    }

    /// `PX ± QX` → `(P ± Q)X` and `XP ± XQ` → `X(P ± Q)`, the factor's terms in a fixed order.
    /// Products are compared as chains, whatever their grouping: `(Xb)cᵀ + (Xc)bᵀ` →
    /// `X(bcᵀ + cbᵀ)`, as the Matrix Cookbook writes ∂(bᵀXᵀXc)/∂X.
    static func factor(_ a: Node, _ b: Node, subtracting: Bool) throws -> Node? {
        guard case .apply(.matmul, _) = a.kind, case .apply(.matmul, _) = b.kind, a.shape == b.shape else { return nil }
        let x = chain(a), y = chain(b)
        func combine(_ p: Node, _ q: Node) throws -> Node {
            subtracting ? try subtract(p, q) : try add(ordered(p, q))
        }
        if let last = x.last, last === y.last {
            let p = try product(x.dropLast()), q = try product(y.dropLast())
            if p.shape == q.shape { return try matmul(try combine(p, q), last) }
        }
        if let first = x.first, first === y.first {
            let p = try product(x.dropFirst()), q = try product(y.dropFirst())
            if p.shape == q.shape { return try matmul(first, try combine(p, q)) }
        }
        return nil
    }

    /// The factors of a matrix product, left to right, however it is grouped.
    static func chain(_ n: Node) -> [Node] {
        guard case .apply(.matmul, let c) = n.kind, !c[0].shape.isScalar, !c[1].shape.isScalar else { return [n] }
        return chain(c[0]) + chain(c[1])
    }

    /// A chain of factors multiplied back, left to right.
    static func product<C: Collection<Node>>(_ factors: C) throws -> Node {
        guard var result = factors.first else { throw NumericError.invalid("an empty product") }
        for f in factors.dropFirst() { result = try Node.apply(.matmul, [result, f]) }
        return result
    }

    /// A sum's terms in the order a textbook writes them: plain before transposed (`A + Aᵀ`).
    /// Terms too big to print in passing (their text grows with `treeSize`, exponentially
    /// in a chain's depth) are ordered by size instead, then by age: a fixed order all the
    /// same, found without walking either tree.
    static func ordered(_ p: Node, _ q: Node) -> (Node, Node) {
        if p.treeSize + q.treeSize > orderedByTextUpTo {
            return (p.treeSize, p.id) <= (q.treeSize, q.id) ? (p, q) : (q, p)
        }
        let kp = AsciiPrinter.print(p), kq = AsciiPrinter.print(q)
        return (kp.count, kp) <= (kq.count, kq) ? (p, q) : (q, p)
    }

    /// The largest pair of terms (in nodes, sharing undone) `ordered` compares by their text.
    static let orderedByTextUpTo = 1000

    private static func add(_ pair: (Node, Node)) throws -> Node { try add(pair.0, pair.1) }

    public static func multiply(_ a: Node, _ b: Node) throws -> Node {
        let shape = try Primitive.multiply.shape([a.shape, b.shape])
        if a.isZero || b.isZero { return .zeros(shape) }
        if a.scalarValue == 1 && b.shape == shape { return b }
        if b.scalarValue == 1 && a.shape == shape { return a }
        if a.isFilled(with: 1) && b.shape == shape { return b }
        if b.isFilled(with: 1) && a.shape == shape { return a }
        let ka = isCoefficient(a), kb = isCoefficient(b)
        if ka && kb, let x = Coefficient.of(a), let y = Coefficient.of(b) { return try x.times(y).node() }
        if kb && !ka { return try multiply(b, a) }
        if ka {
            if let (k, x) = scaled(b) { return try multiply(try multiply(a, k), x) }
            // 2((λ/2)W) = λW: the coefficient joins a scalar factor, and meets its denominator.
            // Only when the factor absorbs the coefficient: a(sX) is otherwise the normal form.
            if case .apply(.multiply, let m) = b.kind, m[0].shape.isScalar, !m[1].shape.isScalar {
                let joined = try multiply(a, m[0])
                var absorbed = true
                if case .apply(.multiply, let j) = joined.kind, j[0] === a { absorbed = false }
                if absorbed { return try multiply(joined, m[1]) }
            }
            if b.shape.isScalar, case .apply(let p, let q) = b.kind, p == .divide || p == .rightDivide, isCoefficient(q[1]) {
                return try multiply(try divide(a, q[1]), q[0])
            }
            return try .apply(.multiply, [a, b])
        }
        // Neither operand is a coefficient.
        if let (k, x) = scaled(a) { return try multiply(k, try multiply(x, b)) }
        if let (k, y) = scaled(b) { return try multiply(k, try multiply(a, y)) }
        // (c ⊘ t) ⊙ (t ⊙ Y) = cY for a scalar t (∂ log det X reaches X⁻ᵀ this way),
        // and g ⊙ (1 ⊘ u) = g ⊘ u.
        if case .apply(.divide, let d) = a.kind, d[1].shape.isScalar, case .apply(.multiply, let m) = b.kind, m[0] === d[1] {
            return try multiply(d[0], m[1])
        }
        if let cancelled = try cancelLogisticDenominators(a, b) { return cancelled }
        if case .apply(.divide, let d) = b.kind, d[1] === a, a.shape.isScalar { return d[0] }
        if case .apply(.divide, let d) = a.kind, d[1] === b, b.shape.isScalar { return d[0] }
        if case .apply(.divide, let d) = b.kind, d[0].scalarValue == 1 { return try divide(a, d[1]) }
        if case .apply(.divide, let d) = a.kind, d[0].scalarValue == 1 { return try divide(b, d[1]) }
        return try .apply(.multiply, [a, b])
    }

    /// `(u ⊘ (1 − p) − v ⊘ p) ⊙ (p ⊙ (1 − p)) = u ⊙ p − v ⊙ (1 − p)`, and `= p − v` when
    /// u is 1 − v. This is the chain rule meeting the logistic function's derivative
    /// p(1 − p) after a cross-entropy: the binary cross-entropy of σ(z) has ∂L/∂z =
    /// (1/n)(σ(z) − t), which is what a textbook prints (and, unlike the quotients, it is
    /// finite where σ saturates to 0 or 1).
    static func cancelLogisticDenominators(_ a: Node, _ b: Node) throws -> Node? {
        // The loss sees σ's output under the student's name (`a`), its derivative rule sees
        // it bare: the same node either way.
        func same(_ x: Node, _ y: Node) -> Bool { x.unnamed === y.unnamed }
        func isOneMinus(_ n: Node, _ p: Node) -> Bool {
            if case .apply(.subtract, let c) = n.kind, c[0].scalarValue == 1, same(c[1], p) { return true }
            return false
        }
        func logisticSlope(_ n: Node) -> Node? {
            guard case .apply(.multiply, let c) = n.kind else { return nil }
            if isOneMinus(c[1], c[0]) { return c[0] }
            if isOneMinus(c[0], c[1]) { return c[1] }
            return nil
        }
        for (adjoint, slope) in [(a, b), (b, a)] {
            // The adjoint may carry a name of its own (δ) and a coefficient (1/n).
            let (k, quotients) = scaled(adjoint.unnamed) ?? (Node.scalar(1), adjoint.unnamed)
            guard let bare = logisticSlope(slope.unnamed), case .apply(.subtract, let d) = quotients.kind,
                case .apply(.divide, let first) = d[0].kind, isOneMinus(first[1], bare),
                case .apply(.divide, let second) = d[1].kind, same(second[1], bare),
                quotients.shape == bare.shape || quotients.shape.isScalar
            else { continue }
            let (u, v) = (first[0], second[0])
            let shape = try Primitive.multiply.shape([a.shape, b.shape])
            let result: Node
            // Written with the name the loss used, which is how the student wrote it.
            let p = second[1]
            if case .apply(.subtract, let w) = u.kind, w[0].scalarValue == 1, same(w[1], v) {
                result = try subtract(p, v)
            } else {
                result = try subtract(try multiply(u, p), try multiply(v, try subtract(.scalar(1), p)))
            }
            let scaledResult = try multiply(k, result)
            return scaledResult.shape == shape ? scaledResult : nil
        }
        return nil
    }

    public static func divide(_ a: Node, _ b: Node) throws -> Node {
        let shape = try Primitive.divide.shape([a.shape, b.shape])
        if b.scalarValue == 1 && a.shape == shape { return a }
        if a.isZero && !b.isZero { return .zeros(shape) }
        if isCoefficient(a) && isCoefficient(b), let x = Coefficient.of(a), let y = Coefficient.of(b), y.number != 0 {
            return try x.times(Coefficient(number: 1 / y.number, numerator: y.denominator, denominator: y.numerator)).node()
        }
        if isCoefficient(b), !isCoefficient(a), let y = Coefficient.of(b), y.number != 0 {
            let inverse = try Coefficient(number: 1 / y.number, numerator: y.denominator, denominator: y.numerator).node()
            return try multiply(inverse, a)
        }
        if let (k, x) = scaled(a) { return try multiply(k, try divide(x, b)) }
        return try .apply(.divide, [a, b])
    }

    public static func matmul(_ a: Node, _ b: Node) throws -> Node {
        if a.shape.isScalar || b.shape.isScalar { return try multiply(a, b) }
        let shape = try Primitive.matmul.shape([a.shape, b.shape])
        if a.isIdentity { return b }
        if b.isIdentity { return a }
        if a.isZero || b.isZero { return .zeros(shape) }
        if let (k, x) = scaled(a) { return try multiply(k, try matmul(x, b)) }
        if let (k, y) = scaled(b) { return try multiply(k, try matmul(a, y)) }
        // Any scalar factor leaves a matrix product: A(sY) = s(AY).
        if case .apply(.multiply, let m) = b.kind, m[0].shape.isScalar, !m[1].shape.isScalar {
            return try multiply(m[0], try matmul(a, m[1]))
        }
        if case .apply(.multiply, let m) = a.kind, m[0].shape.isScalar, !m[1].shape.isScalar {
            return try multiply(m[0], try matmul(m[1], b))
        }
        // 𝟏𝟏 sums the inner dimension: every entry is its size k, so 𝟏(m×k)𝟏(k×n) = k𝟏.
        if a.isFilled(with: 1) && b.isFilled(with: 1) {
            return try multiply(.scalar(Double(a.shape.cols)), .ones(shape))
        }
        // Mixed-product rule: (P ⊗ Q)(R ⊗ S) = PR ⊗ QS when the factors conform.
        if case .apply(.kron, let x) = a.kind, case .apply(.kron, let y) = b.kind,
            x[0].shape.cols == y[0].shape.rows, x[1].shape.cols == y[1].shape.rows
        {
            return try make(.kron, [try matmul(x[0], y[0]), try matmul(x[1], y[1])])
        }
        return try .apply(.matmul, [a, b])
    }

    public static func transpose(_ a: Node) throws -> Node {
        if a.shape.isScalar { return a }
        switch a.kind {
        case .constant(let m, let label):
            if label == "I" { return a }
            if label == "𝟏" { return .ones(a.shape.transposed) }
            if label == "0" { return .zeros(a.shape.transposed) }
            if isFoldable(a) { return .constant(m.transposed) }
        case .apply(.transpose, let c):
            return c[0]
        case .apply(.matmul, let c):
            return try matmul(try transpose(c[1]), try transpose(c[0]))
        case .apply(.multiply, let c) where isCoefficient(c[0]):
            return try multiply(c[0], try transpose(c[1]))
        case .apply(.kron, let c):
            return try make(.kron, [try transpose(c[0]), try transpose(c[1])])
        case .apply(.diag, _):
            return a
        default:
            break
        }
        return try .apply(.transpose, [a])
    }

    // MARK: - Convenience for derivative rules

    public static func negate(_ a: Node) throws -> Node { try multiply(.scalar(-1), a) }
    public static func apply(_ f: ElementFunction, _ a: Node) throws -> Node { try make(.function(f), [a]) }
    public static func power(_ a: Node, _ p: Double) throws -> Node { try make(.power, [a, .scalar(p)]) }
    public static func greater(_ a: Node, _ b: Node) throws -> Node { try make(.compare(.greater), [a, b]) }
}
