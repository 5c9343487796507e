/// Expressions, one method per precedence level from the loosest, down to literals,
/// matrices and anonymous functions.
extension Parser {
    public mutating func expression() throws(Diagnostic) -> Expr {
        try enter()
        defer { depth -= 1 }
        return try binary(.oror)
    }

    /// Left-associative binary levels from `level` up to multiplicative, then prefix.
    mutating func binary(_ level: Precedence) throws(Diagnostic) -> Expr {
        if level == .range { return try rangeExpression() }
        if level == .prefix { return try prefixExpression() }
        let next = Precedence(rawValue: level.rawValue + 1) ?? .prefix
        var lhs = try binary(next)
        var links = 0
        defer { chain -= links }
        while case .symbol(let s) = current.kind, let op = BinaryOperator(spelling: s), op.precedence == level {
            try extendChain(&links)
            advance()
            let rhs = try binary(next)
            lhs = Expr(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
        }
        return lhs
    }

    mutating func rangeExpression() throws(Diagnostic) -> Expr {
        if indexDepth > 0 && check(":") && (peekToken(1).isSymbol(",") || peekToken(1).isSymbol(")") || peekToken(1).isSymbol("}")) {
            let t = advance()
            return Expr(.colonAll, t.range)
        }
        let first = try binary(.additive)
        guard check(":") else { return first }
        advance()
        let second = try binary(.additive)
        if check(":") {
            advance()
            let third = try binary(.additive)
            return Expr(.range(start: first, step: second, stop: third), first.range.union(third.range))
        }
        return Expr(.range(start: first, step: nil, stop: second), first.range.union(second.range))
    }

    /// `++` or `--` written as one token (the lexer keeps the two signs apart, because
    /// `a - -b` and `[1 --2]`-style signs must keep meaning what they did).
    func incrementAhead() -> Double? {
        for (sign, delta) in [("+", 1.0), ("-", -1.0)] where check(sign) {
            return peekToken(1).isSymbol(sign) && !peekToken(1).spaceBefore ? delta : nil
        }
        return nil
    }

    mutating func prefixExpression() throws(Diagnostic) -> Expr {
        if let delta = incrementAhead() {
            let t = advance(); advance()
            let operand = try postfixExpression()
            guard LValue(operand) != nil else {
                throw error(
                    "'\(delta > 0 ? "++" : "--")' changes a variable; it cannot be applied to this expression",
                    at: t.range.union(operand.range), hint: "write it before a variable, as in ++k")
            }
            return Expr(.increment(target: operand, by: delta, prefix: true), t.range.union(operand.range))
        }
        if case .symbol(let s) = current.kind, s == "-" || s == "+" || s == "!" || s == "~" {
            let t = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try prefixExpression()
            let op: UnaryOperator = s == "-" ? .negate : s == "+" ? .plus : .not
            return Expr(.unary(op, operand), t.range.union(operand.range))
        }
        return try powerExpression()
    }

    mutating func powerExpression() throws(Diagnostic) -> Expr {
        var base = try postfixExpression()
        var links = 0
        defer { chain -= links }
        while case .symbol(let s) = current.kind, s == "^" || s == ".^" {
            try extendChain(&links)
            advance()
            let exponent = try powerOperand()
            base = Expr(.binary(s == "^" ? .matrixPower : .elementPower, base, exponent), base.range.union(exponent.range))
        }
        return base
    }

    /// The right side of `^` may carry its own sign: `2^-1`.
    mutating func powerOperand() throws(Diagnostic) -> Expr {
        if case .symbol(let s) = current.kind, s == "-" || s == "+" || s == "!" || s == "~" {
            let t = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try powerOperand()
            let op: UnaryOperator = s == "-" ? .negate : s == "+" ? .plus : .not
            return Expr(.unary(op, operand), t.range.union(operand.range))
        }
        return try postfixExpression()
    }

    mutating func postfixExpression() throws(Diagnostic) -> Expr {
        var e = try primary()
        var links = 0
        defer { chain -= links }
        while true {
            if check("(") || check("{") || check(".") || check("'") || check(".'") { try extendChain(&links) }
            // Inside `[ ]` the lexer has already put a comma before a spaced `(` that starts
            // a new element (`[a (1)]`), so every `(` reaching here is a call or an index.
            if check("(") {
                let open = advance()
                let args = try arguments(closing: ")", opened: open)
                e = Expr(.call(e, args.list), e.range.union(args.end))
            } else if check("{") && !current.spaceBefore {
                let open = advance()
                let args = try arguments(closing: "}", opened: open)
                e = Expr(.cellIndex(e, args.list), e.range.union(args.end))
            } else if check("."), case .identifier(let name) = peekToken(1).kind, !current.spaceBefore {
                advance()
                let n = advance()
                e = Expr(.field(e, name), e.range.union(n.range))
            } else if check("."), peekToken(1).isSymbol("("), !current.spaceBefore {
                advance()
                let open = advance()
                let args = try arguments(closing: ")", opened: open)
                guard args.list.count == 1 else {
                    throw Diagnostic.error("a dynamic field name is one expression, s.(name)", at: open.range.union(args.end))
                }
                e = Expr(.dynamicField(e, args.list[0]), e.range.union(args.end))
            } else if check("'") || check(".'") {
                let t = advance()
                e = Expr(.postfix(t.isSymbol("'") ? .transpose : .plainTranspose, e), e.range.union(t.range))
            } else if let delta = incrementAhead(), !current.spaceBefore, LValue(e) != nil, !startsOperand(peekToken(2)) {
                advance()
                let t = advance()
                e = Expr(.increment(target: e, by: delta, prefix: false), e.range.union(t.range))
                break
            } else {
                break
            }
        }
        return e
    }

    /// Whether a token can begin an operand: after `x++` such a token means `x + (+y)`.
    func startsOperand(_ t: Token) -> Bool {
        switch t.kind {
        case .number, .string, .identifier: return true
        case .symbol(let s): return ["(", "[", "{", "@", "+", "-", "!", "~"].contains(s)
        default: return false
        }
    }

    mutating func arguments(closing: String, opened: Token) throws(Diagnostic) -> (list: [Expr], end: SourceRange) {
        indexDepth += 1
        defer { indexDepth -= 1 }
        var list: [Expr] = []
        if check(closing) { return ([], advance().range) }
        while true {
            list.append(try expression())
            if match(",") { continue }
            if check(closing) { break }
            if atEnd {
                throw Diagnostic(
                    .error, "this bracket is never closed", at: opened.range,
                    hint: "add '\(closing)'", incomplete: true)
            }
            throw error("expected ',' or '\(closing)' in the argument list, found \(describe(current))")
        }
        return (list, advance().range)
    }

    mutating func primary() throws(Diagnostic) -> Expr {
        let t = current
        switch t.kind {
        case .number(let v):
            advance()
            return Expr(.number(v), t.range)
        case .string(let s, let dq):
            advance()
            return Expr(.string(s, doubleQuoted: dq), t.range)
        case .identifier(let name):
            advance()
            return Expr(.identifier(name), t.range)
        case .keyword(.end) where indexDepth > 0:
            advance()
            return Expr(.end, t.range)
        case .symbol("("):
            advance()
            let saved = indexDepth
            indexDepth = 0
            let e = try expression()
            indexDepth = saved
            _ = try expect(")", "expected ')' to close the '(' at \(t.range.start)")
            return e
        case .symbol("["):
            return try matrixLiteral(open: "[", close: "]")
        case .symbol("{"):
            return try matrixLiteral(open: "{", close: "}")
        case .symbol("@"):
            return try functionLiteral()
        case .symbol(":") where indexDepth > 0:
            advance()
            return Expr(.colonAll, t.range)
        case .eof:
            throw error("expected an expression, but the input ended")
        case .newline:
            throw error("expected an expression before the end of the line")
        case .keyword(let k):
            throw error(
                "expected an expression, found keyword '\(k.rawValue)'",
                hint: k == .end ? "'end' means the last index only inside x(…)" : nil)
        default:
            throw error("expected an expression, found \(describe(t))")
        }
    }

    mutating func matrixLiteral(open: String, close: String) throws(Diagnostic) -> Expr {
        let opened = advance()
        try enter()
        defer { depth -= 1 }
        // `end` keeps its meaning inside brackets within an index: x([1 end]).
        var rows: [[Expr]] = []
        var row: [Expr] = []
        while true {
            if check(close) { break }
            if match(";") {
                if !row.isEmpty { rows.append(row) }
                row = []
                continue
            }
            if match(",") {
                continue
            }
            if atEnd {
                throw Diagnostic(
                    .error, "'\(open)' is never closed", at: opened.range, hint: "add '\(close)'",
                    incomplete: true)
            }
            row.append(try expression())
            if !(check(",") || check(";") || check(close)) {
                throw error("expected ',', ';' or '\(close)' in the \(open == "[" ? "matrix" : "cell array"), found \(describe(current))")
            }
        }
        if !row.isEmpty { rows.append(row) }
        let closeToken = advance()
        let range = opened.range.union(closeToken.range)
        return Expr(open == "[" ? .matrix(rows) : .cell(rows), range)
    }

    mutating func functionLiteral() throws(Diagnostic) -> Expr {
        let at = advance()
        if case .identifier(let name) = current.kind {
            let n = advance()
            return Expr(.functionHandle(name), at.range.union(n.range))
        }
        guard match("(") else {
            throw error("expected a name or '(' after '@'", hint: "write @(x) x.^2 or @sin")
        }
        var parameters: [String] = []
        while !check(")") {
            guard case .identifier(let a) = current.kind else {
                throw error("expected a parameter name, found \(describe(current))")
            }
            parameters.append(a)
            advance()
            if !match(",") { break }
        }
        _ = try expect(")", "expected ')' after the parameters")
        let saved = indexDepth
        indexDepth = 0
        let body = try expression()
        indexDepth = saved
        return Expr(.anonymousFunction(parameters: parameters, body: body), at.range.union(body.range))
    }
}
