import Foundation
import NablaNumerics
import NablaRuntime

/// Numeric text files: `dlmread`/`csvread` read a matrix (commas, tabs or spaces between
/// numbers; an empty field or a short row counts as 0, as in Octave) and `csvwrite`
/// writes one — only where the session allows files to be written (never in a lesson).
extension TeachingBuiltins {
    static let files: [Builtin] = [
        Builtin("dlmread", "M = dlmread(file)  M = dlmread(file, sep)",
                "Reads a matrix of numbers from a text file; the separator is found from the file unless given.",
                example: "f = '/tmp/nabla-example.csv'; csvwrite(f, [1 2; 3 4]); dlmread(f)", .data) { call in
            try call.arity(1...2)
            let sep = call.args.count > 1 ? try call.string(1) : nil
            return [.matrix(try CSV.read(call.interpreter.files.resolve(try call.string(0)), separator: sep, call: call))]
        },
        Builtin("csvread", "M = csvread(file)", "Reads a matrix of comma-separated numbers from a file.",
                example: "f = '/tmp/nabla-example.csv'; csvwrite(f, [1.5 2; 3 4]); csvread(f)", .data) { call in
            try call.arity(1...1)
            return [.matrix(try CSV.read(call.interpreter.files.resolve(try call.string(0)), separator: ",", call: call))]
        },
        Builtin("csvwrite", "csvwrite(file, M)",
                "Writes a matrix to a file as comma-separated numbers (17 significant digits, so it reads back exactly).",
                example: "csvwrite('/tmp/nabla-example.csv', [1 2; 3 4])", .data) { call in
            try call.arity(2...2)
            let file = try call.string(0)
            let m = try call.matrix(1)
            try call.writeFile(CSV.text(m), to: file)
            return []
        },
    ]
}

enum CSV {
    /// Reads a matrix from a file without holding the file in memory: lines are read in
    /// chunks and parsed as they come, so memory grows with the numbers read (refused past
    /// the memory limit), not with the file. CRLF line ends and a UTF-8 byte-order mark are
    /// accepted (Windows editors write both); Ctrl-C is polled between lines.
    static func read(_ named: String, separator: String?, call: BuiltinCall) throws -> Matrix {
        let file = call.interpreter.filePath(named)
        guard call.interpreter.readPolicy.allows(file) else {
            throw call.error("'\(file.printableExcerpt(limit: 80))' is outside this lesson's folder",
                             hint: "a lesson may read only the files that come with it")
        }
        let reader: LineReader
        do { reader = try LineReader(path: file) } catch let e as LineReader.Failure {
            throw call.error("cannot read '\(file.printableExcerpt(limit: 80))': \(e.reason)", hint: e.hint)
        }
        var rows: [[Double]] = []
        var total = 0.0
        var lineNumber = 0
        while true {
            let bytes: [UInt8]
            do {
                guard let next = try reader.next() else { break }
                bytes = next
            } catch let e as LineReader.Failure {
                throw call.error("line \(lineNumber + 1) of '\(file.printableExcerpt(limit: 80))': \(e.reason)", hint: e.hint)
            }
            lineNumber += 1
            if lineNumber % 256 == 0 { try Interrupt.check() }
            var text = Substring(String(decoding: bytes, as: UTF8.self))
            if lineNumber == 1, text.first == "\u{FEFF}" { text = text.dropFirst() }
            guard let row = try parse(line: text, number: lineNumber, separator: separator, call: call) else { continue }
            total += Double(row.count)
            try TeachingBuiltins.checkSize(call, total, 1)
            rows.append(row)
        }
        let cols = rows.map(\.count).max() ?? 0
        try TeachingBuiltins.checkSize(call, Double(rows.count), Double(cols))
        var m = Matrix(rows: rows.count, cols: cols)
        for (i, row) in rows.enumerated() { for (j, v) in row.enumerated() { m[i, j] = v } }
        return m
    }

    /// The numbers of one line, or nil for a blank line.
    static func parse(line raw: Substring, number lineNumber: Int, separator: String?, call: BuiltinCall) throws -> [Double]? {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty { return nil }
        let fields: [Substring]
        if let separator, !separator.isEmpty, separator != " " {
            fields = line.split(separator: Character(separator == "\\t" ? "\t" : String(separator.prefix(1))), omittingEmptySubsequences: false)
        } else if separator == nil, line.contains(",") {
            fields = line.split(separator: ",", omittingEmptySubsequences: false)
        } else {
            fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        }
        var row: [Double] = []
        row.reserveCapacity(fields.count)
        for f in fields {
            let t = f.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { row.append(0); continue }
            guard let v = number(t) else {
                throw call.error("line \(lineNumber): '\(t.printableExcerpt())' is not a number",
                                 hint: "dlmread reads numbers only; remove header lines first")
            }
            row.append(v)
        }
        return row
    }

    static func number(_ s: String) -> Double? {
        switch s.lowercased() {
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default: return Double(s)
        }
    }

    /// One line per row, 17 significant digits: enough for any double to read back unchanged.
    static func text(_ m: Matrix) -> String {
        var out = ""
        for i in 0..<m.rows {
            out += (0..<m.cols).map { j -> String in
                let v = m[i, j]
                if v.isNaN { return "NaN" }
                if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
                if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
                return String(format: "%.17g", v)
            }.joined(separator: ",") + "\n"
        }
        return out
    }
}
