import NablaNumerics
import NablaSymbolic

/// A reproducible stream of random choices (the session's generator is not used: a test
/// must not depend on it).
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    mutating func matrix(_ s: Shape, scale: Double = 1) -> Matrix {
        var m = Matrix(shape: s)
        for k in 0..<m.count { m.elements[k] = scale * (2 * unit() - 1) }
        return m
    }
}

/// A generated formula: Octave text built from a template whose `%0`, `%1`, … are the
/// operands, each node knowing its shape — so a failure can be shrunk by putting a
/// smaller formula of the same shape in a node's place.
indirect enum Formula: CustomStringConvertible {
    case leaf(String, Shape)
    case node(operation: String, template: String, [Formula], Shape)

    var shape: Shape {
        switch self {
        case .leaf(_, let s), .node(_, _, _, let s): return s
        }
    }

    var description: String {
        switch self {
        case .leaf(let text, _): return text
        case .node(_, let template, let xs, _):
            var out = template
            for (k, x) in xs.enumerated().reversed() { out = out.replacing("%\(k)", with: x.description) }
            return out
        }
    }

    var size: Int {
        switch self {
        case .leaf: return 1
        case .node(_, _, let xs, _): return 1 + xs.reduce(0) { $0 + $1.size }
        }
    }

    var leaves: [String] {
        switch self {
        case .leaf(let t, _): return [t]
        case .node(_, _, let xs, _): return xs.flatMap(\.leaves)
        }
    }

    var operations: [String] {
        switch self {
        case .leaf: return []
        case .node(let op, _, let xs, _): return [op] + xs.flatMap(\.operations)
        }
    }

    /// Every formula one step smaller: a node replaced by one of its operands of the same
    /// shape, or by a leaf of that shape from `leaves`.
    func smaller(leaves pool: [Formula]) -> [Formula] {
        guard case .node(let op, let template, let xs, let s) = self else { return [] }
        var out: [Formula] = xs.filter { $0.shape == s }
        out += pool.filter { $0.shape == s }
        for (k, x) in xs.enumerated() {
            for y in x.smaller(leaves: pool) {
                var ys = xs
                ys[k] = y
                out.append(.node(operation: op, template: template, ys, s))
            }
        }
        return out
    }
}

/// One kind of operation the generator can put in a formula: given the shape wanted,
/// a template and its operands' shapes (nil when the operation cannot make that shape).
struct Operation: Sendable {
    let name: String
    let make: @Sendable (Shape, inout SeededRandom) -> (template: String, operands: [Shape])?
}

/// Random well-shaped formulas over Nabla's differentiable operations.
///
/// The element-wise functions come from `ElementFunction.allCases`, so a function added
/// to the primitive table is generated without an edit here; only a function whose domain
/// is not the whole real line needs a line in `domainGuards`.
struct FormulaGenerator {
    var random: SeededRandom
    /// Variables made so far, by name, with their values.
    var variables: [(name: String, value: Matrix)] = []
    /// Anonymous functions the formulas may call, defined in the set-up.
    static let anonymous = ["nabla_sq = @(u) u.^2 + u;", "nabla_lin = @(u, v) 2*u - v;"]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// Arguments kept inside each function's domain, away from its singular points.
    static let domainGuards: [String: String] = [
        "log": "log(0.5 + (%0).^2)", "log2": "log2(0.5 + (%0).^2)", "log10": "log10(0.5 + (%0).^2)",
        "sqrt": "sqrt(0.5 + (%0).^2)", "log1p": "log1p((%0).^2)", "gamma": "gamma(1.5 + (%0).^2)",
        "asin": "asin(0.8*tanh(%0))", "acos": "acos(0.8*tanh(%0))",
        "sinh": "sinh(tanh(%0))", "cosh": "cosh(tanh(%0))", "exp": "exp(tanh(%0))", "expm1": "expm1(tanh(%0))",
        "tan": "tan(tanh(%0))"
    ]

