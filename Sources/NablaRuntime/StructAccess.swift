import NablaNumerics
import NablaSyntax

extension LValue.Step {
    var isField: Bool { if case .field = self { return true }; return false }
}

extension Expr {
    /// `c{:}` and `s.name` of a struct array stand for several values (Octave's comma-separated
    /// lists) inside brackets, braces and argument lists.
    var producesList: Bool {
        switch kind {
        case .cellIndex, .field, .dynamicField: return true
        default: return false
        }
    }
}

extension Value {
    var isStructure: Bool { if case .structure = self { return true }; return false }
}

extension Interpreter {
    /// `s.name`: the field of a 1×1 struct; of a struct array, the field of every element
    /// (Octave's comma-separated list: `[s.a]`, `c = {s.a}`, or the first as a value).
    func fieldValues(of value: Value, _ name: String, at range: SourceRange) throws -> [Value] {
        guard case .structure(let s) = value else {
            throw Diagnostic.error(
                "invalid use of a \(value.className) to index a field ('.\(name)')", at: range,
                hint: "only a struct has fields; set one with s.\(name) = value")
        }
        guard s.fields.contains(name) else {
            let hint =
                Suggestion.closest(to: name, in: s.fields).map { RuntimeMessage.didYouMean.text(language, $0) }
                ?? (s.fields.isEmpty ? "the struct has no fields" : "its fields are: " + s.fields.joined(separator: ", "))
            throw Diagnostic.error("invalid use of undefined value: the struct has no field '\(name)'", at: range, hint: hint)
        }
        return s.elements.compactMap { $0[name] }
    }

    /// `s(i)`, `s(i, j)`, `s(mask)`: a part of a struct array.
    func indexStruct(_ s: StructArray, _ args: [Expr], at range: SourceRange) throws -> StructArray {
        let positions = CellArray(rows: s.rows, cols: s.cols, elements: (0..<s.count).map { .number(Double($0)) })
        let picked = try indexCell(positions, args, at: range)
        let ks = picked.elements.map { v -> Int in
            if case .tensor(let t) = v { return Int(t.matrix.scalar) }
            return 0
        }
        return s.picking(ks, rows: picked.rows, cols: picked.cols)
    }

