import NablaNumerics
import NablaSyntax

/// One resolved subscript: every position along a dimension, or a list of 0-based positions.
enum Subscript {
    case all
    /// Positions from 0, and the shape of the index value (it decides the result's shape).
    case list([Int], shape: Shape, fromMask: Bool)

    func count(extent: Int) -> Int {
        switch self {
        case .all: return extent
        case .list(let p, _, _): return p.count
        }
    }

    func positions(extent: Int) -> [Int] {
        switch self {
        case .all: return Array(0..<extent)
        case .list(let p, _, _): return p
        }
    }

    /// The shape of `a(i)`, one subscript, for an array of any kind with `source`'s shape: `a(:)`
    /// is a column (0×1 when empty, as in Octave 7); a vector indexed by a vector keeps the
    /// source's orientation; otherwise the result has the index's shape.
    func linearResultShape(source: Shape) -> Shape {
        switch self {
        case .all: return Shape(source.count, 1)
        case .list(let p, let ishape, _):
            if (source.rows == 1 || source.cols == 1) && (ishape.rows == 1 || ishape.cols == 1) && !source.isScalar {
                return source.rows == 1 ? Shape(1, p.count) : Shape(p.count, 1)
            }
            return ishape
        }
    }

    var maxPosition: Int {
        switch self {
        case .all: return -1
        case .list(let p, _, _): return p.max() ?? -1
        }
    }
}

extension Interpreter {
    /// How far `end` reaches at index `position` of `count` indices into an array of this shape.
    static func extent(_ shape: Shape, position: Int, count: Int) -> Int {
        if count == 1 { return shape.count }
        if position == 0 { return shape.rows }
        if count == 2 { return shape.cols }
        return position == 1 ? shape.cols : 1
    }

    /// Evaluates index arguments with `end` bound to the indexed value's extents.
    func subscripts(_ args: [Expr], for shape: Shape, at range: SourceRange) throws -> [Subscript] {
        var out: [Subscript] = []
        for (k, arg) in args.enumerated() {
            if case .colonAll = arg.kind {
                out.append(.all)
                continue
            }
            endContext.append((shape, k, args.count))
            defer { endContext.removeLast() }
            let v = try evaluate(arg)
            out.append(try self.resolveSubscript(from: v, at: arg.range))
        }
        if out.count > 2 {
            // Trailing singleton indices are allowed (A(i, j, 1)), as in Octave.
            for extra in out[2...] {
                if case .list(let p, _, _) = extra, p.allSatisfy({ $0 == 0 }) { continue }
                throw Diagnostic.error("index out of bound: Nabla arrays have two dimensions", at: range)
            }
            out = Array(out[0..<2])
        }
        return out
    }

    func resolveSubscript(from v: Value, at range: SourceRange) throws -> Subscript {
        guard case .tensor(let t) = v else {
            throw Diagnostic.error("subscript indices must be numbers or logicals, not a \(v.className)", at: range)
        }
        let m = t.matrix
        if t.elementClass == .logical {
            var p: [Int] = []
            for (k, x) in m.elements.enumerated() where x != 0 { p.append(k) }
            let shape = m.rows == 1 ? Shape(1, p.count) : Shape(p.count, 1)
            return .list(p, shape: shape, fromMask: true)
        }
        if t.elementClass == .char, m.count == 1, m.scalar == 58 {  // ':' as a string
            return .all
        }
        var p: [Int] = []
        p.reserveCapacity(m.count)
        for x in m.elements {
            guard x == x.rounded(), x.isFinite else {
                let shown = x.asTyped
                throw Diagnostic.error(
                    "subscript indices must be either positive integers or logicals (got \(shown))",
                    at: range, hint: x.isFinite ? "round it first, e.g. round(\(formatIndex(x)))" : nil)
            }
            guard x >= 1 else {
                throw Diagnostic.error(
                    "index (\(formatIndex(x))): out of bound; value \(formatIndex(x)) out of bound — indices start at 1",
                    at: range, hint: x == 0 ? "Octave and Nabla count from 1: the first element is x(1)" : nil)
            }
            guard x <= Double(Int.max / 4) else {
                throw Diagnostic.error("index \(formatIndex(x)) is too large", at: range)
            }
            p.append(Int(x) - 1)
        }
        return .list(p, shape: m.shape, fromMask: false)
    }

