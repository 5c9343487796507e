import NablaNumerics
import NablaSyntax

/// A `for` or `while` loop compiled once, when it starts, into closures over resolved variable
/// slots, so that an iteration costs no name look-up and a scalar no allocation.
///
/// The contract: running the compiled loop has exactly the effect of running the statement
/// through `Interpreter.execute` — same values, same output, same errors at the same places. It
/// holds because only a few shapes are compiled (numbers, variables, operators, indexing of a
/// numeric variable, calls of user functions, assignments to a variable or one element of it,
/// `if`, `for` over a range, `while`, `break`, `continue`), each doing what the interpreter does
/// (scalars of class double take a shortcut with the same IEEE result), and everything else
/// falls back to the interpreter itself.
///
/// While the loop runs, its variables live in `LoopRun.slots`, moved out of the frame so that a
/// store into an array the loop owns is not a copy. Before anything the interpreter runs itself
/// (a fallback, a builtin call) and when the loop ends — normally or by an error — every slot is
/// moved back; a slot is reloaded from the frame the next time it is read.
struct CompiledLoop {
    private let body: (LoopRun) throws -> Interpreter.Flow
    private let names: [String]

    /// Compiles `statement`, a `for` or `while` loop, for the interpreter's current frame.
    init(_ statement: Statement, interpreter: Interpreter) {
        let compiler = LoopCompiler(interpreter: interpreter)
        body = compiler.statement(statement)
        names = compiler.names
    }

    func run(_ interpreter: Interpreter) throws -> Interpreter.Flow {
        let run = LoopRun(interpreter: interpreter, names: names)
        defer { run.moveAllToFrame() }
        return try body(run)
    }
}

/// A value as compiled code passes it around: a double scalar without its matrix, or any value.
enum Operand {
    case number(Double)
    case value(Value)

    init(_ v: Value) {
        if case .tensor(let t) = v, t.elementClass == .double, t.storage == .full,
           t.matrix.rows == 1, t.matrix.cols == 1 {
            self = .number(t.matrix.elements[0])
        } else {
            self = .value(v)
        }
    }

    var value: Value {
        switch self {
        case .number(let x): return .number(x)
        case .value(let v): return v
        }
    }
}

/// The variables of one run of a compiled loop.
final class LoopRun {
    enum Slot {
        /// In the frame (or nowhere): look there on the next read.
        case inFrame
        /// Not a variable of the frame: the name means a formula or a function.
        case absent
        case number(Double)
        case value(Value)
    }

    let interpreter: Interpreter
    let frame: Frame
    let names: [String]
    /// Read and written several times an iteration, by this run only (one thread, no overlapping
    /// accesses): exempt from the dynamic exclusivity check, which would cost more than the work.
    @exclusivity(unchecked) var slots: [Slot]

    init(interpreter: Interpreter, names: [String], frame: Frame? = nil) {
        self.interpreter = interpreter
        self.frame = frame ?? interpreter.current
        self.names = names
        self.slots = Array(repeating: .inFrame, count: names.count)
    }

    /// The variable in slot k, or nil when the name is not a variable.
    @inline(__always)
    func read(_ k: Int) -> Operand? {
        switch slots[k] {
        case .number(let x): return .number(x)
        case .value(let v): return .value(v)
        case .absent: return nil
        case .inFrame: return load(k)
        }
    }

    private func load(_ k: Int) -> Operand? {
        guard let v = frame.variables.removeValue(forKey: names[k]) else {
            slots[k] = .absent
            return nil
        }
        let operand = Operand(v)
        switch operand {
        case .number(let x): slots[k] = .number(x)
        case .value(let v): slots[k] = .value(v)
        }
        return operand
    }

    /// Assigns slot k, as `Interpreter.setVariable` does (a formula of that name is forgotten).
    @inline(__always)
    func write(_ k: Int, _ operand: Operand) {
        if case .inFrame = slots[k] { frame.variables[names[k]] = nil }
        switch operand {
        case .number(let x): slots[k] = .number(x)
        case .value(let v): slots[k] = .value(v)
        }
        if !frame.formulas.isEmpty { frame.formulas[names[k]] = nil }
    }

    /// Sets slot k of a run that has just started (a function's parameter): the frame has no variables yet.
    func bind(_ k: Int, _ value: Value) {
        switch Operand(value) {
        case .number(let x): slots[k] = .number(x)
        case .value(let v): slots[k] = .value(v)
        }
    }

    /// The variable in slot k as a value, nil when there is none (a function's unset output).
    func output(_ k: Int) -> Value? { read(k)?.value }

