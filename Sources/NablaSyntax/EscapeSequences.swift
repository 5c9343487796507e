/// Octave's `do_string_escapes`: turns backslash sequences in text into the
/// characters they stand for. The lexer applies it to a double-quoted string's text,
/// and `printf`/`sprintf`/`fprintf` to a template written in single quotes — one
/// definition, so `"\x41"` and `printf('\x41')` agree, as in Octave.
///
/// Recognised: `\\ \" \' \a \b \f \n \r \t \v`, octal `\ooo` (1–3 digits),
/// hex `\xhh` (1–2 digits). Any other escaped character stands for itself
/// (Octave warns and does the same); a lone trailing backslash is kept.
public enum EscapeSequences {
    public static func process(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else {
                out.append(c)
                i += 1
                continue
            }
            let e = s[i + 1]
            i += 2
            switch e {
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = Int(e.value - 48)
                var digits = 1
                while digits < 3, i < s.count, ("0"..."7").contains(s[i]) {
                    value = value * 8 + Int(s[i].value - 48)
                    i += 1
                    digits += 1
                }
                out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: value)))
            case "x":
                var value = 0
                var digits = 0
                while digits < 2, i < s.count, let h = hexValue(s[i]) {
                    value = value * 16 + h
                    i += 1
                    digits += 1
                }
                if digits == 0 {
                    out.append("x")
                } else {
                    out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: value)))
                }
            default:
                out.append(e)
            }
        }
        return String(out)
    }

    private static func hexValue(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": return Int(c.value - 48)
        case "a"..."f": return Int(c.value - 97 + 10)
        case "A"..."F": return Int(c.value - 65 + 10)
        default: return nil
        }
    }
}