    private func formatIndex(_ x: Double) -> String {
        x.asTyped
    }

    func outOfBound(_ position: Int, extent: Int, shape: Shape, name: String?, which: String, at range: SourceRange) -> Diagnostic {
        let label = name ?? "index"
        return Diagnostic.error(
            "\(label)(\(which)): out of bound \(extent) (dimensions are \(shape.ascii))", at: range,
            hint: extent == 0 ? "the array is empty" : "valid indices here are 1 to \(extent)")
    }

    // MARK: - Reading

    func indexTensor(_ t: Tensor, _ args: [Expr], at range: SourceRange, name: String?) throws -> Tensor {
        try indexTensor(t, subscripts: subscripts(args, for: t.matrix.shape, at: range), at: range, name: name)
    }

    /// `t(subs…)` with the subscripts already evaluated.
    func indexTensor(_ t: Tensor, subscripts subs: [Subscript], at range: SourceRange, name: String?) throws -> Tensor {
        let m = t.matrix
        if subs.isEmpty { return t }
        if subs.count == 1 {
            let s = subs[0]
            let n = m.count
            if case .all = s {
                return Tensor(Matrix(rows: n, cols: 1, elements: m.elements), class: t.elementClass)
            }
            guard case .list(let p, _, _) = s else { return t }
            if let bad = p.first(where: { $0 >= n }) {
                throw outOfBound(bad + 1, extent: n, shape: m.shape, name: name, which: "\(bad + 1)", at: range)
            }
            var e = [Double](repeating: 0, count: p.count)
            m.elements.withUnsafeBufferPointer { src in
                for (k, q) in p.enumerated() { e[k] = src[q] }
            }
            let shape = s.linearResultShape(source: m.shape)
            return Tensor(Matrix(rows: shape.rows, cols: shape.cols, elements: e), class: t.elementClass)
        }
        let rs = subs[0], cs = subs[1]
        if rs.maxPosition >= m.rows {
            throw outOfBound(
                rs.maxPosition + 1, extent: m.rows, shape: m.shape, name: name,
                which: "\(rs.maxPosition + 1),_", at: range)
        }
        if cs.maxPosition >= m.cols {
            throw outOfBound(
                cs.maxPosition + 1, extent: m.cols, shape: m.shape, name: name,
                which: "_,\(cs.maxPosition + 1)", at: range)
        }
        let rows = rs.positions(extent: m.rows), cols = cs.positions(extent: m.cols)
        // Repeated subscripts multiply: x(ones(1, 1e5), ones(1, 1e5)) asks for 1e10 elements.
        try Limits.checkDiagnostic(Double(rows.count) * Double(cols.count), at: range)
        var out = Matrix(rows: rows.count, cols: cols.count)
        for (jj, j) in cols.enumerated() {
            for (ii, i) in rows.enumerated() { out[ii, jj] = m[i, j] }
        }
        return Tensor(out, class: t.elementClass)
    }

    func indexCell(_ c: CellArray, _ args: [Expr], at range: SourceRange) throws -> CellArray {
        let shape = c.shape
        let subs = try subscripts(args, for: shape, at: range)
        if subs.isEmpty { return c }
        if subs.count == 1 {
            let p = subs[0].positions(extent: c.elements.count)
            if let bad = p.first(where: { $0 >= c.elements.count }) {
                throw outOfBound(bad + 1, extent: c.elements.count, shape: shape, name: nil, which: "\(bad + 1)", at: range)
            }
            let picked = p.map { c.elements[$0] }
            let result = subs[0].linearResultShape(source: shape)
            return CellArray(rows: result.rows, cols: result.cols, elements: picked)
        }
        let rows = subs[0].positions(extent: c.rows), cols = subs[1].positions(extent: c.cols)
        if let bad = rows.first(where: { $0 >= c.rows }) {
            throw outOfBound(bad + 1, extent: c.rows, shape: shape, name: nil, which: "\(bad + 1),_", at: range)
        }
        if let bad = cols.first(where: { $0 >= c.cols }) {
            throw outOfBound(bad + 1, extent: c.cols, shape: shape, name: nil, which: "_,\(bad + 1)", at: range)
        }
        try Limits.checkDiagnostic(Double(rows.count) * Double(cols.count), at: range)
        var e: [Value] = []
        for j in cols { for i in rows { e.append(c.elements[i + j * c.rows]) } }
        return CellArray(rows: rows.count, cols: cols.count, elements: e)
    }