    /// Takes the value out of slot k (leaving it absent) for a store that must own it alone.
    func take(_ k: Int) -> Value? {
        guard let operand = read(k) else { return nil }
        slots[k] = .absent
        return operand.value
    }

    /// Puts every held variable back into the frame; the slots are read from there again.
    func moveAllToFrame() {
        for k in slots.indices {
            switch slots[k] {
            case .number(let x): frame.variables[names[k]] = .number(x)
            case .value(let v): frame.variables[names[k]] = v
            case .absent, .inFrame: break
            }
            slots[k] = .inFrame
        }
    }

    /// Evaluates `e` with the interpreter itself, which reads the frame.
    func fallback(_ e: Expr) throws -> Operand {
        moveAllToFrame()
        return Operand(try interpreter.evaluate(e))
    }
}

/// Turns statements and expressions into closures; one per compiled loop or function.
final class LoopCompiler {
    typealias Exec = (LoopRun) throws -> Interpreter.Flow
    typealias Eval = (LoopRun) throws -> Operand

    let interpreter: Interpreter
    var names: [String] = []
    private var slotOf: [String: Int] = [:]
    private static let yes = Operand.value(.bool(true)), no = Operand.value(.bool(false))

    init(interpreter: Interpreter) { self.interpreter = interpreter }

    func slot(_ name: String) -> Int {
        if let k = slotOf[name] { return k }
        slotOf[name] = names.count
        names.append(name)
        return names.count - 1
    }

    // MARK: Statements

    func statements(_ list: [Statement]) -> Exec {
        let compiled = list.map(statement)
        if compiled.count == 1 { return compiled[0] }
        return { run in
            for s in compiled {
                let flow = try s(run)
                if flow != .normal { return flow }
            }
            return .normal
        }
    }

    func statement(_ s: Statement) -> Exec {
        switch s.kind {
        case .assignment(let targets, let op, let e, let display) where targets.count == 1 && !display:
            if let compiled = assignment(targets[0], op, e) { return compiled }
        case .ifChain(let branches, let otherwise):
            let conditions = branches.map { condition($0.condition) }
            let bodies = branches.map { statements($0.body) }
            let rest = otherwise.map(statements)
            return { run in
                for k in conditions.indices where try conditions[k](run) { return try bodies[k](run) }
                if let rest { return try rest(run) }
                return .normal
            }
        case .forLoop(let variable, let iterable, let body) where variable.steps.isEmpty && !variable.isPlaceholder:
            guard case .range(let a, let s, let b) = iterable.kind else { break }
            return forRange(slot(variable.name), a, s, b, iterable.range, statements(body))
        case .whileLoop(let c, let body):
            let test = condition(c), inner = statements(body)
            return { run in
                while try test(run) {
                    try Interrupt.check()
                    let flow = try inner(run)
                    if flow == .breakLoop { break }
                    if flow == .returnFromFunction { return flow }
                }
                return .normal
            }
        case .breakLoop: return { _ in .breakLoop }
        case .continueLoop: return { _ in .continueLoop }
        case .returnFromFunction: return { _ in .returnFromFunction }
        default: break
        }
        let interpreter = self.interpreter
        return { run in
            run.moveAllToFrame()
            return try interpreter.execute(s)
        }
    }

