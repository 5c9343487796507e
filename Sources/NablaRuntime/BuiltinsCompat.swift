import NablaNumerics
import NablaSyntax

/// Octave functions course code calls that need no new mathematics: subscripts to linear
/// indices and back, `assert`, `argv`, and `sparse`/`full` (Nabla stores every matrix dense;
/// `sparse` says so once, since Octave would print the result differently).
extension Builtins {
    static let compat: [Builtin] = [
        Builtin(
            "sub2ind", "ind = sub2ind(dims, i, j)", "Linear (column-major) indices of the subscripts (i, j) in an array of size dims.",
            example: "sub2ind([3 4], [1 2], [2 4])", .shape
        ) { call in
            try call.arity(2...3)
            let (rows, cols) = try dims(call)
            let i = try call.matrix(1)
            let j = call.args.count == 3 ? try call.matrix(2) : Matrix(rows: i.rows, cols: i.cols, repeating: 1)
            guard i.shape == j.shape else { throw call.error("all subscripts must be of the same size") }
            // With one subscript it is already linear, and may run to rows × cols.
            let rowLimit = call.args.count == 3 ? rows : rows * cols
            var out = Matrix(rows: i.rows, cols: i.cols)
            for k in 0..<i.count {
                let r = i.elements[k], c = j.elements[k]
                guard r == r.rounded(), c == c.rounded(), r >= 1, c >= 1 else {
                    throw call.error("subscripts must be either integers 1 to (2^63)-1 or logicals")
                }
                guard r <= Double(rowLimit), c <= Double(call.args.count == 3 ? cols : 1) else { throw call.error("index out of range") }
                out.elements[k] = r + (c - 1) * Double(rows)
            }
            return [.matrix(out)]
        },
        Builtin(
            "ind2sub", "[i, j] = ind2sub(dims, ind)",
            "Row and column subscripts of linear indices in an array of size dims (one output gives the index itself).",
            example: "[i, j] = ind2sub([3 4], [2 7])", .shape
        ) { call in
            try call.arity(2...2)
            let (rows, cols) = try dims(call)
            let ind = try call.matrix(1)
            var r = Matrix(rows: ind.rows, cols: ind.cols), c = r
            for (k, x) in ind.elements.enumerated() {
                guard x == x.rounded(), x >= 1 else { throw call.error("invalid index \(x.asTyped)") }
                guard x <= Double(rows * cols) else { throw call.error("index out of range") }
                let n = Int(x) - 1
                r.elements[k] = Double(n % Swift.max(rows, 1) + 1)
                c.elements[k] = Double(n / Swift.max(rows, 1) + 1)
            }
            if call.nargout < 2 { return [.matrix(ind)] }
            var out: [Value] = [.matrix(r), .matrix(c)]
            for _ in 2..<call.nargout { out.append(.matrix(Matrix(rows: ind.rows, cols: ind.cols, repeating: 1))) }
            return out
        },
        Builtin(
            "assert", "assert(cond)  assert(cond, message, …)  assert(observed, expected)  assert(observed, expected, tol)",
            "Stops with an error unless cond is all true, or observed equals expected (within tol: absolute if positive, relative if negative).",
            example: "assert(2 + 2 == 4); assert(pi, 3.1416, 1e-4); disp('ok')", .session
        ) { call in
            try call.arity(1...Int.max)
            let isCondition: Bool
            if call.args.count == 1 {
                isCondition = true
            } else if case .tensor(let t) = call.args[0], t.elementClass == .logical, call.isString(1) {
                isCondition = true
            } else {
                isCondition = false
            }
            if isCondition {
                guard case .tensor(let t) = call.args[0].materialized else { throw call.error("the condition must be numeric or logical") }
                if t.matrix.elements.allSatisfy({ $0 != 0 && !$0.isNaN }) { return [] }
                if call.args.count > 1 {
                    throw Diagnostic.error(try call.formatted(templateAt: 1), at: call.range)
                }
                let text = call.argumentExprs.first.map { OctaveCode.print($0) } ?? "cond"
                throw Diagnostic.error("assert (\(text)) failed", at: call.range)
            }
            guard call.args.count <= 3 else { throw call.error("assert(observed, expected, tol) takes at most 3 arguments") }
            let tol = call.args.count == 3 ? try call.number(2) : 0
            if let problem = try mismatch(call.args[0], call.args[1], tol: tol, call) {
                throw call.error(problem, hint: "assert(observed, expected, tol) allows a difference of tol (relative when tol < 0)")
            }
            return []
        },
        Builtin(
            "deal", "[a, b, …] = deal(x)  [a, b, …] = deal(x1, x2, …)",
            "Copies one value to every output, or hands each argument to its own output.",
            example: "[a, b] = deal(7)", .session
        ) { call in
            try call.arity(1...Int.max)
            let outputs = Swift.max(1, call.nargout)
            if call.args.count == 1 { return Array(repeating: call.args[0], count: outputs) }
            guard call.args.count == outputs else {
                throw call.error("nargin > 1 and nargin != nargout (\(call.args.count) inputs, \(outputs) outputs)")
            }
            return call.args
        },
        Builtin(
            "unique", "u = unique(x)  [u, i, j] = unique(x)",
            "The distinct values (or strings of a cell) of x in ascending order (a row for a row vector, else a column); x(i) is u (first occurrences) and u(j) is x, both columns, as in Octave 7.",
            example: "[u, i, j] = unique([3 1 3 2])", .reduction
        ) { call in
            try call.arity(1...1)
            if case .cell(let c) = call.args[0].materialized { return try uniqueStrings(c, call) }
            let t = try call.tensor(0)
            let m = t.matrix
            let order = (0..<m.count).sorted { a, b in
                let x = m.elements[a], y = m.elements[b]
                if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && a < b) }
                return x < y || (x == y && a < b)
            }
            var values: [Double] = [], first: [Int] = []
            var group = [Int](repeating: 0, count: m.count)
            for k in order {
                let x = m.elements[k]
                // NaNs are all distinct, as in Octave.
                if let previous = values.last, previous == x {
                    // Sorted stably, so the first occurrence is already recorded.
                } else {
                    values.append(x)
                    first.append(k)
                }
                group[k] = values.count
            }
            if m.count == 0 { return [.tensor(Tensor(.empty, class: t.elementClass)), .empty, .empty] }
            let u = Value.tensor(Tensor(m.rows == 1 ? Matrix(row: values) : Matrix(column: values), class: t.elementClass))
            if call.nargout < 2 { return [u] }
            return [u, .matrix(Matrix(column: first.map { Double($0 + 1) })), .matrix(Matrix(column: group.map(Double.init)))]
        },
        Builtin(
            "argv", "argv()", "The command-line arguments given after the script's name, as a column cell array of text.",
            example: "class(argv())", .session
        ) { call in
            try call.arity(0...0)
            let a = call.interpreter.arguments
            return [.cell(CellArray(rows: a.count, cols: a.isEmpty ? 0 : 1, elements: a.map { .string($0) }))]
        },
        Builtin(
            "full", "full(A)", "A itself: Nabla stores every matrix in full (dense) form.",
            example: "full(eye(2))", .construction
        ) { call in
            try call.arity(1...1)
            guard case .tensor(var t) = call.args[0].materialized else { throw call.error("argument 1 must be numeric, not a \(call.args[0].className)") }
            t.storage = .full
            return [.tensor(t)]
        },
        Builtin("issparse", "issparse(A)", "False: Nabla has no sparse storage.", example: "issparse(eye(3))", .construction) { call in
            try call.arity(1...1)
            return [.bool(false)]
        },
        Builtin(
            "sparse", "S = sparse(A)  sparse(i, j, v)  sparse(i, j, v, m, n)  sparse(m, n)",
            "The same matrix, stored dense (Nabla has no sparse storage; results are the same, only Octave's display differs); from triplets, repeated (i, j) pairs add up.",
            example: "sparse([1 2], [1 2], [5 6])", .construction
        ) { call in
            call.interpreter.noteOnce("sparse", "Nabla stores sparse matrices as full ones: the numbers are the same, Octave would display them differently")
            switch call.args.count {
            case 1:
                var t = try call.tensor(0)
                t.storage = .full
                if t.elementClass == .char { t.elementClass = .double }
                return [.tensor(t)]
            case 2:
                let m = try call.integer(0), n = try call.integer(1)
                do { try Limits.check(rows: Double(m), cols: Double(n)) } catch let e as NumericError { throw call.error(e.description) }
                return [.matrix(Matrix(rows: m, cols: n))]
            case 3, 5, 6:
                let i = try call.matrix(0), j = try call.matrix(1), v = try call.matrix(2)
                let count = Swift.max(i.count, j.count, v.count)
                for (name, x) in [("i", i), ("j", j), ("v", v)] where x.count != count && x.count != 1 {
                    throw call.error("\(name) must have \(count) elements or one (it has \(x.count))")
                }
                func at(_ x: Matrix, _ k: Int) -> Double { x.count == 1 ? x.elements[0] : x.elements[k] }
                var rows = 0, cols = 0
                for k in 0..<count {
                    rows = Swift.max(rows, try call.integer(at(i, k), "row index", min: 1))
                    cols = Swift.max(cols, try call.integer(at(j, k), "column index", min: 1))
                }
                if call.args.count >= 5 {
                    let m = try call.integer(3), n = try call.integer(4)
                    guard rows <= m, cols <= n else { throw call.error("index out of bounds: the indices reach (\(rows), \(cols)) in a \(m)×\(n) matrix") }
                    rows = m
                    cols = n
                }
                do { try Limits.check(rows: Double(rows), cols: Double(cols)) } catch let e as NumericError { throw call.error(e.description) }
                var out = Matrix(rows: rows, cols: cols)
                for k in 0..<count { out[Int(at(i, k)) - 1, Int(at(j, k)) - 1] += at(v, k) }
                return [.matrix(out)]
            default:
                throw call.error("takes 1, 2, 3 or 5 arguments", hint: "sparse(A), sparse(m, n) or sparse(i, j, v, m, n)")
            }
        }
    ]

    /// The rows and columns of a dims argument; trailing dimensions must be 1.
    private static func dims(_ call: BuiltinCall) throws -> (Int, Int) {
        let d = try call.matrix(0)
        guard d.count >= 2 else { throw call.error("dims must have at least two elements, as [rows cols]") }
        let values = try d.elements.map { try call.integer($0, "a dimension", max: Int(Int32.max)) }
        guard values.dropFirst(2).allSatisfy({ $0 == 1 }) else { throw call.error("Nabla has two-dimensional arrays only") }
        return (values[0], values[1])
    }

    /// Why observed and expected differ for assert, or nil when they agree.
    private static func mismatch(_ observed: Value, _ expected: Value, tol: Double, _ call: BuiltinCall) throws -> String? {
        guard case .tensor(let a) = observed.materialized, case .tensor(let b) = expected.materialized else {
            guard let isequal = call.interpreter.vocabulary.lookup("isequal") else { return nil }
            var c = call
            c.args = [observed, expected]
            let same = try isequal.body(&c)
            if case .tensor(let t)? = same.first, t.matrix.count == 1, t.matrix.scalar != 0 { return nil }
            return "observed and expected differ (a \(observed.className) and a \(expected.className))"
        }
        if (a.elementClass == .char) != (b.elementClass == .char) {
            return "observed is \(a.elementClass.rawValue) but expected is \(b.elementClass.rawValue)"
        }
        if a.elementClass == .char {
            return a.matrix == b.matrix ? nil : "observed '\(a.stringValue.printableExcerpt())' but expected '\(b.stringValue.printableExcerpt())'"
        }
        // A scalar expected value is compared with every observed element, as in Octave.
        guard a.matrix.shape == b.matrix.shape || b.matrix.count == 1 else {
            return "observed is \(a.matrix.shape) but expected is \(b.matrix.shape)"
        }
        for k in 0..<a.matrix.count {
            let x = a.matrix.elements[k], y = b.matrix.count == 1 ? b.matrix.elements[0] : b.matrix.elements[k]
            if x.isNaN && y.isNaN || x == y { continue }
            let difference = Swift.abs(x - y)
            let allowed = tol >= 0 ? tol : Swift.abs(tol * y)
            if difference <= allowed && !difference.isNaN { continue }
            let where_ = a.matrix.count == 1 ? "" : " at (\(k % Swift.max(a.matrix.rows, 1) + 1),\(k / Swift.max(a.matrix.rows, 1) + 1))"
            return "observed \(x.asTyped) but expected \(y.asTyped)\(where_): difference \(difference.asTyped)"
                + (tol != 0 ? ", tolerance \(Swift.abs(tol).asTyped)\(tol < 0 ? " relative" : "")" : "")
        }
        return nil
    }
}
