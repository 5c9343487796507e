import NablaNumerics
import NablaSyntax

/// The variables of one run of a compiled loop or function body (see CompiledLoop.swift).
///
/// Each name the code uses has a slot. A slot is in one of four states: in the frame (look there
/// on the next read), absent (the name is no variable: it means a formula or a function), a double
/// scalar held as a plain `Double`, or any other value. The states and numbers live in flat
/// buffers owned by this run alone, so reading or writing a scalar is a load or a store: no
/// enum copy, no reference count, no copy-on-write or exclusivity check.
final class LoopRun {
    enum Kind: UInt8 {
        case inFrame, absent, number, value
    }

    /// Unowned: a compiled function keeps its last run as a spare, and the interpreter keeps
    /// the compiled function; a strong reference here would keep the session alive forever.
    unowned let interpreter: Interpreter
    let frame: Frame
    let names: [String]
    private let kinds: UnsafeMutablePointer<Kind>
    private let numbers: UnsafeMutablePointer<Double>
    /// The value of each `.value` slot; nil in every other state.
    private let values: UnsafeMutablePointer<Value?>

    /// With `frameIsEmpty` (a function's new frame) every slot starts absent: there is nothing to look for.
    init(interpreter: Interpreter, names: [String], frame: Frame? = nil, frameIsEmpty: Bool = false) {
        self.interpreter = interpreter
        self.frame = frame ?? interpreter.current
        self.names = names
        let n = names.count
        kinds = .allocate(capacity: max(n, 1))
        kinds.initialize(repeating: frameIsEmpty ? .absent : .inFrame, count: n)
        numbers = .allocate(capacity: max(n, 1))
        numbers.initialize(repeating: 0, count: n)
        values = .allocate(capacity: max(n, 1))
        values.initialize(repeating: nil, count: n)
    }

    deinit {
        values.deinitialize(count: names.count)
        values.deallocate()
        numbers.deallocate()
        kinds.deallocate()
    }

    /// The variable in slot k, or nil when the name is not a variable.
    @inline(__always)
    func read(_ k: Int) -> Operand? {
        switch kinds[k] {
        case .number: return .number(numbers[k])
        case .value: return .value(values[k]!)
        case .absent: return nil
        case .inFrame: return load(k)
        }
    }

    /// The variable in slot k when it is a double scalar; nil for anything else (or nothing).
    @inline(__always)
    func number(_ k: Int) -> Double? {
        switch kinds[k] {
        case .number: return numbers[k]
        case .inFrame:
            guard case .number(let x)? = load(k) else { return nil }
            return x
        case .absent, .value: return nil
        }
    }

    /// Moves the variable of slot k out of the frame; the slot is absent when there is none.
    private func load(_ k: Int) -> Operand? {
        guard let v = frame.variables.removeValue(forKey: names[k]) else {
            kinds[k] = .absent
            return nil
        }
        let operand = Operand(v)
        hold(k, operand)
        return operand
    }

    @inline(__always)
    private func hold(_ k: Int, _ operand: Operand) {
        switch operand {
        case .number(let x):
            if kinds[k] == .value { values[k] = nil }
            kinds[k] = .number
            numbers[k] = x
        case .value(let v):
            kinds[k] = .value
            values[k] = v
        }
    }

    /// Assigns slot k, as `Interpreter.setVariable` does (a formula of that name is forgotten).
    @inline(__always)
    func write(_ k: Int, _ operand: Operand) {
        if case .number(let x) = operand {
            write(k, number: x)
        } else {
            writeSlowly(k, operand)
        }
    }

    /// Assigns a double scalar to slot k. A slot already holding one was assigned or loaded since
    /// the frame was last touched, so it has no variable in the frame nor a formula to forget; an
    /// absent one has no variable in the frame, and no formula when the frame has none.
    @inline(__always)
    func write(_ k: Int, number x: Double) {
        let kind = kinds[k]
        if kind == .number || kind == .absent && frame.formulas.isEmpty {
            kinds[k] = .number
            numbers[k] = x
            return
        }
        writeSlowly(k, .number(x))
    }

    private func writeSlowly(_ k: Int, _ operand: Operand) {
        if kinds[k] == .inFrame { frame.variables[names[k]] = nil }
        hold(k, operand)
        if !frame.formulas.isEmpty { frame.formulas[names[k]] = nil }
    }

