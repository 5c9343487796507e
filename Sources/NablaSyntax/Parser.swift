/// A recursive-descent parser with one method per precedence level, loosest first.
///
/// It never guesses past an error: the first problem becomes a located
/// `Diagnostic`. Errors that more input could fix (an unclosed block or bracket)
/// are marked `isIncompleteInput`, which the REPL uses to show a continuation prompt.
public struct Parser {
    private var tokens: [Token]
    private var p = 0
    private let source: SourceFile
    /// How deep we are inside index arguments, where `end` and a bare `:` mean something.
    private var indexDepth = 0
    /// Nesting of blocks and brackets, bounded so hostile input cannot exhaust the stack.
    private var depth = 0
    public static let maxDepth = 200
    /// Operators in left-associative chains along the current parse path (see `extendChain`).
    private var chain = 0
    public static let maxChain = 2000
    private let endsWithContinuation: Bool
    /// A `function` body ran to the end of input without `end`/`endfunction`.
    private(set) var functionEndedByEndOfInput = false

    public init(tokens: [Token], source: SourceFile) {
        self.tokens = tokens
        self.source = source
        let trimmed = source.text.reversed().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        self.endsWithContinuation = String(trimmed.prefix(3)) == "..."
    }

    /// Lexes and parses a whole source.
    public static func parse(_ source: SourceFile) throws(Diagnostic) -> Program {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, source: source)
        return try parser.parseProgram()
    }

    /// Parses a single expression (for lesson checks and `nabla -e`-style helpers).
    public static func parseExpression(_ source: SourceFile) throws(Diagnostic) -> Expr {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, source: source)
        parser.skipNewlines()
        let e = try parser.expression()
        parser.skipNewlines()
        guard parser.atEnd else {
            throw parser.error("unexpected \(parser.describe(parser.current)) after the expression")
        }
        return e
    }

    /// True when `text` is an unfinished input that more lines could complete.
    public static func needsMoreInput(_ text: String) -> Bool {
        !parseInput(SourceFile(name: "<input>", text: text)).complete
    }

    /// Parses input typed or piped in, and says whether it is complete: an error that more
    /// lines could fix (an open block, bracket or string) leaves it incomplete, as does a
    /// function that runs to the end without `end` (allowed in a file, still open at a prompt).
    public static func parseInput(_ source: SourceFile) -> (result: Result<Program, Diagnostic>, complete: Bool) {
        do {
            let tokens = try Lexer.tokenize(source)
            var parser = Parser(tokens: tokens, source: source)
            let program = try parser.parseProgram()
            return (.success(program), !parser.functionEndedByEndOfInput)
        } catch {
            return (.failure(error), !error.isIncompleteInput)
        }
    }

    // MARK: - Token helpers

    private var current: Token { tokens[min(p, tokens.count - 1)] }
    private var atEnd: Bool { if case .eof = current.kind { return true }; return false }

    private func peekToken(_ k: Int) -> Token { tokens[min(p + k, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let t = current
        if p < tokens.count - 1 { p += 1 }
        return t
    }

    private func check(_ symbol: String) -> Bool { current.isSymbol(symbol) }

    private mutating func match(_ symbol: String) -> Bool {
        if check(symbol) { advance(); return true }
        return false
    }

    private func describe(_ t: Token) -> String {
        switch t.kind {
        case .number: return "number"
        case .string: return "string"
        case .identifier(let n): return "name '\(n)'"
        case .keyword(let k): return "keyword '\(k.rawValue)'"
        case .symbol(let s): return "'\(s)'"
        case .commandWord(let w): return "'\(w)'"
        case .newline: return "end of line"
        case .eof: return "end of input"
        }
    }

    private func error(_ message: String, at range: SourceRange? = nil, hint: String? = nil) -> Diagnostic {
        let r = range ?? current.range
        var incomplete = false
        if case .eof = current.kind, range == nil { incomplete = endsWithContinuation }
        return Diagnostic(.error, message, at: r, hint: hint, incomplete: incomplete)
    }

    private mutating func expect(_ symbol: String, _ message: String, hint: String? = nil) throws(Diagnostic) -> Token {
        if check(symbol) { return advance() }
        throw error("\(message), found \(describe(current))", hint: hint)
    }

    private mutating func skipNewlines() {
        while true {
            if case .newline = current.kind { advance(); continue }
            if check(";") || check(",") { advance(); continue }
            break
        }
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Parser.maxDepth {
            throw error("expression is nested too deeply (more than \(Parser.maxDepth) levels)",
                        hint: "split it into several statements")
        }
    }

    /// Each operator of a left-associative chain (`a+b+c…`, `x''…`, `f(1)(2)…`) deepens the
    /// syntax tree by one level, just as nesting does, and the evaluator recurses that deep:
    /// a 20 000-term sum overflowed its stack. Chains get a budget of their own, larger than
    /// the nesting limit because long flat sums are ordinary code; the caller gives back
    /// `links` when its chain is complete.
    private mutating func extendChain(_ links: inout Int) throws(Diagnostic) {
        links += 1
        chain += 1
        if chain > Parser.maxChain {
            throw error("expression is too long (more than \(Parser.maxChain) operators in a row)",
                        hint: "split it into several statements")
        }
    }

    // MARK: - Statements

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
    private mutating func block(until terminators: Set<Keyword>, opened: Token, what: String) throws(Diagnostic) -> [Statement] {
        try enter()
        defer { depth -= 1 }
        var body: [Statement] = []
        skipNewlines()
        while true {
            if case .keyword(let k) = current.kind, terminators.contains(k) { break }
            if atEnd {
                throw Diagnostic(.error, "'\(what)' is never closed with 'end'", at: opened.range,
                                 hint: "add 'end' after the body", incomplete: true)
            }
            body.append(try statement())
            skipNewlines()
        }
        return body
    }

    private mutating func closeBlock(_ specific: Keyword) throws(Diagnostic) {
        if current.isKeyword(.end) || current.isKeyword(specific) { advance(); return }
        throw error("expected 'end', found \(describe(current))")
    }

    /// Consumes a statement terminator and reports whether the result should be displayed.
    private mutating func terminator() throws(Diagnostic) -> Bool {
        if match(";") { return false }
        if match(",") { return true }
        if case .newline = current.kind { advance(); return true }
        if atEnd { return true }
        if case .keyword(let k) = current.kind,
           [.end, .endif, .endfor, .endwhile, .endfunction, .endswitch, .else, .elseif, .case, .otherwise,
            .catch, .until, .end_try_catch].contains(k) {
            return true
        }
        throw error("unexpected \(describe(current))",
                    hint: "separate statements with a newline, ',' or ';'")
    }

    private mutating func statement() throws(Diagnostic) -> Statement {
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
                throw error("unexpected keyword '\(k.rawValue)'",
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
                throw error("cannot assign to this expression", at: e.range.union(opToken.range),
                            hint: "the left side of '=' must be a variable, maybe indexed, like x or A(2, 3)")
            }
            let value = try expression()
            let display = try terminator()
            return Statement(.assignment([target], op, value, display: display), start.range.union(value.range))
        }
        let display = try terminator()
        return Statement(.expression(e, display: display), e.range)
    }

    private mutating func lvalueList() throws(Diagnostic) -> [LValue] {
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

    private func lvalue(from e: Expr) -> LValue? { LValue(e) }

    private mutating func ifStatement() throws(Diagnostic) -> Statement {
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

    private mutating func forStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let parenthesized = check("(") && { if case .identifier = peekToken(1).kind { return peekToken(2).isSymbol("=") }; return false }()
        if parenthesized { advance() }
        guard case .identifier(let name) = current.kind else {
            throw error("expected a loop variable after 'for', found \(describe(current))",
                        hint: "write for i = 1:10")
        }
        let v = advance()
        _ = try expect("=", "expected '=' after the loop variable")
        let iterable = try expression()
        if parenthesized { _ = try expect(")", "expected ')' to close 'for ('") }
        let body = try block(until: [.end, .endfor], opened: opened, what: "for")
        let endToken = current
        try closeBlock(.endfor)
        return Statement(.forLoop(variable: LValue(name: name, steps: [], range: v.range), iterable, body: body),
                         opened.range.union(endToken.range))
    }

    private mutating func whileStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let cond = try expression()
        let body = try block(until: [.end, .endwhile], opened: opened, what: "while")
        let endToken = current
        try closeBlock(.endwhile)
        return Statement(.whileLoop(cond, body: body), opened.range.union(endToken.range))
    }

    private mutating func doStatement() throws(Diagnostic) -> Statement {
        let opened = advance()
        let body = try block(until: [.until], opened: opened, what: "do")
        advance()
        let cond = try expression()
        return Statement(.doUntil(body: body, cond), opened.range.union(cond.range))
    }

    private mutating func switchStatement() throws(Diagnostic) -> Statement {
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
                throw Diagnostic(.error, "'switch' is never closed with 'end'", at: opened.range,
                                 hint: "add 'end' after the last case", incomplete: true)
            } else {
                break
            }
        }
        let endToken = current
        try closeBlock(.endswitch)
        return Statement(.switchChain(subject, cases: cases, otherwise: otherwise), opened.range.union(endToken.range))
    }

    private mutating func tryStatement() throws(Diagnostic) -> Statement {
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

    private mutating func functionDefinition() throws(Diagnostic) -> Statement {
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
        let def = FunctionDefinition(name: name, parameters: parameters, outputs: outputs, body: body,
                                     range: opened.range.union(endToken.range))
        return Statement(.function(def), def.range)
    }

    // MARK: - Expressions

    public mutating func expression() throws(Diagnostic) -> Expr {
        try enter()
        defer { depth -= 1 }
        return try binary(.oror)
    }

    /// Left-associative binary levels from `level` up to multiplicative, then prefix.
    private mutating func binary(_ level: Precedence) throws(Diagnostic) -> Expr {
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

    private mutating func rangeExpression() throws(Diagnostic) -> Expr {
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
    private func incrementAhead() -> Double? {
        for (sign, delta) in [("+", 1.0), ("-", -1.0)] where check(sign) {
            return peekToken(1).isSymbol(sign) && !peekToken(1).spaceBefore ? delta : nil
        }
        return nil
    }

    private mutating func prefixExpression() throws(Diagnostic) -> Expr {
        if let delta = incrementAhead() {
            let t = advance(); advance()
            let operand = try postfixExpression()
            guard LValue(operand) != nil else {
                throw error("'\(delta > 0 ? "++" : "--")' changes a variable; it cannot be applied to this expression",
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

    private mutating func powerExpression() throws(Diagnostic) -> Expr {
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
    private mutating func powerOperand() throws(Diagnostic) -> Expr {
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

    private mutating func postfixExpression() throws(Diagnostic) -> Expr {
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
    private func startsOperand(_ t: Token) -> Bool {
        switch t.kind {
        case .number, .string, .identifier: return true
        case .symbol(let s): return ["(", "[", "{", "@", "+", "-", "!", "~"].contains(s)
        default: return false
        }
    }

    private mutating func arguments(closing: String, opened: Token) throws(Diagnostic) -> (list: [Expr], end: SourceRange) {
        indexDepth += 1
        defer { indexDepth -= 1 }
        var list: [Expr] = []
        if check(closing) { return ([], advance().range) }
        while true {
            list.append(try expression())
            if match(",") { continue }
            if check(closing) { break }
            if atEnd {
                throw Diagnostic(.error, "this bracket is never closed", at: opened.range,
                                 hint: "add '\(closing)'", incomplete: true)
            }
            throw error("expected ',' or '\(closing)' in the argument list, found \(describe(current))")
        }
        return (list, advance().range)
    }

    private mutating func primary() throws(Diagnostic) -> Expr {
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
            throw error("expected an expression, found keyword '\(k.rawValue)'",
                        hint: k == .end ? "'end' means the last index only inside x(…)" : nil)
        default:
            throw error("expected an expression, found \(describe(t))")
        }
    }

    private mutating func matrixLiteral(open: String, close: String) throws(Diagnostic) -> Expr {
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
                throw Diagnostic(.error, "'\(open)' is never closed", at: opened.range, hint: "add '\(close)'",
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

    private mutating func functionLiteral() throws(Diagnostic) -> Expr {
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
