import NablaSyntax

/// Compiled code for an expression that only reads variables and does arithmetic on double
/// scalars (`s + i*2`, `x > 3`): it computes a `Double` (or a truth) straight from the slots, with
/// no `Operand`, no `Value` and no call into the interpreter.
///
/// The contract: a result is given only when every variable read is a double scalar and every
/// intermediate result is finite; then it is the value the interpreter computes (the same IEEE
/// operations as the matrix kernels, as `LoopCompiler.binary`). In any other case the code gives
/// nil and the caller runs the general compiled code for the same expression from the start. That
/// is safe because this code has no effect: it reads, never throws, warns or prints; loading a
/// slot from the frame only moves a variable, which the general code would do as well. A
/// non-finite result goes the general way because it may owe a warning (NonFiniteWarning.swift).
///
/// A struct, not an enum with the closure as a payload: a closure taken out of an enum is copied
/// (its context counted up and down at every call), one kept in a field is called in place.
struct ScalarCode {
    enum Kind: UInt8 { case constant, slot, code }
    let kind: Kind
    let constant: Double
    let slot: Int
    let code: (LoopRun) -> Double?

    private static func none(_: LoopRun) -> Double? { nil }

    static func constant(_ x: Double) -> ScalarCode { ScalarCode(kind: .constant, constant: x, slot: 0, code: none) }
    static func slot(_ k: Int) -> ScalarCode { ScalarCode(kind: .slot, constant: 0, slot: k, code: none) }
    static func code(_ f: @escaping (LoopRun) -> Double?) -> ScalarCode { ScalarCode(kind: .code, constant: 0, slot: 0, code: f) }

    @inline(__always)
    func callAsFunction(_ run: LoopRun) -> Double? {
        switch kind {
        case .constant: return constant
        case .slot: return run.number(slot)
        case .code: return code(run)
        }
    }
}

/// The truth of a condition computed from scalar code, nil when that code gives none.
struct TruthCode {
    let test: (LoopRun) -> Bool?
}

extension LoopCompiler {
    /// The scalar code of `e`, nil when `e` is not made of numbers, variables, unary minus and
    /// `+ - * / \ .* ./ .\` and `^2`.
    func scalarCode(_ e: Expr) -> ScalarCode? {
        switch e.kind {
        case .number(let x):
            return .constant(x)
        case .identifier(let name):
            return .slot(slot(name))
        case .end where storeIndex:
            return .code { run in run.extent }
        case .unary(.negate, let operand):
            guard let a = scalarCode(operand) else { return nil }
            return .code { run in
                guard let x = a(run) else { return nil }
                return -x
            }
        case .binary(let op, let lhs, let rhs):
            guard let a = scalarCode(lhs), let b = scalarCode(rhs) else { return nil }
            return Self.arithmetic(op, a, b)
        case .call(let base, let args):
            guard case .identifier(let name) = base.kind else { return nil }
            return scalarCall(e, name, args)
        default:
            return nil
        }
    }

    @inline(__always)
    private static func finite(_ r: Double) -> Double? { r.isFinite ? r : nil }

    private static func arithmetic(_ op: BinaryOperator, _ a: ScalarCode, _ b: ScalarCode) -> ScalarCode? {
        switch op {
        case .add:
            return .code { run in
                guard let x = a(run), let y = b(run) else { return nil }
                return finite(x + y)
            }
        case .subtract:
            return .code { run in
                guard let x = a(run), let y = b(run) else { return nil }
                return finite(x - y)
            }
        case .matrixMultiply, .elementMultiply:
            return .code { run in
                guard let x = a(run), let y = b(run) else { return nil }
                return finite(x * y)
            }
        case .rightDivide, .elementDivide:
            return .code { run in
                guard let x = a(run), let y = b(run) else { return nil }
                return finite(x / y)
            }
        case .leftDivide, .elementLeftDivide:
            return .code { run in
                guard let x = a(run), let y = b(run) else { return nil }
                return finite(y / x)
            }
        case .matrixPower, .elementPower:
            return .code { run in
                guard let x = a(run), let y = b(run), y == 2 else { return nil }
                return finite(x * x)
            }
        default:
            return nil
        }
    }

    /// The truth of `e` as `if`/`while` take it, for comparisons of scalar code, `&&` and `||`
    /// of such truths, and scalar code itself (true unless zero); nil when `e` is none of these.
    /// Its code gives nil whenever a scalar code in it does.
    func truthCode(_ e: Expr) -> TruthCode? {
        if case .binary(let op, let lhs, let rhs) = e.kind {
            if op == .shortAnd || op == .shortOr {
                guard let a = truthCode(lhs)?.test, let b = truthCode(rhs)?.test else { return nil }
                let and = op == .shortAnd
                return TruthCode { run in
                    guard let first = a(run) else { return nil }
                    if first != and { return first }
                    return b(run)
                }
            }
            if let comparison = Self.comparison(op) {
                guard let a = scalarCode(lhs), let b = scalarCode(rhs) else { return nil }
                return comparison(a, b)
            }
        }
        guard let a = scalarCode(e) else { return nil }
        return TruthCode { run in
            guard let x = a(run) else { return nil }
            return x != 0
        }
    }

    private static func comparison(_ op: BinaryOperator) -> ((ScalarCode, ScalarCode) -> TruthCode)? {
        switch op {
        case .equal: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x == $0 } } } }
        case .notEqual: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x != $0 } } } }
        case .less: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x < $0 } } } }
        case .lessEqual: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x <= $0 } } } }
        case .greater: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x > $0 } } } }
        case .greaterEqual: return { a, b in TruthCode { run in a(run).flatMap { x in b(run).map { x >= $0 } } } }
        default: return nil
        }
    }
}
