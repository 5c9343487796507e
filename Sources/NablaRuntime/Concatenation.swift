import NablaNumerics
import NablaSyntax

extension Interpreter {
    /// `[a b; c d]`: each row concatenated horizontally, then the rows vertically,
    /// with Octave's rules — empty 0×0 operands vanish, char wins over numbers, all
    /// logical stays logical.
    func concatenate(_ rows: [[Expr]], at range: SourceRange) throws -> Value {
        var rowValues: [[Value]] = []
        for row in rows {
            var values: [Value] = []
            for e in row {
                if e.producesList {
                    values.append(contentsOf: try evaluateMulti(e, nargout: 1))
                } else {
                    values.append(try evaluate(e))
                }
            }
            rowValues.append(values)
        }
        let all = rowValues.joined()
        if all.contains(where: {
            if case .cell = $0 { return true }; return false
        }) {
            return try concatenateCells(rowValues, at: range)
        }
        if all.contains(where: {
            if case .structure = $0 { return true }; return false
        }) {
            return try concatenateStructs(rowValues, rows, at: range)
        }
        var built: [Tensor] = []
        for (r, row) in rowValues.enumerated() {
            var tensors: [Tensor] = []
            for (k, v) in row.enumerated() {
                guard case .tensor(let t) = v else {
                    throw Diagnostic.error(
                        "a \(v.className) cannot be placed inside [ ]", at: rows[r][k].range,
                        hint: "collect functions in a cell array: {f, g}")
                }
                tensors.append(t)
            }
            built.append(try Interpreter.horizontal(tensors, at: range))
        }
        return .tensor(try Interpreter.vertical(built, at: range))
    }

    static func resultClass(_ parts: [Tensor]) -> ElementClass {
        if parts.contains(where: { $0.elementClass == .char }) { return .char }
        if !parts.isEmpty && parts.allSatisfy({ $0.elementClass == .logical }) { return .logical }
        return .double
    }

    static func horizontal(_ parts: [Tensor], at range: SourceRange) throws -> Tensor {
        let cls = resultClass(parts)
        let kept = parts.filter { !($0.matrix.rows == 0 && $0.matrix.cols == 0) }
        guard let first = kept.first else {
            return Tensor(Matrix.empty, class: parts.isEmpty ? .double : cls)
        }
        if kept.count == 1 { return Tensor(first.matrix, class: cls) }
        let rows = first.matrix.rows
        var cols = 0
        for p in kept {
            guard p.matrix.rows == rows else {
                throw Diagnostic.error(
                    "horizontal dimensions mismatch (\(first.matrix.shape.ascii) vs \(p.matrix.shape.ascii))",
                    at: range, hint: "elements side by side need the same number of rows")
            }
            cols += p.matrix.cols
        }
        try Limits.checkDiagnostic(Double(rows) * Double(cols), at: range)
        var e: [Double] = []
        e.reserveCapacity(rows * cols)
        for p in kept { e.append(contentsOf: p.matrix.elements) }  // column-major: blocks of columns in order
        return Tensor(Matrix(rows: rows, cols: cols, elements: e), class: cls)
    }

    static func vertical(_ parts: [Tensor], at range: SourceRange) throws -> Tensor {
        let cls = resultClass(parts)
        let kept = parts.filter { !($0.matrix.rows == 0 && $0.matrix.cols == 0) }
        guard let first = kept.first else {
            return Tensor(Matrix.empty, class: parts.isEmpty ? .double : cls)
        }
        if kept.count == 1 { return Tensor(first.matrix, class: cls) }
        let cols = first.matrix.cols
        // Rows of text of different lengths are an error, as for numbers (char() pads them).
        for p in kept where p.matrix.cols != cols {
            if cls == .char {
                throw Diagnostic.error(
                    "vertical dimensions mismatch (\(first.matrix.shape.ascii) vs \(p.matrix.shape.ascii))",
                    at: range, hint: "rows of a char matrix must have the same length; use a cell array {'…', '…'} for strings of different lengths")
            }
            throw Diagnostic.error(
                "vertical dimensions mismatch (\(first.matrix.shape.ascii) vs \(p.matrix.shape.ascii))",
                at: range, hint: "stacked rows need the same number of columns")
        }
        let rows = kept.reduce(0) { $0 + $1.matrix.rows }
        try Limits.checkDiagnostic(Double(rows) * Double(cols), at: range)
        var out = Matrix(rows: rows, cols: cols)
        var r0 = 0
        for p in kept {
            for j in 0..<cols { for i in 0..<p.matrix.rows { out[r0 + i, j] = p.matrix[i, j] } }
            r0 += p.matrix.rows
        }
        return Tensor(out, class: cls)
    }

