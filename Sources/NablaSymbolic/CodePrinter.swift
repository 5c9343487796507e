import NablaNumerics
import NablaSyntax

/// Octave code that can be pasted back into Nabla (`code(expr)`): `2 * (W*x + b - y) * x'`.
///
/// Uses the parser's precedence table, so the printed text parses to the same
/// computation. Structural constants are written as the calls that make them
/// (`eye(3)`, `ones(2, 4)`); a named quantity such as `n` is written as its value, so
/// the code runs without it; user-named formulas are written by name.
public enum CodePrinter {
    /// `inlined` lists named parts that are not session variables (a derivative's `δ`s):
    /// they are written out, so the code runs on its own.
    ///
    /// A part used more than once (a residual block, the forward value a backward pass
    /// reads again) is computed once into a temporary — `t1 = tanh(W * x);` on a line of
    /// its own — so the code grows linearly with the graph, not exponentially with its depth.
    /// The last line is an expression: pasted in, it leaves the value in `ans`. `taken`
    /// lists names the temporaries must not overwrite (the session's variables).
    public static func print(_ node: Node, inlining inlined: Set<Node> = [], avoiding taken: Set<String> = []) -> String {
        var printer = Printer(inlined: inlined)
        let root = printer.resolve(node)
        var parents: [Int: Int] = [:]
        var seen: Set<Int> = []
        var order: [Node] = []
        var names = taken
        var stack: [(Node, Bool)] = [(root, false)]
        while let (n, done) = stack.popLast() {
            if done { order.append(n); continue }
            guard seen.insert(n.id).inserted else { continue }
            stack.append((n, true))
            if let name = n.name { names.insert(name) }
            // User-named formulas and variables print as their names: nothing inside them is written.
            guard case .apply(_, let children) = n.kind else { continue }
            for c in children {
                let r = printer.resolve(c)
                parents[r.id, default: 0] += 1
                stack.append((r, false))
            }
        }
        var size: [Int: Int] = [:]
        for n in order {
            guard case .apply(_, let children) = n.kind else { size[n.id] = 1; continue }
            size[n.id] = min(1 + children.reduce(0) { $0 + (size[printer.resolve($1).id] ?? 1) }, 1 << 20)
        }
        var lines: [String] = []
        var counter = 0
        for n in order where n !== root && (parents[n.id] ?? 0) >= 2 && (size[n.id] ?? 0) > 2 {
            let text = printer.render(n).text
            var name: String
            repeat { counter += 1; name = "t\(counter)" } while names.contains(name)
            printer.temporaries[n.id] = name
            lines.append(name + " = " + text + ";")
        }
        lines.append(printer.render(root).text)
        return lines.joined(separator: "\n")
    }

    struct Piece { var text: String; var precedence: Precedence }

    struct Printer {
        let inlined: Set<Node>
        /// Parts already computed into a temporary, by node id.
        var temporaries: [Int: String] = [:]

        init(inlined: Set<Node>) { self.inlined = inlined }

        /// The node with the inlined names (δ) peeled off.
        func resolve(_ node: Node) -> Node {
            var n = node
            while inlined.contains(n), case .named(_, let child) = n.kind { n = child }
            return n
        }

        func print(_ node: Node) -> String { render(node).text }

        func render(_ node: Node) -> Piece {
            if inlined.contains(node), case .named(_, let child) = node.kind { return render(child) }
            if let name = temporaries[node.id] { return Piece(text: name, precedence: .atom) }
            switch node.kind {
            case .variable(let n), .named(let n, _):
                return Piece(text: n, precedence: .atom)
            case .constant(let m, let label):
                if label == "I" { return Piece(text: "eye(\(m.rows))", precedence: .atom) }
                if label == "𝟏" { return Piece(text: "ones(\(m.rows), \(m.cols))", precedence: .atom) }
                if label == "0" { return Piece(text: "zeros(\(m.rows), \(m.cols))", precedence: .atom) }
                if m.isScalar { return Piece(text: OctaveCode.number(m.scalar), precedence: m.scalar < 0 ? .prefix : .atom) }
                let rows = (0..<m.rows).map { i in (0..<m.cols).map { j in OctaveCode.number(m[i, j]) }.joined(separator: " ") }
                return Piece(text: "[" + rows.joined(separator: "; ") + "]", precedence: .atom)
            case .apply(let p, let c):
                return apply(p, c)
            }
        }

