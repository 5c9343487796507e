import Foundation
import NablaNumerics

/// The text functions that reading files line by line needs: splitting a line into fields,
/// reading a field as a number, joining and replacing. Each behaves as Octave 7's does.
extension Builtins {
    static let strings: [Builtin] = [
        Builtin(
            "strsplit", "parts = strsplit(s)  strsplit(s, sep)  strsplit(s, {sep1, sep2})  strsplit(…, 'CollapseDelimiters', false)",
            "Splits text at a separator (whitespace by default) into a cell row; runs of separators count as one unless told otherwise.",
            example: "strsplit('a,b,,c', ',')", .text
        ) { call in
            try call.arity(1...4)
            let text = try call.string(0)
            var separators = [" ", "\u{0C}", "\n", "\r", "\t", "\u{0B}"]
            var rest = Array(call.args.indices.dropFirst())
            if let k = rest.first, !(call.isString(k) && (try? call.string(k))?.lowercased() == "collapsedelimiters") {
                if case .cell(let c) = call.args[k] {
                    separators = try c.elements.map { v -> String in
                        guard case .tensor(let t) = v, t.elementClass == .char else { throw call.error("the separators must be text") }
                        return t.stringValue
                    }
                } else {
                    separators = [try call.string(k)]
                }
                separators = separators.map(unescape)
                rest.removeFirst()
            }
            var collapse = true
            if !rest.isEmpty {
                guard rest.count == 2, (try call.string(rest[0])).lowercased() == "collapsedelimiters" else {
                    throw call.error("the only option is 'CollapseDelimiters'", hint: "strsplit(s, ',', 'CollapseDelimiters', false)")
                }
                collapse = try call.number(rest[1]) != 0
            }
            guard !separators.contains("") else { throw call.error("a separator cannot be empty") }
            let parts = split(text, at: separators, collapse: collapse)
            return [.cell(CellArray(rows: 1, cols: parts.count, elements: parts.map { .string($0) }))]
        },
        Builtin(
            "strjoin", "s = strjoin(parts)  strjoin(parts, sep)",
            "Joins a cell array of text with a separator (a space by default).",
            example: "strjoin({'a', 'b', 'c'}, ', ')", .text
        ) { call in
            try call.arity(1...2)
            guard case .cell(let c) = call.args[0] else { throw call.error("argument 1 must be a cell array of text") }
            let parts = try c.elements.map { v -> String in
                guard case .tensor(let t) = v, t.elementClass == .char || t.matrix.isEmpty else {
                    throw call.error("argument 1 must be a cell array of text")
                }
                return t.stringValue
            }
            let sep = call.args.count > 1 ? unescape(try call.string(1)) : " "
            return [.string(parts.joined(separator: sep))]
        },
        Builtin(
            "strrep", "s = strrep(text, from, to)", "Replaces every occurrence of one piece of text by another.",
            example: "strrep('hello', 'l', 'L')", .text
        ) { call in
            try call.arity(3...3)
            let text = try call.string(0), from = try call.string(1), to = try call.string(2)
            guard !from.isEmpty else { return [call.args[0]] }
            return [.string(text.replacingOccurrences(of: from, with: to))]
        },
        Builtin(
            "str2double", "x = str2double(text)  str2double({text, …})",
            "The number a text holds, or NaN when it holds something else; a cell array gives a matrix of the same size.",
            example: "str2double({'3.5', '1e3', 'abc'})", .text
        ) { call in
            try call.arity(1...1)
            switch call.args[0] {
            case .cell(let c):
                let values = c.elements.map { v -> Double in
                    guard case .tensor(let t) = v, t.isString else { return .nan }
                    return number(t.stringValue)
                }
                return [.matrix(Matrix(rows: c.rows, cols: c.cols, elements: values))]
            case .tensor(let t) where t.elementClass == .char:
                if t.matrix.rows <= 1 { return [.number(number(t.stringValue))] }
                let rows = t.stringValue.split(separator: "\n", omittingEmptySubsequences: false)
                return [.matrix(Matrix(rows: rows.count, cols: 1, elements: rows.map { number(String($0)) }))]
            default:
                return [.number(.nan)]
            }
        }
    ]

    /// The text of `s` between separators. With `collapse`, a run of separators is one
    /// (so leading and trailing separators still give one empty part each, as in Octave).
    static func split(_ s: String, at separators: [String], collapse: Bool) -> [String] {
        let text = Array(s.unicodeScalars)
        let seps = separators.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var k = 0
        var lastWasSeparator = false
        while k < text.count {
            if let sep = seps.first(where: { k + $0.count <= text.count && Array(text[k..<k + $0.count]) == $0 }) {
                if !(collapse && lastWasSeparator) { parts.append(String(current)) }
                current = String.UnicodeScalarView()
                lastWasSeparator = true
                k += sep.count
            } else {
                current.append(text[k])
                lastWasSeparator = false
                k += 1
            }
        }
        parts.append(String(current))
        return parts
    }

    /// The escapes strsplit and strjoin read in a separator typed in single quotes.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\t", with: "\t").replacingOccurrences(of: "\\n", with: "\n")
            .replacingOccurrences(of: "\\r", with: "\r")
    }

    /// A number written in text, or NaN: surrounding spaces allowed, `Inf`, `-Inf`, `NaN`.
    static func number(_ text: String) -> Double {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch t.lowercased() {
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default:
            guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return .nan }
            return Double(t) ?? .nan
        }
    }
}
