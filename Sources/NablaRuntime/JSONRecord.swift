/// The JSON object that describes one displayed result: what `nabla --json` prints per
/// line and what a notebook receives as `application/json`. One definition, so the two
/// cannot drift apart.
///
/// Fields: `name`, `shape` ([rows, cols]), `class`, `value` (a string for char arrays,
/// rows of numbers for numeric values, null otherwise), for formulas `symbolic`, `latex`
/// and `code`, and `text` (exactly what the terminal shows).
public enum JSONRecord {
    public static func displayed(name: String, value: Value, text: String) -> String {
        var fields: [(String, String)] = [("name", quote(name))]
        let s = value.shape
        fields.append(("shape", "[\(s.rows),\(s.cols)]"))
        fields.append(("class", quote(value.className)))
        if let t = value.numericTensor, t.elementClass == .char {
            fields.append(("value", quote(t.stringValue)))
        } else if let t = value.numericTensor {
            let rows = (0..<t.matrix.rows).map { i in
                "[" + (0..<t.matrix.cols).map { j in number(t.matrix[i, j]) }.joined(separator: ",") + "]"
            }
            fields.append(("value", "[" + rows.joined(separator: ",") + "]"))
        } else {
            fields.append(("value", "null"))
        }
        if let forms = value.formulaForms {
            fields.append(("symbolic", quote(forms.symbolic)))
            fields.append(("latex", quote(forms.latex)))
            fields.append(("code", quote(forms.code)))
        }
        fields.append(("text", quote(text)))
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// JSON has no NaN or infinities; they are written as the strings Octave prints.
    public static func number(_ x: Double) -> String {
        if x.isNaN { return "\"NaN\"" }
        if x.isInfinite { return x > 0 ? "\"Inf\"" : "\"-Inf\"" }
        if x == x.rounded() && Swift.abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
