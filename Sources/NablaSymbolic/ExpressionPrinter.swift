import NablaNumerics
import NablaSyntax

/// The layout engine shared by the Unicode, ASCII and LaTeX printers.
///
/// Binding strengths come from NablaSyntax's `Precedence`, the table the parser uses.
/// Products need one refinement the table cannot express: a textbook writes a matrix
/// product by juxtaposition (`Wx`), a Hadamard product with `⊙`, and does not mix the
/// two without parentheses (`(W2ᵀ δ2) ⊙ a1`), while a scalar factor commutes with every
/// product and needs none (`(2/n)(a2 − y) ⊙ a2`). So a product also records its kind.
struct ExpressionPrinter {
    let notation: Notation
    /// Nodes to print as a name (where-clause names, δ's); named nodes print their name anyway.
    var names: [Node: String] = [:]
    /// The node being defined, printed in full even if it has a name.
    var expanding: Node?

    enum Product: Equatable { case scalar, matrix, hadamard, kron, quotient, other }

    struct Piece {
        var text: String
        var precedence: Precedence
        var product: Product? = nil
        /// Starts with a digit or a minus: cannot follow a juxtaposition unparenthesised.
        var leadsWithNumber = false
        /// The names at each end (nil when an end is a bracket or a number): juxtaposing
        /// two names needs a space when either is longer than one letter (`δ1 xᵀ`, but `Wx`).
        var head: String? = nil
        var tail: String? = nil
    }

    private func name(_ text: String) -> Piece {
        Piece(text: text, precedence: .atom, head: text, tail: text)
    }

    func print(_ node: Node) -> String {
        var p = self
        p.names.merge(ExpressionPrinter.distinctLabels(node)) { given, _ in given }
        return p.piece(node).text
    }

    /// Names for labelled counts that would otherwise print alike: the `n` of one mse and
    /// the `n` of another with a different size become `n1` and `n2`, numbered smallest first.
    static func distinctLabels(_ root: Node) -> [Node: String] {
        var byLabel: [String: [Node]] = [:]
        for n in root.topologicalOrder {
            if case .constant(_, let label?) = n.kind, n.shape.isScalar { byLabel[label, default: []].append(n) }
        }
        var out: [Node: String] = [:]
        for (label, nodes) in byLabel where nodes.count > 1 {
            for (k, n) in nodes.sorted(by: { ($0.scalarValue ?? 0, $0.id) < ($1.scalarValue ?? 0, $1.id) }).enumerated() { out[n] = label + "\(k + 1)" }
        }
        return out
    }

    // MARK: - Pieces

    func piece(_ node: Node) -> Piece {
        if node !== expanding, let given = names[node] { return name(symbolName(given)) }
        switch node.kind {
        case .variable(let given):
            return name(symbolName(given))
        case .named(let given, let child):
            if node === expanding { return piece(child) }
            return name(symbolName(given))
        case .constant(let m, let label):
            if let label { return name(label == "𝟏" && notation != .unicode ? (notation == .latex ? "\\mathbf{1}" : "1") : symbolName(label)) }
            if m.isScalar {
                let t = number(m.scalar)
                return Piece(
                    text: t, precedence: m.scalar < 0 ? .prefix : (t.contains("/") && notation != .latex ? .multiplicative : .atom),
                    product: t.contains("/") ? .quotient : nil, leadsWithNumber: true)
            }
            return Piece(text: matrixLiteral(m), precedence: .atom)
        case .apply(let p, let c):
            return apply(p, c, node)
        }
    }

