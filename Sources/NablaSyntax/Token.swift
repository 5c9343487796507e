/// The lexical categories of the language.
public enum TokenKind: Hashable, Sendable {
    case number(Double)
    /// A string literal; `doubleQuoted` strings had their escapes processed.
    case string(String, doubleQuoted: Bool)
    case identifier(String)
    case keyword(Keyword)
    /// An operator or punctuation mark, spelled as typed: `+`, `.*`, `==`, `(`, `:=` …
    case symbol(String)
    /// A word of command syntax (`format long` → `format`, then `long` as a word).
    case commandWord(String)
    /// End of a statement: a newline, or `;`/`,` at statement level.
    case newline
    case eof
}

public enum Keyword: String, Sendable, CaseIterable {
    case `if`, elseif, `else`, end, endif
    case `for`, endfor, `while`, endwhile, `do`, until
    case `switch`, `case`, otherwise, endswitch
    case `break`, `continue`, `return`
    case function, endfunction
    case `try`, `catch`, end_try_catch
}

public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    public var range: SourceRange
    /// Whitespace came right before this token (matters inside `[ ]`, and for `'`).
    public var spaceBefore: Bool

    public init(_ kind: TokenKind, _ range: SourceRange, spaceBefore: Bool) {
        self.kind = kind
        self.range = range
        self.spaceBefore = spaceBefore
    }

    public func isSymbol(_ s: String) -> Bool {
        if case .symbol(s) = kind { return true }
        return false
    }

    public func isKeyword(_ k: Keyword) -> Bool {
        if case .keyword(k) = kind { return true }
        return false
    }
}
