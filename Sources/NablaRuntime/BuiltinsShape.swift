import NablaNumerics
import NablaSymbolic

extension Builtins {
    static func predicate(
        _ name: String, _ summary: String, example: String,
        _ test: @escaping @Sendable (Value) -> Bool
    ) -> Builtin {
        Builtin(name, "\(name)(x)", summary, example: example, .shape) { call in
            try call.arity(1...1)
            return [.bool(test(call.args[0]))]
        }
    }

    static let shapes: [Builtin] = [
        Builtin(
            "size", "size(A)  size(A, dim)  [r, c] = size(A)", "The dimensions of an array.",
            example: "[r, c] = size(zeros(2, 3))", .shape
        ) { call in
            try call.arity(1...2)
            let s = call.args[0].shape
            if call.args.count == 2 {
                let d = try call.dimension(1)
                return [.number(Double(d == 1 ? s.rows : d == 2 ? s.cols : 1))]
            }
            if call.nargout >= 2 {
                var outs: [Value] = [.number(Double(s.rows)), .number(Double(s.cols))]
                for _ in 2..<call.nargout { outs.append(.number(1)) }
                return outs
            }
            return [.matrix(Matrix(row: [Double(s.rows), Double(s.cols)]))]
        },
        Builtin("numel", "numel(A)", "The number of elements.", example: "numel(zeros(2, 3))", .shape) { call in
            try call.arity(1...1)
            return [.number(Double(call.args[0].shape.count))]
        },
        Builtin("length", "length(A)", "The largest dimension (0 for an empty array).", example: "length(zeros(2, 5))", .shape) { call in
            try call.arity(1...1)
            let s = call.args[0].shape
            return [.number(s.isEmpty ? 0 : Double(Swift.max(s.rows, s.cols)))]
        },
        Builtin("ndims", "ndims(A)", "The number of dimensions: always 2 in Nabla.", example: "ndims(5)", .shape) { call in
            try call.arity(1...1)
            return [.number(2)]
        },
        Builtin("rows", "rows(A)", "The number of rows.", example: "rows(zeros(2, 5))", .shape) { call in
            try call.arity(1...1)
            return [.number(Double(call.args[0].shape.rows))]
        },
        Builtin("columns", "columns(A)", "The number of columns.", example: "columns(zeros(2, 5))", .shape) { call in
            try call.arity(1...1)
            return [.number(Double(call.args[0].shape.cols))]
        },
        predicate("isempty", "True when the array has no elements.", example: "isempty([])") { $0.shape.isEmpty },
        predicate("isscalar", "True for a 1×1 array.", example: "isscalar(5)") { $0.shape.isScalar },
        predicate("isvector", "True for a 1×n or n×1 array with n ≥ 1.", example: "isvector([1 2 3])") {
            ($0.shape.rows == 1 || $0.shape.cols == 1) && $0.shape.count >= 1
        },
        predicate("isrow", "True for a 1×n array.", example: "isrow([1 2 3])") { $0.shape.rows == 1 },
        predicate("iscolumn", "True for an n×1 array.", example: "iscolumn([1; 2])") { $0.shape.cols == 1 },
        predicate("ismatrix", "True for any two-dimensional array (all of Nabla's).", example: "ismatrix(5)") { _ in true },
        predicate("issquare", "True for an n×n array.", example: "issquare(eye(3))") { $0.shape.rows == $0.shape.cols },
        predicate("isnumeric", "True for numeric (double) arrays.", example: "isnumeric(5)") { $0.className == "double" },
        predicate("isreal", "True for numeric arrays (Nabla is real-only).", example: "isreal(5)") {
            if case .tensor = $0 { return true }; return false
        },
        predicate("ischar", "True for text.", example: "ischar('abc')") { $0.className == "char" },
        predicate("islogical", "True for logical arrays.", example: "islogical(1 > 0)") { $0.className == "logical" },
        predicate("iscell", "True for cell arrays.", example: "iscell({1, 2})") { $0.className == "cell" },
        predicate("is_function_handle", "True for functions.", example: "is_function_handle(@sin)") { $0.className == "function_handle" },
        Builtin(
            "class", "class(x)", "The class name: double, logical, char, cell or function_handle.",
            example: "class(1 > 0)", .shape
        ) { call in
            try call.arity(1...1)
            return [.string(call.args[0].className)]
        },
        Builtin(
            "isequal", "isequal(a, b, …)", "True when all arguments have equal sizes and values.",
            example: "isequal([1 2], [1 2])", .shape
        ) { call in
            try call.arity(2...Int.max)
            func same(_ a: Value, _ b: Value) -> Bool {
                switch (a.materialized, b.materialized) {
                case (.tensor(let x), .tensor(let y)): return x.matrix.shape == y.matrix.shape && x.matrix.elements == y.matrix.elements
                case (.cell(let x), .cell(let y)):
                    return x.shape == y.shape && zip(x.elements, y.elements).allSatisfy { same($0, $1) }
                default: return false
                }
            }
            return [.bool(call.args.dropFirst().allSatisfy { same(call.args[0], $0) })]
        },
        Builtin(
            "reshape", "reshape(A, r, c)  reshape(A, [r c])  reshape(A, [], c)",
            "The same elements (column-major order) in a new shape.", example: "reshape(1:6, 2, 3)", .shape
        ) { call in
            try call.arity(2...4)
            let t = try call.tensor(0)
            let n = t.matrix.count
            var dims: [Double?] = []
            if call.args.count == 2 {
                dims = try call.matrix(1).elements.map { Optional($0) }
            } else {
                for k in 1..<call.args.count {
                    let m = try call.matrix(k)
                    dims.append(m.isEmpty ? nil : m.scalar)
                }
            }
            if dims.count > 2, dims[2...].allSatisfy({ $0 == 1 }) { dims = Array(dims[0..<2]) }
            guard dims.count == 2 else { throw call.error("Nabla arrays have two dimensions") }
            let unknown = dims.filter { $0 == nil }.count
            guard unknown <= 1 else { throw call.error("only a single dimension can be unknown ([])") }
            var r = dims[0], c = dims[1]
            if r == nil, let cc = c, cc > 0 { r = Double(n) / cc }
            if c == nil, let rr = r, rr > 0 { c = Double(n) / rr }
            func whole(_ x: Double?) -> Int? {
                x.flatMap { try? IntegerArgument.convert($0, min: 0, max: n).get() }
            }
            guard let rows = whole(r), let cols = whole(c), let m = t.matrix.reshaped(rows, cols) else {
                let shown = dims.map { $0?.asTyped ?? "[]" }.joined(separator: "x")
                throw call.error(
                    "can't reshape \(t.matrix.shape.ascii) array to \(shown) array",
                    hint: "the new shape must hold exactly \(n) elements")
            }
            return [.tensor(Tensor(m, class: t.elementClass))]
        },
        Builtin(
            "repmat", "repmat(A, m, n)  repmat(A, [m n])", "Tiles A m times down and n times across.",
            example: "repmat([1 2], 2, 2)", .shape
        ) { call in
            try call.arity(2...3)
            let t = try call.tensor(0)
            let counts: [Int]
            if call.args.count == 3 {
                counts = [try call.integer(1), try call.integer(2)]
            } else {
                let m = try call.matrix(1)
                // Octave counts a negative number of copies as none.
                let copies = try m.elements.prefix(2).map { try call.integer($0 < 0 ? 0 : $0, "the number of copies") }
                counts = copies.count == 1 ? [copies[0], copies[0]] : copies
            }
            guard counts.count == 2 else { throw call.error("give the number of copies down and across") }
            do {
                try Limits.check(rows: Double(t.matrix.rows) * Double(counts[0]), cols: Double(t.matrix.cols) * Double(counts[1]))
                return [.tensor(Tensor(try t.matrix.repmat(counts[0], counts[1]), class: t.elementClass))]
            } catch let e as NumericError { throw call.error(e.description) }
        },
        Builtin("fliplr", "fliplr(A)", "Reverses the order of the columns.", example: "fliplr([1 2 3])", .shape) { call in
            try call.arity(1...1)
            let t = try call.tensor(0)
            var m = t.matrix
            for j in 0..<m.cols { for i in 0..<m.rows { m[i, j] = t.matrix[i, m.cols - 1 - j] } }
            return [.tensor(Tensor(m, class: t.elementClass))]
        },
        Builtin("flipud", "flipud(A)", "Reverses the order of the rows.", example: "flipud([1; 2; 3])", .shape) { call in
            try call.arity(1...1)
            let t = try call.tensor(0)
            var m = t.matrix
            for j in 0..<m.cols { for i in 0..<m.rows { m[i, j] = t.matrix[m.rows - 1 - i, j] } }
            return [.tensor(Tensor(m, class: t.elementClass))]
        },
        Builtin("horzcat", "horzcat(a, b, …)", "Concatenates side by side, like [a b].", example: "horzcat([1 2], 3)", .shape) { call in
            let parts = try call.args.indices.map { try call.tensor($0) }
            return [.tensor(try Interpreter.horizontal(parts, at: call.range))]
        },
        Builtin("vertcat", "vertcat(a, b, …)", "Stacks vertically, like [a; b].", example: "vertcat([1 2], [3 4])", .shape) { call in
            let parts = try call.args.indices.map { try call.tensor($0) }
            return [.tensor(try Interpreter.vertical(parts, at: call.range))]
        }
    ]
}