    // MARK: - Writing

    /// Assigns to a variable or to part of one, growing it as Octave does.
    func assign(_ target: LValue, _ value: Value) throws {
        if target.isPlaceholder { return }
        // `s.(name) = v`: the names are worked out first, then it is an ordinary field store.
        if target.steps.contains(where: {
            if case .dynamicField = $0 { return true }; return false
        }) {
            var resolved = target
            resolved.steps = try target.steps.map { step in
                guard case .dynamicField(let e) = step else { return step }
                return .field(try dynamicFieldName(e))
            }
            try assign(resolved, value)
            return
        }
        if target.steps.isEmpty {
            setVariable(target.name, value)
            return
        }
        if target.steps.count == 2, case .field(let field) = target.steps[0], case .paren(let args) = target.steps[1],
            !args.isEmpty, let shape = Self.fieldShape(current.variables[target.name], field)
        {
            // `s.m(i) = v` into a 1×1 struct's array field: in place, as `x(i) = v` (the general
            // way below would hold the struct, and so the field, twice, and copy the array).
            let subs = try subscripts(args, for: shape, at: target.range)
            // The subscripts cannot change the variable (they run in this frame, which only a script
            // could touch, and a script gives no value); should they, the general way says what happens.
            if Self.fieldShape(current.variables[target.name], field) != nil,
                case .structure(var s)? = current.variables.removeValue(forKey: target.name)
            {
                defer { setVariable(target.name, .structure(s)) }
                try storeIntoField(&s, field, subs, value, at: target.range)
                return
            }
        }
        if target.steps.count > 1 || target.steps.first?.isField == true || current.variables[target.name]?.isStructure == true {
            // `s.a = v`, `s(2).a = v`, `c{i}(:, j) = v`, `s.a.b = v`: see StructAccess.swift.
            let updated = try assigned(current.variables[target.name], target.steps[...], value, target: target)
            setVariable(target.name, updated)
            return
        }
        // `A() = v` and `c{} = v` name no element; the code below assumes one or two subscripts
        // (the fuzzer found `A() = 7` trapping on `subs[0]`). Octave's words.
        if case .paren(let args) = target.steps[0], args.isEmpty {
            throw Diagnostic.error("invalid empty index list", at: target.range)
        }
        if case .brace(let args) = target.steps[0], args.isEmpty {
            throw Diagnostic.error("invalid empty index list", at: target.range)
        }
        let name = target.name
        // What the variable holds, without holding on to it: the store below must own the only reference.
        let stored = StoredKind(current.variables[name])
        switch target.steps[0] {
        case .field(let f):
            throw Diagnostic.error("structures are not supported (field '\(f)')", at: target.range)
        case .dynamicField:
            throw Diagnostic.error("a dynamic field name was not worked out before the assignment", at: target.range)
        case .brace(let args):
            let shape: Shape
            switch stored {
            case .none: shape = Shape(0, 0)
            case .cell(let s): shape = s
            case .tensor(let s) where s.count == 0: shape = Shape(0, 0)
            case .tensor, .other:
                throw Diagnostic.error(
                    "'{}' assignment needs a cell array; '\(name)' is a \(current.variables[name]?.className ?? "")",
                    at: target.range)
            }
            let subs = try subscripts(args, for: shape, at: target.range)
            var c = takeCell(name)
            defer { setVariable(name, .cell(c)) }
            try assignCell(&c, subs, value, at: target.range)
        case .paren(let args):
            switch stored {
            case .cell(let shape):
                let subs = try subscripts(args, for: shape, at: target.range)
                guard case .cell(let source) = value else {
                    throw Diagnostic.error(
                        "conversion to a cell array from a \(value.className) is not possible",
                        at: target.range, hint: "use c{i} = value to store a value in a cell")
                }
                guard source.elements.count == 1 else {
                    throw Diagnostic.error("assigning several cells at once is not supported", at: target.range)
                }
                var c = takeCell(name)
                defer { setVariable(name, .cell(c)) }
                try assignCell(&c, subs, source.elements[0], at: target.range)
            case .other("function_handle"):
                throw Diagnostic.error(
                    "'\(name)' is a function handle and cannot be indexed for assignment",
                    at: target.range)
            case .other:
                throw Diagnostic.error(
                    "'\(name)' is a formula and cannot be indexed for assignment",
                    at: target.range, hint: "assign a value with = first")
            case .tensor(let shape):
                let subs = try subscripts(args, for: shape, at: target.range)
                var tensor = takeTensor(name)
                defer { setVariable(name, .tensor(tensor)) }
                try assignTensor(&tensor, subs, value, at: target.range)
            case .none:
                var tensor = Tensor(Matrix.empty)
                let subs = try subscripts(args, for: Shape(0, 0), at: target.range)
                try assignTensor(&tensor, subs, value, at: target.range)
                setVariable(name, .tensor(tensor))
            }
        }
    }

