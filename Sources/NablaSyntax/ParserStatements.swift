/// Statements: blocks, control flow, assignments and function definitions, each ending at
/// its terminator (a newline, `;` or `,`).
extension Parser {
    public mutating func parseProgram() throws(Diagnostic) -> Program {
        var statements: [Statement] = []
        var functions: [FunctionDefinition] = []
        skipNewlines()
        while !atEnd {
            let s = try statement()
            if case .function(let f) = s.kind { functions.append(f) } else { statements.append(s) }
            skipNewlines()
        }
        return Program(statements: statements, functions: functions, source: source)
    }

    /// Statements until one of `terminators` (not consumed) or the end of input.
    mutating func block(until terminators: Set<Keyword>, opened: Token, what: String) throws(Diagnostic) -> [Statement] {
        try enter()
        defer { depth -= 1 }
        var body: [Statement] = []
        skipNewlines()
        while true {
            if case .keyword(let k) = current.kind, terminators.contains(k) { break }
            if atEnd {
                throw Diagnostic(
                    .error, "'\(what)' is never closed with 'end'", at: opened.range,
                    hint: "add 'end' after the body", incomplete: true)
            }
            body.append(try statement())
            skipNewlines()
        }
        return body
    }

    mutating func closeBlock(_ specific: Keyword) throws(Diagnostic) {
        if current.isKeyword(.end) || current.isKeyword(specific) { advance(); return }
        throw error("expected 'end', found \(describe(current))")
    }

    /// Consumes a statement terminator and reports whether the result should be displayed.
    mutating func terminator() throws(Diagnostic) -> Bool {
        if match(";") { return false }
        if match(",") { return true }
        if case .newline = current.kind { advance(); return true }
        if atEnd { return true }
        if case .keyword(let k) = current.kind,
            [
                .end, .endif, .endfor, .endwhile, .endfunction, .endswitch, .else, .elseif, .case, .otherwise,
                .catch, .until, .end_try_catch
            ].contains(k)
        {
            return true
        }
        throw error(
            "unexpected \(describe(current))",
            hint: "separate statements with a newline, ',' or ';'")
    }

    mutating func statement() throws(Diagnostic) -> Statement {
        let start = current
        if case .keyword(let k) = current.kind {
            switch k {
            case .if: return try ifStatement()
            case .for: return try forStatement()
            case .while: return try whileStatement()
            case .do: return try doStatement()
            case .switch: return try switchStatement()
            case .try: return try tryStatement()
            case .function: return try functionDefinition()
            case .break:
                advance(); _ = try terminator()
                return Statement(.breakLoop, start.range)
            case .continue:
                advance(); _ = try terminator()
                return Statement(.continueLoop, start.range)
            case .return:
                advance(); _ = try terminator()
                return Statement(.returnFromFunction, start.range)
            default:
                throw error(
                    "unexpected keyword '\(k.rawValue)'",
                    hint: k == .end || k.rawValue.hasPrefix("end") ? "there is no open block for it to close" : nil)
            }
        }
        // Command syntax: `format long`.
        if case .identifier(let name) = current.kind, case .commandWord = peekToken(1).kind {
            advance()
            var words: [String] = []
            var last = start.range
            while case .commandWord(let w) = current.kind {
                words.append(w)
                last = advance().range
            }
            let display = try terminator()
            return Statement(.command(name: name, words: words, display: display), start.range.union(last))
        }
        // Formula binding: `z := expr`.
        if case .identifier(let name) = current.kind, peekToken(1).isSymbol(":=") {
            advance(); advance()
            let e = try expression()
            let display = try terminator()
            return Statement(.formula(name: name, e, display: display), start.range.union(e.range))
        }
        // Multiple assignment `[a, b] = …` — tried first, rolled back if it is a matrix.
        if check("[") {
            let save = p
            if let targets = try? lvalueList(), check("=") {
                advance()
                let e = try expression()
                let display = try terminator()
                return Statement(.assignment(targets, .plain, e, display: display), start.range.union(e.range))
            }
            p = save
        }
        let e = try expression()
        if case .symbol(let s) = current.kind, let op = AssignmentOperator(rawValue: s) {
            let opToken = advance()
            guard let target = lvalue(from: e) else {
                throw error(
                    "cannot assign to this expression", at: e.range.union(opToken.range),
                    hint: "the left side of '=' must be a variable, maybe indexed, like x or A(2, 3)")
            }
            let value = try expression()
            let display = try terminator()
            return Statement(.assignment([target], op, value, display: display), start.range.union(value.range))
        }
        let display = try terminator()
        return Statement(.expression(e, display: display), e.range)
    }

    mutating func lvalueList() throws(Diagnostic) -> [LValue] {
        _ = try expect("[", "expected '['")
        var targets: [LValue] = []
        while !check("]") {
            if check("!") || check("~") {
                let t = advance()
                targets.append(LValue(name: "~", steps: [], range: t.range))
            } else {
                let e = try postfixExpression()
                guard let lv = lvalue(from: e) else { throw error("not an assignment target") }
                targets.append(lv)
            }
            if !match(",") { break }
        }
        _ = try expect("]", "expected ']'")
        if targets.isEmpty { throw error("empty assignment target list") }
        return targets
    }

    func lvalue(from e: Expr) -> LValue? { LValue(e) }

