import NablaNumerics

/// Loss functions written in terms of primitives, so they need no derivative rules of
/// their own: differentiating them applies the primitives' rules, and the results read
/// as a textbook writes them (`∂mse/∂a = (2/n)(a − y)`).
public enum DerivedOperations {
    /// Σ over every entry, skipping sums over a dimension of length 1.
    public static func sumAll(_ x: Node) throws -> Node {
        var s = x
        if s.shape.rows > 1 { s = try .apply(.sum(dim: 1), [s]) }
        if s.shape.cols > 1 { s = try .apply(.sum(dim: 2), [s]) }
        return s
    }

    /// Divides by a count that prints as a letter (`n`), keeping `2/n` symbolic in derivatives.
    static func average(_ total: Node, count: Int, label: String) throws -> Node {
        guard count > 1 else { return total }
        return try .apply(.divide, [total, .constant(Matrix(scalar: Double(count)), label: label)])
    }

    /// Mean squared error over all entries: (1/n) Σ (a − y)², n = numel(a).
    public static func mse(_ a: Node, _ y: Node) throws -> Node {
        let d = try Node.apply(.subtract, [a, y])
        let squares = try Node.apply(.power, [d, .scalar(2)])
        return try average(try sumAll(squares), count: squares.shape.count, label: "n")
    }

    /// Binary cross-entropy over all entries: −(1/n) Σ y log p + (1 − y) log(1 − p).
    public static func bce(_ p: Node, _ y: Node) throws -> Node {
        let one = Node.scalar(1)
        let positive = try Node.apply(.multiply, [y, try .apply(.function(.log), [p])])
        let negative = try Node.apply(
            .multiply,
            [
                try .apply(.subtract, [one, y]),
                try .apply(.function(.log), [try .apply(.subtract, [one, p])])
            ])
        let total = try sumAll(try .apply(.add, [positive, negative]))
        let n = try Primitive.add.shape([p.shape, y.shape]).count
        return try .apply(.negate, [try average(total, count: n, label: "n")])
    }

    /// Softmax cross-entropy of logits `z` (classes × examples) against one-hot targets `Y`,
    /// in the stable log-sum-exp form: (1/m) Σⱼ (logsumexp(zⱼ) − Yⱼᵀ zⱼ), m = columns.
    public static func crossEntropy(_ z: Node, _ targets: Node) throws -> Node {
        let normaliser = try sumAll(try .apply(.logSumExp(dim: 1), [z]))
        let picked = try sumAll(try .apply(.multiply, [targets, z]))
        return try average(try .apply(.subtract, [normaliser, picked]), count: z.shape.cols, label: "m")
    }
}