    /// Sets slot k of a run that has just started (a function's parameter): the frame has no variables yet.
    func bind(_ k: Int, _ value: Value) { hold(k, Operand(value)) }

    /// Sets slot k of a run that has just started to an argument as compiled code passes it.
    func bind(_ k: Int, _ operand: Operand) { hold(k, operand) }

    /// Empties the run and its frame for another call of the same function: every slot absent.
    func reset() {
        for k in 0..<names.count {
            if kinds[k] == .value { values[k] = nil }
            kinds[k] = .absent
        }
        if !frame.variables.isEmpty { frame.variables.removeAll() }
        if !frame.formulas.isEmpty { frame.formulas.removeAll() }
    }

    /// Sets slot k of a run that has just started to a double scalar.
    func bind(_ k: Int, number x: Double) {
        kinds[k] = .number
        numbers[k] = x
    }

    /// The variable in slot k as a value, nil when there is none (a function's unset output).
    func output(_ k: Int) -> Value? { read(k)?.value }

    /// Takes the value out of slot k (leaving it absent) for a store that must own it alone.
    func take(_ k: Int) -> Value? {
        if kinds[k] == .inFrame { _ = load(k) }
        switch kinds[k] {
        case .number:
            kinds[k] = .absent
            return .number(numbers[k])
        case .value:
            kinds[k] = .absent
            return values[k].take()
        case .absent, .inFrame:
            return nil
        }
    }

    /// `x(i) = v` for a double scalar v and an element i that the double array in slot k already
    /// has, done in place; false (and nothing done) in any other case, which `assignTensor` takes.
    /// In this case `assignTensor` only makes the storage full and sets the element.
    @inline(__always)
    func store(_ k: Int, _ x: Double, at i: Double) -> Bool {
        guard kinds[k] == .value, let p = Self.position(i) else { return false }
        return storeInPlace(k, x) { m in p < m.count ? p : nil }
    }

    /// `x(i, j) = v`, as `store(_:_:at:)`.
    @inline(__always)
    func store(_ k: Int, _ x: Double, at i: Double, _ j: Double) -> Bool {
        guard kinds[k] == .value, let r = Self.position(i), let c = Self.position(j) else { return false }
        return storeInPlace(k, x) { m in r < m.rows && c < m.cols ? r + c * m.rows : nil }
    }

    /// The 0-based position of a 1-based index the compiled subscripts take as it is.
    @inline(__always)
    private static func position(_ i: Double) -> Int? {
        i >= 1 && i == i.rounded() && i <= Double(Int.max / 4) ? Int(i) - 1 : nil
    }

    private func storeInPlace(_ k: Int, _ x: Double, _ offset: (Matrix) -> Int?) -> Bool {
        guard case .tensor(var t)? = values[k], t.elementClass == .double, let p = offset(t.matrix) else { return false }
        values[k] = nil  // t is now the array's only holder (unless another variable shares it)
        t.storage = .full
        t.matrix.elements[p] = x
        values[k] = .tensor(t)
        return true
    }

    /// `s.name = v` when slot k holds a 1×1 struct, done in place (what `Interpreter.assigned` does
    /// to it: `StructArray.set`); false (and nothing done) when it holds anything else.
    func setField(_ k: Int, _ name: String, _ v: Value) -> Bool {
        guard kinds[k] == .value, case .structure(var s)? = values[k], s.count == 1 else { return false }
        values[k] = nil  // s is now the struct's only holder (unless another variable shares it)
        s.set(name, v, at: 0)
        values[k] = .structure(s)
        return true
    }

    /// Puts back into slot k the value `take` gave, untouched (a store that failed).
    func restore(_ k: Int, _ value: Value) { hold(k, Operand(value)) }

    /// Puts every held variable back into the frame; the slots are read from there again.
    func moveAllToFrame() {
        for k in 0..<names.count {
            switch kinds[k] {
            case .number: frame.variables[names[k]] = .number(numbers[k])
            case .value: frame.variables[names[k]] = values[k].take()
            case .absent, .inFrame: break
            }
            kinds[k] = .inFrame
        }
    }

    /// Evaluates `e` with the interpreter itself, which reads the frame.
    func fallback(_ e: Expr) throws -> Operand {
        moveAllToFrame()
        return Operand(try interpreter.evaluate(e))
    }
}