    /// `[r, s; t, u]` of struct arrays, as Octave: an empty numeric part vanishes (so
    /// `r = []; r = [r, s]` collects records), every other part must be a struct with the same
    /// field names (the first part's order is kept), and sizes must agree along the join.
    private func concatenateStructs(_ rowValues: [[Value]], _ rows: [[Expr]], at range: SourceRange) throws -> Value {
        var built: [StructArray] = []
        var fields: [String]?
        for (r, row) in rowValues.enumerated() {
            var joined: StructArray?
            for (k, v) in row.enumerated() {
                let part: StructArray
                switch v {
                case .structure(let st): part = st
                case .tensor(let t) where t.matrix.isEmpty: continue
                default:
                    let other = if case .tensor(let t) = v { t.matrix.isScalar ? "scalar" : "matrix" } else { v.className }
                    throw Diagnostic.error(
                        "concatenation operator not implemented for 'struct' by '\(other)' operations",
                        at: rows[r][k].range, hint: "a struct array joins only other structs with the same fields")
                }
                if let names = fields, Set(names) != Set(part.fields) {
                    throw Diagnostic.error(
                        "cat: field names mismatch in concatenating structs", at: rows[r][k].range,
                        hint: "these fields are \(part.fields.joined(separator: ", ")); the first part's are \(names.joined(separator: ", "))")
                }
                fields = fields ?? part.fields
                guard let left = joined else { joined = part; continue }
                guard left.rows == part.rows else {
                    throw Diagnostic.error(
                        "horizontal dimensions mismatch (\(left.shape.ascii) vs \(part.shape.ascii))", at: range,
                        hint: "parts side by side need the same number of rows")
                }
                joined = StructArray(
                    rows: left.rows, cols: left.cols + part.cols, fields: fields ?? [],
                    elements: left.elements + part.elements)
            }
            if let joined { built.append(joined) }
        }
        guard var result = built.first else { return .empty }
        for part in built.dropFirst() {
            guard result.cols == part.cols else {
                throw Diagnostic.error(
                    "vertical dimensions mismatch (\(result.shape.ascii) vs \(part.shape.ascii))", at: range,
                    hint: "rows stacked with ; need the same number of columns")
            }
            let rowsNow = result.rows + part.rows
            var elements: [[String: Value]] = []
            elements.reserveCapacity(rowsNow * result.cols)
            for j in 0..<result.cols {
                elements += result.elements[(j * result.rows)..<((j + 1) * result.rows)]
                elements += part.elements[(j * part.rows)..<((j + 1) * part.rows)]
            }
            result = StructArray(rows: rowsNow, cols: result.cols, fields: fields ?? [], elements: elements)
        }
        return .structure(result)
    }

    private func concatenateCells(_ rows: [[Value]], at range: SourceRange) throws -> Value {
        var built: [CellArray] = []
        for row in rows {
            var parts: [CellArray] = []
            for v in row {
                switch v {
                case .cell(let c): if !c.elements.isEmpty { parts.append(c) }
                default: parts.append(CellArray(rows: 1, cols: 1, elements: [v]))
                }
            }
            guard let first = parts.first else { continue }
            var elements: [Value] = []
            var cols = 0
            for p in parts {
                guard p.rows == first.rows else {
                    throw Diagnostic.error("horizontal dimensions mismatch (\(first.rows)x\(first.cols) vs \(p.rows)x\(p.cols))", at: range)
                }
                elements.append(contentsOf: p.elements)
                cols += p.cols
            }
            built.append(CellArray(rows: first.rows, cols: cols, elements: elements))
        }
        guard let first = built.first else { return .cell(CellArray(rows: 0, cols: 0, elements: [])) }
        if built.count == 1 { return .cell(first) }
        let rows = built.reduce(0) { $0 + $1.rows }
        var out = CellArray(rows: rows, cols: first.cols, elements: Array(repeating: .empty, count: rows * first.cols))
        var r0 = 0
        for b in built {
            guard b.cols == first.cols else {
                throw Diagnostic.error("vertical dimensions mismatch (\(first.rows)x\(first.cols) vs \(b.rows)x\(b.cols))", at: range)
            }
            for j in 0..<b.cols { for i in 0..<b.rows { out.elements[r0 + i + j * rows] = b.elements[i + j * b.rows] } }
            r0 += b.rows
        }
        return .cell(out)
    }

    /// `{a, b; c, d}`: a cell array; nested cells are kept as elements, as in Octave.
    func buildCell(_ rows: [[Expr]], at range: SourceRange) throws -> Value {
        var built: [[Value]] = []
        for row in rows {
            var values: [Value] = []
            for e in row {
                if e.producesList { values.append(contentsOf: try evaluateMulti(e, nargout: 1)) } else { values.append(try evaluate(e)) }
            }
            if !values.isEmpty { built.append(values) }
        }
        guard let first = built.first else { return .cell(CellArray(rows: 0, cols: 0, elements: [])) }
        for r in built where r.count != first.count {
            throw Diagnostic.error(
                "vertical dimensions mismatch (1x\(first.count) vs 1x\(r.count))", at: range,
                hint: "every row of a cell array needs the same number of elements")
        }
        var out = CellArray(rows: built.count, cols: first.count, elements: Array(repeating: .empty, count: built.count * first.count))
        for (i, r) in built.enumerated() { for (j, v) in r.enumerated() { out.elements[i + j * built.count] = v } }
        return .cell(out)
    }
}
