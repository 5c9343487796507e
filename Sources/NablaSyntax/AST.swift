/// An expression as the user wrote it, with its source range.
///
/// The runtime evaluates these directly for plain Octave code, and lowers them to
/// the symbolic graph when a formula (`z := W*x + b`) or a derivative is asked for.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Sendable {
    case number(Double)
    case string(String, doubleQuoted: Bool)
    case identifier(String)
    /// A bare `:` as an index (all of a dimension).
    case colonAll
    /// `end` inside an index.
    case end
    /// `[a b; c d]` — rows of elements.
    case matrix([[Expr]])
    /// `{a, b; c, d}`
    case cell([[Expr]])
    /// `a:b` or `a:s:b`.
    case range(start: Expr, step: Expr?, stop: Expr)
    case binary(BinaryOperator, Expr, Expr)
    case unary(UnaryOperator, Expr)
    case postfix(PostfixOperator, Expr)
    /// `f(args)` — a call or an index; which one is decided at run time, as in Octave.
    case call(Expr, [Expr])
    /// `c{args}`
    case cellIndex(Expr, [Expr])
    /// `s.name`
    case field(Expr, String)
    /// `s.(expr)`: a field whose name is the text `expr` gives when it runs.
    case dynamicField(Expr, Expr)
    /// `@(x, y) body`
    case anonymousFunction(parameters: [String], body: Expr)
    /// `@name`
    case functionHandle(String)
    /// `++x`, `x++`, `--x`, `x--`: changes the variable (`target` is always assignable,
    /// see `LValue(_:)`) and gives its new value (prefix) or its old one (postfix), as Octave does.
    case increment(target: Expr, by: Double, prefix: Bool)
}

/// The target of an assignment: a name followed by zero or more index steps.
public struct LValue: Sendable {
    public enum Step: Sendable {
        case paren([Expr])
        case brace([Expr])
        case field(String)
        /// `.(expr)`, resolved to `.field` by evaluating `expr` before the assignment.
        case dynamicField(Expr)
    }

    public var name: String
    public var steps: [Step]
    public var range: SourceRange
    /// `~` in a multiple assignment: the output is discarded.
    public var isPlaceholder: Bool { name == "~" }

    public init(name: String, steps: [Step], range: SourceRange) {
        self.name = name
        self.steps = steps
        self.range = range
    }

    /// `x`, `x(i)`, `x{i}`, `x.f` and chains of these as an assignment target; nil for
    /// anything else.
    public init?(_ e: Expr) {
        switch e.kind {
        case .identifier(let name):
            self.init(name: name, steps: [], range: e.range)
        case .call(let base, let args):
            guard var lv = LValue(base) else { return nil }
            lv.steps.append(.paren(args))
            lv.range = e.range
            self = lv
        case .cellIndex(let base, let args):
            guard var lv = LValue(base) else { return nil }
            lv.steps.append(.brace(args))
            lv.range = e.range
            self = lv
        case .field(let base, let name):
            guard var lv = LValue(base) else { return nil }
            lv.steps.append(.field(name))
            lv.range = e.range
            self = lv
        case .dynamicField(let base, let name):
            guard var lv = LValue(base) else { return nil }
            lv.steps.append(.dynamicField(name))
            lv.range = e.range
            self = lv
        default:
            return nil
        }
    }
}

public struct Statement: Sendable {
    public var kind: StatementKind
    public var range: SourceRange

    public init(_ kind: StatementKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum AssignmentOperator: String, Sendable {
    case plain = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/=", power = "^="
    case leftDivide = "\\=", elementMultiply = ".*=", elementDivide = "./=", elementPower = ".^="

    /// The binary operator a compound assignment applies (`x += y` is `x = x + y`).
    public var binary: BinaryOperator? {
        switch self {
        case .plain: return nil
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .matrixMultiply
        case .divide: return .rightDivide
        case .power: return .matrixPower
        case .leftDivide: return .leftDivide
        case .elementMultiply: return .elementMultiply
        case .elementDivide: return .elementDivide
        case .elementPower: return .elementPower
        }
    }
}

public struct FunctionDefinition: Sendable {
    public var name: String
    public var parameters: [String]
    public var outputs: [String]
    public var body: [Statement]
    public var range: SourceRange

    public init(name: String, parameters: [String], outputs: [String], body: [Statement], range: SourceRange) {
        self.name = name
        self.parameters = parameters
        self.outputs = outputs
        self.body = body
        self.range = range
    }
}

public struct SwitchCase: Sendable {
    public var value: Expr
    public var body: [Statement]

    public init(value: Expr, body: [Statement]) {
        self.value = value
        self.body = body
    }
}

public struct ConditionalBranch: Sendable {
    public var condition: Expr
    public var body: [Statement]

    public init(condition: Expr, body: [Statement]) {
        self.condition = condition
        self.body = body
    }
}

public indirect enum StatementKind: Sendable {
    /// An expression; its value goes to `ans` (unless it is a bare variable) and is shown when `display`.
    case expression(Expr, display: Bool)
    /// `x = e`, `A(i, j) = e`, `x += e`, `[a, b] = f(…)`.
    case assignment([LValue], AssignmentOperator, Expr, display: Bool)
    /// `z := W*x + b` — binds a name to a formula rather than to its value.
    case formula(name: String, Expr, display: Bool)
    case ifChain([ConditionalBranch], otherwise: [Statement]?)
    case forLoop(variable: LValue, Expr, body: [Statement])
    case whileLoop(Expr, body: [Statement])
    case doUntil(body: [Statement], Expr)
    case switchChain(Expr, cases: [SwitchCase], otherwise: [Statement]?)
    case tryCatch(body: [Statement], identifier: String?, handler: [Statement])
    case breakLoop
    case continueLoop
    case returnFromFunction
    case function(FunctionDefinition)
    /// Command syntax: `format long`, `clear x y`.
    case command(name: String, words: [String], display: Bool)
}

/// A parsed source file or REPL input.
public struct Program: Sendable {
    public var statements: [Statement]
    public var functions: [FunctionDefinition]
    public var source: SourceFile

    public init(statements: [Statement], functions: [FunctionDefinition], source: SourceFile) {
        self.statements = statements
        self.functions = functions
        self.source = source
    }
}
