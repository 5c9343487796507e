/// Turns source text into tokens, with Octave's context-sensitive rules:
///
/// - inside `[ ]` and `{ }`, whitespace separates elements (`[1 -2]` is two
///   elements, `[1 - 2]` one) and a newline separates rows;
/// - `'` is a transpose right after a value and a string elsewhere;
/// - a few command words take the rest of the line as words (`format long`);
/// - `...` continues a line, `%`/`#` start comments, `%{ … %}` block comments.
public struct Lexer {
    private let source: SourceFile
    private let s: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    /// Open brackets, innermost last: "[", "{" or "(".
    private var brackets: [Unicode.Scalar] = []
    private var bracketStarts: [SourceLocation] = []

    /// Words that switch the rest of the line to command syntax when they begin a statement.
    public static let commandWords: Set<String> = [
        "format", "clear", "clearvars", "clc", "close", "help", "doc", "hold", "more", "warning",
        "who", "whos", "rng", "pkg", "lesson", "graphics_toolkit", "figure", "save", "load", "axis", "grid",
        "addpath", "rmpath", "which", "exist", "type", "cd"
    ]

    public init(_ source: SourceFile) {
        self.source = source
        self.s = source.scalars
        self.line = source.firstLine
    }

    /// Lexes the whole source. Throws the first error as a located diagnostic.
    public static func tokenize(_ source: SourceFile) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column, offset: i) }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? {
        i + k < s.count ? s[i + k] : nil
    }

    private mutating func advance() {
        if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        i += 1
    }

    private var inMatrix: Bool { brackets.last == "[" || brackets.last == "{" }

    private var lastToken: Token? { tokens.last }

    /// The previous token ends a value, so what follows may be a transpose or a binary operator.
    private var afterValue: Bool {
        guard let t = lastToken else { return false }
        switch t.kind {
        case .number, .string, .identifier: return true
        case .keyword(.end): return !brackets.isEmpty
        case .symbol(let x): return x == ")" || x == "]" || x == "}" || x == "'" || x == ".'"
        default: return false
        }
    }

    private var atStatementStart: Bool {
        guard let t = lastToken else { return true }
        if !brackets.isEmpty { return false }
        switch t.kind {
        case .newline: return true
        case .symbol(let x): return x == ";" || x == ","
        case .keyword(let k):
            return [.else, .do, .try].contains(k)
        default: return false
        }
    }

    private mutating func emit(_ kind: TokenKind, from start: SourceLocation, space: Bool) {
        tokens.append(Token(kind, SourceRange(start, location), spaceBefore: space))
    }

    private mutating func run() throws(Diagnostic) -> [Token] {
        var space = false
        while i < s.count {
            let c = s[i]
            // Block comments: `%{` or `#{` alone on a line.
            if (c == "%" || c == "#") && peek(1) == "{" && lineIsOnly(from: i, length: 2) {
                try skipBlockComment()
                continue
            }
            if c == "%" || c == "#" {
                while i < s.count && s[i] != "\n" { advance() }
                continue
            }
            if c == " " || c == "\t" || c == "\r" {
                while let p = peek(), p == " " || p == "\t" || p == "\r" { advance() }
                space = true
                if inMatrix && afterValue && startsNewElement() {
                    emit(.symbol(","), from: location, space: true)
                }
                continue
            }
            if c == "." && peek(1) == "." && peek(2) == "." {
                // Continuation: ignore the rest of the line and the newline.
                while i < s.count && s[i] != "\n" { advance() }
                if i < s.count { advance() }
                space = true
                continue
            }
            if c == "\n" {
                let start = location
                advance()
                if brackets.isEmpty {
                    emit(.newline, from: start, space: space)
                } else if inMatrix {
                    emit(.symbol(";"), from: start, space: space)
                }
                space = false
                continue
            }
            try lexToken(space: space)
            space = false
        }
        if let open = brackets.last, let at = bracketStarts.last {
            throw Diagnostic(
                .error, "'\(open)' is never closed",
                at: SourceRange(at, SourceLocation(line: at.line, column: at.column + 1, offset: at.offset + 1)),
                hint: "add the matching '\(closing(open))'", incomplete: true)
        }
        emit(.eof, from: location, space: space)
        return tokens
    }

    private func closing(_ open: Unicode.Scalar) -> String {
        open == "[" ? "]" : open == "{" ? "}" : ")"
    }

    /// True when the scalars from `start` (of `length`) are alone on their line, ignoring spaces.
    private func lineIsOnly(from start: Int, length: Int) -> Bool {
        var a = start - 1
        while a >= 0 && s[a] != "\n" {
            if s[a] != " " && s[a] != "\t" { return false }
            a -= 1
        }
        var b = start + length
        while b < s.count && s[b] != "\n" {
            if s[b] != " " && s[b] != "\t" && s[b] != "\r" { return false }
            b += 1
        }
        return true
    }

    private mutating func skipBlockComment() throws(Diagnostic) {
        let start = location
        var depth = 0
        while i < s.count {
            if (s[i] == "%" || s[i] == "#") && (peek(1) == "{" || peek(1) == "}") && lineIsOnly(from: i, length: 2) {
                depth += peek(1) == "{" ? 1 : -1
                advance(); advance()
                if depth == 0 { return }
                continue
            }
            advance()
        }
        throw Diagnostic(
            .error, "block comment is never closed", at: SourceRange(start, start),
            hint: "end it with '%}' on a line of its own", incomplete: true)
    }

    /// Inside a matrix, after whitespace following a value: does the next character
    /// begin a new element (so a comma is implied)?
    private func startsNewElement() -> Bool {
        guard let c = peek() else { return false }
        let next = peek(1)
        switch c {
        case "+", "-":
            guard let n = next else { return false }
            return !(n == " " || n == "\t" || n == "=" || n == "\n")
        case "'", "\"", "(", "[", "{", "@":
            return true
        case "!", "~":
            return next != "="
        case ".":
            if let n = next, n.properties.numericType != nil, ("0"..."9").contains(n) { return true }
            return false
        default:
            return isIdentifierStart(c) || ("0"..."9").contains(c)
        }
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
            || (c.value > 127 && c.properties.isAlphabetic)
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c)
            || (c.value > 127 && (c.properties.numericType != nil || c.properties.generalCategory == .modifierLetter))
    }

    private mutating func lexToken(space: Bool) throws(Diagnostic) {
        let start = location
        let c = s[i]
        if ("0"..."9").contains(c) || (c == "." && peek(1).map { ("0"..."9").contains($0) } == true) {
            try lexNumber(space: space)
            return
        }
        if isIdentifierStart(c) {
            var name = String.UnicodeScalarView()
            while let p = peek(), isIdentifierContinue(p) {
                name.append(p)
                advance()
            }
            let word = String(name)
            if let k = Keyword(rawValue: word), !(word == "end" && brackets.contains { $0 == "(" || $0 == "{" }) {
                emit(.keyword(k), from: start, space: space)
                return
            }
            if word == "end" {
                // `end` inside an index: the last index along that dimension.
                emit(.keyword(.end), from: start, space: space)
                return
            }
            let wasStatementStart = tokens.isEmpty || atStatementStartBefore(tokens.count)
            emit(.identifier(word), from: start, space: space)
            let known = Lexer.commandWords.contains(word)
            if wasStatementStart && brackets.isEmpty && looksLikeCommandSyntax(allowingOptions: known, anyWord: known) {
                lexCommandWords()
            }
            return
        }
        if c == "'" {
            if afterValue && !(space && inMatrix) {
                advance()
                emit(.symbol("'"), from: start, space: space)
            } else {
                try lexString(quote: "'", space: space)
            }
            return
        }
        if c == "\"" {
            try lexString(quote: "\"", space: space)
            return
        }
        // Operators, longest match first.
        if let n = peek(1), let m = peek(2), m == "=", c == ".", "*/^\\".unicodeScalars.contains(n) {
            advance(); advance(); advance()
            emit(.symbol(".\(n)="), from: start, space: space)
            return
        }
        let twos: Set<String> = [
            ".*", "./", ".\\", ".^", ".'", "==", "~=", "!=", "<=", ">=", "&&", "||",
            "+=", "-=", "*=", "/=", "^=", "\\=", ":=", "++", "--"
        ]
        if let n = peek(1) {
            var pair = String(c)
            pair.unicodeScalars.append(n)
            if twos.contains(pair) && pair != "++" && pair != "--" {
                advance(); advance()
                emit(.symbol(pair), from: start, space: space)
                return
            }
        }
        let singles: Set<Unicode.Scalar> = [
            "+", "-", "*", "/", "\\", "^", "<", ">", "=", "&", "|", "!", "~", ":", ",", ";",
            "(", ")", "[", "]", "{", "}", "@", "."
        ]
        guard singles.contains(c) else {
            advance()
            let shown =
                c.value < 32 || c.value == 127
                ? "control character U+\(String(c.value, radix: 16, uppercase: true))"
                : "'\(c)'"
            throw Diagnostic(
                .error, "unexpected character \(shown)", at: SourceRange(start, location),
                hint: c == "$" || c == "`" ? "Nabla has no shell escapes" : nil)
        }
        advance()
        switch c {
        case "(", "[", "{":
            brackets.append(c)
            bracketStarts.append(start)
        case ")", "]", "}":
            let expected: Unicode.Scalar = c == ")" ? "(" : c == "]" ? "[" : "{"
            guard let open = brackets.last else {
                throw Diagnostic(
                    .error, "unmatched '\(c)'", at: SourceRange(start, location),
                    hint: "there is no opening '\(expected)' before it")
            }
            if open != expected {
                let at = bracketStarts.last ?? start
                throw Diagnostic(
                    .error, "'\(c)' does not match the '\(open)' opened at \(at.line):\(at.column)",
                    at: SourceRange(start, location), hint: "expected '\(closing(open))'")
            }
            brackets.removeLast()
            bracketStarts.removeLast()
            // A separator right before a closing bracket is dropped: `[1 2 ]`.
            if let last = tokens.last, last.isSymbol(","), last.spaceBefore, last.range.start == last.range.end {
                tokens.removeLast()
            }
        default:
            break
        }
        emit(.symbol(String(c)), from: start, space: space)
    }

    private func atStatementStartBefore(_ index: Int) -> Bool {
        guard brackets.isEmpty else { return false }
        guard index > 0 else { return true }
        switch tokens[index - 1].kind {
        case .newline: return true
        case .symbol(let x): return x == ";" || x == ","
        case .keyword(let k): return [.else, .do, .try].contains(k)
        default: return false
        }
    }

    /// After a command word: `format long`, `clear x y`, but not `format = 3` or `format(…)`.
    ///
    /// Any name may be used so (`which x`, `load data.txt`, `axis equal`), as in Octave, when
    /// the next word begins with a letter, digit or quote; only the known command words may
    /// be followed by an option (`save -ascii f.txt x`) or other text.
    private func looksLikeCommandSyntax(allowingOptions: Bool, anyWord: Bool) -> Bool {
        var j = i
        guard j < s.count, s[j] == " " || s[j] == "\t" else { return false }
        while j < s.count && (s[j] == " " || s[j] == "\t") { j += 1 }
        guard j < s.count else { return false }
        let c = s[j]
        if c == "\n" || c == ";" || c == "," || c == "%" || c == "#" || c == "(" || c == "=" { return false }
        if allowingOptions && c == "-", j + 1 < s.count, s[j + 1].properties.isAlphabetic { return true }
        if !anyWord && !(c.properties.isAlphabetic || c == "_" || c == "'" || c == "\"" || ("0"..."9").contains(c)) {
            return false
        }
        if "+-*/\\^<>&|=~!:.".unicodeScalars.contains(c) {
            // `x - 1` is arithmetic; `warning -x` would be a command (not used by Nabla's commands).
            return false
        }
        return true
    }

    private mutating func lexCommandWords() {
        while i < s.count {
            while let p = peek(), p == " " || p == "\t" { advance() }
            guard let c = peek(), c != "\n", c != ";", c != ",", c != "%", c != "#" else { return }
            let start = location
            var word = String.UnicodeScalarView()
            if c == "'" || c == "\"" {
                advance()
                while let p = peek(), p != c, p != "\n" { word.append(p); advance() }
                if peek() == c { advance() }
            } else {
                while let p = peek(), p != " ", p != "\t", p != "\n", p != ";", p != "," { word.append(p); advance() }
            }
            emit(.commandWord(String(word)), from: start, space: true)
        }
    }

    private mutating func lexNumber(space: Bool) throws(Diagnostic) {
        let start = location
        var text = ""
        func digits() {
            while let p = peek(), ("0"..."9").contains(p) { text.unicodeScalars.append(p); advance() }
        }
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            advance(); advance()
            var hex = ""
            while let p = peek(), p.properties.isASCIIHexDigit { hex.unicodeScalars.append(p); advance() }
            guard let v = UInt64(hex, radix: 16) else {
                throw Diagnostic(.error, "malformed hexadecimal number", at: SourceRange(start, location))
            }
            emit(.number(Double(v)), from: start, space: space)
            return
        }
        digits()
        if peek() == ".", !(peek(1).map { "*/\\^'".unicodeScalars.contains($0) } ?? false),
            !(peek(1) == "." && peek(2) == ".")
        {
            text += "."
            advance()
            digits()
        }
        if let e = peek(), e == "e" || e == "E" || e == "d" || e == "D" {
            let sign = peek(1)
            let hasSign = sign == "+" || sign == "-"
            if let d = peek(hasSign ? 2 : 1), ("0"..."9").contains(d) {
                text += "e"
                advance()
                if hasSign { text.unicodeScalars.append(sign!); advance() }
                digits()
            }
        }
        if let p = peek(), p == "i" || p == "j" || p == "I" || p == "J",
            !(peek(1).map { isIdentifierContinue($0) } ?? false)
        {
            advance()
            throw Diagnostic(
                .error, "complex numbers are not supported", at: SourceRange(start, location),
                hint: "Nabla works with real matrices; write the real and imaginary parts separately")
        }
        if let p = peek(), isIdentifierStart(p) {
            var end = i
            while end < s.count && isIdentifierContinue(s[end]) { end += 1 }
            let stop = SourceLocation(line: line, column: column + (end - i), offset: end)
            throw Diagnostic(
                .error, "malformed number: a letter follows the digits", at: SourceRange(start, stop),
                hint: "put an operator between a number and a name, as in 2*x")
        }
        guard let value = Double(text) else {
            throw Diagnostic(.error, "malformed number '\(text)'", at: SourceRange(start, location))
        }
        emit(.number(value), from: start, space: space)
    }

    private mutating func lexString(quote: Unicode.Scalar, space: Bool) throws(Diagnostic) {
        let start = location
        advance()
        var value = String.UnicodeScalarView()
        while true {
            guard let c = peek(), c != "\n" else {
                throw Diagnostic(
                    .error, "unterminated string", at: SourceRange(start, location),
                    hint: "close it with \(quote) on the same line", incomplete: true)
            }
            if c == quote {
                if peek(1) == quote {  // '' or "" stands for the quote itself
                    // In double quotes the text is escape-decoded below: keep it escaped.
                    if quote == "\"" { value.append("\\") }
                    value.append(quote)
                    advance(); advance()
                    continue
                }
                advance()
                break
            }
            if quote == "\"" && c == "\\", let n = peek(1) {
                advance(); advance()
                // A backslash at the end of a line continues the string on the next.
                if n != "\n" { value.append(c); value.append(n) }
                continue
            }
            value.append(c)
            advance()
        }
        // Double-quoted text means what Octave's escapes say (`\n`, `\t`, `\101`, `\x41`, …).
        let text = quote == "\"" ? EscapeSequences.process(String(value)) : String(value)
        emit(.string(text, doubleQuoted: quote == "\""), from: start, space: space)
    }
}