        func operand(_ n: Node, _ level: Precedence, right: Bool) -> String {
            let p = render(n)
            let needs = p.precedence < level || (right && p.precedence == level) || (p.precedence == .prefix && level >= .prefix && right)
            return needs ? "(" + p.text + ")" : p.text
        }

        func binary(_ op: BinaryOperator, _ c: [Node], spaced: Bool = true) -> Piece {
            let level = op.precedence
            let sep = spaced ? " " : ""
            return Piece(text: operand(c[0], level, right: false) + sep + op.spelling + sep + operand(c[1], level, right: true), precedence: level)
        }

        func call(_ name: String, _ args: [String]) -> Piece {
            Piece(text: name + "(" + args.joined(separator: ", ") + ")", precedence: .postfix)
        }

        /// A call of the language name the name table gives the primitive, so the code pastes back.
        func named(_ p: Primitive, _ args: [String]) -> Piece {
            call(NameTable.spelling(of: p) ?? p.name, args)
        }

        func apply(_ p: Primitive, _ c: [Node]) -> Piece {
            switch p {
            case .add: return binary(.add, c)
            case .subtract: return binary(.subtract, c)
            case .multiply: return binary(c[0].shape.isScalar || c[1].shape.isScalar ? .matrixMultiply : .elementMultiply, c)
            case .divide: return binary(c[1].shape.isScalar ? .rightDivide : .elementDivide, c)
            case .power: return binary(.elementPower, c, spaced: false)
            case .matrixPower: return binary(.matrixPower, c, spaced: false)
            case .matmul: return binary(.matrixMultiply, c)
            case .leftDivide: return binary(.leftDivide, c)
            case .rightDivide: return binary(.rightDivide, c)
            case .compare(let k):
                let op = BinaryOperator(spelling: k.rawValue) ?? .equal
                return binary(op, c)
            case .and: return binary(.elementAnd, c)
            case .or: return binary(.elementOr, c)
            case .negate: return Piece(text: "-" + operand(c[0], .prefix, right: true), precedence: .prefix)
            case .not: return Piece(text: "!" + operand(c[0], .prefix, right: true), precedence: .prefix)
            case .transpose where Lookup(p, c) != nil, .gatherRows:
                // X(I, :), X(:, J), X(I, J): Nabla indexes any operand, a bracketed one too.
                let lookup = Lookup(p, c)!
                let rows = lookup.rows.map(print) ?? ":", columns = lookup.columns.map(print) ?? ":"
                return Piece(text: operand(lookup.table, .postfix, right: false) + "(" + rows + ", " + columns + ")", precedence: .postfix)
            case .transpose: return Piece(text: operand(c[0], .postfix, right: false) + "'", precedence: .power)
            case .function: return named(p, [print(c[0])])
            case .leakyRelu(let a): return named(p, [print(c[0]), OctaveCode.number(a)])
            case .polygamma(let k): return named(p, k == 0 ? [print(c[0])] : ["\(k)", print(c[0])])
            case .inverse, .determinant, .trace: return named(p, [print(c[0])])
            case .kron, .maximum, .minimum, .mod, .rem, .atan2: return named(p, c.map(print))
            case .sum(let d), .mean(let d), .prod(let d), .logSumExp(let d): return named(p, [print(c[0]), "\(d)"])
            case .maxAlong(let d), .minAlong(let d): return named(p, [print(c[0]), "[]", "\(d)"])
            case .norm(let k):
                switch k {
                case .p(let q) where q == 2: return named(p, [print(c[0])])
                case .p(let q): return named(p, [print(c[0]), OctaveCode.number(q)])
                case .frobenius: return named(p, [print(c[0]), "'fro'"])
                case .infinity: return named(p, [print(c[0]), "Inf"])
                case .negativeInfinity: return named(p, [print(c[0]), "-Inf"])
                }
            case .softmax(let d): return named(p, d == 1 ? [print(c[0])] : [print(c[0]), "\(d)"])
            case .layerNorm(let d): return named(p, d == 2 ? [print(c[0])] : [print(c[0]), "\(d)"])
            case .scatterRows(let r): return named(p, [print(c[0]), print(c[1]), "\(r)"])
            case .diag, .diagPart: return named(p, [print(c[0])])
            case .reshape(let r, let k), .repmat(let r, let k): return named(p, [print(c[0]), "\(r)", "\(k)"])
            }
        }
    }
}