    /// The shape of field `field` of a 1×1 struct when it holds an array; nil for anything else.
    static func fieldShape(_ v: Value?, _ field: String) -> Shape? {
        guard case .structure(let s)? = v, s.count == 1, case .tensor(let t)? = s.elements[0][field] else { return nil }
        return t.matrix.shape
    }

    /// `s.field(subs) = value` into a 1×1 struct whose field holds an array (the caller has checked
    /// with `fieldShape`), the array stored into in place: taken out of the struct, stored into
    /// and put back, also when the store fails (`assignTensor` checks everything before it
    /// changes anything).
    func storeIntoField(
        _ s: inout StructArray, _ field: String, _ subs: [Subscript], _ value: Value,
        at range: SourceRange
    ) throws {
        guard case .tensor(var t)? = s.take(field, at: 0) else {
            // Both callers check `fieldShape` just before; an error, not a crash, should that change.
            throw Diagnostic.error("internal: field '\(field)' is not an array", at: range)
        }
        defer { s.set(field, .tensor(t), at: 0) }
        try assignTensor(&t, subs, value, at: range)
    }

    /// What a variable holds, by kind and shape only.
    private enum StoredKind {
        case none, tensor(Shape), cell(Shape), other(String)

        init(_ value: Value?) {
            switch value {
            case nil: self = .none
            case .tensor(let t)?: self = .tensor(t.matrix.shape)
            case .cell(let c)?: self = .cell(c.shape)
            case let other?: self = .other(other.className)
            }
        }
    }

    /// The variable's array, removed from the frame so that the caller holds the only reference
    /// and can store into it without copying (Swift copies shared storage on write, which is what
    /// keeps `y = x; x(1) = 5` from touching y). The caller puts it back, changed or not, also
    /// when the store fails: `assignTensor` and `assignCell` check everything before they change
    /// anything. Taken only after the subscripts are evaluated: they may read the variable (`x(end+1)`).
    private func takeTensor(_ name: String) -> Tensor {
        if case .tensor(let t)? = current.variables.removeValue(forKey: name) { return t }
        return Tensor(Matrix.empty)
    }

    private func takeCell(_ name: String) -> CellArray {
        if case .cell(let c)? = current.variables.removeValue(forKey: name) { return c }
        return CellArray(rows: 0, cols: 0, elements: [])
    }

