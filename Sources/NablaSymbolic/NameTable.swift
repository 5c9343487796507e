import NablaNumerics

/// The one place a language name is given a mathematical meaning.
///
/// Each entry says what a call of the name means, for every argument form it accepts: which
/// primitive it applies to which arguments. Lowering a formula (`f := softmax(Z, 2)`), the
/// numeric builtins that have no Octave behaviour of their own (`softmax(Z, 2)`), the set of
/// names a formula can follow, the hint that lists them, and the names `code()` writes are
/// all read from here. The test that walks this table (`NameTableTests`) checks every form of
/// every entry end to end: value, formula, shape, derivative against differences, notation,
/// `code()` pasting back, help and completion. Adding a name here is all it takes to put it
/// under that test.
public enum NameTable {
    /// Every entry, in the order `help` lists them.
    public static let entries: [NamedOperation] = elementFunctions + structural

    private static let byName: [String: NamedOperation] = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func entry(_ name: String) -> NamedOperation? { byName[name] }

    /// The names a formula can contain as calls.
    public static var names: Set<String> { Set(byName.keys) }

    /// The name `code()` writes a primitive's call with; nil for primitives written as an
    /// operator or an index (`+`, `x'`, `E(ids, :)`).
    public static func spelling(of p: Primitive) -> String? {
        spellings.first { $0.1(p) }?.0
    }

    private static let spellings: [(String, @Sendable (Primitive) -> Bool)] = entries.compactMap { e in e.spells.map { (e.name, $0) } }

    /// The names a student can use to keep a derivative followable, for hints: the ones
    /// that are not entry-by-entry functions, which the hint mentions as a group.
    public static var structuralNames: [String] { structural.filter { $0.spells != nil && !$0.entryByEntry }.map(\.name) }
}

/// One argument of a call, as the table reads it.
public enum CallArgument: Sendable {
    /// An operand: its shape, and its value when the value is fixed (a literal in a formula,
    /// every argument of a numeric call).
    case operand(Shape, Matrix?)
    /// A text option: `'fro'`, `'tanh'`.
    case text(String)

    var shape: Shape? { if case .operand(let s, _) = self { return s } else { return nil } }
    var value: Matrix? { if case .operand(_, let m) = self { return m } else { return nil } }
}

/// What a call means.
public enum CallMeaning: Sendable {
    /// The primitive applied to the operands at these argument positions.
    case primitive(Primitive, [Int])
    /// The operand at this position as it is: a reduction along a dimension of length 1.
    case operand(Int)
    /// A formula of primitives (the losses), built from the operands at these positions.
    case derived(@Sendable ([Node]) throws -> Node, [Int])
    /// A number the operands' sizes alone fix (`numel`).
    case number(Double)
}

/// A call the table cannot give a meaning to, worded without the name (callers prefix it).
public struct NameTableError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// One language name.
public struct NamedOperation: Sendable {
    public let name: String
    /// How many arguments a call may have.
    public let arity: ClosedRange<Int>
    /// Whether a text argument is an option (`norm(X, 'fro')`) rather than character codes.
    public let takesText: Bool
    /// Every argument form, as a call on placeholders: `x` and `y` (3×2), `A` (3×3), `v`
    /// (3×1), `ids` (row indices into 3 rows), `Y` (one-hot columns of 3 classes), literal
    /// numbers and texts. The walking test evaluates and differentiates each one.
    public let forms: [String]
    /// Whether the numeric builtin of this name is the table's meaning applied to numbers
    /// (true), or has an Octave kernel of its own with more forms (`sum(x, 'native')`,
    /// `[m, i] = max(x)`), which must agree with the table's meaning where both apply.
    public let numericFromTable: Bool
    /// Whether it applies entry by entry (`sigmoid`, `mod`), as against along or across a
    /// matrix (`sum`, `det`).
    public let entryByEntry: Bool
    /// Whether `code()` writes a primitive as a call of this name.
    let spells: (@Sendable (Primitive) -> Bool)?
    let resolve: @Sendable (Arguments) throws -> CallMeaning?

