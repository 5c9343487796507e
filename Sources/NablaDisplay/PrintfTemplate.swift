/// A parsed printf template: runs of literal text, `%%`, and conversions,
/// in order — the same split Octave's `printf_format_list` makes, which is
/// what decides where output stops when the data runs out.
struct PrintfTemplate {
    /// A width or precision: absent, a number, or `*` (taken from the data).
    enum Amount: Equatable {
        case none
        case fixed(Int)
        case star
    }

    struct Conversion: Equatable {
        /// Any of `-+ 0#`, in the order written.
        var flags: String
        var width: Amount
        var precision: Amount
        /// One of `d i o u x X f e E g G c s`.
        var type: Character
    }

    enum Element: Equatable {
        case literal(String)
        /// `%%` (with any flags or width, which Octave ignores): prints "%".
        case percent
        case conversion(Conversion)
    }

    var elements: [Element]

    /// How many conversions consume data (`%%` does not).
    var conversionCount: Int {
        elements.reduce(0) { n, e in
            if case .conversion = e { return n + 1 }
            return n
        }
    }

    /// Widths and precisions beyond this are clamped, so a template cannot ask
    /// for gigabytes of padding.
    static let maxAmount = 100_000

    init(parsing text: String) throws {
        let s = Array(text.unicodeScalars)
        var elements: [Element] = []
        var literal = String.UnicodeScalarView()
        var i = 0

        func flushLiteral() {
            if !literal.isEmpty {
                elements.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }

        func readAmount() -> Amount {
            if i < s.count, s[i] == "*" {
                i += 1
                return .star
            }
            var value = 0
            var any = false
            while i < s.count, ("0"..."9").contains(s[i]) {
                value = min(value * 10 + Int(s[i].value - 48), PrintfTemplate.maxAmount)
                any = true
                i += 1
            }
            return any ? .fixed(value) : .none
        }

        while i < s.count {
            guard s[i] == "%" else {
                literal.append(s[i])
                i += 1
                continue
            }
            flushLiteral()
            let start = i
            i += 1
            var flags = ""
            while i < s.count, "-+ 0#".unicodeScalars.contains(s[i]) {
                flags.unicodeScalars.append(s[i])
                i += 1
            }
            let width = readAmount()
            var precision = Amount.none
            if i < s.count, s[i] == "." {
                i += 1
                precision = readAmount()
                if precision == .none { precision = .fixed(0) }
            }
            // Length modifiers are accepted once and ignored (all data is double).
            if i < s.count, "hlL".unicodeScalars.contains(s[i]) {
                i += 1
            }
            guard i < s.count else {
                throw PrintfError.invalidFormat(
                    "the template ends inside the conversion '\(String(String.UnicodeScalarView(s[start...])))'")
            }
            let type = s[i]
            i += 1
            if type == "%" {
                elements.append(.percent)
            } else if "diouxXfeEgGcs".unicodeScalars.contains(type) {
                let conversion = Conversion(flags: flags, width: width, precision: precision, type: Character(type))
                elements.append(.conversion(conversion))
            } else {
                throw PrintfError.invalidFormat(
                    "'\(String(String.UnicodeScalarView(s[start..<i])))' is not a conversion "
                        + "(use %d %i %u %f %e %g %x %o %c %s or %%)")
            }
        }
        flushLiteral()
        self.elements = elements
    }
}
