import NablaSyntax

/// Wrong variants of a model answer, made the way students go wrong: drop or change a
/// scalar factor, flip a sign, transpose an operand (or drop a transpose), swap a
/// product's operands, `*` ↔ `.*`, drop a term. Check mode runs each one as an answer
/// (`MutationTester`); a check worth having rejects every variant that computes a
/// different function.
public struct Mutant: Sendable, Equatable {
    /// The whole answer with one change.
    public var code: String
    /// What was changed, for reports: "drop a factor: (2 / numel (y))".
    public var change: String
}

enum Mutants {
    /// Every single-change variant of `solution`, without repeats; empty when it does not parse.
    static func of(_ solution: String) -> [Mutant] {
        let source = SourceFile(name: "<solution>", text: solution)
        guard let program = try? Parser.parse(source) else { return [] }
        var out: [Mutant] = []
        var seen: Set<String> = [solution]
        func add(_ node: Expr, _ replacement: Expr, _ change: String) {
            let code = SyntaxWalk.splice(source, [(SyntaxWalk.span(of: node, in: source), "(" + OctaveCode.print(replacement) + ")")])
            if seen.insert(code).inserted { out.append(Mutant(code: code, change: change)) }
        }
        // Sign: the whole right-hand side of each assignment, negated.
        for s in program.statements {
            if case .assignment(_, _, let e, _) = s.kind { add(e, Expr(.unary(.negate, e), e.range), "flip the sign") }
            if case .expression(let e, _) = s.kind { add(e, Expr(.unary(.negate, e), e.range), "flip the sign") }
        }
        for e in SyntaxWalk.expressions(in: program.statements) {
            let shown = OctaveCode.print(e)
            switch e.kind {
            case .number(let v):
                add(e, Expr(.number(v == 0 ? 1 : 2 * v), e.range), "change a scalar: \(shown)")
            case .unary(.negate, let a):
                add(e, a, "flip a sign: \(shown)")
            case .postfix(_, let a):
                add(e, a, "drop a transpose: \(shown)")
            case .binary(let op, let a, let b):
                switch op {
                case .matrixMultiply, .elementMultiply:
                    add(e, b, "drop a factor: \(OctaveCode.print(a))")
                    add(e, a, "drop a factor: \(OctaveCode.print(b))")
                    if op == .matrixMultiply { add(e, Expr(.binary(op, b, a), e.range), "swap a product's operands: \(shown)") }
                    let other: BinaryOperator = op == .matrixMultiply ? .elementMultiply : .matrixMultiply
                    add(e, Expr(.binary(other, a, b), e.range), "\(op.spelling) → \(other.spelling): \(shown)")
                    for (operand, keep, left) in [(a, b, true), (b, a, false)] where isTransposable(operand) {
                        let t = Expr(.postfix(.transpose, operand), operand.range)
                        add(e, Expr(.binary(op, left ? t : keep, left ? keep : t), e.range), "transpose an operand: \(OctaveCode.print(operand))")
                    }
                case .rightDivide, .elementDivide:
                    add(e, a, "drop a divisor: \(OctaveCode.print(b))")
                    add(e, Expr(.binary(.matrixMultiply, a, b), e.range), "multiply instead of divide: \(shown)")
                case .add, .subtract:
                    add(e, a, "drop a term: \(OctaveCode.print(b))")
                    if op == .add { add(e, b, "drop a term: \(OctaveCode.print(a))") }
                    add(e, Expr(.binary(op == .add ? .subtract : .add, a, b), e.range), "flip a sign: \(shown)")
                default:
                    continue
                }
            default:
                continue
            }
        }
        return out
    }

    /// A name or an indexed name: what a student might forget or add a `'` to.
    static func isTransposable(_ e: Expr) -> Bool {
        switch e.kind {
        case .identifier: return true
        case .call(let f, _): if case .identifier = f.kind { return true } else { return false }
        default: return false
        }
    }
}
