/// How indexing a matrix is built from row lookups, and read back for printing.
///
/// A column lookup `X(:, J)` is the row lookup of the transpose, transposed back:
/// (Xᵀ(J, :))ᵀ; `X(I, J)` is that of the row lookup `X(I, :)`. The printers recognise the
/// shape and write it as it was typed.
public struct Lookup {
    public let table: Node
    /// The row indices; nil for all rows (`:`).
    public let rows: Node?
    /// The column indices; nil for all columns.
    public let columns: Node?

    /// The lookup an operation with these operands is, if it is one.
    public init?(_ p: Primitive, _ c: [Node]) {
        switch p {
        case .gatherRows:
            (table, rows, columns) = (c[0], c[1], nil)
        case .transpose:
            guard case .apply(.gatherRows, let g) = c[0].kind, case .apply(.transpose, let t) = g[0].kind else { return nil }
            if case .apply(.gatherRows, let inner) = t[0].kind {
                (table, rows, columns) = (inner[0], inner[1], g[1])
            } else {
                (table, rows, columns) = (t[0], nil, g[1])
            }
        default:
            return nil
        }
    }
}
