import NablaRuntime

/// Just enough JSON for the teacher's reports: writing strings (as `JSONRecord` does), and reading back what
/// `ClassReport` writes (objects, arrays, strings, numbers, booleans, null).
enum JSONValue: Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    subscript(key: String) -> JSONValue? { if case .object(let o) = self { return o[key] } else { return nil } }
    var array: [JSONValue] { if case .array(let a) = self { return a } else { return [] } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int? { if case .number(let n) = self, n == n.rounded(), Swift.abs(n) < 1e15 { return Int(n) } else { return nil } }
    var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }

    /// A string literal with the escapes JSON requires.
    static func quote(_ s: String) -> String { JSONRecord.quote(s) }

    /// Parses a whole document; nil when it is not JSON.
    static func parse(_ text: String) -> JSONValue? {
        var p = Reader(scalars: Array(text.unicodeScalars))
        guard let v = p.value() else { return nil }
        p.skipSpace()
        return p.at == p.scalars.count ? v : nil
    }

    struct Reader {
        let scalars: [Unicode.Scalar]
        var at = 0

        mutating func skipSpace() { while at < scalars.count, " \n\r\t".unicodeScalars.contains(scalars[at]) { at += 1 } }

        mutating func take(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard at + w.count <= scalars.count, Array(scalars[at..<at + w.count]) == w else { return false }
            at += w.count
            return true
        }

        mutating func value(depth: Int = 0) -> JSONValue? {
            guard depth < 64 else { return nil }
            skipSpace()
            guard at < scalars.count else { return nil }
            switch scalars[at] {
            case "{":
                at += 1
                var o: [String: JSONValue] = [:]
                skipSpace()
                if take("}") { return .object(o) }
                repeat {
                    skipSpace()
                    guard case .string(let k)? = value(depth: depth + 1) else { return nil }
                    skipSpace()
                    guard take(":"), let v = value(depth: depth + 1) else { return nil }
                    o[k] = v
                    skipSpace()
                } while take(",")
                return take("}") ? .object(o) : nil
            case "[":
                at += 1
                var a: [JSONValue] = []
                skipSpace()
                if take("]") { return .array(a) }
                repeat {
                    guard let v = value(depth: depth + 1) else { return nil }
                    a.append(v)
                    skipSpace()
                } while take(",")
                return take("]") ? .array(a) : nil
            case "\"":
                at += 1
                var s = String.UnicodeScalarView()
                while at < scalars.count, scalars[at] != "\"" {
                    var c = scalars[at]
                    if c == "\\" {
                        at += 1
                        guard at < scalars.count else { return nil }
                        switch scalars[at] {
                        case "n": c = "\n"
                        case "t": c = "\t"
                        case "r": c = "\r"
                        case "b": c = "\u{8}"
                        case "f": c = "\u{C}"
                        case "u":
                            guard at + 4 < scalars.count, let v = UInt32(String(String.UnicodeScalarView(scalars[at + 1...at + 4])), radix: 16),
                                let u = Unicode.Scalar(v)
                            else { return nil }
                            c = u
                            at += 4
                        default: c = scalars[at]
                        }
                    }
                    s.append(c)
                    at += 1
                }
                guard take("\"") else { return nil }
                return .string(String(s))
            case "t": return take("true") ? .bool(true) : nil
            case "f": return take("false") ? .bool(false) : nil
            case "n": return take("null") ? .null : nil
            default:
                let start = at
                while at < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[at]) { at += 1 }
                return Double(String(String.UnicodeScalarView(scalars[start..<at]))).map(JSONValue.number)
            }
        }
    }
}