    /// Stores one cell. Changes `c` only once every check has passed.
    func assignCell(_ c: inout CellArray, _ subs: [Subscript], _ value: Value, at range: SourceRange) throws {
        /// Growth that keeps every cell at its column-major place (a longer row or column, more
        /// columns) appends, amortised O(1); anything else re-lays the cells out.
        func grow(rows: Int, cols: Int) {
            guard rows != c.rows || cols != c.cols else { return }
            if rows == c.rows || c.elements.isEmpty || (c.cols == 1 && cols == 1) {
                c.elements.append(contentsOf: repeatElement(Value.empty, count: rows * cols - c.elements.count))
                c.rows = rows
                c.cols = cols
                return
            }
            var e = Array(repeating: Value.empty, count: rows * cols)
            for j in 0..<min(cols, c.cols) { for i in 0..<min(rows, c.rows) { e[i + j * rows] = c.elements[i + j * c.rows] } }
            c = CellArray(rows: rows, cols: cols, elements: e)
        }
        if subs.count == 1 {
            let p = subs[0].positions(extent: c.elements.count)
            guard p.count == 1 else { throw Diagnostic.error("assign one cell at a time with c{i} = value", at: range) }
            let k = p[0]
            try Limits.checkDiagnostic(Double(k) + 1, bytesPerElement: Limits.bytesPerCell, at: range)
            if k >= c.elements.count {
                guard c.rows <= 1 || c.cols == 1 else {
                    throw Diagnostic.error("A(I) = X: X must have the same size as I — cannot grow a matrix cell array by a linear index", at: range)
                }
                try Limits.checkDiagnostic(Double(k + 1), at: range)
                if c.rows <= 1 { grow(rows: 1, cols: k + 1) } else { grow(rows: k + 1, cols: 1) }
            }
            c.elements[k] = value
            return
        }
        let rows = subs[0].positions(extent: c.rows), cols = subs[1].positions(extent: c.cols)
        guard rows.count == 1, cols.count == 1 else { throw Diagnostic.error("assign one cell at a time with c{i, j} = value", at: range) }
        try Limits.checkDiagnostic(
            Double(max(c.rows, rows[0] + 1)) * Double(max(c.cols, cols[0] + 1)),
            bytesPerElement: Limits.bytesPerCell, at: range)
        grow(rows: max(c.rows, rows[0] + 1), cols: max(c.cols, cols[0] + 1))
        c.elements[rows[0] + cols[0] * c.rows] = value
    }

