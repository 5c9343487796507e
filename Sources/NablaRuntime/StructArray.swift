import NablaNumerics

/// A struct array, as in Octave: a two-dimensional array (column-major) of records that all
/// have the same fields, in the order the fields were first set. A plain `s.a = 1` is 1×1.
public struct StructArray: Sendable {
    public private(set) var rows: Int
    public private(set) var cols: Int
    /// Field names in creation order: display and `fieldnames` follow it.
    public private(set) var fields: [String]
    /// One record per element; every record has every field.
    public private(set) var elements: [[String: Value]]

    /// `elements.count` must be `rows * cols`: a programming error, never a user's. Every caller
    /// sizes `elements` from the same numbers (`struct`'s cell shape, an index's positions).
    public init(rows: Int, cols: Int, fields: [String], elements: [[String: Value]]) {
        precondition(elements.count == rows * cols)
        self.rows = rows
        self.cols = cols
        self.fields = fields
        self.elements = elements.map { record in
            var r = record
            for f in fields where r[f] == nil { r[f] = .empty }
            return r
        }
    }

    /// A 1×1 struct with these fields, in this order.
    public init(_ pairs: [(String, Value)]) {
        var record: [String: Value] = [:]
        var names: [String] = []
        for (name, value) in pairs {
            if record[name] == nil { names.append(name) }
            record[name] = value
        }
        self.init(rows: 1, cols: 1, fields: names, elements: [record])
    }

    public var count: Int { elements.count }
    public var shape: Shape { Shape(rows, cols) }

    /// Sets a field of element `k`, adding the field (empty everywhere else) if it is new.
    public mutating func set(_ field: String, _ value: Value, at k: Int) {
        if !fields.contains(field) {
            fields.append(field)
            for i in elements.indices { elements[i][field] = .empty }
        }
        elements[k][field] = value
    }

    /// Takes the value of an existing field of element `k` out, leaving `[]` there: the caller then
    /// holds the value's only reference (unless another variable shares it) and can store into it
    /// without a copy, before it puts it back with `set`.
    mutating func take(_ field: String, at k: Int) -> Value? {
        guard elements[k][field] != nil else { return nil }
        return elements[k].updateValue(.empty, forKey: field)
    }

    /// Element `k` alone, as a 1×1 struct.
    public func element(_ k: Int) -> StructArray {
        StructArray(rows: 1, cols: 1, fields: fields, elements: [elements[k]])
    }

    /// Replaces element `k` by a 1×1 struct, taking on any fields it adds.
    public mutating func setElement(_ k: Int, _ s: StructArray) {
        for f in s.fields where !fields.contains(f) {
            fields.append(f)
            for i in elements.indices { elements[i][f] = .empty }
        }
        var record = s.elements.first ?? [:]
        for f in fields where record[f] == nil { record[f] = .empty }
        elements[k] = record
    }

    /// Grows to at least `rows`×`cols`, new elements having every field empty.
    public mutating func grow(rows newRows: Int, cols newCols: Int) {
        let r = max(rows, newRows), c = max(cols, newCols)
        guard r != rows || c != cols else { return }
        let blank = Dictionary(uniqueKeysWithValues: fields.map { ($0, Value.empty) })
        var out = Array(repeating: blank, count: r * c)
        for j in 0..<cols { for i in 0..<rows { out[i + j * r] = elements[i + j * rows] } }
        rows = r
        cols = c
        elements = out
    }

    /// The elements at these column-major positions, as a `shape`-shaped struct array.
    public func picking(_ positions: [Int], rows r: Int, cols c: Int) -> StructArray {
        StructArray(rows: r, cols: c, fields: fields, elements: positions.map { elements[$0] })
    }

    /// Without `field`; nil if it has no such field.
    public func removing(_ field: String) -> StructArray? {
        guard fields.contains(field) else { return nil }
        var out = self
        out.fields.removeAll { $0 == field }
        for i in out.elements.indices { out.elements[i][field] = nil }
        return out
    }
}
