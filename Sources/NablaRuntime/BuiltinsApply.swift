import NablaNumerics
import NablaSyntax

/// Calling a function on every element: `cellfun`, `arrayfun` (with `'UniformOutput', false`
/// for results that are not single numbers, and `'ErrorHandler'` refused by name), and
/// `bsxfun`, which in Octave 7 is the same as the broadcasting operators.
extension Builtins {
    static let applyEach: [Builtin] = [
        Builtin(
            "cellfun", "cellfun(f, c)  cellfun(f, c1, c2, …)  [a, b] = cellfun(…)  cellfun(…, 'UniformOutput', false)",
            "Calls f on each element of cell arrays of the same size; the results make a matrix, or a cell array with 'UniformOutput', false. f may be a name such as 'isempty' or 'length'.",
            example: "cellfun(@numel, {1, [1 2], 'abc'})", .session
        ) { call in
            try applyEach(call, cells: true)
        },
        Builtin(
            "arrayfun", "arrayfun(f, A)  arrayfun(f, A, B, …)  [a, b] = arrayfun(…)  arrayfun(…, 'UniformOutput', false)",
            "Calls f on each element of arrays (or struct arrays) of the same size; the results make a matrix, or a cell array with 'UniformOutput', false.",
            example: "arrayfun(@(x) x^2, [1 2 3])", .session
        ) { call in
            try applyEach(call, cells: false)
        },
        Builtin(
            "bsxfun", "bsxfun(f, A, B)",
            "Applies a two-argument element-wise function with broadcasting, as A + B, A .* B and the other operators already do.",
            example: "bsxfun(@minus, [1 2; 3 4], [1 2])", .elementwise
        ) { call in
            try call.arity(3...3)
            guard case .function(let f) = call.args[0] else {
                if call.isString(0) {
                    return try call.interpreter.callFunction(named: try call.string(0), [call.args[1], call.args[2]], nargout: 1, range: call.range)
                }
                throw call.error("argument 1 must be a function handle", hint: "bsxfun(@plus, A, b)")
            }
            return try call.interpreter.callFunctionValue(f, [call.args[1], call.args[2]], nargout: 1, range: call.range)
        }
    ]

    private static func applyEach(_ call: BuiltinCall, cells: Bool) throws -> [Value] {
        guard call.args.count >= 2 else {
            throw call.error(
                "needs a function and at least one \(cells ? "cell array" : "array")",
                hint: cells ? "cellfun(@numel, {1, [1 2]})" : "arrayfun(@(x) x^2, [1 2 3])")
        }
        var inputs = Array(call.args.dropFirst())
        var uniform = true
        // Trailing options: 'UniformOutput', tf and 'ErrorHandler', f.
        while inputs.count >= 3, case .tensor(let t) = inputs[inputs.count - 2], t.isString {
            let option = t.stringValue.lowercased()
            if option == "uniformoutput" {
                guard case .tensor(let v) = inputs[inputs.count - 1], v.matrix.count == 1 else {
                    throw call.error("'UniformOutput' must be true or false")
                }
                uniform = v.matrix.scalar != 0
            } else if option == "errorhandler" {
                throw call.error("'ErrorHandler' is not supported", hint: "catch errors inside the function with try/catch")
            } else {
                break
            }
            inputs.removeLast(2)
        }
        let i = call.interpreter
        let function: FunctionValue
        switch call.args[0] {
        case .function(let f): function = f
        case .tensor(let t) where t.isString:
            let name = t.stringValue
            guard FunctionFiles.isName(name) else { throw call.error("'\(name.printableExcerpt())' is not a function name") }
            function = .handle(name)
        default:
            throw call.error("argument 1 must be a function handle or a function's name", hint: "\(call.name)(@numel, …)")
        }
        // Each input as a list of elements in column-major order, and their common shape.
        var lists: [[Value]] = []
        var shape: Shape?
        for (k, v) in inputs.enumerated() {
            let elements: [Value]
            switch v {
            case .cell(let c):
                guard cells else { elements = [v]; break }
                elements = c.elements
            case .tensor(let t) where !cells:
                elements = t.matrix.elements.map { .tensor(Tensor(Matrix(scalar: $0), class: t.elementClass)) }
            case .structure(let s) where !cells:
                elements = (0..<s.count).map { .structure(s.element($0)) }
            default:
                throw call.error(
                    "argument \(k + 2) must be \(cells ? "a cell array" : "an array"), not a \(v.className)",
                    hint: cells ? "arrayfun calls a function on each element of a matrix" : nil)
            }
            if let s = shape, s != v.shape {
                throw call.error("all the inputs must have the same size (\(s) and \(v.shape))")
            }
            shape = v.shape
            lists.append(elements)
        }
        let outputs = Swift.max(1, call.nargout)
        let count = lists[0].count
        var results = [[Value]](repeating: [], count: outputs)
        for index in 0..<count {
            if index % 256 == 255 { try Interrupt.check() }
            let values = try i.callFunctionValue(function, lists.map { $0[index] }, nargout: call.nargout, range: call.range)
            if values.count < outputs && !(call.nargout == 0 && values.isEmpty && !uniform) {
                if call.nargout == 0 && values.isEmpty { continue }
                throw call.error(
                    "the function gave \(values.count) output\(values.count == 1 ? "" : "s") for element \(index + 1), where \(outputs) \(outputs == 1 ? "is" : "are") needed"
                )
            }
            for k in 0..<outputs { results[k].append(k < values.count ? values[k] : .empty) }
        }
        let s = shape ?? Shape(0, 0)
        if !uniform {
            return results.map { .cell(CellArray(rows: s.rows, cols: s.cols, elements: $0.count == count ? $0 : Array(repeating: .empty, count: count))) }
        }
        if call.nargout == 0 && results[0].isEmpty && count > 0 { return [] }
        return try results.map { list -> Value in
            var m = Matrix(rows: s.rows, cols: s.cols)
            var elementClass: ElementClass?
            for (index, v) in list.enumerated() {
                guard case .tensor(let t) = v.materialized, t.matrix.count == 1 else {
                    throw call.error(
                        "element \(index + 1) gave a \(v.shape) \(v.className), not one value",
                        hint: "add 'UniformOutput', false to collect any results in a cell array")
                }
                m.elements[index] = t.matrix.scalar
                elementClass = elementClass == nil || elementClass == t.elementClass ? t.elementClass : .double
            }
            return .tensor(Tensor(m, class: elementClass ?? .double))
        }
    }
}
