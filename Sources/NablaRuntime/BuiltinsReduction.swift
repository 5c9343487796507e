import NablaNumerics
import NablaSymbolic

extension BuiltinCall {
    /// The dimension to reduce along: the explicit argument, or Octave's default
    /// (the first dimension whose size is not 1).
    func reductionDimension(_ m: Matrix, argument k: Int) throws -> Int {
        if args.count > k { return try dimension(k) }
        return Matrix.defaultDimension(of: m.shape)
    }
}

extension Builtins {
    /// A reduction along an explicit dimension, or (nil) along the function's own Octave default.
    static func reduction(
        _ name: String, _ summary: String, example: String,
        _ kernel: @escaping @Sendable (Matrix, Int?) -> Matrix
    ) -> Builtin {
        Builtin(name, "\(name)(x)  \(name)(x, dim)", summary, example: example, .reduction) { call in
            try call.arity(1...2)
            let m = try call.matrix(0)
            guard call.args.count == 2 else { return [.matrix(kernel(m, nil))] }
            let d = try call.dimension(1)
            if d > 2 { return [.matrix(m)] }
            return [.matrix(kernel(m, d))]
        }
    }

    /// std and var: `f(x)`, `f(x, opt)`, `f(x, opt, dim)`; an empty opt means 0.
    static func spread(
        _ name: String, _ summary: String, example: String,
        _ kernel: @escaping @Sendable (Matrix, Int, Int?) -> Matrix
    ) -> Builtin {
        Builtin(name, "\(name)(x)  \(name)(x, opt)  \(name)(x, opt, dim)", summary, example: example, .reduction) { call in
            try call.arity(1...3)
            let m = try call.matrix(0)
            let opt = try call.args.count > 1 && !call.matrix(1).isEmpty ? call.integer(1) : 0
            return [.matrix(kernel(m, opt, call.args.count == 3 ? try call.dimension(2) : nil))]
        }
    }

    /// `any` and `all`: a logical reduction along a dimension.
    static func truthReduction(
        _ name: String, _ summary: String, example: String,
        _ kernel: @escaping @Sendable (Matrix, Int) -> Matrix
    ) -> Builtin {
        Builtin(name, "\(name)(x)  \(name)(x, dim)", summary, example: example, .reduction) { call in
            try call.arity(1...2)
            let m = try call.matrix(0)
            // Octave: a vector reduces to one value whatever its orientation.
            let d = call.args.count > 1 ? try call.dimension(1) : (m.rows == 1 ? 2 : 1)
            return [.logical(kernel(m, d))]
        }
    }

    static func extremum(_ name: String, isMax: Bool) -> Builtin {
        Builtin(
            name, "\(name)(x)  \(name)(x, [], dim)  \(name)(x, y)  [m, i] = \(name)(x)",
            isMax ? "Largest elements (NaN ignored), with their indices." : "Smallest elements (NaN ignored), with their indices.",
            example: "[m, i] = \(name)([3 1 4 1 5])", .reduction
        ) { call in
            try call.arity(1...3)
            if call.args.count == 2 {
                let p: Primitive = isMax ? .maximum : .minimum
                return [.matrix(try call.interpreter.apply(p, [try call.matrix(0), try call.matrix(1)], at: call.range))]
            }
            let m = try call.matrix(0)
            if call.args.count == 3 {
                guard try call.matrix(1).isEmpty else {
                    throw call.error("the second argument must be [] when a dimension is given", hint: "write \(name)(x, [], dim)")
                }
            }
            let d = try call.reductionDimension(m, argument: 2)
            if d > 2 {
                return [.matrix(m), .matrix(Matrix(shape: m.shape, repeating: 1))]
            }
            let r = isMax ? m.max(dim: d) : m.min(dim: d)
            return [.matrix(r.values), .matrix(r.indices)]
        }
    }