    mutating func ifStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        var branches: [ConditionalBranch] = []
        var otherwise: [Statement]? = nil
        let cond = try expression()
        var body = try block(until: [.elseif, .else, .end, .endif], opened: opened, what: "if")
        branches.append(ConditionalBranch(condition: cond, body: body))
        while true {
            if current.isKeyword(.elseif) {
                advance()
                skipNewlines()
                let c = try expression()
                body = try block(until: [.elseif, .else, .end, .endif], opened: opened, what: "if")
                branches.append(ConditionalBranch(condition: c, body: body))
            } else if current.isKeyword(.else) {
                advance()
                otherwise = try block(until: [.end, .endif], opened: opened, what: "if")
            } else {
                break
            }
        }
        let endToken = current
        try closeBlock(.endif)
        return Statement(.ifChain(branches, otherwise: otherwise), opened.range.union(endToken.range))
    }

    mutating func forStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let parenthesized =
            check("(")
            && {
                if case .identifier = peekToken(1).kind { return peekToken(2).isSymbol("=") }; return false
            }()
        if parenthesized { advance() }
        guard case .identifier(let name) = current.kind else {
            throw error(
                "expected a loop variable after 'for', found \(describe(current))",
                hint: "write for i = 1:10")
        }
        let v = advance()
        _ = try expect("=", "expected '=' after the loop variable")
        let iterable = try expression()
        if parenthesized { _ = try expect(")", "expected ')' to close 'for ('") }
        let body = try block(until: [.end, .endfor], opened: opened, what: "for")
        let endToken = current
        try closeBlock(.endfor)
        return Statement(
            .forLoop(variable: LValue(name: name, steps: [], range: v.range), iterable, body: body),
            opened.range.union(endToken.range))
    }

    mutating func whileStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let cond = try expression()
        let body = try block(until: [.end, .endwhile], opened: opened, what: "while")
        let endToken = current
        try closeBlock(.endwhile)
        return Statement(.whileLoop(cond, body: body), opened.range.union(endToken.range))
    }

    mutating func doStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let body = try block(until: [.until], opened: opened, what: "do")
        advance()
        let cond = try expression()
        return Statement(.doUntil(body: body, cond), opened.range.union(cond.range))
    }

    mutating func switchStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let subject = try expression()
        skipNewlines()
        var cases: [SwitchCase] = []
        var otherwise: [Statement]? = nil
        while true {
            if current.isKeyword(.case) {
                advance()
                let value = try expression()
                let body = try block(until: [.case, .otherwise, .end, .endswitch], opened: opened, what: "switch")
                cases.append(SwitchCase(value: value, body: body))
            } else if current.isKeyword(.otherwise) {
                advance()
                otherwise = try block(until: [.case, .otherwise, .end, .endswitch], opened: opened, what: "switch")
            } else if atEnd {
                throw Diagnostic(
                    .error, "'switch' is never closed with 'end'", at: opened.range,
                    hint: "add 'end' after the last case", incomplete: true)
            } else {
                break
            }
        }
        let endToken = current
        try closeBlock(.endswitch)
        return Statement(.switchChain(subject, cases: cases, otherwise: otherwise), opened.range.union(endToken.range))
    }

    mutating func tryStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        if check(",") { advance() }
        let body = try block(until: [.catch, .end, .end_try_catch], opened: opened, what: "try")
        var identifier: String? = nil
        var handler: [Statement] = []
        if current.isKeyword(.catch) {
            let catchToken = advance()
            if case .identifier(let n) = current.kind, catchToken.range.end.line == current.range.start.line {
                identifier = n
                advance()
            }
            handler = try block(until: [.end, .end_try_catch], opened: opened, what: "try")
        }
        let endToken = current
        try closeBlock(.end_try_catch)
        return Statement(.tryCatch(body: body, identifier: identifier, handler: handler), opened.range.union(endToken.range))
    }

    mutating func functionDefinition() throws(Diagnostic) -> Statement {
        let opened = advance()
        var outputs: [String] = []
        var name: String
        // Forms: function name / function name(args) / function out = name(args) / function [a, b] = name(args)
        if check("[") {
            advance()
            while case .identifier(let o) = current.kind {
                outputs.append(o)
                advance()
                _ = match(",")
            }
            _ = try expect("]", "expected ']' after the output list")
            _ = try expect("=", "expected '=' after the output list")
            guard case .identifier(let n) = current.kind else { throw error("expected the function's name") }
            name = n
            advance()
        } else {
            guard case .identifier(let n) = current.kind else {
                throw error("expected the function's name after 'function'")
            }
            advance()
            if match("=") {
                outputs = [n]
                guard case .identifier(let n2) = current.kind else { throw error("expected the function's name") }
                name = n2
                advance()
            } else {
                name = n
            }
        }
        var parameters: [String] = []
        if match("(") {
            while !check(")") {
                if case .identifier(let a) = current.kind {
                    parameters.append(a)
                    advance()
                } else if check("~") || check("!") {
                    advance()
                    parameters.append("~")
                } else {
                    throw error("expected a parameter name, found \(describe(current))")
                }
                if !match(",") { break }
            }
            _ = try expect(")", "expected ')' after the parameters")
        }
        // The body runs to `end`/`endfunction`, or (in files without them) to the next `function`.
        try enter()
        defer { depth -= 1 }
        var body: [Statement] = []
        skipNewlines()
        while !(current.isKeyword(.end) || current.isKeyword(.endfunction) || current.isKeyword(.function) || atEnd) {
            body.append(try statement())
            skipNewlines()
        }
        let endToken = current
        if current.isKeyword(.end) || current.isKeyword(.endfunction) { advance() } else if atEnd { functionEndedByEndOfInput = true }
        let def = FunctionDefinition(
            name: name, parameters: parameters, outputs: outputs, body: body,
            range: opened.range.union(endToken.range))
        return Statement(.function(def), def.range)
    }
}
