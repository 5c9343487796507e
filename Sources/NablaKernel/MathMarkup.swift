import Foundation
import NablaNumerics
import NablaRuntime

/// A displayed result as a notebook's MIME bundle: `text/plain` exactly as the terminal
/// shows it, the `--json` record (`JSONRecord`) under `jsonType`, and for formulas and
/// derivatives `text/latex` that MathJax renders — the formula in the student's names,
/// then its numbers beneath when it has them.
///
/// The record goes under a vendor type rather than `application/json`: JupyterLab ranks
/// its JSON tree viewer above every other renderer, so an `application/json` entry would
/// replace the numbers and the typeset maths of every result with a collapsible tree.
/// No renderer claims the vendor type, so the notebook shows LaTeX or text, while tools
/// that read the notebook (nbclient, nbconvert, scripts) still find the record.
enum MathMarkup {
    static let jsonType = "application/vnd.nabla.result+json"

    /// Matrices with more entries than this are left to the plain text in the LaTeX form.
    static let largestTypesetMatrix = 144

    static func bundle(name: String, value: Value, text: String) -> [String: Any] {
        var data: [String: Any] = ["text/plain": text]
        let record = JSONRecord.displayed(name: name, value: value, text: text)
        if let object = try? JSONSerialization.jsonObject(with: Data(record.utf8)) {
            data[jsonType] = object
        }
        if let latex = latex(name: name, value: value, text: text) { data["text/latex"] = latex }
        return data
    }

    /// `$$\begin{aligned} \frac{\partial L}{\partial W} &= \delta x^\top … \\ &= \begin{bmatrix}…\end{bmatrix}\end{aligned}$$`,
    /// or nil for values that are not formulas.
    static func latex(name: String, value: Value, text: String) -> String? {
        guard case .symbolic(let s) = value, !s.isBareSymbol, let forms = value.formulaForms else { return nil }
        let left: String
        if text.hasPrefix(name + " := ") {
            left = identifier(name) + " &:= "
        } else if let title = s.title {
            left = derivativeTitle(title) + " &= "
        } else {
            left = identifier(name) + " &= "
        }
        var lines = [left + forms.latex + (s.note.map { "\\quad\\text{(\(escapeText($0)))}" } ?? "")]
        if let v = s.value, v.count <= largestTypesetMatrix {
            lines.append("&= " + matrix(v))
        }
        return "$$\\begin{aligned}\n" + lines.joined(separator: " \\\\\n") + "\n\\end{aligned}$$"
    }

    /// `∂L/∂W` → `\frac{\partial L}{\partial W}`; `∂²L/∂x²` → `\frac{\partial^2 L}{\partial x^2}`.
    static func derivativeTitle(_ title: String) -> String {
        let second = title.hasPrefix("∂²")
        let body = title.dropFirst(second ? 2 : 1)
        guard title.hasPrefix("∂"), let slash = body.range(of: "/∂", options: .backwards) else { return "\\text{\(escapeText(title))}" }
        let top = String(body[..<slash.lowerBound])
        var bottom = String(body[slash.upperBound...])
        if second, bottom.hasSuffix("²") { bottom.removeLast() }
        let power = second ? "^2" : ""
        return "\\frac{\\partial\(power) \(identifier(top))}{\\partial \(identifier(bottom))\(power)}"
    }

    /// A name as maths: one letter as is, `W1` as `W_{1}`, longer names upright; anything
    /// that is not a name (an expression such as `sum(W(:,1))`) as typewriter text.
    static func identifier(_ name: String) -> String {
        let letters = name.prefix { $0.isLetter && $0.isASCII }
        let rest = name.dropFirst(letters.count)
        let isName = !letters.isEmpty && rest.allSatisfy { $0.isNumber || $0 == "_" || ($0.isLetter && $0.isASCII) }
        guard isName else { return "\\texttt{\(escapeText(name))}" }
        if rest.allSatisfy(\.isNumber) {
            let base = letters.count == 1 ? String(letters) : "\\mathrm{\(letters)}"
            return rest.isEmpty ? base : base + "_{\(rest)}"
        }
        return "\\mathrm{\(name.replacingOccurrences(of: "_", with: "\\_"))}"
    }

    static func matrix(_ m: Matrix) -> String {
        func number(_ x: Double) -> String {
            if x.isNaN { return "\\text{NaN}" }
            if x.isInfinite { return x > 0 ? "\\infty" : "-\\infty" }
            let s = String(format: "%.6g", x)
            if let e = s.range(of: "e") {
                let exponent = Int(s[e.upperBound...]) ?? 0
                return "\(s[..<e.lowerBound]) \\times 10^{\(exponent)}"
            }
            return s
        }
        if m.isScalar { return number(m[0, 0]) }
        let rows = (0..<m.rows).map { i in (0..<m.cols).map { number(m[i, $0]) }.joined(separator: " & ") }
        return "\\begin{bmatrix} " + rows.joined(separator: " \\\\ ") + " \\end{bmatrix}"
    }

    static func escapeText(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "_", "&", "%", "$", "#": out += "\\" + String(c)
            case "^": out += "\\^{}"
            case "~": out += "\\~{}"
            default: out.append(c)
            }
        }
        return out
    }
}