    static var elementFunctions: [Operation] {
        ElementFunction.allCases.map { f in
            let template = domainGuards[f.rawValue] ?? f.rawValue + "(%0)"
            return Operation(name: f.rawValue) { s, _ in (template, [s]) }
        }
    }

    /// Operand shapes that broadcast to `s`: equal, scalar, a row or a column.
    static func broadcastShape(_ s: Shape, _ r: inout SeededRandom) -> Shape {
        switch r.int(0...5) {
        case 0: return .scalar
        case 1 where s.rows > 1: return Shape(1, s.cols)
        case 2 where s.cols > 1: return Shape(s.rows, 1)
        default: return s
        }
    }

    static let structural: [Operation] = [
        Operation(name: "+") { s, r in r.chance(0.5) ? ("(%0 + %1)", [s, broadcastShape(s, &r)]) : ("(%0 + %1)", [broadcastShape(s, &r), s]) },
        Operation(name: "-") { s, r in ("(%0 - %1)", [broadcastShape(s, &r), s]) },
        Operation(name: ".*") { s, r in ("(%0 .* %1)", [s, broadcastShape(s, &r)]) },
        Operation(name: "./") { s, r in ("(%0 ./ (1 + (%1).^2))", [s, broadcastShape(s, &r)]) },
        Operation(name: ".^") { s, r in r.chance(0.5) ? ("(0.5 + (%0).^2).^%1", [s, .scalar]) : ("(%0).^\(r.pick(["2", "3", "-1", "0.5"]))", [s]) },
        Operation(name: "unary -") { s, _ in ("(-%0)", [s]) },
        Operation(name: "*") { s, r in
            let k = r.int(1...3)
            return ("(%0 * %1)", [Shape(s.rows, k), Shape(k, s.cols)])
        },
        Operation(name: "scalar *") { s, _ in ("(%0 * %1)", [.scalar, s]) },
        Operation(name: "'") { s, _ in ("(%0)'", [s.transposed]) },
        Operation(name: "sum") { s, r in reduction("sum", s, &r) },
        Operation(name: "mean") { s, r in reduction("mean", s, &r) },
        Operation(name: "prod") { s, r in reduction("prod", s, &r) },
        Operation(name: "max along") { s, r in extremum("max", s, &r) },
        Operation(name: "min along") { s, r in extremum("min", s, &r) },
        Operation(name: "max") { s, r in ("max(%0, %1)", [s, broadcastShape(s, &r)]) },
        Operation(name: "min") { s, r in ("min(%0, %1)", [broadcastShape(s, &r), s]) },
        Operation(name: "\\ square") { s, _ in ("((%0 + 3*eye(\(s.rows))) \\ %1)", [Shape(s.rows, s.rows), s]) },
        Operation(name: "/ square") { s, _ in ("(%0 / (%1 + 3*eye(\(s.cols))))", [s, Shape(s.cols, s.cols)]) },
        Operation(name: "\\ least squares") { s, r in
            let m = s.rows + r.int(1...2)
            return ("((%0 + [eye(\(s.rows)); ones(\(m - s.rows), \(s.rows))]) \\ %1)", [Shape(m, s.rows), Shape(m, s.cols)])
        },
        Operation(name: "\\ minimum norm") { s, r in
            guard s.rows > 1 else { return nil }
            let m = s.rows - 1
            return ("((%0 + [eye(\(m)), ones(\(m), 1)]) \\ %1)", [Shape(m, s.rows), Shape(m, s.cols)])
        },
        Operation(name: "/ least squares") { s, r in
            let m = s.cols + r.int(1...2)
            return ("(%0 / (%1 + [eye(\(s.cols)), ones(\(s.cols), \(m - s.cols))]))", [Shape(s.rows, m), Shape(s.cols, m)])
        },
        Operation(name: "repmat") { s, r in
            let (a, b) = (s.rows % 2 == 0 && r.chance(0.5) ? 2 : 1, s.cols % 2 == 0 && r.chance(0.5) ? 2 : 1)
            return ("repmat(%0, \(a), \(b))", [Shape(s.rows / a, s.cols / b)])
        },
        Operation(name: "kron") { s, r in
            let (a, b) = (s.rows % 2 == 0 ? 2 : 1, s.cols % 2 == 0 && r.chance(0.5) ? 2 : 1)
            return ("kron(%0, %1)", [Shape(a, b), Shape(s.rows / a, s.cols / b)])
        },
        Operation(name: "reshape") { s, _ in ("reshape(%0, \(s.rows), \(s.cols))", [Shape(s.cols, s.rows)]) },
        Operation(name: "norm") { s, r in
            guard s.isScalar else { return nil }
            let n = r.int(2...3)
            return r.pick([
                ("norm(%0)", [Shape(n, 1)]), ("norm(%0, 'fro')", [Shape(n, 2)]), ("norm(%0, 1)", [Shape(1, n)]),
                ("norm(%0, Inf)", [Shape(n, 1)]), ("norm(%0, 3)", [Shape(n, 1)])
            ])
        },
        Operation(name: "trace") { s, r in s.isScalar ? ("trace(%0)", [Shape(2, 2)]) : nil },
        Operation(name: "det") { s, r in s.isScalar ? ("det(%0 + 2*eye(2))", [Shape(2, 2)]) : nil },
        Operation(name: "inv") { s, _ in s.isSquare ? ("inv(%0 + 3*eye(\(s.rows)))", [s]) : nil },
        Operation(name: "^") { s, r in s.isSquare && !s.isScalar ? ("(%0)^\(r.int(2...3))", [s]) : nil },
        Operation(name: "diag") { s, r in
            if s.isSquare && !s.isScalar { return ("diag(%0)", [Shape(s.rows, 1)]) }
            if s.cols == 1 && s.rows > 1 { return ("diag(%0)", [Shape(s.rows, s.rows)]) }
            return nil
        },
        Operation(name: "softmax") { s, _ in s.rows > 1 ? ("softmax(%0)", [s]) : nil },
        Operation(name: "softmax rows") { s, _ in s.cols > 1 ? ("softmax(%0, 2)", [s]) : nil },
        Operation(name: "layernorm") { s, _ in s.cols > 1 ? ("layernorm(%0)", [s]) : nil },
        Operation(name: "layernorm columns") { s, _ in s.rows > 1 ? ("layernorm(%0, 1)", [s]) : nil },
        Operation(name: "leaky_relu") { s, _ in ("leaky_relu(%0, 0.1)", [s]) },
        Operation(name: "mse") { s, _ in s.isScalar ? ("mse(%0, %1)", [Shape(2, 2), Shape(2, 2)]) : nil },
        Operation(name: "bce") { s, _ in s.isScalar ? ("bce(sigmoid(%0), [0.2 0.7 0.9])", [Shape(1, 3)]) : nil },
        Operation(name: "cross_entropy") { s, _ in s.isScalar ? ("cross_entropy(%0, [1 0; 0 1; 0 0])", [Shape(3, 2)]) : nil },
        Operation(name: "atan2") { s, r in ("atan2(%0, 1.5 + (%1).^2)", [s, broadcastShape(s, &r)]) },
        Operation(name: "mod") { s, r in ("mod(%0, 0.7)", [s]) },
        Operation(name: "psi") { s, r in (r.chance(0.5) ? "psi(1.5 + (%0).^2)" : "psi(\(r.int(1...2)), 1.5 + (%0).^2)", [s]) },
        // Indexing a variable with whole-number index vectors (repeats included, so the adjoint
        // must add twice): E(ids, :) row lookups, column and entry selections, linear indices.
        Operation(name: "index rows") { s, r in
            let m = r.int(1...3)
            return ("%0(\(indices(s.rows, upTo: m, &r)), :)", [Shape(m, s.cols)])
        },
        Operation(name: "index columns") { s, r in
            let n = r.int(1...3)
            return ("%0(:, \(indices(s.cols, upTo: n, &r)))", [Shape(s.rows, n)])
        },
        Operation(name: "index entries") { s, r in
            let (m, n) = (r.int(1...3), r.int(1...3))
            return ("%0(\(indices(s.rows, upTo: m, &r)), \(indices(s.cols, upTo: n, &r)))", [Shape(m, n)])
        },
        Operation(name: "index linear") { s, r in
            guard s.isVector || s.isScalar else { return nil }
            // A matrix operand gives the index's shape; a vector one keeps its own orientation.
            let operand = r.chance(0.5) ? Shape(r.int(2...3), r.int(2...3)) : (s.cols == 1 ? Shape(r.int(1...4), 1) : Shape(1, r.int(1...4)))
            let ids = (0..<s.count).map { _ in "\(r.int(1...operand.count))" }
            return ("%0([\(ids.joined(separator: s.cols == 1 ? "; " : " "))])", [operand])
        },
        Operation(name: "anonymous") { s, r in r.chance(0.5) ? ("nabla_sq(%0)", [s]) : ("nabla_lin(%0, %1)", [s, s]) }
    ]

