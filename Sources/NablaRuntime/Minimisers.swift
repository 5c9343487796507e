import NablaNumerics

/// `fminunc` and `fminsearch`, the minimisers course code calls with a cost function.
///
/// `fminunc` is quasi-Newton (BFGS with a backtracking line search), using the gradient the
/// function returns when `optimset('GradObj', 'on')` says it does, else central differences.
/// `fminsearch` is Nelder–Mead with the usual initial simplex (5% steps, 0.00025 from zero).
/// Both stop on the tolerances given (defaults tighter than Octave's), so the minimum found
/// agrees with Octave's to the digits Octave's own tolerance guarantees, not to the last bit:
/// the iterations differ.
extension Builtins {
    static let minimisers: [Builtin] = [
        Builtin(
            "fminunc", "[x, fval, info] = fminunc(f, x0)  fminunc(f, x0, optimset('GradObj', 'on', 'MaxIter', n))",
            "Minimises f from x0 (quasi-Newton); with GradObj on, [J, grad] = f(x) supplies the gradient.",
            example: "x = fminunc(@(x) sum((x - [1; 2]).^2), [0; 0])", .linearAlgebra
        ) { call in
            try call.arity(2...3)
            let problem = try Minimisation(call)
            let result = try problem.quasiNewton()
            return [
                problem.shaped(result.x), .number(result.f), .number(Double(result.info)),
                .structure(StructArray([("iterations", .number(Double(result.iterations)))]))
            ]
        },
        Builtin(
            "fminsearch", "[x, fval] = fminsearch(f, x0)  fminsearch(f, x0, optimset('TolX', 1e-8))",
            "Minimises f from x0 without derivatives (Nelder–Mead simplex).",
            example: "x = fminsearch(@(x) (x(1) - 1)^2 + (x(2) + 2)^2, [0 0])", .linearAlgebra
        ) { call in
            try call.arity(2...3)
            let problem = try Minimisation(call)
            let result = try problem.simplex()
            return [
                problem.shaped(result.x), .number(result.f), .number(Double(result.info)),
                .structure(StructArray([("iterations", .number(Double(result.iterations)))]))
            ]
        }
    ]
}

/// One minimisation: the function, where it starts and the options.
struct Minimisation {
    let call: BuiltinCall
    let function: FunctionValue
    let start: Matrix
    let gradientGiven: Bool
    let maxIterations: Int
    let tolX: Double
    let tolFun: Double

    init(_ call: BuiltinCall) throws {
        self.call = call
        switch call.args[0] {
        case .function(let f): function = f
        case .tensor(let t) where t.elementClass == .char: function = .handle(t.stringValue)
        default: throw call.error("the first argument must be a function handle", hint: "fminunc(@(t) cost(t, X, y), t0)")
        }
        start = try call.matrix(1)
        var options = StructArray([])
        if call.args.count > 2, case .structure(let s) = call.args[2] { options = s }
        func option(_ name: String) -> Value? {
            guard let f = options.fields.first(where: { $0.lowercased() == name.lowercased() }) else { return nil }
            let v = options.elements[0][f]
            return v?.shape.isEmpty == true ? nil : v
        }
        func number(_ name: String) -> Double? {
            if case .tensor(let t)? = option(name), t.elementClass != .char, t.matrix.count == 1 { return t.matrix.scalar }
            return nil
        }
        if case .tensor(let t)? = option("GradObj"), t.elementClass == .char {
            gradientGiven = t.stringValue.lowercased() == "on"
        } else {
            gradientGiven = false
        }
        let n = start.count
        maxIterations = number("MaxIter").map { Int(Swift.max(0, Swift.min($0, 1e7))) } ?? Swift.max(400, 200 * n)
        tolX = number("TolX") ?? 1e-10
        tolFun = number("TolFun") ?? 1e-10
    }

    /// x as the caller shaped x0.
    func shaped(_ x: [Double]) -> Value { .matrix(Matrix(rows: start.rows, cols: start.cols, elements: x)) }

    func value(_ x: [Double], gradient: Bool) throws -> (f: Double, g: [Double]?) {
        try Interrupt.check()
        let out = try call.interpreter.callFunctionValue(function, [shaped(x)], nargout: gradient ? 2 : 1, range: call.range)
        guard case .tensor(let t)? = out.first?.materialized, t.matrix.count == 1 else {
            throw call.error("the function must return a single number (the cost)")
        }
        guard gradient else { return (t.matrix.scalar, nil) }
        guard out.count > 1, case .tensor(let g) = out[1].materialized, g.matrix.count == x.count else {
            throw call.error("with GradObj on, the function must return [cost, gradient] with one gradient entry per parameter")
        }
        return (t.matrix.scalar, g.matrix.elements)
    }

