import NablaNumerics

/// Structs: making them, asking about their fields, and the option structs of Octave's
/// minimisers (`optimset`, `optimget`).
extension Builtins {
    static let structs: [Builtin] = [
        Builtin(
            "struct", "s = struct('name', value, …)  struct('name', {v1, v2})",
            "Makes a struct from name–value pairs; a cell of values makes a struct array, one element per value.",
            example: "s = struct('alpha', 0.1, 'layers', [2 3 1])", .shape
        ) { call in
            guard call.args.count % 2 == 0 else {
                throw call.error("struct: additional arguments must occur as \"field\", VALUE pairs")
            }
            var names: [String] = []
            var values: [Value] = []
            for k in stride(from: 0, to: call.args.count, by: 2) {
                names.append(try call.string(k))
                values.append(call.args[k + 1])
            }
            // A cell value gives one element per cell (a 1×1 cell, or a non-cell, is shared by all).
            var shape: Shape? = nil
            for v in values {
                guard case .cell(let c) = v, c.elements.count != 1 else { continue }
                if let s = shape, s != c.shape { throw call.error("dimensions of the cell values must agree") }
                shape = c.shape
            }
            let (rows, cols) = shape.map { ($0.rows, $0.cols) } ?? (1, 1)
            var records: [[String: Value]] = Array(repeating: [:], count: rows * cols)
            for (name, v) in zip(names, values) {
                for k in records.indices {
                    if case .cell(let c) = v { records[k][name] = c.elements.count == 1 ? c.elements[0] : c.elements[k] } else { records[k][name] = v }
                }
            }
            var unique: [String] = []
            for n in names where !unique.contains(n) { unique.append(n) }
            return [.structure(StructArray(rows: rows, cols: cols, fields: unique, elements: records))]
        },
        Builtin(
            "fieldnames", "fieldnames(s)", "The names of a struct's fields, as a column cell array.",
            example: "fieldnames(struct('a', 1, 'b', 2))", .shape
        ) { call in
            try call.arity(1...1)
            let s = try call.structure(0)
            return [.cell(CellArray(rows: s.fields.count, cols: 1, elements: s.fields.map(Value.string)))]
        },
        Builtin(
            "isfield", "isfield(s, 'name')  isfield(s, {'a', 'b'})", "True where the struct has the named field.",
            example: "isfield(struct('a', 1), {'a', 'b'})", .shape
        ) { call in
            try call.arity(2...2)
            guard case .structure(let s) = call.args[0] else { return [.bool(false)] }
            if case .cell(let c) = call.args[1] {
                let flags = c.elements.map { v -> Double in
                    if case .tensor(let t) = v, t.elementClass == .char, s.fields.contains(t.stringValue) { return 1 }
                    return 0
                }
                return [.logical(Matrix(rows: c.rows, cols: c.cols, elements: flags))]
            }
            return [.bool(try call.isString(1) && s.fields.contains(call.string(1)))]
        },
        Builtin(
            "rmfield", "rmfield(s, 'name')", "A copy of the struct without the named field.",
            example: "rmfield(struct('a', 1, 'b', 2), 'a')", .shape
        ) { call in
            try call.arity(2...2)
            var s = try call.structure(0)
            let names: [String]
            if case .cell(let c) = call.args[1] {
                names = c.elements.compactMap {
                    if case .tensor(let t) = $0 { return t.stringValue }; return nil
                }
            } else {
                names = [try call.string(1)]
            }
            for n in names {
                guard let without = s.removing(n) else {
                    throw call.error("structure does not contain remove field \(n)")
                }
                s = without
            }
            return [.structure(s)]
        },
        Builtin("isstruct", "isstruct(x)", "True for a struct.", example: "isstruct(struct('a', 1))", .shape) { call in
            try call.arity(1...1)
            return [.bool(call.args[0].isStructure)]
        },
        Builtin("numfields", "numfields(s)", "How many fields a struct has.", example: "numfields(struct('a', 1, 'b', 2))", .shape) { call in
            try call.arity(1...1)
            guard case .structure(let s) = call.args[0] else { return [.number(0)] }
            return [.number(Double(s.fields.count))]
        },
        Builtin("getfield", "getfield(s, 'name')", "The value of a field (s.name).", example: "getfield(struct('a', 7), 'a')", .shape) { call in
            try call.arity(2...2)
            let s = try call.structure(0)
            let name = try call.string(1)
            guard let v = s.elements.first?[name] else { throw call.error("invalid use of undefined value") }
            return [v]
        },
        Builtin(
            "setfield", "s = setfield(s, 'name', value)", "A copy of the struct with the field set.",
            example: "s = setfield(struct('a', 1), 'b', 2)", .shape
        ) { call in
            try call.arity(3...3)
            var s = try call.structure(0)
            guard s.count == 1 else { throw call.error("the struct must be 1x1") }
            s.set(try call.string(1), call.args[2], at: 0)
            return [.structure(s)]
        },
        Builtin(
            "optimset", "options = optimset('Name', value, …)  optimset(old, 'Name', value, …)",
            "An options struct for fminunc and fminsearch ('MaxIter', 'TolFun', 'TolX', 'GradObj', 'Display', …).",
            example: "opts = optimset('GradObj', 'on', 'MaxIter', 100)", .shape
        ) { call in
            var s = StructArray([])
            var k = 0
            if let first = call.args.first, case .structure(let old) = first {
                s = old
                k = 1
            }
            guard (call.args.count - k) % 2 == 0 else { throw call.error("options must be given as 'Name', value pairs") }
            while k < call.args.count {
                let given = try call.string(k)
                // Names are matched without regard to case, and keep the spelling already there.
                let name = s.fields.first { $0.lowercased() == given.lowercased() } ?? given
                s.set(name, call.args[k + 1], at: 0)
                k += 2
            }
            return [.structure(s)]
        },
        Builtin(
            "optimget", "optimget(options, 'Name')  optimget(options, 'Name', default)",
            "One option from an optimset struct (the name in any case), or the default when it is not set.",
            example: "optimget(optimset('MaxIter', 50), 'maxiter')", .shape
        ) { call in
            try call.arity(2...3)
            let s = try call.structure(0)
            let given = try call.string(1).lowercased()
            if let name = s.fields.first(where: { $0.lowercased() == given }), let v = s.elements.first?[name], !v.shape.isEmpty {
                return [v]
            }
            return [call.args.count == 3 ? call.args[2] : .empty]
        }
    ]
}

extension BuiltinCall {
    /// A struct argument.
    public func structure(_ k: Int) throws -> StructArray {
        guard k < args.count else { throw error("missing argument \(k + 1)") }
        guard case .structure(let s) = args[k] else {
            throw error("argument \(k + 1) must be a struct, not a \(args[k].className)")
        }
        return s
    }
}
