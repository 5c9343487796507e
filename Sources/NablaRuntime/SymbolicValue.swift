import NablaNumerics
import NablaSymbolic

/// A value of the language that is a formula: a graph node, the values its variables
/// had when it was made, and — when every variable has one — its numeric value.
///
/// An unvalued symbolic value (it mentions a `sym`) builds more formula when used in
/// arithmetic. A valued one behaves as its number everywhere a number is needed, so
/// `W = W - 0.1 * grad(L, W)` is a gradient step; it is displayed with both faces.
public struct SymbolicValue: Sendable {
    public var node: Node
    public var bindings: [String: Matrix]
    public var value: Matrix?
    /// What the display calls it, e.g. `∂L/∂W`.
    public var title: String?
    /// Names for shared parts (`δ2`), for `where` clauses.
    public var names: [Node: String]
    /// For a derivative with a value: how to recompute it by finite differences (`format check`).
    public var check: Check?
    /// Set when the derivative is zero because the function does not depend on the variable.
    public var note: String?
    /// Variables the formula depends on only through a part that has no symbolic form and
    /// was taken as its current value (`X(:, 1)`, `sort(x)`): name → that part, as written.
    /// No derivative can be followed through it, and it does not change when they do.
    public var hidden: [String: String] = [:]

    public struct Check: Sendable {
        public var function: Node
        public var variable: String
        public var kind: Kind
        public enum Kind: Sendable { case gradient, jacobian }
    }

    /// Kernel warnings from computing the value (a singular `\`), for the caller to show as
    /// the interpreter shows them for the same computation written with `=`.
    public var warnings: [String] = []

    /// Computes the value when every variable has one. A failure to compute it (or Ctrl-C)
    /// is thrown, never turned into "no value".
    public init(node: Node, bindings: [String: Matrix], title: String? = nil, names: [Node: String] = [:]) throws {
        self.node = node
        self.bindings = bindings
        self.title = title
        self.names = names
        guard node.variables.keys.allSatisfy({ bindings[$0] != nil }) else { value = nil; return }
        var evaluator = GraphEvaluator(bindings: bindings)
        value = try evaluator.value(of: node)
        warnings = evaluator.warnings
    }

    /// A bare symbol, as `sym(r, c)` makes it.
    public var isBareSymbol: Bool { if case .variable = node.kind { return value == nil && title == nil } else { return false } }
}

extension Value {
    /// A symbolic value with no number yet: arithmetic on it builds formulas.
    var isUnvaluedSymbolic: Bool {
        if case .symbolic(let s) = self { return s.value == nil }
        return false
    }

    /// Valued formulas as the tensors they evaluate to; everything else unchanged.
    var materialized: Value {
        if case .symbolic(let s) = self, let v = s.value { return .matrix(v) }
        return self
    }
}

extension Value {
    /// The printed forms of a formula, for tools (`--json`): Unicode maths, LaTeX and
    /// Octave code that can be pasted back in. Nil for values that are not formulas.
    public var formulaForms: (symbolic: String, latex: String, code: String)? {
        guard case .symbolic(let s) = self else { return nil }
        let shared = SharedForm(s.node, names: s.names)
        let title = s.title.map { $0 + " = " } ?? ""
        return (title + shared.print(.unicode), shared.print(.latex), CodePrinter.print(s.node))
    }

    /// The numbers of a value, when it has them (a formula with a value counts).
    public var numericTensor: Tensor? {
        switch self {
        case .tensor(let t): return t
        case .symbolic(let s): return s.value.map { Tensor($0) }
        default: return nil
        }
    }
}
