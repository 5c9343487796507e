import NablaSyntax

/// The written forms Nabla prints mathematics in.
public enum Notation: String, Sendable, CaseIterable {
    /// Textbook notation in Unicode: `2(Wx + b − y)xᵀ`, `σ(z) ⊙ (1 − σ(z))`.
    case unicode
    /// The same layout in plain ASCII: `2(Wx + b - y)x'`, `sigmoid(z) .* (1 - sigmoid(z))`.
    case ascii
    /// LaTeX maths: `2\left(Wx + b - y\right)x^\top`.
    case latex
}

extension Primitive {
    /// The infix symbol of a binary operation, or nil when it prints as a function.
    func infixSymbol(_ n: Notation) -> String? {
        switch self {
        case .add: return "+"
        case .subtract: return n == .unicode ? "−" : "-"
        case .multiply: return n == .unicode ? "⊙" : n == .ascii ? ".*" : "\\odot"
        case .divide: return n == .unicode ? "⊘" : n == .ascii ? "./" : "\\oslash"
        case .kron: return n == .unicode ? "⊗" : n == .ascii ? "kron" : "\\otimes"
        case .leftDivide: return n == .latex ? "\\backslash" : "\\"
        case .rightDivide: return "/"
        case .compare(let c):
            switch (c, n) {
            case (.notEqual, .unicode): return "≠"
            case (.lessEqual, .unicode): return "≤"
            case (.greaterEqual, .unicode): return "≥"
            case (.notEqual, .latex): return "\\neq"
            case (.lessEqual, .latex): return "\\leq"
            case (.greaterEqual, .latex): return "\\geq"
            default: return c.rawValue
            }
        case .and: return n == .latex ? "\\wedge" : "&"
        case .or: return n == .latex ? "\\vee" : "|"
        default: return nil
        }
    }

    /// The precedence the infix form binds with, from the table the parser uses.
    var infixPrecedence: Precedence {
        switch self {
        case .add, .subtract: return .additive
        case .compare: return .comparison
        case .and: return .and
        case .or: return .or
        default: return .multiplicative
        }
    }

    /// The name of an operation written as a function: `tr`, `det`, `softmax`, …
    func functionName(_ n: Notation) -> String {
        switch self {
        case .trace: return n == .unicode ? "tr" : n == .ascii ? "trace" : "\\operatorname{tr}"
        case .determinant: return n == .latex ? "\\det" : "det"
        case .inverse: return "inv"
        case .function(let f): return f.symbol(n)
        case .leakyRelu: return n == .latex ? "\\operatorname{leaky\\_relu}" : "leaky_relu"
        case .polygamma(let k):
            // ψ, ψ⁽¹⁾, …; in ASCII the order is an argument, written by the printer.
            if n == .ascii { return "psi" }
            if k == 0 { return n == .latex ? "\\psi" : "ψ" }
            if n == .latex { return "\\psi^{(\(k))}" }
            let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
            return "ψ⁽" + String(String(k).map { digits[Int(String($0))!] }) + "⁾"
        case .softmax: return n == .latex ? "\\operatorname{softmax}" : "softmax"
        case .logSumExp: return n == .latex ? "\\operatorname{logsumexp}" : "logsumexp"
        case .layerNorm: return n == .latex ? "\\operatorname{LN}" : "layernorm"
        case .scatterRows: return n == .latex ? "\\operatorname{scatter\\_add}" : "scatter_add"
        case .diag, .diagPart: return n == .latex ? "\\operatorname{diag}" : "diag"
        case .maximum, .maxAlong: return n == .latex ? "\\max" : "max"
        case .minimum, .minAlong: return n == .latex ? "\\min" : "min"
        case .sum: return n == .latex ? "\\operatorname{sum}" : "sum"
        case .mean: return n == .latex ? "\\operatorname{mean}" : "mean"
        case .prod: return n == .latex ? "\\operatorname{prod}" : "prod"
        case .reshape(_, let c) where c == 1: return n == .latex ? "\\operatorname{vec}" : "vec"
        default: return n == .latex ? "\\operatorname{\(name.replacing("_", with: "\\_"))}" : name
        }
    }
}

extension ElementFunction {
    /// `σ`, `exp`, `log`, … in each notation.
    func symbol(_ n: Notation) -> String {
        switch (self, n) {
        case (.sigmoid, .unicode): return "σ"
        case (.sigmoid, .latex): return "\\sigma"
        case (.sqrt, .unicode): return "√"
        case (.normcdf, .unicode): return "Φ"
        case (.normpdf, .unicode): return "φ"
        case (.normcdf, .latex): return "\\Phi"
        case (.normpdf, .latex): return "\\phi"
        case (.erf, .latex): return "\\operatorname{erf}"
        case (.geluTanh, .latex): return "\\operatorname{gelu_{tanh}}"
        case (.sqrt, .latex): return "\\sqrt"
        case (.exp, .latex), (.log, .latex), (.sin, .latex), (.cos, .latex), (.tan, .latex), (.tanh, .latex),
            (.sinh, .latex), (.cosh, .latex):
            return "\\" + rawValue
        case (_, .latex): return "\\operatorname{\(rawValue)}"
        default: return rawValue
        }
    }
}