    private func apply(_ p: Primitive, _ c: [Node], _ node: Node) -> Piece {
        switch p {
        case .add, .subtract:
            let l = wrap(piece(c[0]), above: .additive)
            var r = piece(c[1])
            if r.precedence <= .additive || r.precedence == .prefix { r = parenthesised(r) }
            return Piece(
                text: l.text + " " + (p.infixSymbol(notation) ?? "+") + " " + r.text, precedence: .additive,
                leadsWithNumber: l.leadsWithNumber)
        case .negate:
            return prefixMinus(piece(c[0]))
        case .multiply:
            if c[0].shape.isScalar && !(c[1].shape.isScalar && !Simplifier.isCoefficient(c[0])) {
                return scalarProduct(c[0], c[1])
            }
            return infix(p, c, kind: .hadamard)
        case .divide:
            if c[0].shape.isScalar && c[1].shape.isScalar { return quotient(piece(c[0]), piece(c[1])) }
            return infix(p, c, kind: .other)
        case .kron:
            if notation == .ascii { return call(p.functionName(notation), c.map(piece)) }
            return infix(p, c, kind: .kron)
        case .leftDivide, .rightDivide, .compare, .and, .or:
            if case .compare = p, notation != .ascii {
                // Iverson bracket: [z > 0] is 1 where the condition holds.
                let inner = infix(p, c, kind: .other)
                return Piece(text: "[" + inner.text + "]", precedence: .atom)
            }
            return infix(p, c, kind: .other)
        case .matmul:
            if c[0].shape.isScalar || c[1].shape.isScalar { return scalarProduct(c[0], c[1]) }
            return juxtapose(piece(c[0]), piece(c[1]))
        case .transpose where Lookup(p, c) != nil, .gatherRows:
            // X(I, :), X(:, J), X(I, J), as they were written.
            let lookup = Lookup(p, c)!
            let colon = notation == .latex ? "\\colon" : ":"
            let base = piece(lookup.table)
            let wrapped = base.precedence >= .postfix ? base.text : "(" + base.text + ")"
            let rows = lookup.rows.map { piece($0).text } ?? colon
            let columns = lookup.columns.map { piece($0).text } ?? colon
            return Piece(text: wrapped + "(" + rows + ", " + columns + ")", precedence: .postfix)
        case .transpose:
            if case .apply(.inverse, let inner) = c[0].kind {
                return postfix(piece(inner[0]), notation == .unicode ? "⁻ᵀ" : notation == .ascii ? "^-T" : "^{-\\top}")
            }
            return postfix(piece(c[0]), notation == .unicode ? "ᵀ" : notation == .ascii ? "'" : "^\\top")
        case .inverse:
            return postfix(piece(c[0]), notation == .unicode ? "⁻¹" : notation == .ascii ? "^-1" : "^{-1}")
        case .power, .matrixPower:
            let elementwise = p == .power && !c[0].shape.isScalar
            return power(piece(c[0]), exponent: c[1], elementwise: elementwise)
        case .function(.abs):
            return Piece(text: notation == .latex ? "\\left|" + piece(c[0]).text + "\\right|" : "|" + piece(c[0]).text + "|", precedence: .atom)
        case .function(.sqrt) where notation != .ascii:
            if notation == .latex { return Piece(text: "\\sqrt{" + piece(c[0]).text + "}", precedence: .atom) }
            let arg = piece(c[0])
            return Piece(text: "√" + (arg.precedence >= .postfix ? arg.text : "(" + arg.text + ")"), precedence: .atom)
        case .function(.log) where c[0].primitive == .determinant:
            // log det X, as the Matrix Cookbook writes it.
            guard case .apply(_, let inner) = c[0].kind else { break }
            let name = notation == .latex ? "\\log\\det" : "log det"
            return call(name, [piece(inner[0])])
        case .norm(let kind):
            return norm(piece(c[0]), kind)
        case .polygamma(let k) where k > 0 && notation == .ascii:
            return call(p.functionName(notation), [Piece(text: "\(k)", precedence: .atom), piece(c[0])])
        case .leakyRelu(let alpha):
            return call(p.functionName(notation), [piece(c[0]), Piece(text: number(alpha), precedence: .atom)])
        case .layerNorm(let d):
            // Each row by default (a token's features), so only dim 1 is written.
            return call(p.functionName(notation), d == 2 ? [piece(c[0])] : [piece(c[0]), Piece(text: "1", precedence: .atom)])
        case .scatterRows(let r):
            return call(p.functionName(notation), [piece(c[0]), piece(c[1]), Piece(text: "\(r)", precedence: .atom)])
        case .sum(let d), .mean(let d), .prod(let d), .maxAlong(let d), .minAlong(let d), .logSumExp(let d),
            .softmax(let d):
            let args = d == 1 ? [piece(c[0])] : [piece(c[0]), Piece(text: "\(d)", precedence: .atom)]
            return call(p.functionName(notation), args)
        case .reshape(let r, let cols):
            if cols == 1 && r == c[0].shape.count { return call(p.functionName(notation), [piece(c[0])]) }
            return call(p.functionName(notation), [piece(c[0]), Piece(text: "\(r)", precedence: .atom), Piece(text: "\(cols)", precedence: .atom)])
        case .repmat(let r, let cols):
            return call(p.functionName(notation), [piece(c[0]), Piece(text: "\(r)", precedence: .atom), Piece(text: "\(cols)", precedence: .atom)])
        default:
            break
        }
        return call(p.functionName(notation), c.map(piece))
    }

