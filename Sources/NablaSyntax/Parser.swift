/// A recursive-descent parser with one method per precedence level, loosest first.
///
/// It never guesses past an error: the first problem becomes a located
/// `Diagnostic`. Errors that more input could fix (an unclosed block or bracket)
/// are marked `isIncompleteInput`, which the REPL uses to show a continuation prompt.
public struct Parser {
    var tokens: [Token]
    var p = 0
    let source: SourceFile
    /// How deep we are inside index arguments, where `end` and a bare `:` mean something.
    var indexDepth = 0
    /// Nesting of blocks and brackets, bounded so hostile input cannot exhaust the stack.
    var depth = 0
    public static let maxDepth = 200
    /// Operators in left-associative chains along the current parse path (see `extendChain`).
    var chain = 0
    public static let maxChain = 2000
    let endsWithContinuation: Bool
    /// A `function` body ran to the end of input without `end`/`endfunction`.
    var functionEndedByEndOfInput = false

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

    var current: Token { tokens[min(p, tokens.count - 1)] }
    var atEnd: Bool { if case .eof = current.kind { return true }; return false }

    func peekToken(_ k: Int) -> Token { tokens[min(p + k, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = current
        if p < tokens.count - 1 { p += 1 }
        return t
    }

    func check(_ symbol: String) -> Bool { current.isSymbol(symbol) }

    mutating func match(_ symbol: String) -> Bool {
        if check(symbol) { advance(); return true }
        return false
    }

    func describe(_ t: Token) -> String {
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

    func error(_ message: String, at range: SourceRange? = nil, hint: String? = nil) -> Diagnostic {
        let r = range ?? current.range
        var incomplete = false
        if case .eof = current.kind, range == nil { incomplete = endsWithContinuation }
        return Diagnostic(.error, message, at: r, hint: hint, incomplete: incomplete)
    }

    mutating func expect(_ symbol: String, _ message: String, hint: String? = nil) throws(Diagnostic) -> Token {
        if check(symbol) { return advance() }
        throw error("\(message), found \(describe(current))", hint: hint)
    }

    mutating func skipNewlines() {
        while true {
            if case .newline = current.kind { advance(); continue }
            if check(";") || check(",") { advance(); continue }
            break
        }
    }

    mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Parser.maxDepth {
            throw error(
                "expression is nested too deeply (more than \(Parser.maxDepth) levels)",
                hint: "split it into several statements")
        }
    }

    /// Each operator of a left-associative chain (`a+b+c…`, `x''…`, `f(1)(2)…`) deepens the
    /// syntax tree by one level, just as nesting does, and the evaluator recurses that deep:
    /// a 20 000-term sum overflowed its stack. Chains get a budget of their own, larger than
    /// the nesting limit because long flat sums are ordinary code; the caller gives back
    /// `links` when its chain is complete.
    mutating func extendChain(_ links: inout Int) throws(Diagnostic) {
        links += 1
        chain += 1
        if chain > Parser.maxChain {
            throw error(
                "expression is too long (more than \(Parser.maxChain) operators in a row)",
                hint: "split it into several statements")
        }
    }
}
