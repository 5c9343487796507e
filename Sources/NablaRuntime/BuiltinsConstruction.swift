import NablaNumerics
import NablaSyntax

extension BuiltinCall {
    /// Octave's size arguments: `f()` is 1×1, `f(n)` n×n, `f(r, c)`, `f([r c])`.
    /// Negative sizes count as 0; sizes past the element limit are refused before allocating.
    func sizeArguments(from start: Int = 0, bytesPerElement: Int = 8) throws -> Shape {
        let numeric = args[start...].prefix {
            if case .tensor(let t) = $0 { return t.elementClass != .char }; return false
        }
        for k in (start + numeric.count)..<args.count where !isString(k) {
            throw error(
                "size arguments must be numbers (argument \(k + 1) is a \(args[k].className))",
                hint: "write \(name)(rows, cols)")
        }
        let values = try numeric.indices.map { try matrix($0) }
        var dims: [Double]
        switch values.count {
        case 0: dims = [1, 1]
        case 1:
            let m = values[0]
            if m.count == 1 { dims = [m.scalar, m.scalar] } else { dims = m.elements }
        default:
            dims = try values.enumerated().map { k, m in
                guard m.count == 1 else { throw error("size argument \(k + 1) must be a single number") }
                return m.scalar
            }
        }
        guard dims.count >= 2 else { throw error("a size needs at least two dimensions") }
        if dims.count > 2 && dims[2...].contains(where: { $0 != 1 }) {
            throw error("Nabla arrays have two dimensions", hint: "use a matrix, e.g. \(name)(\(dims[0].asTyped), \(dims[1].asTyped))")
        }
        for d in dims[0..<2] where d.isNaN {
            throw error("NaN is not a valid size")
        }
        let r = max(0, dims[0].rounded(.towardZero)), c = max(0, dims[1].rounded(.towardZero))
        do { try Limits.check(rows: r, cols: c, bytesPerElement: bytesPerElement) } catch let e as NumericError {
            throw Diagnostic.error(e.description, at: range, hint: "the element limit protects the session from running out of memory")
        }
        return Shape(Int(r), Int(c))
    }

    /// A trailing class name ('like' or 'double') is accepted and ignored, as far as it goes.
    var trailingClassName: String? {
        guard let last = args.last, case .tensor(let t) = last, t.elementClass == .char else { return nil }
        return t.stringValue
    }
}

extension Builtins {
    static func filled(_ name: String, _ value: Double, _ summary: String, logical: Bool = false) -> Builtin {
        Builtin(name, "\(name)(n)  \(name)(r, c)  \(name)([r c])", summary, example: "\(name)(2, 3)", .construction) { call in
            let shape = try call.sizeArguments()
            let m = Matrix(shape: shape, repeating: value)
            return [logical ? .logical(m) : .matrix(m)]
        }
    }

    static func constant(_ name: String, _ value: Double, _ summary: String) -> Builtin {
        Builtin(name, "\(name)  \(name)(r, c)", summary, example: name, .construction) { call in
            let shape = try call.sizeArguments()
            return [.matrix(Matrix(shape: shape, repeating: value))]
        }
    }