    // MARK: - Layout helpers

    private func parenthesised(_ p: Piece) -> Piece {
        let text = notation == .latex ? "\\left(" + p.text + "\\right)" : "(" + p.text + ")"
        return Piece(text: text, precedence: .atom)
    }

    private func wrap(_ p: Piece, above level: Precedence) -> Piece {
        p.precedence < level ? parenthesised(p) : p
    }

    private func call(_ name: String, _ args: [Piece]) -> Piece {
        let inner = args.map(\.text).joined(separator: ", ")
        let text = notation == .latex ? name + "\\left(" + inner + "\\right)" : name + "(" + inner + ")"
        return Piece(text: text, precedence: .atom)
    }

    private func prefixMinus(_ operand: Piece) -> Piece {
        var o = operand
        if o.precedence <= .additive || o.precedence == .prefix { o = parenthesised(o) }
        return Piece(text: (notation == .unicode ? "−" : "-") + o.text, precedence: .prefix, leadsWithNumber: true)
    }

    /// An operand of a product of kind `kind`: parenthesised unless it binds tighter, or is
    /// a product of the same associative kind, or a scalar factor on the left.
    private func productOperand(_ p: Piece, kind: Product, right: Bool) -> Piece {
        if p.precedence > .prefix { return p }
        if p.precedence == .prefix { return right ? parenthesised(p) : p }
        if p.precedence < .multiplicative { return parenthesised(p) }
        guard let k = p.product else { return parenthesised(p) }
        if k == kind && kind != .other && kind != .quotient { return p }
        if k == .scalar && !right { return p }
        return parenthesised(p)
    }

    private func infix(_ p: Primitive, _ c: [Node], kind: Product) -> Piece {
        let level = p.infixPrecedence
        let symbol = p.infixSymbol(notation) ?? p.name
        var l = piece(c[0]), r = piece(c[1])
        if level == .multiplicative {
            l = productOperand(l, kind: kind, right: false)
            r = productOperand(r, kind: kind, right: true)
        } else {
            l = wrap(l, above: level)
            if r.precedence <= level || r.precedence == .prefix { r = parenthesised(r) }
        }
        return Piece(text: l.text + " " + symbol + " " + r.text, precedence: level, product: kind, leadsWithNumber: l.leadsWithNumber)
    }

    /// A scalar times anything: `2X`, `(2/n)(a2 − y)`, `−X`, `det(X) X⁻ᵀ`.
    private func scalarProduct(_ s: Node, _ x: Node) -> Piece {
        let (scalar, other) = s.shape.isScalar ? (s, x) : (x, s)
        if scalar.scalarValue == -1 { return prefixMinus(piece(other)) }
        var l = piece(scalar)
        if (l.precedence < .postfix || l.product == .quotient) && !(notation == .latex && l.text.hasPrefix("\\frac")) {
            l = parenthesised(l)
        }
        var r = piece(other)
        // c(A \ B) keeps its brackets: c A \ B reads as (cA) \ B, which is (1/c)(A \ B).
        if r.precedence < .multiplicative || r.precedence == .prefix || other.primitive == .leftDivide { r = parenthesised(r) }
        // A scalar commutes with every product, so `(2/n)(a − y) ⊙ a` needs no more brackets.
        if r.leadsWithNumber && r.precedence != .atom { r = parenthesised(r) }
        let separator = needsSpace(l, r) ? (notation == .latex ? "\\," : " ") : ""
        return Piece(
            text: l.text + separator + r.text, precedence: .multiplicative, product: .scalar,
            leadsWithNumber: l.leadsWithNumber || scalar.isConstant, head: l.head, tail: r.tail)
    }

