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
            guard call.interpreter.allowsFileWrites else {
                throw call.error("writing files is turned off here (lessons never write to your disk)")
            }
            do {
                try CSV.text(m).write(toFile: call.interpreter.files.resolve(file), atomically: true, encoding: .utf8)
            } catch {
                throw call.error("could not write '\(file)': \(error.localizedDescription)")
            }
            return []
        },
    ]
}

enum CSV {
    static func read(_ file: String, separator: String?, call: BuiltinCall) throws -> Matrix {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw call.error("cannot read '\(file)'", hint: FileManager.default.fileExists(atPath: file)
                             ? "the file exists but is not readable text" : "no such file; check the name and the current folder")
        }
        return try parse(text, separator: separator, call: call)
    }

    static func parse(_ text: String, separator: String?, call: BuiltinCall) throws -> Matrix {
        var rows: [[Double]] = []
        for (lineIndex, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let fields: [Substring]
            if let separator, !separator.isEmpty, separator != " " {
                fields = line.split(separator: Character(separator == "\\t" ? "\t" : String(separator.prefix(1))), omittingEmptySubsequences: false)
            } else if separator == nil, line.contains(",") {
                fields = line.split(separator: ",", omittingEmptySubsequences: false)
            } else {
                fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            }
            var row: [Double] = []
            for f in fields {
                let t = f.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { row.append(0); continue }
                guard let v = number(t) else {
                    throw call.error("line \(lineIndex + 1): '\(t)' is not a number",
                                     hint: "dlmread reads numbers only; remove header lines first")
                }
                row.append(v)
            }
            rows.append(row)
        }
        let cols = rows.map(\.count).max() ?? 0
        try TeachingBuiltins.checkSize(call, Double(rows.count), Double(cols))
        var m = Matrix(rows: rows.count, cols: cols)
        for (i, row) in rows.enumerated() { for (j, v) in row.enumerated() { m[i, j] = v } }
        return m
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