    static let reductions: [Builtin] = [
        reduction("sum", "Sum of elements along a dimension.", example: "sum([1 2; 3 4])") { m, d in d.map { m.sum(dim: $0) } ?? m.sum() },
        reduction("prod", "Product of elements along a dimension.", example: "prod([1 2 3 4])") { m, d in d.map { m.prod(dim: $0) } ?? m.prod() },
        reduction("cumsum", "Cumulative sum along a dimension.", example: "cumsum([1 2 3 4])") { m, d in d.map { m.cumsum(dim: $0) } ?? m.cumsum() },
        reduction("cumprod", "Cumulative product along a dimension.", example: "cumprod([1 2 3 4])") { m, d in d.map { m.cumprod(dim: $0) } ?? m.cumprod() },
        reduction("mean", "Arithmetic mean along a dimension.", example: "mean([1 2; 3 4])") { m, d in d.map { m.mean(dim: $0) } ?? m.mean() },
        extremum("max", isMax: true),
        extremum("min", isMax: false),
        spread("std", "Standard deviation (opt 0 divides by n-1, opt 1 by n).", example: "std([2 4 4 4 5 5 7 9])") {
            m, opt, d in d.map { m.standardDeviation(opt: opt, dim: $0) } ?? m.standardDeviation(opt: opt)
        },
        spread("var", "Variance (opt 0 divides by n-1, opt 1 by n).", example: "var([2 4 4 4 5 5 7 9])") {
            m, opt, d in d.map { m.variance(opt: opt, dim: $0) } ?? m.variance(opt: opt)
        },
        truthReduction("any", "True where any element along a dimension is nonzero.", example: "any([0 0 1; 0 0 0])") { $0.any(dim: $1) },
        truthReduction("all", "True where every element along a dimension is nonzero.", example: "all([1 1 0; 1 1 1])") { $0.all(dim: $1) },
        Builtin(
            "sort", "sort(x)  sort(x, dim)  sort(x, 'descend')  [s, i] = sort(x)",
            "Sorts along a dimension (stable; NaN last), with the permutation.", example: "[s, i] = sort([3 1 2], 'descend')",
            .reduction
        ) { call in
            try call.arity(1...3)
            let t = try call.tensor(0)
            let m = t.matrix
            var descending = false
            var dim: Int? = nil
            for k in 1..<call.args.count {
                if call.isString(k) {
                    let mode = try call.string(k).lowercased()
                    guard mode == "ascend" || mode == "descend" else {
                        throw call.error("mode must be 'ascend' or 'descend' (got '\(mode)')")
                    }
                    descending = mode == "descend"
                } else {
                    dim = try call.dimension(k)
                }
            }
            let d = dim ?? Matrix.defaultDimension(of: m.shape)
            let r = m.sorted(dim: d, descending: descending)
            return [.tensor(Tensor(r.values, class: t.elementClass)), .matrix(r.indices)]
        },
        Builtin(
            "find", "find(x)  find(x, n)  [r, c] = find(x)", "Indices of nonzero elements (column-major).",
            example: "find([0 3 0 5])", .shape
        ) { call in
            try call.arity(1...2)
            let m = try call.matrix(0)
            var p = m.nonzeroIndices()
            if call.args.count == 2 { p = Array(p.prefix(try call.integer(1))) }
            if call.nargout >= 2 {
                let r = p.map { Double($0 % Swift.max(m.rows, 1) + 1) }
                let c = p.map { Double($0 / Swift.max(m.rows, 1) + 1) }
                let column = m.rows != 1
                return [.matrix(column ? Matrix(column: r) : Matrix(row: r)), .matrix(column ? Matrix(column: c) : Matrix(row: c))]
            }
            let idx = p.map { Double($0 + 1) }
            if m.rows == 1 && m.cols != 1 { return [.matrix(Matrix(row: idx))] }
            if m.rows == 0 && m.cols == 0 { return [.matrix(Matrix(rows: 0, cols: 0))] }
            if m.isScalar { return [.matrix(idx.isEmpty ? Matrix(rows: 1, cols: 0) : Matrix(row: idx))] }
            return [.matrix(Matrix(column: idx))]
        },
        Builtin("nnz", "nnz(x)", "The number of nonzero elements.", example: "nnz([1 0 2 0])", .reduction) { call in
            try call.arity(1...1)
            return [.number(Double(try call.matrix(0).elements.filter { $0 != 0 }.count))]
        }
    ]
}
