/// A derivative written once per shared part: `δ1 xᵀ where δ2 = …, δ1 = …`.
///
/// The graph of a derivative is a DAG: the backward pass of an L-layer network refers
/// to each layer's δ from two places (the weight's gradient and the next δ). Printed
/// as a tree it would grow exponentially; printed with `where` clauses it grows
/// linearly. Names come first from the user (formulas bound with `:=` print by name),
/// then from the differentiator (`δ2` for ∂L/∂z2), and only then are invented (`t1`, …)
/// for any other sizeable part used more than once.
public struct SharedForm: Sendable {
    /// The expression, with shared parts replaced by their names.
    public var main: Node
    /// Definitions in the order they must be read: each uses only names defined before it.
    public var definitions: [(name: String, node: Node)]
    public var names: [Node: String]

    /// Finds the parts of `root` worth naming.
    public init(_ root: Node, names preferred: [Node: String] = [:]) {
        main = root
        // Count how many distinct parents refer to each node, not looking inside user-named
        // formulas (they print as their names).
        var parents: [Int: Int] = [:]
        var seen: Set<Int> = []
        var order: [Node] = []
        var stack: [(Node, Bool)] = [(root, false)]
        while let (n, done) = stack.popLast() {
            if done { order.append(n); continue }
            guard seen.insert(n.id).inserted else { continue }
            stack.append((n, true))
            if case .named = n.kind, n !== root, preferred[n] == nil { continue }
            for c in n.children {
                parents[c.id, default: 0] += 1
                stack.append((c, false))
            }
        }
        var chosen = preferred.filter { seen.contains($0.key.id) }
        chosen.merge(ExpressionPrinter.distinctLabels(root)) { given, _ in given }
        let taken = Set(root.variables.keys).union(chosen.values)
        var counter = 0
        for n in order where n !== root && chosen[n] == nil && (parents[n.id] ?? 0) >= 2 {
            guard case .apply = n.kind, UnicodePrinter.print(n, names: chosen).count > 12 else { continue }
            var name: String
            repeat { counter += 1; name = "t\(counter)" } while taken.contains(name)
            chosen[n] = name
        }
        self.names = chosen
        // `order` lists children before parents, which is the order definitions must be read in.
        definitions = order.compactMap { n in n === root ? nil : chosen[n].map { (name: $0, node: n) } }
    }

    /// `main where a = …, b = …` in one notation; the main expression alone when nothing is shared.
    public func print(_ notation: Notation, separator: String = ", ") -> String {
        // A result that is itself a named part (∂L/∂b1 = δ1) is written out, not renamed.
        let main = MathPrinter.print(self.main, notation: notation, names: names, expandTop: true)
        guard !definitions.isEmpty else { return main }
        let defs = definitions.map { d -> String in
            var p = ExpressionPrinter(notation: notation, names: names)
            p.expanding = d.node
            // A count renamed apart from another (n1, n2) is defined by its value.
            if case .constant(let m, _?) = d.node.kind, m.isScalar { return p.symbolName(d.name) + " = " + p.number(m.scalar) }
            return p.symbolName(d.name) + " = " + p.print(d.node)
        }
        let word = notation == .latex ? " \\quad\\text{where } " : " where "
        return main + word + defs.joined(separator: separator)
    }

    /// The number of characters of the Unicode form: the size measure of the benchmark.
    public var printedSize: Int { print(.unicode).count }
}
