/// Formulas as lessons write them — Unicode maths in an indented block
/// (`J(θ₀, θ₁) = (1/n) Σᵢ (yᵢ − ŷᵢ)²`) — rewritten as LaTeX for a notebook's MathJax.
///
/// Contract: letters, digits and brackets keep their order; Greek letters, operators and
/// arrows become their LaTeX commands; runs of Unicode sub- and superscripts become
/// `_{…}` and `^{…}` (ᵀ is `\top`), `x_ij` becomes `x_{ij}`, `e^(…)` becomes `e^{…}`;
/// a circumflex becomes `\hat{…}`; names of two or more letters are upright (`\log`,
/// `\mathrm{softmax}`); text that is not maths (Chinese, an explanatory parenthesis)
/// is kept as `\text{…}`; formulas set apart by three or more spaces are set apart by
/// `\qquad`. LaTeX's special characters never pass through unescaped.
enum UnicodeMath {
    /// True for an indented block that is a formula rather than code: it uses a
    /// mathematical symbol and reads as no statement of the language (no `;`, no quotes).
    static func isFormula(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, !t.hasSuffix(";"), !t.contains("\""), !t.contains("printf") else { return false }
        return t.unicodeScalars.contains { mathSymbols.contains($0) || greek[$0] != nil || subscripts[$0] != nil || superscripts[$0] != nil }
    }

    static let mathSymbols: Set<Unicode.Scalar> = [
        "−", "·", "×", "⊙", "⊗", "←", "→", "≈", "≤", "≥", "≠", "∂", "√", "∞", "∈", "‖", "∇", "Σ", "∑", "ŷ", "\u{302}"
    ]

    static let greek: [Unicode.Scalar: String] = [
        "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "ζ": "\\zeta", "η": "\\eta",
        "θ": "\\theta", "ι": "\\iota", "κ": "\\kappa", "λ": "\\lambda", "μ": "\\mu", "ν": "\\nu", "ξ": "\\xi", "π": "\\pi",
        "ρ": "\\rho", "σ": "\\sigma", "τ": "\\tau", "φ": "\\phi", "χ": "\\chi", "ψ": "\\psi", "ω": "\\omega",
        "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda", "Π": "\\Pi", "Φ": "\\Phi", "Ψ": "\\Psi", "Ω": "\\Omega",
        "Σ": "\\sum", "∑": "\\sum", "∇": "\\nabla", "∂": "\\partial"
    ]

    static let symbols: [Unicode.Scalar: String] = [
        "−": "-", "·": "\\cdot", "×": "\\times", "⊙": "\\odot", "⊗": "\\otimes", "←": "\\leftarrow", "→": "\\to",
        "≈": "\\approx", "≤": "\\le", "≥": "\\ge", "≠": "\\neq", "∞": "\\infty", "∈": "\\in", "‖": "\\|", "~": "\\sim",
        "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&", "#": "\\#", "$": "\\$", "\\": "\\backslash",
        "（": "(", "）": ")", "：": ":", "，": ","
    ]

