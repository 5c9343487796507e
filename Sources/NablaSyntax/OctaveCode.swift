/// Prints an expression back as Octave source, in the spacing Octave itself uses when
/// it shows a function (`@(x) x .^ 2 + sin (x)`), with the fewest parentheses the
/// shared precedence table allows. Printing and parsing again gives the same tree.
public enum OctaveCode {
    public static func print(_ e: Expr) -> String {
        render(e, context: .oror, side: .none)
    }

    enum Side { case none, left, right }

    static func render(_ e: Expr, context: Precedence, side: Side) -> String {
        let (text, level) = renderBare(e)
        // A right operand of equal precedence needs parentheses: all operators associate left.
        let needs = level < context || (level == context && side == .right && level != .atom && level != .postfix)
        return needs ? "(" + text + ")" : text
    }

    static func renderBare(_ e: Expr) -> (String, Precedence) {
        switch e.kind {
        case .number(let v): return (number(v), v < 0 ? .prefix : .atom)
        case .string(let s, let dq):
            if dq {
                let escaped = s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
                    .replacing("\n", with: "\\n").replacing("\t", with: "\\t")
                return ("\"" + escaped + "\"", .atom)
            }
            return ("'" + s.replacing("'", with: "''") + "'", .atom)
        case .identifier(let n): return (n, .atom)
        case .colonAll: return (":", .atom)
        case .end: return ("end", .atom)
        case .matrix(let rows):
            return ("[" + rows.map { $0.map(print).joined(separator: ", ") }.joined(separator: "; ") + "]", .atom)
        case .cell(let rows):
            return ("{" + rows.map { $0.map(print).joined(separator: ", ") }.joined(separator: "; ") + "}", .atom)
        case .range(let a, let s, let b):
            let parts = [a] + (s.map { [$0] } ?? []) + [b]
            return (parts.map { render($0, context: .additive, side: .left) }.joined(separator: ":"), .range)
        case .binary(let op, let a, let b):
            let p = op.precedence
            // The exponent may carry its own sign without parentheses: 2 ^ -1.
            let right: String
            if p == .power, case .unary = b.kind {
                right = render(b, context: .prefix, side: .none)
            } else {
                right = render(b, context: p, side: .right)
            }
            return (render(a, context: p, side: .left) + " " + op.spelling + " " + right, p)
        case .unary(let op, let a):
            return (op.rawValue + render(a, context: .prefix, side: .none), .prefix)
        case .postfix(let op, let a):
            return (render(a, context: .postfix, side: .none) + op.rawValue, .postfix)
        case .call(let f, let args):
            return (render(f, context: .postfix, side: .none) + " (" + args.map(print).joined(separator: ", ") + ")", .postfix)
        case .cellIndex(let f, let args):
            return (render(f, context: .postfix, side: .none) + "{" + args.map(print).joined(separator: ", ") + "}", .postfix)
        case .field(let base, let name):
            return (render(base, context: .postfix, side: .none) + "." + name, .postfix)
        case .dynamicField(let base, let name):
            return (render(base, context: .postfix, side: .none) + ".(" + print(name) + ")", .postfix)
        case .anonymousFunction(let ps, let body):
            return ("@(" + ps.joined(separator: ", ") + ") " + print(body), .oror)
        case .functionHandle(let n):
            return ("@" + n, .atom)
        case .increment(let target, let delta, let prefix):
            let sign = delta > 0 ? "++" : "--"
            let operand = render(target, context: .postfix, side: .none)
            return (prefix ? sign + operand : operand + sign, prefix ? .prefix : .postfix)
        }
    }

    /// Numbers as Octave prints them in code: integers plainly, others with up to 4 decimals
    /// in short form (Octave shows `0.5000`), so we keep the shortest exact spelling instead.
    public static func number(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
        if v == v.rounded() && Swift.abs(v) < 1e15 { return String(Int64(v)) }
        var s = "\(v)"
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}