    /// The meaning of a call with these arguments; nil when the call has no formula form
    /// (it is then taken as a value). Throws when the arguments cannot be right.
    public func meaning(of args: [CallArgument]) throws -> CallMeaning? {
        guard arity.contains(args.count) else {
            let n = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
            throw NameTableError(message: "expected \(n) argument\(arity.upperBound == 1 ? "" : "s"), got \(args.count)")
        }
        if !takesText, let k = args.firstIndex(where: { if case .text = $0 { return true } else { return false } }) {
            // `sum(x, 'native')`: an option of the name's own Octave kernel, which has no formula
            // form. A name whose only meaning is this table's has no text options at all.
            guard numericFromTable else { return nil }
            throw NameTableError(message: "argument \(k + 1) must be numeric, not text")
        }
        return try resolve(Arguments(args))
    }

    init(
        _ name: String, _ arity: ClosedRange<Int>, forms: [String], takesText: Bool = false, numericFromTable: Bool = true,
        entryByEntry: Bool = false, spells: (@Sendable (Primitive) -> Bool)?, _ resolve: @escaping @Sendable (Arguments) throws -> CallMeaning?
    ) {
        self.name = name
        self.arity = arity
        self.forms = forms
        self.takesText = takesText
        self.numericFromTable = numericFromTable
        self.entryByEntry = entryByEntry
        self.spells = spells
        self.resolve = resolve
    }

    /// The arguments, with the readings an entry needs.
    struct Arguments {
        let all: [CallArgument]
        init(_ all: [CallArgument]) { self.all = all }
        var count: Int { all.count }

        func shape(_ k: Int) throws -> Shape {
            guard k < all.count, let s = all[k].shape else { throw NameTableError(message: "argument \(k + 1) must be numeric") }
            return s
        }

        func text(_ k: Int) -> String? { if k < all.count, case .text(let s) = all[k] { return s } else { return nil } }

        /// A fixed number: a literal in a formula.
        func number(_ k: Int) throws -> Double {
            guard k < all.count, let m = all[k].value, m.isScalar else {
                throw NameTableError(message: "argument \(k + 1) must be a single fixed number")
            }
            return m.scalar
        }

        func integer(_ k: Int, min: Int = 0) throws -> Int {
            let v = try number(k)
            guard case .success(let n) = IntegerArgument.convert(v, min: min, max: Limits.maxElements) else {
                throw NameTableError(message: "argument \(k + 1) must be a whole number from \(min) to \(Limits.maxElements) (got \(v.asTyped))")
            }
            return n
        }

        /// The dimension argument as Octave reads it (the first of length > 1 when absent);
        /// 3 and above are dimensions of length 1 for a matrix.
        func dimension(_ k: Int) throws -> Int {
            guard count > k else { return try shape(0).rows == 1 ? 2 : 1 }
            guard case .success(let d) = IntegerArgument.convert(try number(k), min: 1, max: Limits.maxElements) else {
                throw NameTableError(message: "DIM must be a valid dimension")
            }
            return d
        }

        /// Softmax's and layer norm's dimension: 1 (each column) or 2 (each row).
        func rowOrColumn(_ k: Int, default d: Int) throws -> Int {
            guard count > k else { return d }
            let v = try integer(k, min: 1)
            guard v <= 2 else { throw NameTableError(message: "the dimension must be 1 (each column) or 2 (each row), got \(v)") }
            return v
        }

        /// A reduction of the first operand along `d`; along a dimension of length 1 the operand itself.
        func reduction(_ p: (Int) -> Primitive, along d: Int) -> CallMeaning {
            d > 2 ? .operand(0) : .primitive(p(d), [0])
        }
    }
}

extension NameTable {
    /// The entry-by-entry functions: `sigmoid(x)`, `log(x)`, … (gelu has an option of its own).
    static let elementFunctions: [NamedOperation] = ElementFunction.allCases.filter { $0 != .gelu }.map { f in
        NamedOperation(f.rawValue, 1...1, forms: ["\(f.rawValue)(x)"], entryByEntry: true, spells: { $0 == .function(f) }) { _ in
            .primitive(.function(f), [0])
        }
    }

    /// A function of two operands, entry by entry.
    private static func binary(_ name: String, _ p: Primitive, spelled: Bool = true) -> NamedOperation {
        var spells: (@Sendable (Primitive) -> Bool)? = nil
        if spelled { spells = { @Sendable q in q == p } }
        return NamedOperation(name, 2...2, forms: ["\(name)(x, y)"], entryByEntry: true, spells: spells) { _ in .primitive(p, [0, 1]) }
    }