    /// `base` after storing `value` at the end of `steps`: the general form of assignment,
    /// for chains (`s.a.b = v`, `c{i}(:, j) = v`, `s(2).f = v`, `s.f(2) = v`) and structs.
    /// Works on values, so an error part-way leaves the variable as it was.
    func assigned(_ base: Value?, _ steps: ArraySlice<LValue.Step>, _ value: Value, target: LValue) throws -> Value {
        guard let step = steps.first else { return value }
        let rest = steps.dropFirst()
        let range = target.range
        switch step {
        case .dynamicField(let e):
            return try assigned(base, [.field(try dynamicFieldName(e))] + rest, value, target: target)
        case .field(let name):
            var s: StructArray
            switch base {
            case nil: s = StructArray([])
            case .structure(let x)?: s = x
            case .tensor(let t)? where t.matrix.isEmpty: s = StructArray([])
            case let other?:
                throw Diagnostic.error(
                    "invalid use of a \(other.className) in indexed assignment: it has no fields ('.\(name)')",
                    at: range, hint: "clear it or pick another name to make a struct")
            }
            guard s.count == 1 else {
                throw Diagnostic.error(
                    "a field of a \(s.rows)x\(s.cols) struct array is set one element at a time",
                    at: range, hint: "write s(i).\(name) = value")
            }
            let old = s.elements[0][name]
            s.set(name, try assigned(old, rest, value, target: target), at: 0)
            return .structure(s)
        case .paren(let args):
            guard !args.isEmpty else { throw Diagnostic.error("invalid empty index list", at: range) }
            if base?.isStructure == true || rest.first?.isField == true || (rest.isEmpty && value.isStructure && base == nil) {
                var s: StructArray
                switch base {
                case .structure(let x)?: s = x
                case nil: s = StructArray(rows: 0, cols: 0, fields: [], elements: [])
                case .tensor(let t)? where t.matrix.isEmpty: s = StructArray(rows: 0, cols: 0, fields: [], elements: [])
                case let other?:
                    throw Diagnostic.error("a \(other.className) cannot be indexed with ().field", at: range)
                }
                let k = try singlePosition(args, in: &s, at: range)
                let element = Value.structure(s.element(k))
                let new = try assigned(element, rest, value, target: target)
                guard case .structure(let e) = new, e.count == 1 else {
                    throw Diagnostic.error("only a 1x1 struct can be stored in an element of a struct array", at: range)
                }
                s.setElement(k, e)
                return .structure(s)
            }
            if !rest.isEmpty {
                throw Diagnostic.error(
                    "'()' must be followed by '.name' or end an assignment", at: range,
                    hint: "index in two steps with a temporary variable")
            }
            switch base {
            case .cell(var c)?:
                guard case .cell(let source) = value, source.elements.count == 1 else {
                    throw Diagnostic.error(
                        "conversion to a cell array from a \(value.className) is not possible",
                        at: range, hint: "use c{i} = value to store a value in a cell")
                }
                let subs = try subscripts(args, for: c.shape, at: range)
                try assignCell(&c, subs, source.elements[0], at: range)
                return .cell(c)
            case .tensor(var t)?:
                let subs = try subscripts(args, for: t.matrix.shape, at: range)
                try assignTensor(&t, subs, value, at: range)
                return .tensor(t)
            case nil:
                var t = Tensor(Matrix.empty)
                let subs = try subscripts(args, for: Shape(0, 0), at: range)
                try assignTensor(&t, subs, value, at: range)
                return .tensor(t)
            case let other?:
                throw Diagnostic.error("a \(other.className) cannot be indexed for assignment", at: range)
            }
        case .brace(let args):
            guard !args.isEmpty else { throw Diagnostic.error("invalid empty index list", at: range) }
            var c: CellArray
            switch base {
            case nil: c = CellArray(rows: 0, cols: 0, elements: [])
            case .cell(let x)?: c = x
            case .tensor(let t)? where t.matrix.isEmpty: c = CellArray(rows: 0, cols: 0, elements: [])
            case let other?:
                throw Diagnostic.error("'{}' assignment needs a cell array; this is a \(other.className)", at: range)
            }
            let subs = try subscripts(args, for: c.shape, at: range)
            if rest.isEmpty {
                try assignCell(&c, subs, value, at: range)
                return .cell(c)
            }
            let positions = CellArray(rows: c.rows, cols: c.cols, elements: (0..<c.elements.count).map { .number(Double($0)) })
            let old: Value? = (try? indexCell(positions, args, at: range)).flatMap { picked in
                guard picked.elements.count == 1, case .tensor(let t) = picked.elements[0] else { return nil }
                return c.elements[Int(t.matrix.scalar)]
            }
            try assignCell(&c, subs, try assigned(old, rest, value, target: target), at: range)
            return .cell(c)
        }
    }

    /// The one element `args` names in a struct array, growing the array to hold it.
    private func singlePosition(_ args: [Expr], in s: inout StructArray, at range: SourceRange) throws -> Int {
        let subs = try subscripts(args, for: s.shape, at: range)
        let picks = subs.map { $0.positions(extent: 0) }
        guard picks.allSatisfy({ $0.count == 1 }) else {
            throw Diagnostic.error("a struct array element is set one at a time", at: range, hint: "write s(i).name = value")
        }
        if picks.count == 1 {
            let k = picks[0][0]
            if k >= s.count {
                if s.rows <= 1 {
                    s.grow(rows: 1, cols: k + 1)
                } else if s.cols == 1 {
                    s.grow(rows: k + 1, cols: 1)
                } else {
                    throw Diagnostic.error("A(I) = X: X must have the same size as I", at: range)
                }
            }
            return k
        }
        let i = picks[0][0], j = picks[1][0]
        s.grow(rows: i + 1, cols: j + 1)
        return i + j * s.rows
    }
}

extension Interpreter {
    /// The field `s.(e)` names: `e` must give a valid name as text, as in Octave.
    func dynamicFieldName(_ e: Expr) throws -> String {
        let v = try evaluate(e)
        guard case .tensor(let t) = v.materialized, t.elementClass == .char, t.matrix.rows <= 1 else {
            throw Diagnostic.error(
                "dynamic structure field names must be strings (this is a \(v.className))", at: e.range,
                hint: "s.(name) needs name to be text, such as 'alpha'")
        }
        let name = t.stringValue
        guard FunctionFiles.isName(name) else {
            throw Diagnostic.error(
                "'\(name.printableExcerpt())' is not a valid field name", at: e.range,
                hint: "a field name starts with a letter and has letters, digits and _")
        }
        return name
    }
}
