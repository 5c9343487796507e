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
/// While the loop runs, its variables live in the slots of a `LoopRun`, moved out of the frame so that a
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
        defer {
            run.moveAllToFrame()
            interpreter.stores.add(run.stores)
        }
        return try body(run)
    }
}

/// A value as compiled code passes it around: a double scalar without its matrix, or any value.
enum Operand {
    case number(Double)
    case value(Value)

    init(_ v: Value) {
        if case .tensor(let t) = v, t.elementClass == .double, t.storage == .full,
            t.matrix.rows == 1, t.matrix.cols == 1
        {
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

/// Turns statements and expressions into closures; one per compiled loop or function.
final class LoopCompiler {
    typealias Exec = (LoopRun) throws -> Interpreter.Flow
    typealias Eval = (LoopRun) throws -> Operand

    /// Unowned, as every closure it builds holds it: compiled function bodies are cached in
    /// the interpreter (`compiledFunctions`), and a strong reference back would keep every
    /// session that ever called a function alive (a leak the fuzzer found). The closures hold it
    /// `unowned(unsafe)`, uncounted: compiled code runs only while its interpreter runs it.
    unowned let interpreter: Interpreter
    var names: [String] = []
    private var slotOf: [String: Int] = [:]
    /// One per call expression, shared by its general and its scalar code (ScalarFunction.swift).
    private var sites: [SourceRange: CallSite] = [:]
    /// Set while the scalar code of a store's indices is compiled: `end` there is `LoopRun.extent`.
    var storeIndex = false
    private static let yes = Operand.value(.bool(true)), no = Operand.value(.bool(false))
    /// Stands for an argument not given.
    static let nothing = Operand.number(0)

    init(interpreter: Interpreter) { self.interpreter = interpreter }

    func slot(_ name: String) -> Int {
        if let k = slotOf[name] { return k }
        slotOf[name] = names.count
        names.append(name)
        return names.count - 1
    }

    func callSite(_ range: SourceRange) -> CallSite {
        if let site = sites[range] { return site }
        let site = CallSite()
        sites[range] = site
        return site
    }

    // A closure kept in an array or an optional is stored at the most general abstraction and
    // called through a re-abstraction thunk at every call; kept in a struct's field it is called
    // directly. Compiled pieces are therefore kept in these wrappers, never bare in a container.
    struct ExecCode { let run: Exec }
    struct EvalCode { let run: Eval }
    struct SubscriptCode { let run: (LoopRun, Shape, Int, Int) throws -> Subscript }

    // MARK: Statements

    func statements(_ list: [Statement]) -> Exec {
        let compiled = list.map { ExecCode(run: statement($0)) }
        switch compiled.count {
        case 0: return { _ in .normal }
        case 1: return compiled[0].run
        case 2:
            let first = compiled[0].run, second = compiled[1].run
            return { run in
                let flow = try first(run)
                if flow != .normal { return flow }
                return try second(run)
            }
        default:
            return { run in
                for s in compiled {
                    let flow = try s.run(run)
                    if flow != .normal { return flow }
                }
                return .normal
            }
        }
    }

    /// The statement run by the interpreter itself, on the frame.
    private func interpreted(_ s: Statement) -> Exec {
        unowned(unsafe) let interpreter = self.interpreter
        return { run in
            run.moveAllToFrame()
            return try interpreter.execute(s)
        }
    }

    func statement(_ s: Statement) -> Exec {
        switch s.kind {
        case .assignment(let targets, let op, let e, let display) where targets.count == 1 && !display:
            return assignment(targets[0], op, e, s)
        case .ifChain(let branches, let otherwise):
            let rest: Exec = otherwise != nil ? statements(otherwise!) : { _ in .normal }
            if branches.count == 1 {
                let test = condition(branches[0].condition), body = statements(branches[0].body)
                return { run in try test(run) ? try body(run) : try rest(run) }
            }
            struct Branch { let test: (LoopRun) throws -> Bool; let body: Exec }
            let compiled = branches.map { Branch(test: condition($0.condition), body: statements($0.body)) }
            return { run in
                for b in compiled where try b.test(run) { return try b.body(run) }
                return try rest(run)
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
        return interpreted(s)
    }

    private func forRange(_ k: Int, _ a: Expr, _ s: Expr?, _ b: Expr, _ range: SourceRange, _ body: @escaping Exec) -> Exec {
        unowned(unsafe) let interpreter = self.interpreter
        let start = expression(a), step = s.map(expression), stop = expression(b)
        return { run in
            let first = try Self.scalar(start(run), interpreter, a.range, "range start")
            let by = try step.map { try Self.scalar($0(run), interpreter, s!.range, "range step") } ?? 1
            let last = try Self.scalar(stop(run), interpreter, b.range, "range end")
            let count = try interpreter.rangeCount(first, by, last, at: range)
            // Octave gives the variable of a loop that never runs the empty range itself.
            if count == 0 { run.write(k, .value(Interpreter.emptyRange)) }
            for i in 0..<count {
                try Interrupt.check()
                run.write(k, number: first + Double(i) * by)
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
        unowned(unsafe) let interpreter = self.interpreter
        let value = expression(e)
        if let fast = truthCode(e)?.test {
            return { run in
                if let truth = fast(run) { return truth }
                let o = try value(run)
                if case .number(let x) = o { return x != 0 }
                return try interpreter.isTrue(o.value, at: e.range)
            }
        }
        return { run in
            let o = try value(run)
            if case .number(let x) = o { return x != 0 }
            return try interpreter.isTrue(o.value, at: e.range)
        }
    }

    private func assignment(_ target: LValue, _ op: AssignmentOperator, _ e: Expr, _ s: Statement) -> Exec {
        guard !target.isPlaceholder else { return interpreted(s) }
        unowned(unsafe) let interpreter = self.interpreter
        let value = expression(e)
        if target.steps.isEmpty {
            let k = slot(target.name)
            guard let binary = op.binary else {
                if let fast = scalarCode(e) {
                    return { run in
                        if let x = fast(run) {
                            run.write(k, number: x)
                        } else {
                            run.write(k, try value(run))
                        }
                        return .normal
                    }
                }
                return { run in
                    run.write(k, try value(run))
                    return .normal
                }
            }
            // `x += y`: the right side first, then x, as `executeAssignment` does.
            let old = expression(Expr(.identifier(target.name), target.range))
            let range = target.range.union(e.range)
            let fast = scalarCode(Expr(.binary(binary, Expr(.identifier(target.name), target.range), e), range))
            return { run in
                if let x = fast?(run) {
                    run.write(k, number: x)
                    return .normal
                }
                let b = try value(run)
                let a = try old(run)
                run.write(k, try Self.binary(binary, a, b, range, interpreter))
                return .normal
            }
        }
        // `s.a = v`, `s.a.b = v`: the interpreter's own update of the value taken out of the slot.
        if op == .plain, target.steps.allSatisfy(\.isField) {
            if case .matrix(let rows) = e.kind, rows.isEmpty { return interpreted(s) }  // deletion
            let k = slot(target.name)
            let steps = target.steps[...]
            let single: String? = if steps.count == 1, case .field(let name)? = steps.first { name } else { nil }
            return { run in
                let v = try value(run).value
                if let single, run.setField(k, single, v) { return .normal }
                let base = run.take(k)
                do {
                    run.write(k, Operand(try interpreter.assigned(base, steps, v, target: target)))
                } catch {
                    if let base { run.restore(k, base) }
                    throw error
                }
                return .normal
            }
        }
        if op == .plain, target.steps.count == 2, case .field(let field) = target.steps[0],
            case .paren(let args) = target.steps[1], args.count == 1 || args.count == 2
        {
            if case .matrix(let rows) = e.kind, rows.isEmpty { return interpreted(s) }  // deletion
            return fieldStore(target, field, args, value, slot(target.name))
        }
        if op == .plain, target.steps.count == 1, case .brace(let args) = target.steps[0], args.count == 1 || args.count == 2 {
            if case .matrix(let rows) = e.kind, rows.isEmpty { return interpreted(s) }
            return cellStore(target, args, value, slot(target.name))
        }
        // `x(i) = v` and `x(i, j) = v` into a numeric variable; anything else is the interpreter's.
        guard op == .plain, target.steps.count == 1, case .paren(let args) = target.steps[0],
            args.count == 1 || args.count == 2
        else { return interpreted(s) }
        if case .matrix(let rows) = e.kind, rows.isEmpty { return interpreted(s) }  // deletion
        let k = slot(target.name)
        let subscripts = args.map { SubscriptCode(run: subscriptExpression($0)) }
        // A double scalar stored into a double array at an element it has or just past its end:
        // straight into the slot's array. `end` in those indices is the array's extent.
        let fastValue = scalarCode(e)
        storeIndex = true
        let fastIndices = args.compactMap(scalarCode)
        storeIndex = false
        let fast = fastValue != nil && fastIndices.count == args.count
        let count = args.count
        return { run in
            if fast, let x = fastValue!(run), let extent = run.storeExtent(k, 0, count) {
                run.extent = extent
                if let i = fastIndices[0](run) {
                    if count == 1 {
                        if run.store(k, x, at: i) { return .normal }
                    } else if let extent = run.storeExtent(k, 1, count) {
                        run.extent = extent
                        if let j = fastIndices[1](run), run.store(k, x, at: i, j) { return .normal }
                    }
                }
            }
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
                subs.append(try indexOf.run(run, shape, position, subscripts.count))
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

    /// The subscripts of a store into a value of this shape, in order, as `Interpreter.subscripts`.
    private static func subscripts(_ codes: [SubscriptCode], _ run: LoopRun, _ shape: Shape) throws -> [Subscript] {
        var subs: [Subscript] = []
        for (position, indexOf) in codes.enumerated() {
            subs.append(try indexOf.run(run, shape, position, codes.count))
        }
        return subs
    }

    /// `s.m(i) = v` into the array field of a 1×1 struct, in place (`Interpreter.storeIntoField`);
    /// any other case is the interpreter's `assign`, which says what it is.
    private func fieldStore(_ target: LValue, _ field: String, _ args: [Expr], _ value: @escaping Eval, _ k: Int) -> Exec {
        unowned(unsafe) let interpreter = self.interpreter
        let subscripts = args.map { SubscriptCode(run: subscriptExpression($0)) }
        return { run in
            let v = try value(run).value
            if let shape = run.fieldShape(k, field) {
                let subs = try Self.subscripts(subscripts, run, shape)
                // As the interpreter: should the subscripts have changed the variable, its general way.
                if run.fieldShape(k, field) != nil, case .structure(var s)? = run.take(k) {
                    defer { run.write(k, .value(.structure(s))) }
                    try interpreter.storeIntoField(&s, field, subs, v, at: target.range)
                    return .normal
                }
            }
            run.moveAllToFrame()
            try interpreter.assign(target, v)
            return .normal
        }
    }

    /// `c{i} = v` into a cell variable, in place (`Interpreter.assignCell`); anything else is the
    /// interpreter's `assign`.
    private func cellStore(_ target: LValue, _ args: [Expr], _ value: @escaping Eval, _ k: Int) -> Exec {
        unowned(unsafe) let interpreter = self.interpreter
        let subscripts = args.map { SubscriptCode(run: subscriptExpression($0)) }
        return { run in
            let v = try value(run).value
            if let shape = run.cellShape(k) {
                let subs = try Self.subscripts(subscripts, run, shape)
                if run.cellShape(k) != nil, case .cell(var c)? = run.take(k) {
                    defer { run.write(k, .value(.cell(c))) }
                    try interpreter.assignCell(&c, subs, v, at: target.range)
                    return .normal
                }
            }
            run.moveAllToFrame()
            try interpreter.assign(target, v)
            return .normal
        }
    }

    /// One index, evaluated with `end` meaning the extent of the indexed value.
    private func subscriptExpression(_ e: Expr) -> (LoopRun, Shape, Int, Int) throws -> Subscript {
        if case .colonAll = e.kind { return { _, _, _, _ in .all } }
        unowned(unsafe) let interpreter = self.interpreter
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
            unowned(unsafe) let interpreter = self.interpreter
            return { run in
                guard let ctx = interpreter.endContext.last else { return try run.fallback(e) }
                return .number(Double(Interpreter.extent(ctx.shape, position: ctx.position, count: ctx.count)))
            }
        case .binary(let op, let lhs, let rhs):
            if op == .shortAnd || op == .shortOr {
                unowned(unsafe) let interpreter = self.interpreter
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
            unowned(unsafe) let interpreter = self.interpreter
            let a = expression(lhs), b = expression(rhs)
            // A side that is scalar code is computed in place (`s + f(i)`): it has no effect, so
            // when it gives nothing the general code computes it at the same point instead.
            let fastA = scalarCode(lhs), fastB = scalarCode(rhs)
            let general: Eval = { run in
                let x: Operand, y: Operand
                if let fastA, let v = fastA(run) { x = .number(v) } else { x = try a(run) }
                if let fastB, let v = fastB(run) { y = .number(v) } else { y = try b(run) }
                if case .number(let p) = x, case .number(let q) = y, let r = Self.finiteArithmetic(op, p, q) {
                    return .number(r)
                }
                if case .number = x, case .number = y {
                    return try Self.binary(op, x, y, e.range, interpreter)
                }
                if x.value.isUnvaluedSymbolic || y.value.isUnvaluedSymbolic { return try run.fallback(e) }
                return Operand(try interpreter.applyBinary(op, x.value, y.value, range: e.range))
            }
            if let code = scalarCode(e), code.kind == .code {
                let fast = code.code
                return { run in
                    if let r = fast(run) { return .number(r) }
                    return try general(run)
                }
            }
            return general
        case .unary(let op, let operand):
            unowned(unsafe) let interpreter = self.interpreter
            let a = expression(operand)
            return { run in
                let x = try a(run)
                if case .number(let v) = x, op == .negate { return .number(-v) }
                if x.value.isUnvaluedSymbolic { return try run.fallback(e) }
                return Operand(try interpreter.applyUnary(op, x.value, range: e.range))
            }
        case .field(let base, let field):
            // `s.a` of a 1×1 struct; anything else (a struct array's list, an error) is the interpreter's.
            guard case .identifier(let name) = base.kind else { break }
            let k = slot(name)
            return { run in
                if case .value(.structure(let s))? = run.read(k), s.count == 1, let v = s.elements[0][field] {
                    return Operand(v)
                }
                return try run.fallback(e)
            }
        case .call(let base, let args):
            // `c{:}` and `s.name` may stand for several arguments: the interpreter's.
            guard case .identifier(let name) = base.kind, args.count <= 2, !args.contains(where: \.producesList)
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
        unowned(unsafe) let interpreter = self.interpreter
        let k = slot(name)
        let subscripts = args.map { SubscriptCode(run: subscriptExpression($0)) }
        let arguments = args.map { EvalCode(run: expression($0)) }
        let count = args.count
        let first: Eval = count > 0 ? argument(args[0]) : { _ in Self.nothing }
        let second: Eval = count > 1 ? arguments[1].run : { _ in Self.nothing }
        let site = callSite(e.range)
        return { run in
            switch run.read(k) {
            case .number(let x)?:
                return try Self.index(Tensor(Matrix(scalar: x)), subscripts, run, e, name, interpreter)
            case .value(.tensor(let t))?:
                return try Self.index(t, subscripts, run, e, name, interpreter)
            case nil where run.frame.formulas.isEmpty || run.frame.formulas[name] == nil:
                // As `evaluateCall`: the arguments in order, then what the name calls.
                if let target = site.target(interpreter) {
                    switch count {
                    case 0:
                        return try interpreter.callCompiled(target, 0, Self.nothing, Self.nothing, range: e.range)
                    case 1:
                        let a0 = try first(run)
                        return try interpreter.callCompiled(target, 1, a0, Self.nothing, range: e.range)
                    default:
                        let a0 = try first(run), a1 = try second(run)
                        return try interpreter.callCompiled(target, 2, a0, a1, range: e.range)
                    }
                }
                guard interpreter.isUserFunction(name) else { return try run.fallback(e) }
                var operands: [Operand] = []
                for argument in arguments { operands.append(try argument.run(run)) }
                if case .user(let f)? = try interpreter.callee(name, at: e.range),
                    let compiled = interpreter.compiledBody(of: f), !compiled.outputSlots.isEmpty
                {
                    site.remember(compiled, interpreter)
                    return try interpreter.callCompiled(
                        compiled, count, operands.first ?? Self.nothing,
                        count > 1 ? operands[1] : Self.nothing, range: e.range)
                }
                let results = try interpreter.callFunction(
                    named: name, operands.map(\.value), nargout: 1,
                    range: e.range, argumentExprs: args)
                return Operand(try interpreter.firstValue(results, of: e))
            default:
                return try run.fallback(e)
            }
        }
    }

    /// An argument: computed in place when it is scalar code (`f(i)`), else by its general code.
    private func argument(_ e: Expr) -> Eval {
        let general = expression(e)
        guard let fast = scalarCode(e) else { return general }
        return { run in
            if let v = fast(run) { return .number(v) }
            return try general(run)
        }
    }

    private static func index(
        _ t: Tensor, _ subscripts: [SubscriptCode],
        _ run: LoopRun, _ e: Expr, _ name: String, _ interpreter: Interpreter
    ) throws -> Operand {
        if subscripts.isEmpty { return Operand(.tensor(t)) }
        let shape = t.matrix.shape
        var subs: [Subscript] = []
        for (position, indexOf) in subscripts.enumerated() {
            subs.append(try indexOf.run(run, shape, position, subscripts.count))
        }
        return Operand(.tensor(try interpreter.indexTensor(t, subscripts: subs, at: e.range, name: name)))
    }

    /// `+ - * / \\ ^2` of two double scalars when the result is finite (`binary` says the rest).
    @inline(__always)
    private static func finiteArithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Double? {
        let r: Double
        switch op {
        case .add: r = x + y
        case .subtract: r = x - y
        case .matrixMultiply, .elementMultiply: r = x * y
        case .rightDivide, .elementDivide: r = x / y
        case .leftDivide, .elementLeftDivide: r = y / x
        case .matrixPower where y == 2, .elementPower where y == 2: r = x * x
        default: return nil
        }
        return r.isFinite ? r : nil
    }

    /// A binary operator; two double scalars take the shortcut, with the result the kernels give.
    static func binary(
        _ op: BinaryOperator, _ a: Operand, _ b: Operand, _ range: SourceRange,
        _ interpreter: Interpreter
    ) throws -> Operand {
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

/// What a call site's name resolved to: a compiled user function, kept while nothing that
/// `Interpreter.callee` depends on changes (the session's functions, the search path, the
/// top-level input, after which files are looked at again) nor the cache of compiled bodies.
/// The caller's own frame, and so the file whose subfunctions it sees, is the same at every run
/// of one compiled body.
final class CallSite {
    private var functions = -1, generation = -1, path = -1, cache = -1
    /// Not counted: the interpreter's cache owns compiled functions, and a function calling itself
    /// holds this site in its own body, so a counted reference would be a cycle never freed; a
    /// weak one would make every count of the function's references a slow one. It is read only
    /// while the cache is as it was when it was set (`compiledVersion`), so it is still alive.
    private unowned(unsafe) var compiled: CompiledFunction?

    @inline(__always)
    func target(_ interpreter: Interpreter) -> CompiledFunction? {
        guard cache == interpreter.compiledVersion, functions == interpreter.functionsVersion,
            generation == interpreter.files.generation, path == interpreter.files.pathVersion
        else { return nil }
        return compiled
    }

    func remember(_ f: CompiledFunction, _ interpreter: Interpreter) {
        compiled = f
        functions = interpreter.functionsVersion
        generation = interpreter.files.generation
        path = interpreter.files.pathVersion
        cache = interpreter.compiledVersion
    }
}
