/// Textbook notation in Unicode — Nabla's default display: `2(Wx + b − y)xᵀ`.
///
/// Matrix products are juxtaposed, element-wise products are `⊙`, Kronecker products
/// `⊗`, transposes `ᵀ`, inverses `⁻¹`, the logistic function `σ`, Iverson brackets
/// `[z > 0]` for indicator arrays and `𝟏` for a matrix of ones.
public enum UnicodePrinter {
    public static func print(_ node: Node, names: [Node: String] = [:]) -> String {
        ExpressionPrinter(notation: .unicode, names: names).print(node)
    }
}

/// The textbook layout in plain ASCII (`format ascii`): `2(Wx + b - y)x'`, `.*` for ⊙.
public enum AsciiPrinter {
    public static func print(_ node: Node, names: [Node: String] = [:]) -> String {
        ExpressionPrinter(notation: .ascii, names: names).print(node)
    }
}

/// Prints in any notation, with or without `where` clauses.
public enum MathPrinter {
    /// `node` in `notation`; a user-named node at the top is written out in full
    /// (so `z := W*x + b` shows `Wx + b`, not `z`).
    public static func print(_ node: Node, notation: Notation, names: [Node: String] = [:], expandTop: Bool = false) -> String {
        var p = ExpressionPrinter(notation: notation, names: names)
        if expandTop { p.expanding = node }
        return p.print(node)
    }
}