    /// Stores into a numeric array, growing it as Octave does. Changes `t` only once every check
    /// has passed, and in place: a uniquely owned array is neither copied nor re-laid out when it
    /// gains elements at its end (`Matrix.resize`).
    func assignTensor(_ t: inout Tensor, _ subs: [Subscript], _ value: Value, at range: SourceRange) throws {
        guard case .tensor(let v) = value else {
            throw Diagnostic.error(
                "cannot store a \(value.className) inside a numeric array", at: range,
                hint: value.className == "function_handle" ? "use a cell array: c{i} = @(x) …" : nil)
        }
        // The class of the result: assigning numbers into char or logical arrays makes them double.
        var elementClass = t.elementClass
        if t.matrix.isEmpty && t.elementClass == .double {
            elementClass = v.elementClass
        } else if t.elementClass != v.elementClass {
            elementClass = (t.elementClass == .char && v.elementClass == .char) ? .char : .double
        }
        let src = v.matrix
        if subs.count == 1 {
            let count = t.matrix.count
            let p = subs[0].positions(extent: count)
            guard src.count == p.count || src.count == 1 else {
                throw Diagnostic.error(
                    "=: nonconformant arguments (op1 is 1x\(p.count), op2 is \(src.shape.ascii))", at: range,
                    hint: "the right side must have one element per index, or be a single value")
            }
            let maxP = p.max() ?? -1
            if maxP >= count {
                guard t.matrix.rows == 1 || count == 0 || t.matrix.cols == 1 else {
                    throw Diagnostic.error(
                        "Octave:index-out-of-bounds — A(I) = X: X must have the same size as I; resizing a \(t.matrix.shape.ascii) matrix by a linear index is not possible",
                        at: range, hint: "use two indices, A(i, j) = x, to grow a matrix")
                }
                try Limits.checkDiagnostic(Double(maxP + 1), at: range)
            }
            t.storage = .full
            t.elementClass = elementClass
            if maxP >= count {
                if t.matrix.rows == 1 || count == 0 {
                    t.matrix.resize(rows: 1, cols: maxP + 1)
                } else {
                    t.matrix.resize(rows: maxP + 1, cols: 1)
                }
            }
            if src.count == 1 {
                let x = src.elements[0]
                for q in p { t.matrix.elements[q] = x }
            } else {
                for (k, q) in p.enumerated() { t.matrix.elements[q] = src.elements[k] }
            }
            return
        }
        // Only the sizes: holding `t.matrix` itself here would share its storage and force a copy.
        let (oldRows, oldCols) = (t.matrix.rows, t.matrix.cols)
        let rs = subs[0], cs = subs[1]
        let newRows = max(oldRows, rs.maxPosition + 1)
        let newCols = max(oldCols, cs.maxPosition + 1)
        // `A(:, 1) = [1; 2; 3]` on an empty A takes its extent from the value.
        var finalRows = newRows, finalCols = newCols
        if case .all = rs, oldRows == 0 { finalRows = src.count == 1 ? 1 : src.rows }
        if case .all = cs, oldCols == 0 { finalCols = src.count == 1 ? 1 : src.cols }
        if finalRows != oldRows || finalCols != oldCols {
            try Limits.checkDiagnostic(Double(finalRows) * Double(finalCols), at: range)
        }
        let rows = rs.positions(extent: finalRows), cols = cs.positions(extent: finalCols)
        let needed = rows.count * cols.count
        let rowCount = rs.count(extent: newRows)
        guard src.count == 1 || src.count == needed && (src.rows == rows.count || src.rows == 1 || src.cols == 1 || rowCount == 0) else {
            throw Diagnostic.error(
                "=: nonconformant arguments (op1 is \(rows.count)x\(cols.count), op2 is \(src.shape.ascii))",
                at: range, hint: "the right side must match the indexed block's size, or be a single value")
        }
        t.storage = .full
        t.elementClass = elementClass
        t.matrix.resize(rows: finalRows, cols: finalCols)
        let single = src.count == 1
        var k = 0
        for j in cols {
            for i in rows {
                t.matrix.elements[i + j * finalRows] = single ? src.elements[0] : src.elements[k]
                k += 1
            }
        }
    }

