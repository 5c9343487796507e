import NablaNumerics
import NablaSymbolic

/// A formula with every operand replaced by its shape: `3×2 · 2×1 + 3×1 → 3×1`.
///
/// This is how a student checks a formula's dimensions by hand, so traces print it
/// beside each step. `stop` decides which nodes count as operands (a user's named
/// formula is one operand of the formulas that use it).
enum ShapeNotation {
    static func describe(_ node: Node, operand stop: (Node) -> Bool) -> String {
        let (text, _) = write(node, top: true, stop: stop)
        return text + " → " + "\(node.shape)"
    }

    /// Binding strengths, loosest first.
    private enum Strength: Int, Comparable {
        case additive, multiplicative, power, atom
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    private static func write(_ n: Node, top: Bool, stop: (Node) -> Bool) -> (String, Strength) {
        if !top, stop(n) { return (leaf(n), .atom) }
        switch n.kind {
        case .variable, .constant:
            return (leaf(n), .atom)
        case .named(_, let child):
            return write(child, top: top, stop: stop)
        case .apply(let p, let c):
            func operand(_ k: Int, _ min: Strength) -> String {
                let (s, strength) = write(c[k], top: false, stop: stop)
                return strength < min ? "(" + s + ")" : s
            }
            switch p {
            case .add: return (operand(0, .additive) + " + " + operand(1, .multiplicative), .additive)
            case .subtract: return (operand(0, .additive) + " − " + operand(1, .multiplicative), .additive)
            case .matmul: return (operand(0, .multiplicative) + " · " + operand(1, .power), .multiplicative)
            case .multiply: return (operand(0, .multiplicative) + " ⊙ " + operand(1, .power), .multiplicative)
            case .divide: return (operand(0, .multiplicative) + " ⊘ " + operand(1, .power), .multiplicative)
            case .power: return (operand(0, .atom) + " .^ " + operand(1, .atom), .power)
            case .negate: return ("−" + operand(0, .power), .multiplicative)
            case .transpose: return (operand(0, .atom) + "ᵀ", .atom)
            default:
                let args = c.indices.map { write(c[$0], top: false, stop: stop).0 }.joined(separator: ", ")
                return (functionName(p) + "(" + args + ")", .atom)
            }
        }
    }

    private static func leaf(_ n: Node) -> String {
        if case .constant(let m, let label) = n.kind, m.isScalar {
            return label ?? NumberFormat.short(m.scalar)
        }
        return "\(n.shape)"
    }

    /// How an operation is named in a trace.
    static func functionName(_ p: Primitive) -> String {
        switch p {
        case .function(.sigmoid): return "σ"
        case .function(let f): return f.rawValue
        case .sum: return "Σ"
        case .logSumExp: return "logsumexp"
        case .leakyRelu: return "leaky_relu"
        default: return p.name
        }
    }

    /// A few words for the kind of operation: what `graph` shows in its op column.
    static func operationName(_ n: Node) -> String {
        switch n.kind {
        case .variable: return "input"
        case .constant: return "constant"
        case .named(let name, _): return name
        case .apply(let p, _):
            switch p {
            case .add: return "+"
            case .subtract: return "−"
            case .multiply: return "⊙"
            case .divide: return "⊘"
            case .matmul: return "matmul"
            case .power: return ".^"
            case .negate: return "negate"
            case .transpose: return "transpose"
            case .sum(let d): return "sum dim \(d)"
            case .mean(let d): return "mean dim \(d)"
            case .logSumExp(let d): return "logsumexp dim \(d)"
            default: return functionName(p)
            }
        }
    }
}
