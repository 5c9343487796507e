/// Binding strength, from loosest to tightest. One table serves the parser and
/// every printer (Octave code, Unicode maths, LaTeX), so what is printed parses
/// back to the same tree.
public enum Precedence: Int, Comparable, Sendable {
    case oror = 1  // ||
    case andand  // &&
    case or  // |
    case and  // &
    case comparison  // < <= == != >= >
    case range  // :
    case additive  // + -
    case multiplicative  // * / \ .* ./ .\
    case prefix  // unary - + ! ~
    case power  // ^ .^ (and postfix ' .')
    case postfix  // indexing, calls
    case atom

    public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
}

public enum BinaryOperator: String, CaseIterable, Sendable {
    case add = "+", subtract = "-"
    case matrixMultiply = "*", rightDivide = "/", leftDivide = "\\"
    case elementMultiply = ".*", elementDivide = "./", elementLeftDivide = ".\\"
    case matrixPower = "^", elementPower = ".^"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case elementAnd = "&", elementOr = "|"
    case shortAnd = "&&", shortOr = "||"

    public var precedence: Precedence {
        switch self {
        case .shortOr: return .oror
        case .shortAnd: return .andand
        case .elementOr: return .or
        case .elementAnd: return .and
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return .comparison
        case .add, .subtract: return .additive
        case .matrixMultiply, .rightDivide, .leftDivide, .elementMultiply, .elementDivide, .elementLeftDivide:
            return .multiplicative
        case .matrixPower, .elementPower: return .power
        }
    }

    /// The spelling Octave uses in messages and that `code(expr)` prints.
    public var spelling: String { rawValue }

    /// Parses any spelling, including Octave's alternatives (`~=` for `!=`).
    public init?(spelling: String) {
        if spelling == "~=" { self = .notEqual; return }
        self.init(rawValue: spelling)
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-", plus = "+", not = "!"
}

public enum PostfixOperator: String, Sendable {
    /// `'` — the conjugate transpose; for real matrices, the transpose.
    case transpose = "'"
    /// `.'`
    case plainTranspose = ".'"
}
