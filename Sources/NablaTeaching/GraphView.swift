import Foundation
import NablaNumerics
import NablaRuntime
import NablaSymbolic

/// `graph(expr)`: the computation graph drawn as a tree in the terminal, each node with
/// its operation and shape and, on request, its value (`'values'`) and its gradient
/// (`'grad'`, for a scalar expression); `graph(expr, 'file.dot')` writes Graphviz.
///
/// A node used twice (a DAG, not a tree) is drawn once; its second use points back to it.
extension TeachingBuiltins {
    static let graphs: [Builtin] = [
        Builtin(
            "graph", "graph(expr)  graph(expr, 'values')  graph(expr, 'grad')  graph(expr, 'file.dot')",
            "The computation graph of a formula: nodes with operation and shape, optionally values and gradients; or a Graphviz file.",
            example: "W = [1 2; 3 4]; x = [1; -1]; z := W*x; L := sum(sigmoid(z)); graph(L, 'grad')", .teaching
        ) { call in
            try call.arity(1...4)
            var view = GraphView()
            var file: String?
            for k in 1..<max(call.args.count, 1) where k < call.args.count {
                let s = try call.string(k)
                switch s.lowercased() {
                case "values", "value": view.showValues = true
                case "grad", "grads", "gradient", "gradients": view.showGradients = true
                default:
                    guard s.lowercased().hasSuffix(".dot") else {
                        throw call.error("unknown option '\(s)'", hint: "options: 'values', 'grad', or a file name ending in .dot")
                    }
                    file = s
                }
            }
            let lowered = try call.interpreter.lower(call.argumentExprs[0])
            try view.prepare(lowered, call: call)
            if let file {
                try call.writeFile(view.dot(lowered.node, title: call.lossName()), to: file)
                call.output.write("graph: wrote \(file) (render it with: dot -Tsvg \(file) -o graph.svg)\n")
            } else {
                call.output.write(view.tree(lowered.node, title: call.subjectTitle()))
            }
            return []
        }
    ]
}

struct GraphView {
    var showValues = false
    var showGradients = false
    private var values: [Int: Matrix] = [:]
    private var gradients: [Int: Matrix] = [:]

    /// Computes what will be shown: values of every node, and adjoints when asked.
    mutating func prepare(_ lowered: SymbolicValue, call: BuiltinCall) throws {
        let root = lowered.node
        guard showValues || showGradients else { return }
        var evaluator = GraphEvaluator(bindings: lowered.bindings)
        for n in root.topologicalOrder {
            if let v = try? evaluator.value(of: n) { values[n.id] = v }
        }
        guard showGradients else { return }
        guard root.shape.isScalar else {
            throw call.error("gradients need a single-number expression at the top, but this one is \(root.shape)")
        }
        var adjoints: [(Node, Node)] = []
        do {
            _ = try Differentiate.gradients(of: root, withRespectTo: root.variables.keys.sorted()) { adjoints.append(($0, $1)) }
        } catch let e as DerivativeError {
            throw call.error(e.description)
        }
        for (n, g) in adjoints {
            if let v = try? evaluator.value(of: g) { gradients[n.id] = v }
        }
    }

    /// How a node is labelled: its name, its constant, or its operation.
    func label(_ n: Node) -> String {
        switch n.kind {
        case .variable(let name), .named(let name, _): return name
        case .constant(let m, let label): return label ?? NumberFormat.inline(m, limit: 4)
        case .apply: return ShapeNotation.operationName(n)
        }
    }

    func details(_ n: Node) -> String {
        var s = ""
        switch n.kind {
        case .variable: s += "input"
        case .constant: s += "constant"
        case .named(_, let c): s += ShapeNotation.operationName(c)
        case .apply: break
        }
        s += (s.isEmpty ? "" : "  ") + "\(n.shape)"
        if showValues, let v = values[n.id] { s += "  = " + NumberFormat.inline(v, limit: 4) }
        if showGradients, let g = gradients[n.id] { s += "  ∂ " + NumberFormat.inline(g, limit: 4) }
        return s
    }

    /// The tree, root first, children indented with box-drawing lines.
    func tree(_ root: Node, title: String) -> String {
        // Formulas under a user's name are drawn as the named node, so they are not counted apart.
        let count = root.topologicalOrder.filter { n in
            !root.topologicalOrder.contains { if case .named(_, let c) = $0.kind { return c === n && n.primitive != nil } else { return false } }
        }.count
        var out = "graph\(title): \(count) nodes"
        if showGradients { out += " (∂ = ∂\(root.name ?? "f")/∂node)" }
        out += "\n"
        var drawn: Set<Int> = []
        func visit(_ n: Node, prefix: String, connector: String, childPrefix: String) {
            let shown = n.kind.isNamed ? n.children[0] : n
            var line = prefix + connector + label(n)
            if drawn.contains(n.id), !n.children.isEmpty {
                out += line + "  ↑ (drawn above)\n"
                return
            }
            drawn.insert(n.id)
            line += "  " + details(n)
            out += line + "\n"
            let children = n.kind.isNamed ? shown.children : n.children
            for (k, c) in children.enumerated() {
                let last = k == children.count - 1
                visit(c, prefix: prefix + childPrefix, connector: last ? "└─ " : "├─ ", childPrefix: last ? "   " : "│  ")
            }
        }
        visit(root, prefix: "  ", connector: "", childPrefix: "")
        return out
    }

    /// Graphviz, left to right like micrograd's pictures: inputs on the left, the result on the right.
    func dot(_ root: Node, title: String) -> String {
        var out = "digraph \"\(title)\" {\n  rankdir=LR;\n  node [shape=record, fontname=\"Helvetica\"];\n"
        // The formula under a user's name is drawn as the named node itself.
        let hidden = Set(
            root.topologicalOrder.compactMap { n -> Int? in
                if case .named(_, let c) = n.kind, case .apply = c.kind { return c.id }
                return nil
            })
        for n in root.topologicalOrder where !hidden.contains(n.id) {
            var fields = [label(n), details(n)]
            if case .named(_, let c) = n.kind { fields[1] = ShapeNotation.operationName(c) + "  " + details(n) }
            let text = fields.map {
                $0.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "|", with: "\\|")
                    .replacingOccurrences(of: "{", with: "\\{").replacingOccurrences(of: "}", with: "\\}")
                    .replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>")
            }
            out += "  n\(n.id) [label=\"{\(text.joined(separator: " | "))}\"];\n"
            let children = n.kind.isNamed ? n.children[0].children : n.children
            for c in children { out += "  n\(c.id) -> n\(n.id);\n" }
        }
        return out + "}\n"
    }
}

extension Node.Kind {
    var isNamed: Bool { if case .named = self { return true } else { return false } }
}
