import NablaNumerics
import NablaSyntax

/// Cell arrays of strings as sets, as Octave 7.3 treats them: `unique` sorts them by character
/// code, `ismember` looks strings up in them, `strcmp` compares element by element. A string is
/// a char row (or the empty string); anything else in the cell is refused by name, never guessed.
extension Builtins {
    static let cellStrings: [Builtin] = [
        Builtin(
            "ismember", "tf = ismember(x, s)  [tf, loc] = ismember(x, s)",
            "True where an element of x (or the string x, or each string of the cell x) is in s; loc is its index in s (the last one, as Octave 7.3 gives), 0 where absent.",
            example: "[tf, loc] = ismember({'b', 'z'}, {'a', 'b'})", .reduction
        ) { call in
            try call.arity(2...2)
            let x = call.args[0].materialized, s = call.args[1].materialized
            if case .cell = x { return try memberStrings(call, x, in: s) }
            if case .cell = s { return try memberStrings(call, x, in: s) }
            let a = try call.tensor(0).matrix, set = try call.tensor(1).matrix
            var last: [Double: Int] = [:]
            for (k, v) in set.elements.enumerated() where !v.isNaN { last[v == 0 ? 0 : v] = k + 1 }
            let loc = a.elements.map { v in v.isNaN ? 0 : last[v == 0 ? 0 : v] ?? 0 }
            let tf = Matrix(rows: a.rows, cols: a.cols, elements: loc.map { $0 > 0 ? 1 : 0 })
            return [
                .tensor(Tensor(tf, class: .logical)),
                .matrix(Matrix(rows: a.rows, cols: a.cols, elements: loc.map(Double.init)))
            ]
        }
    ]

    /// The character codes of a string value, or nil when it is not a string (a char row or an
    /// empty value). Codes, not `String`s: equality and order are then exactly Octave's.
    static func stringCodes(_ v: Value) -> [Double]? {
        guard case .tensor(let t) = v.materialized else { return nil }
        guard t.elementClass == .char else { return nil }
        if t.matrix.isEmpty { return [] }
        guard t.matrix.rows == 1 else { return nil }
        return t.matrix.elements
    }

    /// Every element of a cell as a string, or an error naming the first one that is not.
    static func cellStrings(_ c: CellArray, _ call: BuiltinCall, argument k: Int) throws -> [[Double]] {
        try c.elements.enumerated().map { i, v in
            guard let codes = stringCodes(v) else {
                throw call.error("argument \(k + 1) must be a cell array of strings, but element \(i + 1) is a \(v.className) (\(v.shape.description))")
            }
            return codes
        }
    }

    /// `x` and `s` as lists of strings for `ismember`: a string is a one-element list.
    private static func memberStrings(_ call: BuiltinCall, _ x: Value, in s: Value) throws -> [Value] {
        func strings(_ v: Value, _ k: Int) throws -> (codes: [[Double]], shape: Shape?) {
            if case .cell(let c) = v { return (try cellStrings(c, call, argument: k), c.shape) }
            guard let codes = stringCodes(v) else {
                throw call.error(
                    "a cell array of strings cannot be combined with a \(v.className) (argument \(k + 1))",
                    hint: "ismember looks numbers up among numbers and strings among strings")
            }
            return ([codes], nil)
        }
        let (items, shape) = try strings(x, 0)
        let (set, _) = try strings(s, 1)
        var last: [[Double]: Int] = [:]
        for (k, codes) in set.enumerated() { last[codes] = k + 1 }
        let loc = items.map { last[$0] ?? 0 }
        let rows = shape?.rows ?? 1, cols = shape?.cols ?? 1
        return [
            .tensor(Tensor(Matrix(rows: rows, cols: cols, elements: loc.map { $0 > 0 ? 1 : 0 }), class: .logical)),
            .matrix(Matrix(rows: rows, cols: cols, elements: loc.map(Double.init)))
        ]
    }

    /// `unique` of a cell array of strings: sorted by character code (shorter first when one is
    /// the start of the other), a row for a row cell and a column otherwise; `i` holds the first
    /// occurrences and `j` maps back, both columns, as Octave 7.3 gives them.
    static func uniqueStrings(_ c: CellArray, _ call: BuiltinCall) throws -> [Value] {
        let codes = try cellStrings(c, call, argument: 0)
        if c.elements.isEmpty { return [.cell(CellArray(rows: 0, cols: 0, elements: [])), .empty, .empty] }
        let order = codes.indices.sorted { a, b in
            codes[a].lexicographicallyPrecedes(codes[b]) || (codes[a] == codes[b] && a < b)
        }
        var kept: [Int] = []
        var group = [Int](repeating: 0, count: codes.count)
        for k in order {
            if let previous = kept.last, codes[previous] == codes[k] {} else { kept.append(k) }
            group[k] = kept.count
        }
        let values = kept.map { c.elements[$0] }
        let u = CellArray(rows: c.rows == 1 ? 1 : values.count, cols: c.rows == 1 ? values.count : 1, elements: values)
        if call.nargout < 2 { return [.cell(u)] }
        return [.cell(u), .matrix(Matrix(column: kept.map { Double($0 + 1) })), .matrix(Matrix(column: group.map(Double.init)))]
    }

    /// `strcmp` (or `strcmpi`, with `fold`) when either side is a cell: element by element, a
    /// one-element cell or a plain value standing for every element; a non-string is unequal.
    static func compareStrings(_ call: BuiltinCall, fold: Bool) throws -> Value {
        func key(_ v: Value) -> [Double]? {
            guard let codes = stringCodes(v) else { return nil }
            guard fold else { return codes }
            return codes.map { code in
                guard let scalar = Unicode.Scalar(UInt32(code)) else { return code }
                return Double(String(scalar).lowercased().unicodeScalars.first?.value ?? UInt32(code))
            }
        }
        let a = call.args[0].materialized, b = call.args[1].materialized
        func parts(_ v: Value) -> (items: [Value], shape: Shape?) {
            if case .cell(let c) = v { return (c.elements, c.shape) }
            return ([v], nil)
        }
        let (x, xs) = parts(a), (y, ys) = parts(b)
        let shape: Shape
        switch (xs, ys) {
        case let (p?, q?) where p == q || y.count == 1: shape = p
        case let (_?, q?) where x.count == 1: shape = q
        case let (p?, q?): throw call.error("nonconformant cell arrays (\(p.description) and \(q.description))")
        case let (p?, nil): shape = p
        case let (nil, q?): shape = q
        case (nil, nil): shape = .scalar
        }
        let count = shape.rows * shape.cols
        let equal = (0..<count).map { k -> Double in
            let l = key(x.count == 1 ? x[0] : x[k]), r = key(y.count == 1 ? y[0] : y[k])
            return l != nil && l == r ? 1 : 0
        }
        return .tensor(Tensor(Matrix(rows: shape.rows, cols: shape.cols, elements: equal), class: .logical))
    }
}
