import NablaSyntax

/// A user function whose body is only scalar assignments, `if`s of scalar conditions and `return`
/// (`function y = f(x)  if x > 3, y = x - 1; else y = 2*x; end`) is compiled a third time, into
/// scalar code (CompiledScalars.swift): a call of it with double scalar arguments is then scalar
/// code too, so `s = s + f(i)` computes a `Double` from the slots with no `Operand`, no error
/// handling and no frame pushed.
///
/// The contract is scalar code's: such a call gives a result only when the general call would
/// give exactly that result with no other effect; otherwise it gives nil, having done nothing the
/// general code can see, and the general code runs the whole expression from the start. It can
/// give up halfway because the callee's variables are its own run's slots, which are reset
/// either way, and the callee's scalar code neither prints, warns nor throws. It gives up when
/// the call would fail (too many inputs, the recursion limit), when the callee's output is unset
/// or not a double scalar, and when the name is not already known to call that compiled function
/// (`CallSite`: only the general code resolves names, which can read files and print notes).
struct ScalarBody {
    enum Flow: UInt8 { case normal, returned, gaveUp }
    let run: (LoopRun) -> Flow
}

extension LoopCompiler {
    /// Scalar code for `statements`, nil unless each is one this file describes.
    func scalarBody(_ statements: [Statement]) -> ScalarBody? {
        var compiled: [ScalarBody] = []
        for s in statements {
            guard let code = scalarStatement(s) else { return nil }
            compiled.append(code)
        }
        switch compiled.count {
        case 0: return ScalarBody { _ in .normal }
        case 1: return compiled[0]
        case 2:
            let first = compiled[0].run, second = compiled[1].run
            return ScalarBody { run in
                let flow = first(run)
                return flow == .normal ? second(run) : flow
            }
        default:
            return ScalarBody { run in
                for s in compiled {
                    let flow = s.run(run)
                    if flow != .normal { return flow }
                }
                return .normal
            }
        }
    }

    private func scalarStatement(_ s: Statement) -> ScalarBody? {
        switch s.kind {
        case .assignment(let targets, let op, let e, let display) where targets.count == 1 && !display:
            let target = targets[0]
            guard !target.isPlaceholder, target.steps.isEmpty else { return nil }
            let k = slot(target.name)
            let value: ScalarCode?
            if let binary = op.binary {
                let range = target.range.union(e.range)
                value = scalarCode(Expr(.binary(binary, Expr(.identifier(target.name), target.range), e), range))
            } else {
                value = scalarCode(e)
            }
            guard let value else { return nil }
            return ScalarBody { run in
                guard let x = value(run) else { return .gaveUp }
                run.write(k, number: x)
                return .normal
            }
        case .ifChain(let branches, let otherwise):
            struct Branch { let test: (LoopRun) -> Bool?; let body: ScalarBody }
            var compiled: [Branch] = []
            for b in branches {
                guard let test = truthCode(b.condition)?.test, let body = scalarBody(b.body) else { return nil }
                compiled.append(Branch(test: test, body: body))
            }
            guard let rest = scalarBody(otherwise ?? []) else { return nil }
            if compiled.count == 1 {
                let test = compiled[0].test, body = compiled[0].body.run, other = rest.run
                return ScalarBody { run in
                    guard let truth = test(run) else { return .gaveUp }
                    return truth ? body(run) : other(run)
                }
            }
            return ScalarBody { run in
                for b in compiled {
                    guard let truth = b.test(run) else { return .gaveUp }
                    if truth { return b.body.run(run) }
                }
                return rest.run(run)
            }
        case .returnFromFunction:
            return ScalarBody { _ in .returned }
        default:
            return nil
        }
    }

    /// Scalar code for `name(a, b)` with scalar-code arguments: the call of a function with a
    /// scalar body, made at the call site the general code shares (`callSite`).
    func scalarCall(_ e: Expr, _ name: String, _ args: [Expr]) -> ScalarCode? {
        guard args.count <= 2 else { return nil }
        var codes: [ScalarCode] = []
        for a in args {
            guard let code = scalarCode(a) else { return nil }
            codes.append(code)
        }
        // Not counted: compiled code runs only while its interpreter runs it.
        unowned(unsafe) let interpreter = self.interpreter
        let k = slot(name), site = callSite(e.range), count = args.count
        let first = codes.first ?? .constant(0), second = count > 1 ? codes[1] : .constant(0)
        return .code { run in
            // As the general code decides: a variable of that name is indexed, a formula is used.
            guard run.isAbsent(k), run.frame.formulas.isEmpty || run.frame.formulas[name] == nil,
                let f = site.target(interpreter), let body = f.scalarBody, count <= f.parameterCount
            else { return nil }
            var a0 = 0.0, a1 = 0.0
            if count > 0 {
                guard let x = first(run) else { return nil }
                a0 = x
            }
            if count > 1 {
                guard let x = second(run) else { return nil }
                a1 = x
            }
            return interpreter.callScalar(f, body, count, a0, a1)
        }
    }
}

extension Interpreter {
    /// Runs a scalar body with `count` (at most two) of `a0`, `a1` as its arguments: its first
    /// output, or nil when the general call must be made instead (nothing seen has changed).
    func callScalar(_ f: CompiledFunction, _ body: ScalarBody, _ count: Int, _ a0: Double, _ a1: Double) -> Double? {
        // `enterCall` would throw: the general call says so.
        guard callDepth < Interpreter.maxCallDepth else { return nil }
        callDepth += 1
        defer { callDepth -= 1 }
        let run = f.start(self)
        if count > 0, f.firstParameter >= 0 { run.bind(f.firstParameter, number: a0) }
        if count > 1, f.secondParameter >= 0 { run.bind(f.secondParameter, number: a1) }
        let result = body.run(run) == .gaveUp ? nil : run.number(f.outputSlots[0])
        f.finish(run)
        if result != nil { scalarCalls &+= 1 }
        return result
    }
}