    func gradient(_ x: [Double]) throws -> (Double, [Double]) {
        if gradientGiven {
            let r = try value(x, gradient: true)
            return (r.f, r.g ?? [])
        }
        let f = try value(x, gradient: false).f
        var g = [Double](repeating: 0, count: x.count)
        for k in x.indices {
            let h = 1e-6 * Swift.max(1, Swift.abs(x[k]))
            var a = x, b = x
            a[k] += h
            b[k] -= h
            g[k] = (try value(a, gradient: false).f - value(b, gradient: false).f) / (2 * h)
        }
        return (f, g)
    }

    struct Result { var x: [Double]; var f: Double; var info: Int; var iterations: Int }

    func quasiNewton() throws -> Result {
        let n = start.count
        var x = start.elements
        var (f, g) = try gradient(x)
        var h = identity(n)
        var iterations = 0
        var info = 0
        while iterations < maxIterations {
            if g.map(Swift.abs).max() ?? 0 <= tolFun { info = 1; break }
            var p = multiply(h, g).map { -$0 }
            var slope = dot(g, p)
            if !(slope < 0) {
                h = identity(n)
                p = g.map { -$0 }
                slope = dot(g, p)
            }
            var t = 1.0
            var next = zip(x, p).map { $0 + t * $1 }
            var fNext = try value(next, gradient: false).f
            var halvings = 0
            while !(fNext <= f + 1e-4 * t * slope) && halvings < 60 {
                t *= 0.5
                next = zip(x, p).map { $0 + t * $1 }
                fNext = try value(next, gradient: false).f
                halvings += 1
            }
            if halvings == 60 { info = 2; break }
            let (fNew, gNew) = try gradient(next)
            let s = zip(next, x).map { $0 - $1 }
            let y = zip(gNew, g).map { $0 - $1 }
            let sy = dot(s, y)
            iterations += 1
            let step = s.map(Swift.abs).max() ?? 0
            let drop = f - fNew
            x = next
            f = fNew
            g = gNew
            if sy > 1e-16 {
                let rho = 1 / sy
                let hy = multiply(h, y)
                let yhy = dot(y, hy)
                for i in 0..<n {
                    for j in 0..<n {
                        h[i * n + j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j])
                    }
                }
            }
            if step <= tolX * (1 + (x.map(Swift.abs).max() ?? 0)) && Swift.abs(drop) <= tolFun * (1 + Swift.abs(f)) {
                info = 2
                break
            }
        }
        return Result(x: x, f: f, info: info, iterations: iterations)
    }

    func simplex() throws -> Result {
        let n = start.count
        var points = [start.elements]
        for k in 0..<n {
            var p = start.elements
            p[k] = p[k] != 0 ? 1.05 * p[k] : 0.00025
            points.append(p)
        }
        var values = try points.map { try value($0, gradient: false).f }
        var iterations = 0
        let limit = maxIterations
        while iterations < limit {
            let order = values.indices.sorted { values[$0] < values[$1] }
            points = order.map { points[$0] }
            values = order.map { values[$0] }
            let spread = points.dropFirst().map { p in zip(p, points[0]).map { Swift.abs($0 - $1) }.max() ?? 0 }.max() ?? 0
            let fSpread = values.dropFirst().map { Swift.abs($0 - values[0]) }.max() ?? 0
            if spread <= tolX && fSpread <= tolFun { break }
            iterations += 1
            let centroid = (0..<n).map { k in points.dropLast().reduce(0) { $0 + $1[k] } / Double(n) }
            func toward(_ c: Double) -> [Double] { (0..<n).map { centroid[$0] + c * (points[n][$0] - centroid[$0]) } }
            let reflected = toward(-1)
            let fr = try value(reflected, gradient: false).f
            if fr < values[0] {
                let expanded = toward(-2)
                let fe = try value(expanded, gradient: false).f
                if fe < fr { points[n] = expanded; values[n] = fe } else { points[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                points[n] = reflected
                values[n] = fr
            } else {
                let outside = fr < values[n]
                let contracted = toward(outside ? -0.5 : 0.5)
                let fc = try value(contracted, gradient: false).f
                if fc < (outside ? fr : values[n]) {
                    points[n] = contracted
                    values[n] = fc
                } else {
                    for k in 1...n {
                        points[k] = (0..<n).map { points[0][$0] + 0.5 * (points[k][$0] - points[0][$0]) }
                        values[k] = try value(points[k], gradient: false).f
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        return Result(x: points[best], f: values[best], info: iterations < limit ? 1 : 0, iterations: iterations)
    }

    private func identity(_ n: Int) -> [Double] {
        var m = [Double](repeating: 0, count: n * n)
        for i in 0..<n { m[i * n + i] = 1 }
        return m
    }

    private func multiply(_ m: [Double], _ v: [Double]) -> [Double] {
        let n = v.count
        return (0..<n).map { i in (0..<n).reduce(0) { $0 + m[i * n + $1] * v[$1] } }
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
}
