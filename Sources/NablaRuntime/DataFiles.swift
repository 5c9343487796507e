import Foundation
import NablaNumerics

/// The text formats `load` reads and `save` writes, as Octave 7 does: plain numeric text
/// (numbers separated by spaces, tabs or commas; `%` and `#` comments), Octave's own text
/// format (`# name:` / `# type:` blocks, which `save` writes by default) and `-ascii`.
enum DataFiles {
    enum Failure: Error { case message(String) }

    /// Whether `text` is in Octave's text format rather than plain numbers.
    static func isOctaveText(_ text: String) -> Bool {
        text.split(separator: "\n", maxSplits: 8).contains { $0.hasPrefix("# name:") }
    }

    /// A matrix of plain numbers. Every row must have the same count, as Octave requires.
    static func numbers(_ text: String) throws(Failure) -> Matrix {
        var rows: [[Double]] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = Substring(raw)
            if let c = line.firstIndex(where: { $0 == "%" || $0 == "#" }) { line = line[..<c] }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" || $0 == "\r" })
            if fields.isEmpty { continue }
            var row: [Double] = []
            for f in fields {
                guard let v = number(f) else {
                    throw .message("unable to read '\(f)' on line \(rows.count + 1) as a number")
                }
                row.append(v)
            }
            if let first = rows.first, first.count != row.count {
                throw .message("line \(rows.count + 1) has \(row.count) numbers where the first had \(first.count)")
            }
            rows.append(row)
        }
        guard let cols = rows.first?.count else { return Matrix(rows: 0, cols: 0) }
        var m = Matrix(rows: rows.count, cols: cols)
        for (i, r) in rows.enumerated() { for (j, v) in r.enumerated() { m[i, j] = v } }
        return m
    }

    static func checkSize(_ n: Double) throws(Failure) {
        guard n <= Double(Limits.maxElements) else { throw .message("the file asks for \(Int(n)) elements, more than Nabla's limit") }
    }

    static func number(_ s: Substring) -> Double? {
        switch s.lowercased() {
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        case "nan", "+nan", "-nan", "na": return .nan
        default: return Double(s)
        }
    }

    /// The variables of a file in Octave's text format, in file order.
    static func octaveText(_ text: String) throws(Failure) -> [(String, Value)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var out: [(String, Value)] = []
        var i = 0
        func header(_ key: String) throws(Failure) -> String {
            while i < lines.count, lines[i].isEmpty { i += 1 }
            let prefix = "# \(key):"
            guard i < lines.count, lines[i].hasPrefix(prefix) else { throw .message("expected '# \(key):' on line \(i + 1)") }
            defer { i += 1 }
            return lines[i].dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        func integer(_ key: String) throws(Failure) -> Int {
            let t = try header(key)
            guard let n = Int(t), n >= 0, n <= Limits.maxElements else { throw .message("bad \(key) '\(t)'") }
            return n
        }
        func matrixRows(_ rows: Int, _ cols: Int) throws(Failure) -> Matrix {
            try checkSize(Double(rows) * Double(cols))
            var m = Matrix(rows: rows, cols: cols)
            for r in 0..<rows {
                guard i < lines.count else { throw .message("the file ends inside a matrix") }
                let fields = lines[i].split(separator: " ")
                guard fields.count == cols else { throw .message("line \(i + 1) should hold \(cols) numbers") }
                for (c, f) in fields.enumerated() {
                    guard let v = number(f) else { throw .message("'\(f)' on line \(i + 1) is not a number") }
                    m[r, c] = v
                }
                i += 1
            }
            return m
        }
        while i < lines.count {
            let line = lines[i]
            guard line.hasPrefix("# name:") else { i += 1; continue }
            let name = line.dropFirst(7).trimmingCharacters(in: .whitespaces)
            i += 1
            let type = try header("type")
            switch type {
            case "scalar", "bool":
                while i < lines.count, lines[i].isEmpty { i += 1 }
                guard i < lines.count, let v = number(Substring(lines[i].trimmingCharacters(in: .whitespaces))) else {
                    throw .message("\(name): expected a number on line \(i + 1)")
                }
                i += 1
                out.append((name, type == "bool" ? .bool(v != 0) : .number(v)))
            case "matrix", "bool matrix":
                let rows = try integer("rows"), cols = try integer("columns")
                let m = try matrixRows(rows, cols)
                out.append((name, type == "matrix" ? .matrix(m) : .logical(m)))
            case "string", "sq_string":
                let count = try integer("elements")
                var texts: [String] = []
                for _ in 0..<count {
                    let length = try integer("length")
                    guard i < lines.count else { throw .message("\(name): the file ends inside a string") }
                    texts.append(String(lines[i].unicodeScalars.prefix(length)))
                    i += 1
                }
                if texts.count == 1 {
                    out.append((name, .string(texts[0])))
                } else {
                    let width = texts.map { $0.unicodeScalars.count }.max() ?? 0
                    var m = Matrix(rows: texts.count, cols: width)
                    for (r, t) in texts.enumerated() {
                        for (c, u) in t.unicodeScalars.enumerated() { m[r, c] = Double(u.value) }
                        for c in t.unicodeScalars.count..<width { m[r, c] = 32 }
                    }
                    out.append((name, .tensor(Tensor(m, class: .char))))
                }
            case "double_range", "range":
                if i < lines.count, lines[i].hasPrefix("#") { i += 1 }
                let parts = i < lines.count ? lines[i].split(separator: " ").compactMap { number($0) } : []
                guard parts.count == 3 else { throw .message("\(name): a range needs base, limit and increment") }
                i += 1
                let (base, limit, step) = (parts[0], parts[1], parts[2])
                let n = step == 0 ? 0 : max(0, Int(((limit - base) / step + 1e-10).rounded(.down)) + 1)
                try checkSize(Double(n))
                out.append((name, .matrix(Matrix(rows: 1, cols: n, elements: (0..<n).map { base + Double($0) * step }))))
            case "diagonal matrix":
                let rows = try integer("rows"), cols = try integer("columns")
                let d = try matrixRows(min(rows, cols), 1)
                var m = Matrix(rows: rows, cols: cols)
                for k in 0..<min(rows, cols) { m[k, k] = d.elements[k] }
                out.append((name, .matrix(m)))
            default:
                throw .message("\(name) is of type '\(type)', which Nabla does not read (numbers, logicals and text only)")
            }
        }
        return out
    }

    /// One variable in Octave's text format, as `save` writes it.
    static func octaveText(_ name: String, _ value: Value) throws(Failure) -> String {
        guard case .tensor(let t) = value.materialized else {
            throw .message("'\(name)' is a \(value.className); save writes numbers, logicals and text only")
        }
        let m = t.matrix
        var out = "# name: \(name)\n"
        switch t.elementClass {
        case .char:
            out += "# type: sq_string\n# elements: \(m.rows)\n"
            for r in 0..<m.rows {
                let row = Tensor(Matrix(rows: 1, cols: m.cols, elements: (0..<m.cols).map { m[r, $0] }), class: .char)
                out += "# length: \(m.cols)\n\(row.stringValue)\n"
            }
            return out + "\n\n"
        case .logical where m.count == 1:
            return out + "# type: bool\n\(text(m.scalar))\n\n\n"
        case .logical:
            out += "# type: bool matrix\n"
        case .double where m.count == 1:
            return out + "# type: scalar\n\(text(m.scalar))\n\n\n"
        case .double:
            out += "# type: matrix\n"
        }
        out += "# rows: \(m.rows)\n# columns: \(m.cols)\n"
        for r in 0..<m.rows {
            out += (0..<m.cols).map { " " + text(m[r, $0]) }.joined() + "\n"
        }
        return out + "\n\n"
    }

    /// A number as Octave's text format writes it: 17 significant digits, shortest form.
    static func text(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "Inf" : "-Inf" }
        return String(format: "%.17g", x)
    }

    /// A matrix as `save -ascii` writes it: ` %.8e` per number, a row per line.
    static func ascii(_ m: Matrix) -> String {
        var out = ""
        for r in 0..<m.rows {
            out += (0..<m.cols).map { " " + String(format: "%.8e", m[r, $0]) }.joined() + "\n"
        }
        return out
    }
}
