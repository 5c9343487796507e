import NablaNumerics

/// `expand(e)`: products multiplied out over sums — `A(B + C)` → `AB + AC`,
/// `(A + B) ⊙ C` → `A ⊙ C + B ⊙ C`, `c(A − B)` → `cA − cB`.
///
/// The opposite direction to the simplifier's factoring, so sums are built as they
/// stand (not through `Simplifier.add`, which would factor them again); products go
/// through the simplifier's constructors so scalars are still gathered.
///
/// Multiplying out n binomials writes 2ⁿ terms, which no sharing can avoid: a result of
/// more than `WorkBudget.maxTerms` terms is refused before it is built, saying how many
/// it would have. Ctrl-C is polled as it goes.
public enum Expander {
    public static func expand(_ node: Node) throws -> Node {
        var memo: [Int: Node] = [:]
        let budget = WorkBudget("expand")
        for n in node.topologicalOrder {
            try budget.check()
            guard case .apply(let p, let children) = n.kind else { memo[n.id] = n; continue }
            let c = children.map { memo[$0.id] ?? $0 }
            switch p {
            case .matmul, .multiply, .kron:
                memo[n.id] = try distribute(p, c[0], c[1])
            case .transpose:
                memo[n.id] = try distributeTranspose(c[0])
            default:
                memo[n.id] = try Simplifier.make(p, c)
            }
        }
        return memo[node.id] ?? node
    }

    /// The terms of a sum, with their signs.
    static func terms(_ n: Node) -> [(Bool, Node)] {
        // A broadcasting sum (2 + A means 2𝟏 + A) does not distribute over a matrix product.
        guard n.children.allSatisfy({ $0.shape == n.shape }) else { return [(true, n)] }
        switch n.kind {
        case .apply(.add, let c): return terms(c[0]) + terms(c[1])
        case .apply(.subtract, let c): return terms(c[0]) + terms(c[1]).map { (!$0.0, $0.1) }
        default: return [(true, n)]
        }
    }

    static func sum(_ ts: [(Bool, Node)]) throws -> Node {
        var total: Node? = nil
        for (positive, t) in ts {
            if let acc = total {
                total = try Node.apply(positive ? .add : .subtract, [acc, t])
            } else {
                total = positive ? t : try Simplifier.negate(t)
            }
        }
        return total ?? .scalar(0)
    }

    static func distribute(_ p: Primitive, _ a: Node, _ b: Node) throws -> Node {
        let ta = terms(a), tb = terms(b)
        if ta.count == 1 && tb.count == 1 { return try Simplifier.make(p, [a, b]) }
        let count = ta.count.multipliedReportingOverflow(by: tb.count)
        if count.overflow || count.partialValue > WorkBudget.maxTerms {
            let n = count.overflow ? "more than \(Int.max)" : "\(count.partialValue)"
            throw DerivativeError.invalid(
                "multiplying this out writes at least \(n) terms (\(ta.count) × \(tb.count)), more than the \(WorkBudget.maxTerms) expand shows; expand a smaller part, or keep the product factored"
            )
        }
        var out: [(Bool, Node)] = []
        for (sa, x) in ta {
            try Interrupt.check()
            for (sb, y) in tb { out.append((sa == sb, try distribute(p, x, y))) }
        }
        return try sum(out)
    }

    static func distributeTranspose(_ a: Node) throws -> Node {
        let ts = terms(a)
        if ts.count == 1 { return try Simplifier.transpose(a) }
        return try sum(ts.map { ($0.0, try Simplifier.transpose($0.1)) })
    }
}