    /// `ab`, with a space when the two names would run together (`δ1 xᵀ`, `W2ᵀ δ2`).
    private func juxtapose(_ a: Piece, _ b: Piece) -> Piece {
        let l = productOperand(a, kind: .matrix, right: false)
        var r = productOperand(b, kind: .matrix, right: true)
        if r.leadsWithNumber && !r.text.hasPrefix("(") { r = parenthesised(r) }
        let separator = needsSpace(l, r) ? (notation == .latex ? "\\," : " ") : ""
        return Piece(
            text: l.text + separator + r.text, precedence: .multiplicative, product: .matrix,
            leadsWithNumber: l.leadsWithNumber, head: l.head, tail: r.tail)
    }

    private func needsSpace(_ left: Piece, _ right: Piece) -> Bool {
        guard let tail = left.tail, let head = right.head else { return false }
        return tail.count > 1 || head.count > 1
    }

    private func postfix(_ base: Piece, _ mark: String) -> Piece {
        var b = base
        if b.precedence < .postfix || (notation == .latex && b.text.contains("^")) {
            b = notation == .latex && b.precedence >= .postfix ? Piece(text: "{" + b.text + "}", precedence: .atom) : parenthesised(b)
        }
        // `2ˣ` still starts with a digit: after a scalar it needs brackets (log(2)(2ˣ), not 0.69312ˣ).
        return Piece(text: b.text + mark, precedence: .postfix, leadsWithNumber: b.leadsWithNumber, head: b.head, tail: b.tail)
    }

    private func power(_ base: Piece, exponent: Node, elementwise: Bool) -> Piece {
        let e = exponent.scalarValue
        switch notation {
        case .unicode:
            if let e, e == e.rounded(), Swift.abs(e) < 100, let sup = superscript(Int(e)) {
                return postfix(base, (elementwise ? "∘" : "") + sup)
            }
            let ex = piece(exponent)
            return postfix(base, (elementwise ? ".^" : "^") + (ex.precedence == .atom ? ex.text : "(" + ex.text + ")"))
        case .ascii:
            let ex = piece(exponent)
            return postfix(base, (elementwise ? ".^" : "^") + (ex.precedence == .atom ? ex.text : "(" + ex.text + ")"))
        case .latex:
            return postfix(base, "^{" + (elementwise ? "\\circ " : "") + piece(exponent).text + "}")
        }
    }

    private func superscript(_ k: Int) -> String? {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var out = k < 0 ? "⁻" : ""
        for ch in String(Swift.abs(k)) {
            guard let d = ch.wholeNumberValue else { return nil }
            out.append(digits[d])
        }
        return out
    }

    private func quotient(_ a: Piece, _ b: Piece) -> Piece {
        if notation == .latex { return Piece(text: "\\frac{" + a.text + "}{" + b.text + "}", precedence: .atom, product: .quotient) }
        let l = productOperand(a, kind: .quotient, right: false)
        var r = b
        if r.precedence < .postfix { r = parenthesised(r) }
        return Piece(text: l.text + "/" + r.text, precedence: .multiplicative, product: .quotient, leadsWithNumber: l.leadsWithNumber)
    }

    private func norm(_ x: Piece, _ kind: NormKind) -> Piece {
        let (open, close) = notation == .unicode ? ("‖", "‖") : notation == .latex ? ("\\left\\|", "\\right\\|") : ("norm(", ")")
        var suffix = ""
        switch kind {
        case .p(let p) where p == 2: suffix = ""
        case .p(let p): suffix = number(p)
        case .frobenius: suffix = "F"
        case .infinity: suffix = notation == .latex ? "\\infty" : "∞"
        case .negativeInfinity: suffix = notation == .latex ? "-\\infty" : "-∞"
        }
        if notation == .ascii {
            let arg = suffix.isEmpty ? "" : ", " + (suffix == "F" ? "'fro'" : suffix == "∞" ? "Inf" : suffix == "-∞" ? "-Inf" : suffix)
            return Piece(text: "norm(" + x.text + arg + ")", precedence: .atom)
        }
        let sub = suffix.isEmpty ? "" : (notation == .latex ? "_{" + suffix + "}" : subscriptText(suffix))
        return Piece(text: open + x.text + close + sub, precedence: .atom)
    }

