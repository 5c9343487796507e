/// LaTeX maths (`latex(expr)`, `format latex`): `2\left(Wx + b - y\right)x^\top`.
///
/// Same layout rules as the Unicode printer; `⊙` is `\odot`, `σ` is `\sigma`, names
/// ending in digits get subscripts (`W_{1}`), fractions of scalars are `\frac`.
public enum LatexPrinter {
    public static func print(_ node: Node, names: [Node: String] = [:]) -> String {
        ExpressionPrinter(notation: .latex, names: names).print(node)
    }
}