    /// `k` random indices from 1 to `n`, as a row literal (or one number).
    static func indices(_ k: Int, upTo n: Int, _ r: inout SeededRandom) -> String {
        let ids = (0..<k).map { _ in "\(r.int(1...n))" }
        return k == 1 ? ids[0] : "[" + ids.joined(separator: " ") + "]"
    }

    static func reduction(_ f: String, _ s: Shape, _ r: inout SeededRandom) -> (String, [Shape])? {
        switch r.int(0...2) {
        case 0 where s.rows == 1: return ("\(f)(%0, 1)", [Shape(r.int(2...3), s.cols)])
        case 1 where s.cols == 1: return ("\(f)(%0, 2)", [Shape(s.rows, r.int(2...3))])
        default: return ("\(f)(%0, 3)", [s])
        }
    }

    static func extremum(_ f: String, _ s: Shape, _ r: inout SeededRandom) -> (String, [Shape])? {
        guard let (t, xs) = reduction(f, s, &r) else { return nil }
        return (t.replacing("(%0, ", with: "(%0, [], "), xs)
    }

    static var operations: [Operation] { elementFunctions + structural }

    /// A formula of shape `s`, at most `depth` operations deep.
    mutating func formula(_ s: Shape, depth: Int) -> Formula {
        if depth == 0 || random.chance(0.2) { return leaf(s) }
        let ops = Self.operations
        for _ in 0..<8 {
            let op = random.pick(ops)
            guard let (template, shapes) = op.make(s, &random) else { continue }
            // Only a name can be indexed: the operand of `%0(…)` is a variable.
            let indexed = template.hasPrefix("%0(")
            var operands: [Formula] = []
            for (k, shape) in shapes.enumerated() {
                operands.append(indexed && k == 0 ? variable(shape) : formula(shape, depth: depth - 1))
            }
            return .node(operation: op.name, template: template, operands, s)
        }
        return leaf(s)
    }

    /// A variable (new or reused) of shape `s`, now and then a constant.
    mutating func leaf(_ s: Shape) -> Formula {
        if random.chance(0.12) {
            let text: String
            switch random.int(0...3) {
            case 0: text = s.isScalar ? "0.7" : "ones(\(s.rows), \(s.cols))"
            case 1 where s.isSquare: text = s.isScalar ? "2" : "eye(\(s.rows))"
            case 2 where s.isScalar: text = "1.5"
            default: text = s.isScalar ? "3" : "(2*ones(\(s.rows), \(s.cols)))"
            }
            return .leaf(text, s)
        }
        return variable(s)
    }

    /// A variable of shape `s`, reused now and then.
    mutating func variable(_ s: Shape) -> Formula {
        let same = variables.filter { $0.value.shape == s }
        if let v = same.first, random.chance(0.5) { return .leaf(v.name, s) }
        let name = "p\(variables.count + 1)"
        variables.append((name, random.matrix(s)))
        return .leaf(name, s)
    }

    mutating func shape() -> Shape { Shape(random.int(1...3), random.int(1...3)) }
}