    private func subscriptText(_ s: String) -> String {
        let map: [Character: String] = ["0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉"]
        if s.allSatisfy({ map[$0] != nil }) { return s.map { map[$0] ?? "" }.joined() }
        return "_" + s
    }

    // MARK: - Names and numbers

    /// A user's name as this notation writes it (LaTeX: `W_{1}`, `\delta_{2}`).
    func symbolName(_ name: String) -> String {
        guard notation == .latex else {
            if notation == .ascii { return name.replacing("δ", with: "delta").replacing("𝟏", with: "1").replacing("′", with: "'") }
            return name
        }
        let greek: [Character: String] = [
            "δ": "\\delta", "σ": "\\sigma", "α": "\\alpha", "β": "\\beta", "θ": "\\theta",
            "λ": "\\lambda", "μ": "\\mu", "η": "\\eta", "ε": "\\varepsilon", "𝟏": "\\mathbf{1}"
        ]
        var body = ""
        for ch in name { body += greek[ch].map { $0 + " " } ?? (ch == "_" ? "\\_" : String(ch)) }
        body = body.replacing(" \\_", with: "\\_").trimmingSuffixSpace()
        let digits = String(name.reversed().prefix { $0.isNumber }.reversed())
        if !digits.isEmpty && digits.count < name.count {
            let head = String(body.dropLast(digits.count)).trimmingSuffixSpace()
            return head + "_{" + digits + "}"
        }
        return body
    }

    /// Integers plainly, simple fractions as `1/3`, others with at most 4 decimals.
    func number(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? (notation == .unicode ? "∞" : "Inf") : (notation == .unicode ? "−∞" : "-Inf") }
        let minus = notation == .unicode ? "−" : "-"
        if x < 0 { return minus + number(-x) }
        if x == x.rounded() && x < 1e15 { return String(Int64(x)) }
        for d in 2...64 {
            let n = x * Double(d)
            if Swift.abs(n - n.rounded()) < 1e-12 * Swift.max(1, n) && n.rounded() < 1000 && n.rounded() >= 1 {
                let num = Int(n.rounded())
                return notation == .latex ? "\\frac{\(num)}{\(d)}" : "\(num)/\(d)"
            }
        }
        let rounded = (x * 1e4).rounded() / 1e4
        // A small number (eps) keeps its significant digits rather than printing as 0.
        if rounded == 0 || x >= 1e15 { return scientific(x) }
        var s = "\(rounded)"
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    /// `2.2204e-16`: five significant digits and a power of ten (`2.2204 \cdot 10^{-16}` in LaTeX).
    private func scientific(_ x: Double) -> String {
        var exponent = Int((libm_log10(x)).rounded(.down))
        var mantissa = x / libm_pow(10, Double(exponent))
        if mantissa >= 10 { mantissa /= 10; exponent += 1 }
        var digits = "\((mantissa * 1e4).rounded() / 1e4)"
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        if notation == .latex { return digits + " \\cdot 10^{\(exponent)}" }
        return digits + "e" + String(exponent)
    }

    private func matrixLiteral(_ m: Matrix) -> String {
        let rows = (0..<m.rows).map { i in (0..<m.cols).map { j in number(m[i, j]) } }
        if notation == .latex {
            return "\\begin{bmatrix}" + rows.map { $0.joined(separator: " & ") }.joined(separator: " \\\\ ") + "\\end{bmatrix}"
        }
        return "[" + rows.map { $0.joined(separator: " ") }.joined(separator: "; ") + "]"
    }
}

private extension String {
    func trimmingSuffixSpace() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
