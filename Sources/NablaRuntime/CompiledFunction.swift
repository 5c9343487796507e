import NablaSyntax

/// A user function's body compiled once into closures over slots (see CompiledLoop.swift for the
/// contract: exactly the interpreter's effect). Its parameters are bound straight into slots and
/// its outputs read from them, so a call of a small function costs no name look-up. Cached per
/// function name until any function is defined again (`Interpreter.functions` changes).
final class CompiledFunction {
    let function: UserFunction
    let body: (LoopRun) throws -> Interpreter.Flow
    /// The body as scalar code, when it is made only of what ScalarFunction.swift describes.
    let scalarBody: ScalarBody?
    let names: [String]
    /// The slot of each parameter, nil for `~`.
    let parameterSlots: [Int?]
    let outputSlots: [Int]
    /// What a call needs of the definition, kept apart so that a call copies none of it.
    let name: String
    let parameterCount: Int
    /// The slots of the first two parameters, -1 for none or `~`.
    let firstParameter: Int, secondParameter: Int
    let source: SourceFile
    /// Where the definition was written: a cached body is used only for the same definition.
    var definitionRange: SourceRange { function.definition.range }
    /// The `.m` file it came from, if any (two files may each have a subfunction of one name).
    var file: String? { function.file }
    /// A run (with its frame) left by a finished call, reset and kept for the next one: a call of
    /// a small function in a loop allocates nothing. Nothing keeps a run or its frame past its
    /// call (frames are pushed and popped around it, slots never leave it), so reuse is unseen.
    private var spare: LoopRun?

    /// Nil for a function taking `varargin`, whose last parameter collects a cell: the interpreter
    /// binds that one.
    init?(_ function: UserFunction, interpreter: Interpreter) {
        let definition = function.definition
        guard definition.parameters.last != "varargin" else { return nil }
        self.function = function
        name = definition.name
        parameterCount = definition.parameters.count
        source = function.source
        let compiler = LoopCompiler(interpreter: interpreter)
        parameterSlots = definition.parameters.map { $0 == "~" ? nil : compiler.slot($0) }
        outputSlots = definition.outputs.map(compiler.slot)
        firstParameter = parameterSlots.count > 0 ? parameterSlots[0] ?? -1 : -1
        secondParameter = parameterSlots.count > 1 ? parameterSlots[1] ?? -1 : -1
        body = compiler.statements(definition.body)
        scalarBody = outputSlots.isEmpty ? nil : compiler.scalarBody(definition.body)
        names = compiler.names
    }

    /// A run with a fresh (or reset) frame and no parameter bound yet.
    func start(_ interpreter: Interpreter, nargin: Int, nargout: Int) -> LoopRun {
        let run = start(interpreter)
        run.frame.nargin = nargin
        run.frame.nargout = nargout
        return run
    }

    /// A run for scalar code, which never reads the frame.
    @inline(__always)
    func start(_ interpreter: Interpreter) -> LoopRun {
        if let spare {
            self.spare = nil
            return spare
        }
        let frame = Frame()
        frame.file = function.file
        return LoopRun(interpreter: interpreter, names: names, frame: frame, frameIsEmpty: true)
    }

    /// Binds the arguments, as `callUser` would bind them into a frame.
    func bind(_ run: LoopRun, _ arguments: [Value]) {
        for (k, slot) in parameterSlots.enumerated() where k < arguments.count {
            if let slot { run.bind(slot, arguments[k]) }
        }
    }

    /// Takes back a run whose call has ended, for the next call.
    func finish(_ run: LoopRun) {
        guard spare == nil else { return }
        run.reset()
        spare = run
    }
}

extension Interpreter {
    /// Calls a compiled function with one output from compiled code, with exactly the effect of
    /// `callUser(f, args, nargout: 1, …)`: the first `count` (at most two) of `a0`, `a1` are the
    /// arguments, kept as operands, so a scalar goes from the caller's slot to the callee's
    /// without a matrix.
    func callCompiled(
        _ f: CompiledFunction, _ count: Int, _ a0: Operand, _ a1: Operand,
        range: SourceRange
    ) throws -> Operand {
        if count > f.parameterCount {
            throw Diagnostic.error(
                "\(f.name): function called with too many inputs (\(count) for \(f.parameterCount))",
                at: range)
        }
        try enterCall(range)
        defer { leaveCall() }
        let run = f.start(self, nargin: count, nargout: 1)
        if count > 0, f.firstParameter >= 0 { run.bind(f.firstParameter, a0) }
        if count > 1, f.secondParameter >= 0 { run.bind(f.secondParameter, a1) }
        frames.append(run.frame)
        defer { frames.removeLast() }
        // Most calls stay in one file (a script and its functions, a function calling itself):
        // then the source is already the function's and is not swapped.
        let result: Operand?
        if source.isSameFile(as: f.source) {
            result = try runBody(f, run)
        } else {
            let saved = source
            source = f.source
            defer { source = saved }
            result = try runBody(f, run)
        }
        guard let result else {
            let name = f.function.definition.outputs[0]
            throw Diagnostic.error(
                "\(f.name): '\(name)' undefined — the function did not set its output",
                at: range, hint: "assign a value to '\(name)' inside the function")
        }
        return result
    }

    /// Runs the body and gives its first output (nil when unset); the run is handed back either way.
    private func runBody(_ f: CompiledFunction, _ run: LoopRun) throws -> Operand? {
        let result: Operand?
        do {
            _ = try f.body(run)
            result = run.read(f.outputSlots[0])
        } catch let d as Diagnostic {
            if lastErrorSource == nil { lastErrorSource = f.source }
            f.finish(run)
            throw d
        } catch {
            f.finish(run)
            throw error
        }
        f.finish(run)
        return result
    }
}

extension SourceFile {
    /// Whether both are the same text under the same name (cheap when they share their storage).
    func isSameFile(as other: SourceFile) -> Bool {
        firstLine == other.firstLine && name == other.name && text == other.text
    }
}