    /// `x(i) = []`, `A(:, j) = []`, `A(i, :) = []`.
    func deleteElements(_ target: LValue) throws {
        guard target.steps.count == 1, case .paren(let args) = target.steps[0] else {
            throw Diagnostic.error("deletion needs the form x(index) = []", at: target.range)
        }
        // `A() = []` has no subscript to delete along; the code below assumes one or two
        // (the fuzzer found it trapping on `subs[0]`). Octave's words.
        guard !args.isEmpty else {
            throw Diagnostic.error(
                "invalid empty index list", at: target.range,
                hint: "delete with A(index) = [], or empty the whole variable with A = []")
        }
        guard let existing = current.variables[target.name] else {
            throw undefined(target.name, at: target.range)
        }
        switch existing {
        case .tensor(var t):
            t.storage = .full
            let m = t.matrix
            let subs = try subscripts(args, for: m.shape, at: target.range)
            if subs.count == 1 {
                if case .all = subs[0] {
                    t.matrix = Matrix(rows: 0, cols: 0)
                } else {
                    let p = Set(subs[0].positions(extent: m.count))
                    if let bad = p.first(where: { $0 >= m.count }) {
                        throw outOfBound(bad + 1, extent: m.count, shape: m.shape, name: target.name, which: "\(bad + 1)", at: target.range)
                    }
                    let kept = m.elements.enumerated().filter { !p.contains($0.offset) }.map(\.element)
                    if m.cols == 1 && m.rows != 1 {
                        t.matrix = Matrix(rows: kept.count, cols: 1, elements: kept)
                    } else if m.rows == 1 || p.isEmpty {
                        t.matrix = p.isEmpty ? m : Matrix(rows: 1, cols: kept.count, elements: kept)
                    } else {
                        throw Diagnostic.error(
                            "a null assignment can only have one non-colon index", at: target.range,
                            hint: "delete whole rows A(i, :) = [] or columns A(:, j) = []")
                    }
                }
            } else {
                let rs = subs[0], cs = subs[1]
                let rowsAll: Bool = {
                    if case .all = rs { return true }; return Set(rs.positions(extent: m.rows)) == Set(0..<m.rows)
                }()
                let colsAll: Bool = {
                    if case .all = cs { return true }; return Set(cs.positions(extent: m.cols)) == Set(0..<m.cols)
                }()
                if rowsAll {
                    let drop = Set(cs.positions(extent: m.cols))
                    if let bad = drop.first(where: { $0 >= m.cols }) {
                        throw outOfBound(bad + 1, extent: m.cols, shape: m.shape, name: target.name, which: "_,\(bad + 1)", at: target.range)
                    }
                    let keep = (0..<m.cols).filter { !drop.contains($0) }
                    var out = Matrix(rows: m.rows, cols: keep.count)
                    for (jj, j) in keep.enumerated() { for i in 0..<m.rows { out[i, jj] = m[i, j] } }
                    t.matrix = out
                } else if colsAll {
                    let drop = Set(rs.positions(extent: m.rows))
                    if let bad = drop.first(where: { $0 >= m.rows }) {
                        throw outOfBound(bad + 1, extent: m.rows, shape: m.shape, name: target.name, which: "\(bad + 1),_", at: target.range)
                    }
                    let keep = (0..<m.rows).filter { !drop.contains($0) }
                    var out = Matrix(rows: keep.count, cols: m.cols)
                    for j in 0..<m.cols { for (ii, i) in keep.enumerated() { out[ii, j] = m[i, j] } }
                    t.matrix = out
                } else {
                    throw Diagnostic.error(
                        "a null assignment can only have one non-colon index", at: target.range,
                        hint: "delete whole rows A(i, :) = [] or columns A(:, j) = []")
                }
            }
            setVariable(target.name, .tensor(t))
        case .cell(let c):
            let subs = try subscripts(args, for: c.shape, at: target.range)
            let p = Set(subs.count == 1 ? subs[0].positions(extent: c.elements.count) : [])
            guard subs.count == 1 else {
                throw Diagnostic.error("delete cells with a single index, c(i) = []", at: target.range)
            }
            let kept = c.elements.enumerated().filter { !p.contains($0.offset) }.map(\.element)
            setVariable(
                target.name,
                .cell(
                    c.cols == 1 && c.rows > 1
                        ? CellArray(rows: kept.count, cols: 1, elements: kept)
                        : CellArray(rows: 1, cols: kept.count, elements: kept)))
        case .structure(let s):
            let subs = try subscripts(args, for: s.shape, at: target.range)
            guard subs.count == 1 else {
                throw Diagnostic.error("delete struct array elements with a single index, s(i) = []", at: target.range)
            }
            let drop = Set(subs[0].positions(extent: s.count))
            if let bad = drop.first(where: { $0 >= s.count }) {
                throw outOfBound(bad + 1, extent: s.count, shape: s.shape, name: target.name, which: "\(bad + 1)", at: target.range)
            }
            let keep = (0..<s.count).filter { !drop.contains($0) }
            let column = s.cols == 1 && s.rows > 1
            setVariable(target.name, .structure(s.picking(keep, rows: column ? keep.count : 1, cols: column ? 1 : keep.count)))
        case .function:
            throw Diagnostic.error("cannot delete elements of a function handle", at: target.range)
        case .symbolic:
            throw Diagnostic.error("cannot delete elements of a formula", at: target.range)
        }
    }
}

extension Limits {
    /// The element cap as a located diagnostic.
    static func checkDiagnostic(_ count: Double, bytesPerElement: Int = 8, at range: SourceRange) throws {
        do { try check(elements: count, bytesPerElement: bytesPerElement) } catch let e as NumericError {
            throw Diagnostic.error(e.description, at: range, hint: "Limits on size protect the session; work with smaller arrays")
        }
    }
}
