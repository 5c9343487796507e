import NablaSyntax

/// Every expression node of a program, outermost first: what the answer rules and the
/// mutation tester look at. Index expressions of assignment targets and the bodies of
/// loops and conditionals are included; function definitions are not.
enum SyntaxWalk {
    static func expressions(in statements: [Statement]) -> [Expr] {
        var out: [Expr] = []
        for s in statements { visit(s, into: &out) }
        return out
    }

    static func visit(_ s: Statement, into out: inout [Expr]) {
        func all(_ body: [Statement]) { for b in body { visit(b, into: &out) } }
        switch s.kind {
        case .expression(let e, _), .formula(_, let e, _):
            visit(e, into: &out)
        case .assignment(let targets, _, let e, _):
            for t in targets {
                for step in t.steps {
                    if case .paren(let args) = step { for a in args { visit(a, into: &out) } }
                    if case .brace(let args) = step { for a in args { visit(a, into: &out) } }
                    if case .dynamicField(let name) = step { visit(name, into: &out) }
                }
            }
            visit(e, into: &out)
        case .ifChain(let branches, let otherwise):
            for b in branches { visit(b.condition, into: &out); all(b.body) }
            all(otherwise ?? [])
        case .forLoop(_, let e, let body), .whileLoop(let e, let body):
            visit(e, into: &out)
            all(body)
        case .doUntil(let body, let e):
            all(body)
            visit(e, into: &out)
        case .switchChain(let e, let cases, let otherwise):
            visit(e, into: &out)
            for c in cases { visit(c.value, into: &out); all(c.body) }
            all(otherwise ?? [])
        case .tryCatch(let body, _, let handler):
            all(body)
            all(handler)
        case .breakLoop, .continueLoop, .returnFromFunction, .function, .command:
            break
        }
    }

    static func visit(_ e: Expr, into out: inout [Expr]) {
        out.append(e)
        for child in children(e) { visit(child, into: &out) }
    }

    static func children(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .number, .string, .identifier, .colonAll, .end, .functionHandle: return []
        case .matrix(let rows), .cell(let rows): return rows.flatMap { $0 }
        case .range(let a, let s, let b): return [a] + (s.map { [$0] } ?? []) + [b]
        case .binary(_, let a, let b): return [a, b]
        case .unary(_, let a), .postfix(_, let a), .field(let a, _), .increment(let a, _, _): return [a]
        case .dynamicField(let a, let n): return [a, n]
        case .call(let f, let args), .cellIndex(let f, let args): return [f] + args
        case .anonymousFunction(_, let body): return [body]
        }
    }

    /// Names read by the statements (identifiers, callees included).
    static func names(in statements: [Statement]) -> Set<String> {
        var out = Set<String>()
        for e in expressions(in: statements) {
            if case .identifier(let n) = e.kind { out.insert(n) }
        }
        for s in statements {
            if case .assignment(let targets, let op, _, _) = s.kind, op != .plain || targets.contains(where: { !$0.steps.isEmpty }) {
                for t in targets { out.insert(t.name) }
            }
        }
        return out
    }

    /// Names the statements assign (at any depth).
    static func assigned(in statements: [Statement]) -> [String] {
        var out: [String] = []
        for s in statements {
            switch s.kind {
            case .assignment(let targets, _, _, _): out += targets.map(\.name).filter { $0 != "~" }
            case .formula(let n, _, _): out.append(n)
            case .forLoop(let v, _, let body): out += [v.name] + assigned(in: body)
            case .whileLoop(_, let body), .doUntil(let body, _): out += assigned(in: body)
            case .ifChain(let branches, let otherwise):
                out += branches.flatMap { assigned(in: $0.body) } + assigned(in: otherwise ?? [])
            default: continue
            }
        }
        return out
    }

    /// The offsets of an expression's source text, widened so its brackets balance: a
    /// parenthesised expression's range leaves out its parentheses (`(A + A')*x` spans
    /// `A + A')*x`).
    static func span(of e: Expr, in source: SourceFile) -> Range<Int> {
        let scalars = source.scalars
        var start = max(0, min(e.range.start.offset, scalars.count))
        var end = max(start, min(e.range.end.offset, scalars.count))
        for _ in 0..<64 {
            var depth = 0, lowest = 0
            for k in start..<end {
                switch scalars[k] {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth -= 1; lowest = min(lowest, depth)
                default: break
                }
            }
            if lowest < 0, let open = (0..<start).last(where: { "([{".unicodeScalars.contains(scalars[$0]) }) {
                start = open
            } else if depth - lowest > 0, let close = (end..<scalars.count).first(where: { ")]}".unicodeScalars.contains(scalars[$0]) }) {
                end = close + 1
            } else {
                break
            }
        }
        return start..<end
    }

    /// The source with the given spans replaced (spans must not overlap).
    static func splice(_ source: SourceFile, _ edits: [(Range<Int>, String)]) -> String {
        var scalars = Array(source.scalars)
        for (range, text) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
