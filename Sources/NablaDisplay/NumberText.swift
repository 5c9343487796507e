#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaSyntax

/// Octave's `num2str` and `mat2str`: numbers turned into text a program can
/// print or read back.
public enum NumberText {
    /// `num2str(x)`. Integers are written with `%N.0f` in columns wide enough for
    /// the largest; other values with `%N.Pg`, P = 5 significant digits more
    /// than the largest integer part (at most 16). Logical values use `%3d`;
    /// char arrays are returned unchanged. Returns the rows of the char matrix
    /// (all the same length, common blank margins removed); empty input gives [].
    /// Throws `Interrupted` when Ctrl-C is pressed (a 3000×3000 matrix takes a while).
    public static func num2str(_ m: Matrix, class cls: ElementClass) throws -> [String] {
        if cls == .char { return OctaveDisplay.charRows(m) }
        if m.isEmpty { return [] }
        if cls == .logical { return try formatRows(m, format: "%3d") }

        var maxAbs = 0.0
        var anyNonFinite = false
        var anyFraction = false
        for x in m.elements {
            if x.isFinite {
                maxAbs = max(maxAbs, abs(x))
                if x.rounded(.towardZero) != x { anyFraction = true }
            } else {
                anyNonFinite = true
            }
        }
        var digits = maxAbs == 0 ? 0 : Int(floor(log10(maxAbs)))
        let format: String
        if digits > 15 || anyFraction {
            digits = min(max(digits + 5, 5), 16)
            format = "%\(digits + 7).\(digits)g"
        } else {
            digits += 3
            if anyNonFinite { digits = max(digits, 5) }
            format = "%\(digits).0f"
        }
        return try formatRows(m, format: format)
    }

    /// `num2str(x, precision)`: every value as `%(P+7).Pg`. A negative precision
    /// is treated as 0 (Octave rejects it).
    public static func num2str(_ m: Matrix, precision: Int) throws -> [String] {
        if m.isEmpty { return [] }
        let p = max(0, min(precision, PrintfTemplate.maxAmount))
        return try formatRows(m, format: "%\(p + 7).\(p)g")
    }

    /// `num2str(x, format)`: the format is applied to each row (repeated once per
    /// column and ended by a newline, unless it already holds several conversions).
    /// Throws `PrintfError` for a malformed format.
    public static func num2str(_ m: Matrix, format: String) throws -> [String] {
        if m.isEmpty { return [] }
        return try formatRows(m, userFormat: format)
    }

    /// `mat2str(x, n)`: "[1 2;3 4]", a scalar without brackets, "[]" when empty;
    /// logical values as true/false; numbers with `%.{n}g` (Octave's default n is 15).
    /// Char arrays, which Octave 7 refuses, are quoted as MATLAB does: `'abc'`,
    /// `['ab';'cd']`.
    /// Throws `Interrupted` when Ctrl-C is pressed.
    public static func mat2str(_ m: Matrix, class cls: ElementClass, precision: Int = 15) throws -> String {
        if cls == .char {
            let rows = OctaveDisplay.charRows(m).map { "'" + $0.replacingQuotes() + "'" }
            if rows.count == 1 { return rows[0] }
            return "[" + rows.joined(separator: ";") + "]"
        }
        if m.isEmpty { return "[]" }
        let p = max(0, min(precision, PrintfTemplate.maxAmount))
        // One template for every number; Printf polls Ctrl-C at each conversion.
        let template = try PrintfTemplate(parsing: "%.\(p)g")
        func item(_ x: Double) throws -> String {
            if cls == .logical { return x != 0 ? "true" : "false" }
            return try Printf.run(template, [.number(x)])
        }
        if m.count == 1 { return try item(m.elements[0]) }
        var out = "["
        for i in 0..<m.rows {
            if i > 0 { out += ";" }
            try Interrupt.check()
            for j in 0..<m.cols {
                if j > 0 { out += " " }
                out += try item(m[i, j])
            }
        }
        return out + "]"
    }

    // MARK: - Shared pipeline

    /// Formats Nabla chose itself are well-formed: what this throws is `Interrupted`.
    private static func formatRows(_ m: Matrix, format: String) throws -> [String] {
        try formatRows(m, userFormat: format)
    }

    /// Octave's num2str tail: sprintf over the rows, split into lines, pad to a
    /// char matrix, then strip the blank columns common to all rows.
    private static func formatRows(_ m: Matrix, userFormat: String) throws -> [String] {
        let format = EscapeSequences.process(userFormat)
        let template = try PrintfTemplate(parsing: format)
        let singleConversion = template.conversionCount <= 1 && format != "%s" && format != "%c"
        var lineTemplate = template
        if singleConversion {
            let repeated = String(repeating: format, count: max(m.cols, 1)).trimmingTrailingWhitespace()
            lineTemplate = try PrintfTemplate(parsing: repeated + "\n")
        }
        var args: [PrintfArgument] = []
        args.reserveCapacity(m.count)
        for i in 0..<m.rows { for j in 0..<m.cols { args.append(.number(m[i, j])) } }
        let text = try Printf.run(lineTemplate, args)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { Array(String($0).unicodeScalars) }
        let width = lines.map(\.count).max() ?? 0
        let padded = lines.map { $0 + Array(repeating: " ", count: width - $0.count) }

        func isBlankColumn(_ k: Int) -> Bool { padded.allSatisfy { $0[k].isOctaveSpace } }
        var first = 0
        while first < width && isBlankColumn(first) { first += 1 }
        var last = width
        while last > first && isBlankColumn(last - 1) { last -= 1 }
        return padded.map { String(String.UnicodeScalarView($0[first..<last])) }
    }
}

extension Unicode.Scalar {
    /// Octave's `isspace`: space, \t, \n, \v, \f, \r.
    var isOctaveSpace: Bool {
        self == " " || (value >= 9 && value <= 13)
    }
}

extension String {
    /// Octave's `deblank` on a row: drops trailing whitespace and NULs.
    func trimmingTrailingWhitespace() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last.isOctaveSpace || last == "\0" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Doubles single quotes, as inside an Octave single-quoted string.
    func replacingQuotes() -> String {
        var out = ""
        for c in self { out += c == "'" ? "''" : String(c) }
        return out
    }
}
