import NablaNumerics
import NablaSyntax

/// The variables of one run of a compiled loop or function body (see CompiledLoop.swift).
///
/// Each name the code uses has a slot. A slot is in one of five states: in the frame (look there
/// on the next read), absent (the name is no variable: it means a formula or a function), a double
/// scalar held as a plain `Double`, an array of doubles held as its `Tensor`, or any other value.
/// The states, numbers and arrays live in flat buffers owned by this run alone, so reading or
/// writing a scalar is a load or a store (no enum copy, no reference count, no copy-on-write or
/// exclusivity check), and an element store writes into the array where it lies.
final class LoopRun {
    enum Kind: UInt8 {
        case inFrame, absent, number, array, value
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
    /// The array of each `.array` slot (class double, any size but 1×1 full); `none` in every other state.
    private let arrays: UnsafeMutablePointer<Tensor>
    private static let none = Tensor(Matrix.empty)

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
        arrays = .allocate(capacity: max(n, 1))
        arrays.initialize(repeating: Self.none, count: n)
    }

    deinit {
        arrays.deinitialize(count: names.count)
        arrays.deallocate()
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
        case .array: return .value(.tensor(arrays[k]))
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
        case .absent, .array, .value: return nil
        }
    }

    /// Whether slot k names no variable (so the name may call a function).
    @inline(__always)
    func isAbsent(_ k: Int) -> Bool {
        switch kinds[k] {
        case .absent: return true
        case .inFrame: return load(k) == nil
        case .number, .array, .value: return false
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
        drop(k)
        switch operand {
        case .number(let x):
            kinds[k] = .number
            numbers[k] = x
        case .value(.tensor(let t)) where t.elementClass == .double:
            kinds[k] = .array
            arrays[k] = t
        case .value(let v):
            kinds[k] = .value
            values[k] = v
        }
    }

    /// Lets go of what slot k holds (its state is then to be set).
    @inline(__always)
    private func drop(_ k: Int) {
        switch kinds[k] {
        case .value: values[k] = nil
        case .array: arrays[k] = Self.none
        case .number, .absent, .inFrame: break
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
        if stores.total != 0 {
            interpreter.stores.add(stores)
            stores = StoreCounts()
        }
        for k in 0..<names.count {
            drop(k)
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
        case .array:
            kinds[k] = .absent
            return .tensor(takeArray(k))
        case .value:
            kinds[k] = .absent
            return values[k].take()
        case .absent, .inFrame:
            return nil
        }
    }

    /// The array of an `.array` slot, moved out (the slot's state is then to be set).
    @inline(__always)
    private func takeArray(_ k: Int) -> Tensor {
        let t = (arrays + k).move()
        (arrays + k).initialize(to: Self.none)
        return t
    }

    /// The element stores this run made in place (`store`), handed to `Interpreter.stores` when it ends.
    var stores = StoreCounts()

    /// What `end` means in the scalar code of a store's index (`x(end+1) = v`): set by the store
    /// before it runs that code, for the array it stores into (see `storeExtent`).
    var extent = 0.0

    /// The extent `end` takes at index `position` of `count` when slot k holds a double array
    /// (what the general code would give); nil in any other case, where no store is done here.
    @inline(__always)
    func storeExtent(_ k: Int, _ position: Int, _ count: Int) -> Double? {
        if kinds[k] == .inFrame { _ = load(k) }
        guard kinds[k] == .array else { return nil }
        return Double(Interpreter.extent(arrays[k].matrix.shape, position: position, count: count))
    }

    /// `x(i) = v` for a double scalar v into the double array in slot k, done in place, at an
    /// element it has or one past its end that keeps every element where it is (a row, a column
    /// or `[]` growing, as `assignTensor` grows them: zeros between, capacity doubling); false
    /// (and nothing done) in any other case, which `assignTensor` takes. In these cases
    /// `assignTensor` only makes the storage full, resizes and sets the element.
    @inline(__always)
    func store(_ k: Int, _ x: Double, at i: Double) -> Bool {
        guard kinds[k] == .array, let p = Self.position(i) else { return false }
        let t = arrays + k
        let rows = t.pointee.matrix.rows, cols = t.pointee.matrix.cols
        if p < rows * cols {
            storeInPlace(t, p, x)
            return true
        }
        let newRows: Int, newCols: Int
        if rows == 1 || rows == 0 && cols == 0 {
            newRows = 1
            newCols = p + 1
        } else if cols == 1 {
            newRows = p + 1
            newCols = 1
        } else {
            return false
        }
        let before = address(t)
        t.pointee.storage = .full
        t.pointee.matrix.resize(rows: newRows, cols: newCols)
        t.pointee.matrix.elements[p] = x
        stores.grown &+= 1
        if address(t) != before { stores.reallocated &+= 1 }
        return true
    }

    /// `x(i, j) = v` at an element the array already has, as `store(_:_:at:)`.
    @inline(__always)
    func store(_ k: Int, _ x: Double, at i: Double, _ j: Double) -> Bool {
        guard kinds[k] == .array, let r = Self.position(i), let c = Self.position(j) else { return false }
        let t = arrays + k
        let rows = t.pointee.matrix.rows
        guard r < rows, c < t.pointee.matrix.cols else { return false }
        storeInPlace(t, r + c * rows, x)
        return true
    }

    /// Sets an element the array has; the storage moves only when another variable shares it
    /// (copy-on-write), which is counted.
    @inline(__always)
    private func storeInPlace(_ t: UnsafeMutablePointer<Tensor>, _ p: Int, _ x: Double) {
        let before = address(t)
        t.pointee.storage = .full
        t.pointee.matrix.elements[p] = x
        if address(t) == before { stores.inPlace &+= 1 } else { stores.copied &+= 1 }
    }

    @inline(__always)
    private func address(_ t: UnsafeMutablePointer<Tensor>) -> UnsafePointer<Double>? {
        t.pointee.matrix.elements.withUnsafeBufferPointer { $0.baseAddress }
    }

    /// The 0-based position of a 1-based index the compiled subscripts take as it is.
    @inline(__always)
    private static func position(_ i: Double) -> Int? {
        i >= 1 && i == i.rounded() && i <= Double(Int.max / 4) ? Int(i) - 1 : nil
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

    /// The shape of the cell array in slot k; nil when it holds anything else (or nothing).
    /// Holds no reference to it past the call, so a store after it can own the cells alone.
    func cellShape(_ k: Int) -> Shape? {
        if kinds[k] == .inFrame { _ = load(k) }
        guard kinds[k] == .value, case .cell(let c)? = values[k] else { return nil }
        return c.shape
    }

    /// `Interpreter.fieldShape` of the value in slot k, holding no reference past the call.
    func fieldShape(_ k: Int, _ field: String) -> Shape? {
        if kinds[k] == .inFrame { _ = load(k) }
        guard kinds[k] == .value else { return nil }
        return Interpreter.fieldShape(values[k], field)
    }

    /// Puts back into slot k the value `take` gave, untouched (a store that failed).
    func restore(_ k: Int, _ value: Value) { hold(k, Operand(value)) }

    /// Puts every held variable back into the frame; the slots are read from there again.
    func moveAllToFrame() {
        for k in 0..<names.count {
            switch kinds[k] {
            case .number: frame.variables[names[k]] = .number(numbers[k])
            case .array: frame.variables[names[k]] = .tensor(takeArray(k))
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

/// Counts of the element stores compiled code made in place: tests read them to see that a store
/// into an array a variable owns alone does not copy it, and that growth reallocates rarely.
public struct StoreCounts: Sendable, Equatable {
    /// Stores that found the array's storage where it was.
    public internal(set) var inPlace = 0
    /// Stores into an existing element whose storage moved: the array was shared, and was copied.
    public internal(set) var copied = 0
    /// Stores past the end that grew the array, and how many of them moved its storage
    /// (a copy of a shared array, or a reallocation when the capacity ran out).
    public internal(set) var grown = 0, reallocated = 0

    public init() {}

    var total: Int { inPlace + copied + grown }

    mutating func add(_ other: StoreCounts) {
        inPlace += other.inPlace
        copied += other.copied
        grown += other.grown
        reallocated += other.reallocated
    }
}
