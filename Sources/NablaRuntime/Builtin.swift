import NablaNumerics
import NablaSyntax

/// A function built into the language, with the documentation `help` shows.
///
/// This one table drives evaluation, `help NAME`, tab completion and the test that
/// runs every documented example, so documentation cannot drift from behaviour.
public struct Builtin: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case construction = "Building arrays"
        case elementwise = "Element-wise maths"
        case reduction = "Sums, means and other reductions"
        case linearAlgebra = "Linear algebra"
        case shape = "Shapes and indexing"
        case text = "Text and printing"
        case session = "Session"
        case neural = "Neural networks"
        case symbolic = "Symbolic maths and derivatives"
        case teaching = "Teaching views: traces, steps, training"
        case plotting = "Plots"
        case data = "Data sets, metrics and files"
    }

    public let name: String
    /// How it is called, e.g. `sum(x)  sum(x, dim)`.
    public let signature: String
    /// One line: what it does.
    public let summary: String
    /// Code that `help` runs to show a real result.
    public let example: String
    public let category: Category
    public let body: @Sendable (inout BuiltinCall) throws -> [Value]
    /// Whether its arguments are formulas, taken as written rather than evaluated first
    /// (`grad(L, W)`, `latex(e)`): called by name, it receives only `argumentExprs`, and
    /// decides itself, once, what each one is. Called through a handle it receives values.
    public private(set) var takesFormulas = false

    /// This builtin, taking its arguments as formulas (see `takesFormulas`).
    public func takingFormulas() -> Builtin {
        var b = self
        b.takesFormulas = true
        return b
    }

    public init(
        _ name: String, _ signature: String, _ summary: String, example: String, _ category: Category,
        _ body: @escaping @Sendable (inout BuiltinCall) throws -> [Value]
    ) {
        self.name = name
        self.signature = signature
        self.summary = summary
        self.example = example
        self.category = category
        self.body = body
    }
}

public enum Builtins {
    /// The builtins of the core language, known before anything is registered.
    static let core: [Builtin] =
        construction + elementwise + reductions + linearAlgebra + shapes + text + session + neural + symbolic
        + files + structs + loadSave + functionCalls + minimisers + differences + fileIO + strings
        + factorisations + applyEach + compat + cellStrings

    /// The core language's builtins by name. A session calls those of its own `Vocabulary`,
    /// which may add more.
    public static var table: [String: Builtin] { Vocabulary.core.builtins }

    public static func lookup(_ name: String) -> Builtin? { Vocabulary.core.builtins[name] }

    public static var names: [String] { Vocabulary.core.names }
}

/// The builtins one session can call: the core language's, plus those of the layers above
/// it (the teaching views, a notebook's lesson checks). Built once, by whoever makes the
/// session, and never changed after: a session owns its vocabulary, so two sessions in one
/// process may speak differently and neither can change what the other calls.
public struct Vocabulary: Sendable {
    public let builtins: [String: Builtin]
    /// Every name, sorted (for help and completion).
    public let names: [String]

    private init(_ builtins: [String: Builtin]) {
        self.builtins = builtins
        self.names = builtins.keys.sorted()
    }

    /// The core language alone.
    public static let core = Vocabulary(Dictionary(Builtins.core.map { ($0.name, $0) }, uniquingKeysWith: { _, later in later }))

    /// This vocabulary with `more`; a builtin of `more` replaces one of the same name.
    public func adding(_ more: [Builtin]) -> Vocabulary {
        var table = builtins
        for b in more { table[b.name] = b }
        return Vocabulary(table)
    }

    public func lookup(_ name: String) -> Builtin? { builtins[name] }
}
