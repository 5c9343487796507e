import NablaSyntax

/// A user function's body compiled once into closures over slots (see CompiledLoop.swift for the
/// contract: exactly the interpreter's effect). Its parameters are bound straight into slots and
/// its outputs read from them, so a call of a small function costs no name look-up. Cached per
/// function name until any function is defined again (`Interpreter.functions` changes).
struct CompiledFunction {
    let body: (LoopRun) throws -> Interpreter.Flow
    let names: [String]
    /// The slot of each parameter, nil for `~`.
    let parameterSlots: [Int?]
    let outputSlots: [Int]
    /// Where the definition was written: a cached body is used only for the same definition.
    let definitionRange: SourceRange
    /// The `.m` file it came from, if any (two files may each have a subfunction of one name).
    let file: String?

    /// Nil for a function taking `varargin`, whose last parameter collects a cell: the interpreter
    /// binds that one.
    init?(_ definition: FunctionDefinition, file: String?, interpreter: Interpreter) {
        guard definition.parameters.last != "varargin" else { return nil }
        definitionRange = definition.range
        self.file = file
        let compiler = LoopCompiler(interpreter: interpreter)
        parameterSlots = definition.parameters.map { $0 == "~" ? nil : compiler.slot($0) }
        outputSlots = definition.outputs.map(compiler.slot)
        body = compiler.statements(definition.body)
        names = compiler.names
    }

    /// Binds the arguments, as `callUser` would bind them into a frame.
    func start(_ interpreter: Interpreter, frame: Frame, arguments: [Value]) -> LoopRun {
        let run = LoopRun(interpreter: interpreter, names: names, frame: frame)
        for (k, slot) in parameterSlots.enumerated() where k < arguments.count {
            if let slot { run.bind(slot, arguments[k]) }
        }
        return run
    }
}