    static let subscripts: [Unicode.Scalar: String] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₙ": "n", "ₓ": "x", "ₜ": "t", "ₘ": "m", "ₐ": "a", "ₑ": "e", "ₒ": "o", "₊": "+", "₋": "-"
    ]

    static let superscripts: [Unicode.Scalar: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁻": "-", "⁺": "+", "ᵀ": "\\top", "ᶻ": "z", "ⁿ": "n", "ˣ": "x", "ⁱ": "i"
    ]

    /// Names with a LaTeX operator of their own.
    static let operators: Set<String> = ["log", "exp", "det", "max", "min", "tanh", "sin", "cos", "tan", "ln", "sup", "inf", "lim"]

    /// A whole block (one formula or several per line) as display maths.
    static func displayMath(_ lines: [String]) -> String {
        let rows = lines.map { line -> String in
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "   ")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return parts.map(segment).joined(separator: " \\qquad ")
        }
        if rows.count == 1 { return "$$" + rows[0] + "$$" }
        return "$$\\begin{gathered}" + rows.joined(separator: " \\\\ ") + "\\end{gathered}$$"
    }

    /// One formula, or an explanation in words (kept as text).
    static func segment(_ s: String) -> String {
        let isExplanation = (s.hasPrefix("(") || s.hasPrefix("（")) && (s.contains(":") || s.contains("："))
        return isExplanation ? "\\text{" + escapeText(s) + "}" : latex(s)
    }

    static func latex(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        var out = ""
        var i = 0
        // A command followed by a letter needs a space (`\partial L`, not `\partialL`);
        // before anything else it would only clutter (`\theta_{0}`).
        var pendingSpace = false
        func emit(_ command: String) {
            out += command
            pendingSpace = command.hasPrefix("\\") && command.last?.isLetter == true
        }
        func spaceIfNeeded(before next: Unicode.Scalar) {
            if pendingSpace && next.isASCII && next.properties.isAlphabetic { out += " " }
            pendingSpace = false
        }
        while i < u.count {
            let c = u[i]
            spaceIfNeeded(before: c)
            // A run of Unicode sub- or superscripts: one `_{…}` or `^{…}`.
            if let (table, mark) = subscripts[c] != nil ? (subscripts, "_") : superscripts[c] != nil ? (superscripts, "^") : nil {
                var run = ""
                while i < u.count, let more = table[u[i]] { run += more; i += 1 }
                out += mark + "{\(run)}"
                continue
            }
            if c == "_", i + 1 < u.count, u[i + 1].properties.isAlphabetic || ("0"..."9").contains(u[i + 1]) {
                var run = ""
                i += 1
                while i < u.count, u[i].isASCII, u[i].properties.isAlphabetic || ("0"..."9").contains(u[i]) { run.unicodeScalars.append(u[i]); i += 1 }
                out += "_{\(names.contains(run) ? "\\mathrm{\(run)}" : run)}"
                continue
            }
            if c == "^", i + 1 < u.count, u[i + 1] == "(", let close = matching(u, from: i + 1) {
                var inner = ""
                inner.unicodeScalars.append(contentsOf: u[(i + 2)..<close])
                out += "^{\(latex(inner))}"
                i = close + 1
                continue
            }
            if c == "ŷ" { out += "\\hat{y}"; i += 1; continue }
            if c.isASCII && c.properties.isAlphabetic {
                var word = ""
                while i < u.count, u[i].isASCII, u[i].properties.isAlphabetic { word.unicodeScalars.append(u[i]); i += 1 }
                if i < u.count, u[i] == "\u{302}" {
                    // A circumflex over the word's last letter.
                    let last = word.removeLast()
                    if !word.isEmpty { emit(name(word)) }
                    out += "\\hat{\(last)}"
                    i += 1
                    continue
                }
                emit(name(word))
                continue
            }
            if isText(c) {
                var text = ""
                while i < u.count, isText(u[i]) || (u[i] == " " && i + 1 < u.count && isText(u[i + 1])) { text.unicodeScalars.append(u[i]); i += 1 }
                out += "\\text{\(text)}"
                continue
            }
            if c == "√" {
                // √(…) → \sqrt{…}; √x → \sqrt{x}.
                if i + 1 < u.count, u[i + 1] == "(", let close = matching(u, from: i + 1) {
                    var inner = ""
                    inner.unicodeScalars.append(contentsOf: u[(i + 2)..<close])
                    out += "\\sqrt{\(latex(inner))}"
                    i = close + 1
                } else {
                    out += "\\sqrt"
                    i += 1
                }
                continue
            }
            if let g = greek[c] { emit(g); i += 1; continue }
            if let s = symbols[c] { emit(s); i += 1; continue }
            if c == "\u{302}" { i += 1; continue }
            out.unicodeScalars.append(c)
            i += 1
        }
        return out
    }

    /// Words that are names (upright), not products of one-letter symbols (`AX` is A·X).
    static let names: Set<String> = [
        "softmax", "sigmoid", "relu", "mean", "sum", "mse", "bce", "MSE", "CE", "BCE", "precision", "recall",
        "TP", "FP", "FN", "TN", "in", "out", "loss", "grad", "diag", "vec", "rank", "sign", "argmax"
    ]

    /// `log` → `\log`; a known name upright; any other run of letters is a product of
    /// symbols and stays as it is (`AX`, `Ax`).
    static func name(_ word: String) -> String {
        if word.count == 1 { return word }
        if operators.contains(word) { return "\\" + word }
        if word == "tr" { return "\\operatorname{tr}" }
        return names.contains(word) ? "\\mathrm{\(word)}" : word
    }

    /// Letters of scripts other than Latin and Greek: words, not symbols.
    static func isText(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x2E80 && c.properties.isAlphabetic
    }

    static func matching(_ u: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        for k in open..<u.count {
            if u[k] == "(" { depth += 1 }
            if u[k] == ")" { depth -= 1; if depth == 0 { return k } }
        }
        return nil
    }

    static func escapeText(_ s: String) -> String { MathMarkup.escapeText(s) }
}