    /// A reduction along a dimension: `sum(x)`, `sum(x, 2)`.
    private static func reduction(
        _ name: String, _ p: @escaping @Sendable (Int) -> Primitive, numericFromTable: Bool = false,
        forms: [String]? = nil, spells: @escaping @Sendable (Primitive) -> Bool
    ) -> NamedOperation {
        NamedOperation(
            name, 1...2, forms: forms ?? ["\(name)(x)", "\(name)(x, 2)", "\(name)(x, 3)"],
            numericFromTable: numericFromTable, spells: spells
        ) { a in
            a.reduction(p, along: try a.dimension(1))
        }
    }

    static let structural: [NamedOperation] = [
        reduction("sum", Primitive.sum, spells: { if case .sum = $0 { return true } else { return false } }),
        reduction("mean", Primitive.mean, spells: { if case .mean = $0 { return true } else { return false } }),
        reduction("prod", Primitive.prod, spells: { if case .prod = $0 { return true } else { return false } }),
        extremum("max", .maximum, Primitive.maxAlong),
        extremum("min", .minimum, Primitive.minAlong),
        NamedOperation(
            "norm", 1...2, forms: ["norm(v)", "norm(v, 1)", "norm(v, Inf)", "norm(x, 'fro')"], takesText: true,
            numericFromTable: false, spells: { if case .norm = $0 { return true } else { return false } }
        ) { a in
            guard a.count == 2 else { return .primitive(.norm(.p(2)), [0]) }
            if let s = a.text(1) { return s.lowercased() == "fro" ? .primitive(.norm(.frobenius), [0]) : nil }
            let p = try a.number(1)
            return .primitive(.norm(p == .infinity ? .infinity : p == -.infinity ? .negativeInfinity : .p(p)), [0])
        },
        NamedOperation("trace", 1...1, forms: ["trace(A)"], spells: { $0 == .trace }) { _ in .primitive(.trace, [0]) },
        NamedOperation("det", 1...1, forms: ["det(A)"], spells: { $0 == .determinant }) { _ in .primitive(.determinant, [0]) },
        NamedOperation("inv", 1...1, forms: ["inv(A)"], spells: { $0 == .inverse }) { _ in .primitive(.inverse, [0]) },
        NamedOperation("transpose", 1...1, forms: ["transpose(x)"], numericFromTable: false, spells: nil) { _ in .primitive(.transpose, [0]) },
        NamedOperation("kron", 2...2, forms: ["kron(x, A)", "kron(v, y)"], numericFromTable: false, spells: { $0 == .kron }) { _ in .primitive(.kron, [0, 1]) },
        binary("atan2", .atan2),
        binary("mod", .mod),
        binary("rem", .rem),
        // The function forms of operators: code() writes the operator.
        binary("plus", .add, spelled: false),
        binary("minus", .subtract, spelled: false),
        binary("times", .multiply, spelled: false),
        binary("rdivide", .divide, spelled: false),
        binary("power", .power, spelled: false),
        NamedOperation("mtimes", 2...2, forms: ["mtimes(A, x)"], spells: nil) { _ in .primitive(.matmul, [0, 1]) },
        NamedOperation("not", 1...1, forms: ["not(x)"], spells: nil) { _ in .primitive(.not, [0]) },
        NamedOperation(
            "repmat", 2...3, forms: ["repmat(x, 2, 3)", "repmat(x, [2 3])", "repmat(x, 2)"], numericFromTable: false,
            spells: { if case .repmat = $0 { return true } else { return false } }
        ) { a in
            let r: Double, c: Double
            if a.count == 3 {
                (r, c) = (try a.number(1), try a.number(2))
            } else if let m = a.all[1].value, m.isScalar {
                (r, c) = (m.scalar, m.scalar)
            } else if let m = a.all[1].value, m.count == 2 {
                (r, c) = (m.elements[0], m.elements[1])
            } else {
                return nil
            }
            guard r >= 0, c >= 0, r <= 1e9, c <= 1e9, r == r.rounded(), c == c.rounded(), r * c < 1e9 else { return nil }
            return .primitive(.repmat(rows: Int(r), cols: Int(c)), [0])
        },
        NamedOperation(
            "diag", 1...1, forms: ["diag(v)", "diag(A)"], numericFromTable: false,
            spells: { $0 == .diag || $0 == .diagPart }
        ) { a in
            let s = try a.shape(0)
            return .primitive(s.isVector || s.isScalar ? .diag : .diagPart, [0])
        },
        NamedOperation(
            "reshape", 3...3, forms: ["reshape(x, 2, 3)"], numericFromTable: false,
            spells: { if case .reshape = $0 { return true } else { return false } }
        ) { a in
            .primitive(.reshape(rows: try a.integer(1), cols: try a.integer(2)), [0])
        },
        NamedOperation("numel", 1...1, forms: ["numel(x)"], numericFromTable: false, spells: nil) { a in
            .number(Double(try a.shape(0).count))
        },
        NamedOperation("gelu", 1...2, forms: ["gelu(x)", "gelu(x, 'tanh')"], takesText: true, entryByEntry: true, spells: { $0 == .function(.gelu) }) { a in
            guard a.count == 2 else { return .primitive(.function(.gelu), [0]) }
            guard a.text(1)?.lowercased() == "tanh" else {
                throw NameTableError(message: "gelu's second argument can only be 'tanh' (the approximation)")
            }
            return .primitive(.function(.geluTanh), [0])
        },
        NamedOperation(
            "leaky_relu", 1...2, forms: ["leaky_relu(x)", "leaky_relu(x, 0.2)"], entryByEntry: true,
            spells: { if case .leakyRelu = $0 { return true } else { return false } }
        ) { a in
            .primitive(.leakyRelu(alpha: a.count == 2 ? try a.number(1) : 0.01), [0])
        },
        NamedOperation(
            "softmax", 1...2, forms: ["softmax(x)", "softmax(x, 2)"],
            spells: { if case .softmax = $0 { return true } else { return false } }
        ) { a in
            .primitive(.softmax(dim: try a.rowOrColumn(1, default: 1)), [0])
        },
        NamedOperation(
            "layernorm", 1...2, forms: ["layernorm(x)", "layernorm(x, 1)"],
            spells: { if case .layerNorm = $0 { return true } else { return false } }
        ) { a in
            .primitive(.layerNorm(dim: try a.rowOrColumn(1, default: 2)), [0])
        },
        reduction(
            "logsumexp", Primitive.logSumExp, numericFromTable: true,
            spells: { if case .logSumExp = $0 { return true } else { return false } }),
        NamedOperation(
            "scatter_add", 3...3, forms: ["scatter_add(x, ids, 4)"],
            spells: { if case .scatterRows = $0 { return true } else { return false } }
        ) { a in
            .primitive(.scatterRows(rows: try a.integer(2, min: 1)), [0, 1])
        },
        NamedOperation(
            "psi", 1...2, forms: ["psi(x)", "psi(1, x)", "psi(2, x)"], entryByEntry: true,
            spells: { if case .polygamma = $0 { return true } else { return false } }
        ) { a in
            guard a.count == 2 else { return .primitive(.polygamma(order: 0), [0]) }
            let k = try a.integer(0)
            guard k <= Polygamma.maxOrder else { throw NameTableError(message: "the order K must be at most \(Polygamma.maxOrder), got \(k)") }
            return .primitive(.polygamma(order: k), [1])
        },
        NamedOperation("mse", 2...2, forms: ["mse(x, y)"], spells: nil) { _ in .derived({ try DerivedOperations.mse($0[0], $0[1]) }, [0, 1]) },
        NamedOperation("bce", 2...2, forms: ["bce(x, y)"], spells: nil) { _ in .derived({ try DerivedOperations.bce($0[0], $0[1]) }, [0, 1]) },
        NamedOperation("cross_entropy", 2...2, forms: ["cross_entropy(x, Y)"], spells: nil) { _ in
            .derived({ try DerivedOperations.crossEntropy($0[0], $0[1]) }, [0, 1])
        }
    ]

    /// `max(x, y)` entry by entry, `max(x)` and `max(x, [], dim)` along a dimension.
    private static func extremum(_ name: String, _ pair: Primitive, _ along: @escaping @Sendable (Int) -> Primitive) -> NamedOperation {
        NamedOperation(
            name, 1...3, forms: ["\(name)(x, y)", "\(name)(x)", "\(name)(x, [], 2)"], numericFromTable: false,
            spells: { p in p == pair || p == along(1) || p == along(2) }
        ) { a in
            switch a.count {
            case 2: return .primitive(pair, [0, 1])
            case 3 where try a.shape(1).count != 0: return nil
            default: return a.reduction(along, along: try a.dimension(a.count == 3 ? 2 : 1))
            }
        }
    }
}