    private func forRange(_ k: Int, _ a: Expr, _ s: Expr?, _ b: Expr, _ range: SourceRange, _ body: @escaping Exec) -> Exec {
        let interpreter = self.interpreter
        let start = expression(a), step = s.map(expression), stop = expression(b)
        return { run in
            let first = try Self.scalar(start(run), interpreter, a.range, "range start")
            let by = try step.map { try Self.scalar($0(run), interpreter, s!.range, "range step") } ?? 1
            let last = try Self.scalar(stop(run), interpreter, b.range, "range end")
            let count = try interpreter.rangeCount(first, by, last, at: range)
            for i in 0..<count {
                try Interrupt.check()
                run.write(k, .number(first + Double(i) * by))
                let flow = try body(run)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
            return .normal
        }
    }

    private static func scalar(_ o: Operand, _ interpreter: Interpreter, _ range: SourceRange, _ what: String) throws -> Double {
        if case .number(let x) = o { return x }
        return try interpreter.scalar(o.value, at: range, what: what)
    }

    /// `if`/`while` truth, as `Interpreter.isTrue`: a scalar is true unless it is zero.
    private func condition(_ e: Expr) -> (LoopRun) throws -> Bool {
        let interpreter = self.interpreter
        let value = expression(e)
        return { run in
            let o = try value(run)
            if case .number(let x) = o { return x != 0 }
            return try interpreter.isTrue(o.value, at: e.range)
        }
    }

    private func assignment(_ target: LValue, _ op: AssignmentOperator, _ e: Expr) -> Exec? {
        guard !target.isPlaceholder else { return nil }
        let interpreter = self.interpreter
        let value = expression(e)
        if target.steps.isEmpty {
            let k = slot(target.name)
            guard let binary = op.binary else {
                return { run in
                    run.write(k, try value(run))
                    return .normal
                }
            }
            // `x += y`: the right side first, then x, as `executeAssignment` does.
            let old = expression(Expr(.identifier(target.name), target.range))
            let range = target.range.union(e.range)
            return { run in
                let b = try value(run)
                let a = try old(run)
                run.write(k, try Self.binary(binary, a, b, range, interpreter))
                return .normal
            }
        }
        // `x(i) = v` and `x(i, j) = v` into a numeric variable; anything else is the interpreter's.
        guard op == .plain, target.steps.count == 1, case .paren(let args) = target.steps[0],
              args.count == 1 || args.count == 2 else { return nil }
        if case .matrix(let rows) = e.kind, rows.isEmpty { return nil }  // deletion
        let k = slot(target.name)
        let subscripts = args.map(subscriptExpression)
        return { run in
            // The right side first, then the subscripts, as `Interpreter.assign` does.
            let v = try value(run).value
            let shape: Shape
            switch run.read(k) {
            case nil: shape = Shape(0, 0)
            case .number?: shape = Shape(1, 1)
            case .value(.tensor(let t))?: shape = t.matrix.shape
            case .value?:
                run.moveAllToFrame()
                try interpreter.assign(target, v)
                return .normal
            }
            var subs: [Subscript] = []
            for (position, indexOf) in subscripts.enumerated() {
                subs.append(try indexOf(run, shape, position, subscripts.count))
            }
            var tensor: Tensor
            switch run.take(k) {
            case .tensor(let t)?: tensor = t
            case let other?:  // a subscript made it something else: the interpreter says what
                run.write(k, Operand(other))
                run.moveAllToFrame()
                try interpreter.assign(target, v)
                return .normal
            case nil: tensor = Tensor(Matrix.empty)
            }
            defer { run.write(k, Operand(.tensor(tensor))) }
            try interpreter.assignTensor(&tensor, subs, v, at: target.range)
            return .normal
        }
    }

    /// One index, evaluated with `end` meaning the extent of the indexed value.
    private func subscriptExpression(_ e: Expr) -> (LoopRun, Shape, Int, Int) throws -> Subscript {
        if case .colonAll = e.kind { return { _, _, _, _ in .all } }
        let interpreter = self.interpreter
        let value = expression(e)
        return { run, shape, position, count in
            interpreter.endContext.append((shape, position, count))
            defer { interpreter.endContext.removeLast() }
            let o = try value(run)
            if case .number(let x) = o, x >= 1, x == x.rounded(), x <= Double(Int.max / 4) {
                return .list([Int(x) - 1], shape: .scalar, fromMask: false)
            }
            return try interpreter.resolveSubscript(from: o.value, at: e.range)
        }
    }

    // MARK: Expressions

    func expression(_ e: Expr) -> Eval {
        switch e.kind {
        case .number(let x):
            return { _ in .number(x) }
        case .identifier(let name):
            let k = slot(name)
            return { run in
                if let o = run.read(k) { return o }
                return try run.fallback(e)
            }
        case .end:
            let interpreter = self.interpreter
            return { run in
                guard let ctx = interpreter.endContext.last else { return try run.fallback(e) }
                return .number(Double(Interpreter.extent(ctx.shape, position: ctx.position, count: ctx.count)))
            }
        case .binary(let op, let lhs, let rhs):
            if op == .shortAnd || op == .shortOr {
                let interpreter = self.interpreter
                let a = expression(lhs), b = expression(rhs)
                let and = op == .shortAnd
                func truth(_ o: Operand, _ range: SourceRange) throws -> Bool {
                    if case .number(let x) = o { return x != 0 }
                    return try interpreter.isTrue(o.value, at: range, shortCircuit: op.rawValue)
                }
                return { run in
                    let first = try truth(a(run), lhs.range)
                    if and && !first { return Self.no }
                    if !and && first { return Self.yes }
                    return try truth(b(run), rhs.range) ? Self.yes : Self.no
                }
            }
            if op == .matrixMultiply, lhs.transposedOperand != nil || rhs.transposedOperand != nil { break }
            let interpreter = self.interpreter
            let a = expression(lhs), b = expression(rhs)
            return { run in
                let x = try a(run), y = try b(run)
                if case .number = x, case .number = y {
                    return try Self.binary(op, x, y, e.range, interpreter)
                }
                if x.value.isUnvaluedSymbolic || y.value.isUnvaluedSymbolic { return try run.fallback(e) }
                return Operand(try interpreter.applyBinary(op, x.value, y.value, range: e.range))
            }
        case .unary(let op, let operand):
            let interpreter = self.interpreter
            let a = expression(operand)
            return { run in
                let x = try a(run)
                if case .number(let v) = x, op == .negate { return .number(-v) }
                if x.value.isUnvaluedSymbolic { return try run.fallback(e) }
                return Operand(try interpreter.applyUnary(op, x.value, range: e.range))
            }
        case .call(let base, let args):
            guard case .identifier(let name) = base.kind, args.count <= 2,
                  !args.contains(where: { if case .cellIndex = $0.kind { true } else { false } })
            else { break }
            return call(e, name, args)
        default:
            break
        }
        return { run in try run.fallback(e) }
    }

    /// `name(args)`: an element of a numeric variable, or a call of a user function; anything
    /// else (a builtin, a cell, a function handle, a formula) is evaluated by the interpreter.
    private func call(_ e: Expr, _ name: String, _ args: [Expr]) -> Eval {
        let interpreter = self.interpreter
        let k = slot(name)
        let subscripts = args.map(subscriptExpression)
        let arguments = args.map(expression)
        return { run in
            switch run.read(k) {
            case .number(let x)?:
                return try Self.index(Tensor(Matrix(scalar: x)), subscripts, run, e, name, interpreter)
            case .value(.tensor(let t))?:
                return try Self.index(t, subscripts, run, e, name, interpreter)
            case nil where run.frame.formulas[name] == nil && interpreter.functions[name] != nil:
                var values: [Value] = []
                values.reserveCapacity(arguments.count)
                for argument in arguments { values.append(try argument(run).value) }
                let results = try interpreter.callFunction(named: name, values, nargout: 1, range: e.range,
                                                           argumentExprs: args)
                return Operand(try interpreter.firstValue(results, of: e))
            default:
                return try run.fallback(e)
            }
        }
    }

    private static func index(_ t: Tensor, _ subscripts: [(LoopRun, Shape, Int, Int) throws -> Subscript],
                              _ run: LoopRun, _ e: Expr, _ name: String, _ interpreter: Interpreter) throws -> Operand {
        if subscripts.isEmpty { return Operand(.tensor(t)) }
        let shape = t.matrix.shape
        var subs: [Subscript] = []
        for (position, indexOf) in subscripts.enumerated() {
            subs.append(try indexOf(run, shape, position, subscripts.count))
        }
        return Operand(.tensor(try interpreter.indexTensor(t, subscripts: subs, at: e.range, name: name)))
    }

    /// A binary operator; two double scalars take the shortcut, with the result the kernels give.
    static func binary(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ range: SourceRange,
                       _ interpreter: Interpreter) throws -> Operand {
        if case .number(let x) = a, case .number(let y) = b {
            // A non-finite result may owe a warning (`warning('on', 'Octave:divide-by-zero')`):
            // the interpreter's path decides.
            func finite(_ r: Double) -> Operand? { r.isFinite || !interpreter.warnsOnNonFinite ? .number(r) : nil }
            let arithmetic: Operand?
            switch op {
            case .add: arithmetic = finite(x + y)
            case .subtract: arithmetic = finite(x - y)
            case .matrixMultiply, .elementMultiply: arithmetic = finite(x * y)
            case .rightDivide, .elementDivide: arithmetic = finite(x / y)
            case .leftDivide, .elementLeftDivide: arithmetic = finite(y / x)
            case .matrixPower where y == 2, .elementPower where y == 2: arithmetic = finite(x * x)
            default: arithmetic = nil
            }
            if let arithmetic { return arithmetic }
            switch op {
            case .equal: return x == y ? yes : no
            case .notEqual: return x != y ? yes : no
            case .less: return x < y ? yes : no
            case .lessEqual: return x <= y ? yes : no
            case .greater: return x > y ? yes : no
            case .greaterEqual: return x >= y ? yes : no
            default: break
            }
        }
        return Operand(try interpreter.applyBinary(op, a.value, b.value, range: range))
    }
}
