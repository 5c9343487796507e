import NablaSyntax

/// Lays out narration for a terminal: paragraphs re-flowed to the window's width by
/// *display* width (a CJK character takes two columns), list items with a hanging
/// indent, quotes with a bar, code shown as written.
///
/// Chinese has no spaces between words, so a line may break between any two CJK
/// characters — but never before closing punctuation such as `，` or `。`.
public enum TextLayout {
    /// Renders Markdown-lite narration into terminal lines (each without a newline); `style`
    /// marks code, strong and emphasised words for the sink that shows them.
    public static func render(_ markdown: String, width: Int, style: Styler = TextStyle.plain) -> [String] {
        let width = max(20, width)
        var out: [String] = []
        var paragraph: [String] = []
        var prefix = (first: "", rest: "")
        var inCode = false

        func flush() {
            guard !paragraph.isEmpty else { return }
            let text = joinLines(paragraph)
            out += wrap(inline(text, style: style), width: width, first: prefix.first, rest: prefix.rest)
            paragraph = []
            prefix = ("", "")
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let t = raw.trimmed
            if t.hasPrefix("```") {
                flush()
                inCode.toggle()
                continue
            }
            if inCode || raw.hasPrefix("    ") {
                flush()
                out.append("  " + (inCode ? raw : String(raw.dropFirst(2))))
                continue
            }
            if t.isEmpty {
                flush()
                if out.last?.isEmpty == false { out.append("") }
                continue
            }
            if let item = listItem(t) {
                flush()
                let pad = String(repeating: " ", count: displayWidth(item.marker))
                prefix = ("  " + item.marker, "  " + pad)
                paragraph = [item.text]
                continue
            }
            if t.hasPrefix(">") {
                if !paragraph.isEmpty && prefix.first != "│ " { flush() }
                prefix = ("│ ", "│ ")
                paragraph.append(String(t.dropFirst()).trimmed)
                continue
            }
            if t.hasPrefix("|") {
                // A table row is shown as written: re-flowing would scramble its columns.
                flush()
                out.append(inline(t, style: style))
                continue
            }
            paragraph.append(t)
        }
        flush()
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// `- x`, `* x`, `1. x`.
    static func listItem(_ t: String) -> (marker: String, text: String)? {
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("+ ") { return ("• ", String(t.dropFirst(2))) }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, t.dropFirst(digits.count).hasPrefix(". ") {
            return (digits + ". ", String(t.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Joins source lines of one paragraph: with a space between Latin words, with
    /// nothing between CJK characters.
    static func joinLines(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if let last = text.unicodeScalars.last, let first = line.unicodeScalars.first,
                !(isWide(last) || isWide(first))
            {
                text += " "
            }
            text += line
        }
        return text
    }

    /// Inline Markdown: the marks of `**strong**`, `*emphasis*` and `` `code` `` are dropped
    /// and the words they mark are given to `style` (a colour terminal shows them bold,
    /// italic and cyan; elsewhere they are plain) — a student never sees raw Markdown marks.
    static func inline(_ s: String, style: Styler) -> String {
        var out = ""
        var run = ""
        var bold = false
        var code = false
        var italic = false
        // A run of text between marks, with the styles open around it.
        func flush() {
            guard !run.isEmpty else { return }
            var styled = run
            if code { styled = style(styled, .code) }
            if italic { styled = style(styled, .emphasis) }
            if bold { styled = style(styled, .strong) }
            out += styled
            run = ""
        }
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                flush()
                code.toggle()
                i += 1
                continue
            }
            if !code, c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                flush()
                bold.toggle()
                i += 2
                continue
            }
            if !code, c == "*", isEmphasisMark(chars, i, opening: !italic) {
                flush()
                italic.toggle()
                i += 1
                continue
            }
            run.append(c)
            i += 1
        }
        flush()
        return out
    }

    /// Whether the `*` at `i` opens (or closes) an *emphasis*: an opening star follows a
    /// space, punctuation, a Chinese character or the start and precedes a letter; a
    /// closing one follows a letter and precedes no Latin letter or digit (Chinese text
    /// runs on without spaces: `损失*大于*初始`). A star between operands (`2*x`) is neither.
    static func isEmphasisMark(_ chars: [Character], _ i: Int, opening: Bool) -> Bool {
        let before: Character? = i > 0 ? chars[i - 1] : nil
        let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if opening {
            guard let a = after, a.isLetter else { return false }
            guard let b = before else { return true }
            guard b == " " || b == "(" || b == "—" || b == "“" || isWideCharacter(b) else { return false }
            return chars[(i + 1)...].contains("*")
        }
        guard let b = before, b.isLetter || b.isNumber || b == ")" else { return false }
        guard let a = after else { return true }
        return isWideCharacter(a) || !(a.isLetter || a.isNumber)
    }

    static func isWideCharacter(_ c: Character) -> Bool { c.unicodeScalars.first.map(isWide) ?? false }

    static func isWide(_ u: Unicode.Scalar) -> Bool { displayWidth(u) == 2 }

    /// Closing punctuation that must not start a line.
    static let noBreakBefore: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", ",", ".", ";", ":", "!", "?", ")"]

    /// Wraps text to `width` columns; `first` prefixes the first line, `rest` the others.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var tokens: [(text: String, space: Bool)] = []
        var word = ""
        var spaceBefore = false
        func push() {
            if !word.isEmpty { tokens.append((word, spaceBefore)); word = ""; spaceBefore = false }
        }
        for ch in text {
            if ch == " " {
                push()
                spaceBefore = true
                continue
            }
            let wide = ch.unicodeScalars.first.map(isWide) ?? false
            if noBreakBefore.contains(ch) {
                // Punctuation never starts a line: it stays with what it follows, even a lone wide character.
                if word.isEmpty, !spaceBefore, !tokens.isEmpty { tokens[tokens.count - 1].text.append(ch) } else { word.append(ch) }
                continue
            }
            if wide {
                push()
                word = String(ch)
                push()
                continue
            }
            if let last = word.last, last.unicodeScalars.first.map(isWide) == true { push() }
            word.append(ch)
        }
        push()

        var lines: [String] = []
        var line = first
        var used = visibleWidth(first)
        var lineHasText = false
        for token in tokens {
            let w = visibleWidth(token.text)
            let gap = lineHasText && token.space ? 1 : 0
            if lineHasText && used + gap + w > width {
                lines.append(line)
                line = rest
                used = visibleWidth(rest)
                lineHasText = false
            }
            if lineHasText && token.space { line += " "; used += 1 }
            line += token.text
            used += w
            lineHasText = true
        }
        if lineHasText || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Columns taken on screen, ignoring the escape sequences a sink's styles add.
    public static func visibleWidth(_ s: String) -> Int {
        var width = 0
        var escape = false
        for u in s.unicodeScalars {
            if escape {
                if u == "m" { escape = false }
                continue
            }
            if u == "\u{1B}" { escape = true; continue }
            width += displayWidth(u)
        }
        return width
    }
}
