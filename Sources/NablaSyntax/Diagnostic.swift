/// One message for the user: what went wrong, where, and how to fix it.
///
/// Every stage — lexer, parser, runtime, lesson checker — reports through this one
/// type, and `DiagnosticRenderer` is the one place that turns it into text.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    /// Where the problem is; nil for errors with no place (e.g. a file that cannot be read).
    public var range: SourceRange?
    /// A suggestion, e.g. "did you mean 'sigmoid'?"
    public var hint: String?
    /// Set by the parser for errors that more input could fix (an open bracket or block):
    /// the REPL then asks for a continuation line instead of reporting.
    public var isIncompleteInput: Bool

    public init(
        _ severity: Severity = .error, _ message: String, at range: SourceRange? = nil,
        hint: String? = nil, incomplete: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
        self.isIncompleteInput = incomplete
    }

    public static func error(_ message: String, at range: SourceRange? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, hint: hint)
    }
}

/// Renders diagnostics against their source, compiler-style:
///
///     script.m:3:5: error: undefined variable 'sigmod'
///         3 | a = sigmod(z)
///           |     ^~~~~~
///     hint: did you mean 'sigmoid'?
public struct DiagnosticRenderer: Sendable {
    /// The language of the `hint` label (the hint's text comes translated).
    public var language = Language.en

    public init() {}

    /// The diagnostic as text; `style` marks its parts (the label, the place, the caret, the
    /// hint) for a sink that shows styles.
    public func render(_ d: Diagnostic, in source: SourceFile?, style: Styler = TextStyle.plain) -> String {
        var out = ""
        let label = d.severity.rawValue
        let styledLabel: String
        switch d.severity {
        case .error: styledLabel = style(label, .errorLabel)
        case .warning: styledLabel = style(label, .warningLabel)
        case .note: styledLabel = style(label, .noteLabel)
        }
        if let r = d.range, let src = source {
            out += style("\(src.name):\(r.start.line):\(r.start.column):", .location) + " "
            out += styledLabel + ": " + d.message + "\n"
            var scalars = Array(src.line(r.start.line).unicodeScalars)
            var startCol = max(0, min(r.start.column - 1, scalars.count))
            // A very long line is shown as a window around the error, so the caret stays on screen.
            let window = 100
            if scalars.count > window {
                let from = max(0, min(startCol - window / 2, scalars.count - window))
                let to = min(scalars.count, from + window)
                var shown = Array(scalars[from..<to])
                startCol -= from
                if from > 0 { shown.insert("…", at: 0); startCol += 1 }
                if to < scalars.count { shown.append("…") }
                scalars = shown
            }
            let lineText = String(String.UnicodeScalarView(scalars))
            let gutter = String(r.start.line)
            let pad = String(repeating: " ", count: gutter.count)
            out += " \(gutter) | \(lineText)\n"
            var width = 1
            if r.end.line == r.start.line {
                width = max(1, min(r.end.column - r.start.column, scalars.count - startCol))
            } else {
                width = max(1, scalars.count - startCol)
            }
            // Caret under the column as the terminal shows it: wide characters take two cells.
            let lead = scalars[0..<startCol].reduce(0) { $0 + (displayWidth($1)) }
            let leadText = String(repeating: " ", count: lead)
            let spanEnd = min(scalars.count, startCol + width)
            let spanWidth = max(
                1,
                startCol < spanEnd
                    ? scalars[startCol..<spanEnd].reduce(0) { $0 + displayWidth($1) } : 1)
            let marker = "^" + String(repeating: "~", count: max(0, spanWidth - 1))
            out += " \(pad) | " + leadText + style(marker, .caret) + "\n"
        } else {
            out += styledLabel + ": " + d.message + "\n"
        }
        if let hint = d.hint {
            out += style(language == .zh ? "提示" : "hint", .hintLabel) + (language == .zh ? "：" : ": ") + hint + "\n"
        }
        return out
    }
}

/// Terminal cells a scalar occupies: 2 for East Asian wide and fullwidth forms,
/// 0 for combining marks, otherwise 1. Enough for carets and table alignment.
public func displayWidth(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v == 0 { return 0 }
    if v < 0x300 { return 1 }
    if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
        || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
        || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
        || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
        return 2
    }
    return 1
}

/// Terminal cells a string occupies.
public func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { $0 + displayWidth($1) }
}
