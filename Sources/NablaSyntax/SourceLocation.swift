/// A position in source text. Lines and columns count from 1; columns count
/// Unicode scalars, so `σ` is one column wide in a message even though it is
/// two bytes in UTF-8.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// Index of the scalar in the source, from 0.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { a.offset < b.offset }
    public var description: String { "\(line):\(column)" }
}

/// A half-open span of source text, kept on every token, expression and statement
/// so that any later stage (runtime errors, the symbolic engine) can point back at
/// what the user typed.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(_ start: SourceLocation, _ end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
}

/// Source text with a name (a file path, `<stdin>`, `<command line>`), split into lines
/// for rendering diagnostics.
public struct SourceFile: Sendable {
    public let name: String
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The line number of the text's first line: a piece of a longer input (piped input
    /// runs statement by statement) reports the lines of the whole.
    public let firstLine: Int

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.firstLine = firstLine
    }

    /// The text of line `n` (counted from `firstLine`), without its newline.
    public func line(_ n: Int) -> String {
        var current = firstLine
        var startIndex = 0
        var i = 0
        while i < scalars.count && current < n {
            if scalars[i] == "\n" { current += 1; startIndex = i + 1 }
            i += 1
        }
        if current < n { return "" }
        var end = startIndex
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[startIndex..<end])
        return String(s)
    }

    /// Text covered by a range.
    public func text(in range: SourceRange) -> String {
        let a = max(0, min(range.start.offset, scalars.count))
        let b = max(a, min(range.end.offset, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[a..<b])
        return String(s)
    }
}
