import NablaNumerics
import NablaSyntax

/// One argument of a printf-family call. Matrices are flattened column-major
/// by the caller into `.number`s; a char array arrives as one `.string`.
public enum PrintfArgument: Sendable, Equatable {
    case number(Double)
    case string(String)
}

/// A template printf cannot use. `description` is Octave's wording
/// ("invalid format specified", which callers prefix with "sprintf: ");
/// `explanation` says what exactly is wrong, for a student.
public enum PrintfError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidFormat(String)

    public var description: String { "invalid format specified" }

    public var explanation: String {
        switch self {
        case let .invalidFormat(why): return why
        }
    }
}

/// Octave's sprintf/printf/fprintf formatting.
public enum Printf {
    /// Formats `args` with `template` as Octave's `sprintf` does:
    ///
    /// - conversions `%d %i %u %f %e %g %x %o %c %s %%` (and `%E %G %X`), flags
    ///   `-+ 0#`, width and precision, either of which may be `*`;
    /// - backslash escapes in the template are processed first when
    ///   `processEscapes` is true (Octave does so for single-quoted templates);
    /// - the template is reused while arguments remain; output stops at the
    ///   first conversion that finds no data (text before it is still printed);
    ///   a template without conversions is printed once;
    /// - an integer conversion given a non-integer switches to `%g` with the same
    ///   flags, width and precision; NaN and Inf print as words in the field;
    /// - `%s` takes a whole char argument; given a number it prints the
    ///   character with that code, or the number (as `%g`) if it is not an integer.
    ///
    /// Throws `PrintfError.invalidFormat` for a malformed template.
    public static func format(
        _ template: String, _ args: [PrintfArgument], processEscapes: Bool = true
    ) throws -> String {
        let text = processEscapes ? EscapeSequences.process(template) : template
        let parsed = try PrintfTemplate(parsing: text)
        return try run(parsed, args)
    }

    /// Throws `Interrupted` on Ctrl-C: a wide field recycled over a long argument can
    /// produce megabytes of text, so the loop looks at the interrupt flag per conversion.
    static func run(_ template: PrintfTemplate, _ args: [PrintfArgument]) throws -> String {
        let elements = template.elements
        guard !elements.isEmpty else { return "" }
        let recycles = !args.isEmpty && template.conversionCount > 0
        var values = PrintfValues(args)
        var out = ""
        var index = 0
        loop: while true {
            switch elements[index] {
            case let .literal(s):
                out += s
            case .percent:
                out += "%"
            case let .conversion(c):
                try Interrupt.check()
                var width: Int? = nil
                var precision: Int? = nil
                var leftAlign = false
                switch c.width {
                case .none: break
                case let .fixed(n): width = n
                case .star:
                    guard let n = starValue(&values) else { break loop }
                    if n < 0 { leftAlign = true }
                    width = min(abs(n), PrintfTemplate.maxAmount)
                }
                switch c.precision {
                case .none: break
                case let .fixed(n): precision = n
                case .star:
                    guard let n = starValue(&values) else { break loop }
                    precision = n < 0 ? nil : min(n, PrintfTemplate.maxAmount)
                }
                guard let value = values.next(wholeText: c.type == "s") else { break loop }
                var flags = c.flags
                if leftAlign && !flags.contains("-") { flags += "-" }
                out += PrintfConversion(flags: flags, width: width, precision: precision, type: c.type)
                    .render(value)
            }
            index += 1
            if index == elements.count {
                guard recycles, !values.exhausted else { break }
                index = 0
            }
        }
        return out
    }

    /// A `*` width or precision, read from the data as an integer.
    private static func starValue(_ values: inout PrintfValues) -> Int? {
        guard let v = values.next(wholeText: false) else { return nil }
        guard case let .number(x) = v, x.isFinite else { return 0 }
        return Int(max(min(x, 1e9), -1e9))
    }
}