    static let construction: [Builtin] = [
        filled("zeros", 0, "An array of zeros."),
        filled("ones", 1, "An array of ones."),
        filled("true", 1, "Logical true, or an array of it.", logical: true),
        filled("false", 0, "Logical false, or an array of it.", logical: true),
        constant("pi", Double.pi, "The ratio of a circle's circumference to its diameter."),
        constant("e", 2.718281828459045, "Euler's number, the base of the natural logarithm."),
        constant("Inf", .infinity, "Positive infinity."),
        constant("inf", .infinity, "Positive infinity."),
        constant("NaN", .nan, "Not-a-Number: the result of undefined operations such as 0/0."),
        constant("nan", .nan, "Not-a-Number."),
        constant("eps", 2.220446049250313e-16, "The spacing of doubles near 1: 2^-52."),
        constant("realmax", Double.greatestFiniteMagnitude, "The largest finite double."),
        constant("realmin", Double.leastNormalMagnitude, "The smallest positive normalised double."),
        constant("flintmax", 9007199254740992, "The largest integer below which every integer is a double: 2^53."),
        Builtin("eye", "eye(n)  eye(r, c)", "The identity matrix.", example: "eye(3)", .construction) { call in
            let s = try call.sizeArguments()
            return [.tensor(Tensor(try Matrix.eye(s.rows, s.cols), storage: .diagonal))]
        },
        Builtin(
            "rand", "rand(n)  rand(r, c)  rand('seed', s)",
            "Uniform random numbers in (0, 1), reproducible under rng(seed) (or Octave's rand('seed', s), rand('state', s), rand('twister', s)).",
            example: "rng(1); size(rand(2, 3))", .construction
        ) { call in
            if try call.reseeds() { return [] }
            let s = try call.sizeArguments()
            return [.matrix(try call.interpreter.random.uniform(rows: s.rows, cols: s.cols))]
        },
        Builtin(
            "randn", "randn(n)  randn(r, c)  randn('state', s)",
            "Standard normal random numbers, reproducible under rng(seed) (or Octave's randn('seed', s), randn('state', s)).",
            example: "rng(1); size(randn(3, 1))", .construction
        ) { call in
            if try call.reseeds() { return [] }
            let s = try call.sizeArguments()
            return [.matrix(try call.interpreter.random.normal(rows: s.rows, cols: s.cols))]
        },
        Builtin(
            "randi", "randi(imax)  randi(imax, r, c)", "Random integers from 1 to imax.",
            example: "rng(1); r = randi(6, 1, 5); all(r >= 1 & r <= 6)", .construction
        ) { call in
            let imax = try call.integer(0, min: 1)
            let s = try call.sizeArguments(from: 1)
            return [.matrix(try call.interpreter.random.randi(Double(imax), s.rows, s.cols))]
        },
        Builtin(
            "randperm", "randperm(n)  randperm(n, k)", "A random permutation of 1:n, or its first k numbers (k distinct numbers from 1 to n).",
            example: "rng(1); sort(randperm(5))", .construction
        ) { call in
            try call.arity(1...2)
            let n = try call.integer(0)
            let k = call.args.count == 2 ? try call.integer(1) : n
            guard k <= n else { throw call.error("k (\(k)) must be at most n (\(n))") }
            let p = try call.interpreter.random.randperm(n)
            return [.matrix(k == n ? p : Matrix(row: Array(p.elements.prefix(k))))]
        },
        Builtin(
            "magic", "magic(n)", "A magic square: rows, columns and diagonals have the same sum.",
            example: "magic(3)", .construction
        ) { call in
            try call.arity(1...1)
            let n = try call.integer(0)
            do { try Limits.check(rows: Double(n), cols: Double(n)) } catch let e as NumericError { throw call.error(e.description) }
            return [.matrix(try Matrix.magic(n))]
        },
        Builtin(
            "linspace", "linspace(a, b)  linspace(a, b, n)", "n equally spaced points from a to b (default 100).",
            example: "linspace(0, 1, 5)", .construction
        ) { call in
            try call.arity(2...3)
            let n = call.args.count == 3 ? try call.integer(2) : 100
            do { try Limits.check(rows: 1, cols: Double(n)) } catch let e as NumericError { throw call.error(e.description) }
            return [.matrix(try Matrix.linspace(try call.number(0), try call.number(1), n))]
        },
        Builtin("cell", "cell(n)  cell(r, c)", "A cell array of empty matrices.", example: "c = cell(1, 2)", .construction) { call in
            let s = try call.sizeArguments(bytesPerElement: Limits.bytesPerCell)
            return [.cell(CellArray(rows: s.rows, cols: s.cols, elements: Array(repeating: .empty, count: s.count)))]
        }
    ]
}

extension BuiltinCall {
    /// Octave's old ways to seed `rand` and `randn`: `rand('seed', s)`, `rand('state', s)`,
    /// `rand('twister', s)` (and `'reset'` or no value for the default seed). All reseed the
    /// session's one generator, as `rng(s)` does, so the numbers that follow are reproducible
    /// (they are not Octave's numbers). True when the call was one of these.
    func reseeds() throws -> Bool {
        guard !args.isEmpty, isString(0) else { return false }
        let option = try string(0).lowercased()
        guard ["seed", "state", "twister"].contains(option) else {
            if option == "double" { return false }
            throw error("unknown option '\(option.printableExcerpt())'", hint: "rand('seed', 42) or rng(42) reseeds")
        }
        try arity(1...2)
        var seed = RandomSource.defaultSeed
        let reset = isString(1) && (try? string(1))?.lowercased() == "reset"
        if args.count == 2 && !reset {
            let m = try matrix(1)
            // A state vector (rand('state', sum(100 * clock))) folds into one 32-bit seed.
            var folded: UInt64 = 0
            for x in m.elements where x.isFinite {
                folded = folded &* 31 &+ UInt64(bitPattern: Int64(x.rounded(.down).truncatingRemainder(dividingBy: 9.0e15)))
            }
            seed = UInt32(truncatingIfNeeded: folded ^ (folded >> 32))
        }
        interpreter.random.seed(seed)
        return true
    }
}
