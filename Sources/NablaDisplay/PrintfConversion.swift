/// One conversion with its width and precision resolved, applied to one value
/// following Octave's rules for mixing types (see `Printf.format`).
struct PrintfConversion {
    var flags: String
    var width: Int?
    var precision: Int?
    var type: Character

    func render(_ value: PrintfValues.Value) -> String {
        switch value {
        case .empty:
            return (type == "s" || type == "c") ? text("") : ""
        case let .text(s):
            return text(s)
        case let .number(x):
            return number(x)
        }
    }

    private func number(_ x: Double) -> String {
        if x.isNaN || x.isInfinite {
            let plus = flags.contains("+")
            let word = x.isNaN ? (plus ? "+NaN" : "NaN") : (x < 0 ? "-Inf" : (plus ? "+Inf" : "Inf"))
            // Octave prints the word with %s, keeping width and '-' but not the precision.
            return PrintfConversion(flags: flags, width: width, precision: nil, type: "s").text(word)
        }
        let isInteger = x.rounded(.towardZero) == x
        switch type {
        case "d", "i":
            guard isInteger, x >= -9.223372036854775808e18, x <= 9.223372036854775808e18 else {
                return general(x)
            }
            let n: Int64 = x >= 9.223372036854775807e18 ? .max : Int64(x)
            return CFormat.render(spec("lld"), n)
        case "u", "o", "x", "X":
            guard isInteger, x >= 0, x <= 1.8446744073709551616e19 else { return general(x) }
            let n: UInt64 = x >= 1.8446744073709551615e19 ? .max : UInt64(x)
            let conv: String
            switch type {
            case "u": conv = "llu"
            case "o": conv = "llo"
            case "x": conv = "llx"
            default: conv = "llX"
            }
            return CFormat.render(spec(conv), n)
        case "c", "s":
            guard isInteger, x >= 0, x <= 0x10FFFF, let u = Unicode.Scalar(UInt32(x)) else {
                return general(x)
            }
            return text(String(Character(u)))
        default:
            return CFormat.render(spec(String(type)), x)
        }
    }

    /// The %g form Octave falls back to when a value does not suit the conversion.
    private func general(_ x: Double) -> String {
        CFormat.render(spec("g"), x)
    }

    /// The C specification for this conversion with another conversion letter.
    private func spec(_ conversion: String) -> String {
        var s = "%" + flags
        if let w = width { s += String(w) }
        if let p = precision { s += "." + String(p) }
        return s + conversion
    }

    /// `%s` semantics: precision truncates, width pads (left with '-').
    func text(_ s: String) -> String {
        var t = s
        if let p = precision, type == "s", t.unicodeScalars.count > p {
            t = String(String.UnicodeScalarView(t.unicodeScalars.prefix(p)))
        }
        guard let w = width else { return t }
        return flags.contains("-") ? t.leftPadded(toWidth: w) : t.padded(toWidth: w)
    }
}
