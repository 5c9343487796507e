import Foundation
import NablaNumerics
import NablaRuntime

/// Numeric text files: `dlmread`/`csvread` read a matrix (commas, tabs or spaces between
/// numbers; an empty field or a short row counts as 0, as in Octave) and `csvwrite`
/// writes one — only where the session allows files to be written (never in a lesson).
/// As in Octave, a field that does not start with a number reads as 0 (a header row
/// becomes a row of zeros) and one that starts with a number reads as that number
/// (`2x` is 2); `r0, c0` skip header rows and columns.
extension TeachingBuiltins {
    static let files: [Builtin] = [
        Builtin(
            "dlmread", "M = dlmread(file)  M = dlmread(file, sep)  M = dlmread(file, sep, r0, c0)  M = dlmread(file, sep, [r0 c0 r1 c1])",
            "Reads a matrix of numbers from a text file; the separator is found from the file unless given; r0, c0 skip header rows and columns (counted from 0).",
            example: "f = '/tmp/nabla-example.csv'; csvwrite(f, [1 2; 3 4]); dlmread(f, ',', 1, 0)", .data
        ) { call in
            try call.arity(1...4)
            let sep = call.args.count > 1 ? try call.string(1) : nil
            let window = try CSV.window(call, from: 2)
            return [.matrix(try CSV.read(try call.string(0), separator: sep, window: window, call: call))]
        },
        Builtin(
            "csvread", "M = csvread(file)  M = csvread(file, r0, c0)  M = csvread(file, [r0 c0 r1 c1])",
            "Reads a matrix of comma-separated numbers from a file; r0, c0 skip header rows and columns (counted from 0).",
            example: "f = '/tmp/nabla-example.csv'; csvwrite(f, [1.5 2; 3 4]); csvread(f)", .data
        ) { call in
            try call.arity(1...3)
            let window = try CSV.window(call, from: 1)
            return [.matrix(try CSV.read(try call.string(0), separator: ",", window: window, call: call))]
        },
        Builtin(
            "csvwrite", "csvwrite(file, M)",
            "Writes a matrix to a file as comma-separated numbers (17 significant digits, so it reads back exactly).",
            example: "csvwrite('/tmp/nabla-example.csv', [1 2; 3 4])", .data
        ) { call in
            try call.arity(2...2)
            let file = try call.string(0)
            let m = try call.matrix(1)
            try call.writeFile(CSV.text(m), to: file)
            return []
        }
    ]
}

enum CSV {
    /// Reads a matrix from a file without holding the file in memory: lines are read in
    /// chunks and parsed as they come, so memory grows with the numbers read (refused past
    /// the memory limit), not with the file. CRLF line ends and a UTF-8 byte-order mark are
    /// accepted (Windows editors write both); Ctrl-C is polled between lines.
    /// Which part of the file to keep: rows and columns from 0, inclusive ends (nil: to the end).
    struct Window {
        var firstRow = 0, firstColumn = 0
        var lastRow: Int?, lastColumn: Int?
    }

    /// The window given by arguments `k` and `k + 1` (`r0, c0`) or `k` alone (`[r0 c0 r1 c1]`).
    static func window(_ call: BuiltinCall, from k: Int) throws -> Window {
        let count = call.args.count - k
        if count <= 0 { return Window() }
        if count == 2 {
            return Window(firstRow: try call.integer(k), firstColumn: try call.integer(k + 1))
        }
        let m = try call.matrix(k)
        guard m.count == 4 else {
            throw call.error(
                "the range must be r0, c0 as two arguments or [r0 c0 r1 c1] (counted from 0)",
                hint: "\(call.name)(file\(call.name == "dlmread" ? ", ','" : ""), 1, 0) skips one header row")
        }
        let v = try m.elements.enumerated().map { try call.integer($0.element, "range element \($0.offset + 1)") }
        return Window(firstRow: v[0], firstColumn: v[1], lastRow: v[2], lastColumn: v[3])
    }

    static func read(_ named: String, separator: String?, window: Window = Window(), call: BuiltinCall) throws -> Matrix {
        let file = call.interpreter.filePath(named)
        guard call.interpreter.readPolicy.allows(file) else {
            throw call.error(
                "'\(file.printableExcerpt(limit: 80))' is outside this lesson's folder",
                hint: "a lesson may read only the files that come with it")
        }
        let reader: LineReader
        do { reader = try LineReader(path: file) } catch let e as LineReader.Failure {
            throw call.error("cannot read '\(file.printableExcerpt(limit: 80))': \(e.reason)", hint: e.hint)
        }
        var rows: [[Double]] = []
        var total = 0.0
        var lineNumber = 0
        var skipped = 0
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
            guard var row = parse(line: text, separator: separator) else { continue }
            if let last = window.lastRow, rows.count + skipped > last { break }
            if skipped < window.firstRow { skipped += 1; continue }
            if let last = window.lastColumn { row = Array(row.prefix(last + 1)) }
            row = Array(row.dropFirst(window.firstColumn))
            total += Double(row.count)
            try TeachingBuiltins.checkSize(call, total, 1)
            rows.append(row)
        }
        if let last = window.lastColumn, let first = rows.indices.first {
            // A window wider than the file still has the columns asked for (zeros), as in Octave.
            let width = max(0, last + 1 - window.firstColumn)
            try TeachingBuiltins.checkSize(call, Double(rows.count), Double(width))
            if rows[first].count < width { rows[first] += [Double](repeating: 0, count: width - rows[first].count) }
        }
        let cols = rows.map(\.count).max() ?? 0
        try TeachingBuiltins.checkSize(call, Double(rows.count), Double(cols))
        var m = Matrix(rows: rows.count, cols: cols)
        for (i, row) in rows.enumerated() { for (j, v) in row.enumerated() { m[i, j] = v } }
        return m
    }

    /// The numbers of one line, or nil for a blank line.
    static func parse(line raw: Substring, separator: String?) -> [Double]? {
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
        return fields.map { number(leading: $0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The number a field starts with, as Octave's dlmread reads it: `2.5` is 2.5, `2x` is 2,
    /// `Inf`, `-inf` and `NaN` are themselves, and a field with no leading number is 0.
    static func number(leading s: String) -> Double {
        let u = Array(s.utf8)
        var k = 0
        if k < u.count, u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-") { k += 1 }
        let lower = String(decoding: u[k...].prefix(3), as: UTF8.self).lowercased()
        if lower == "inf" || lower == "nan" {
            let v = lower == "inf" ? Double.infinity : Double.nan
            return k > 0 && u[0] == UInt8(ascii: "-") ? -v : v
        }
        func digits() -> Int {
            let start = k
            while k < u.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(u[k]) { k += 1 }
            return k - start
        }
        var count = digits()
        if k < u.count, u[k] == UInt8(ascii: ".") { k += 1; count += digits() }
        guard count > 0 else { return 0 }
        let mantissaEnd = k
        if k < u.count, u[k] == UInt8(ascii: "e") || u[k] == UInt8(ascii: "E") {
            k += 1
            if k < u.count, u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-") { k += 1 }
            if digits() == 0 { k = mantissaEnd }
        }
        return Double(String(decoding: u[..<k], as: UTF8.self)) ?? 0
    }

    /// One line per row, 17 significant digits: enough for any double to read back unchanged.
    static func text(_ m: Matrix) -> String {
        var out = ""
        for i in 0..<m.rows {
            out +=
                (0..<m.cols).map { j -> String in
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
