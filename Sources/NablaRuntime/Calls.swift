import NablaNumerics
import NablaSyntax

extension Interpreter {
    /// Calls a function by name: a user function defined in a script, or a builtin.
    func callFunction(
        named name: String, _ args: [Value], nargout: Int, range: SourceRange,
        argumentExprs: [Expr] = []
    ) throws -> [Value] {
        switch try callee(name, at: range) {
        case .user(let f)?:
            return try callUser(f, args, nargout: nargout, range: range)
        case .script(let program)?:
            guard args.isEmpty else {
                throw Diagnostic.error(
                    "'\(name)' is a script file and takes no arguments", at: range,
                    hint: "a function file begins with: function result = \(name)(…)")
            }
            try runScript(program, range: range)
            return []
        case .builtin(let b)?:
            var call = BuiltinCall(
                interpreter: self, name: name, args: args, nargout: nargout, range: range,
                argumentExprs: argumentExprs)
            do {
                return try b.body(&call)
            } catch let e as NumericError {
                throw Diagnostic.error("\(name): \(e.description)", at: range)
            }
        case nil:
            throw undefined(name, at: range)
        }
    }

    func callFunctionValue(_ f: FunctionValue, _ args: [Value], nargout: Int, range: SourceRange) throws -> [Value] {
        switch f {
        case .handle(let name):
            return try callFunction(named: name, args, nargout: nargout, range: range)
        case .anonymous(let a):
            guard args.count <= a.parameters.count || a.parameters.last == "varargin" else {
                throw Diagnostic.error(
                    "@(\(a.parameters.joined(separator: ", "))): called with too many inputs (\(args.count) for \(a.parameters.count))",
                    at: range)
            }
            try enterCall(range)
            defer { leaveCall() }
            let frame = Frame()
            frame.variables = a.captured
            frame.file = a.file
            for (k, p) in a.parameters.enumerated() where k < args.count { frame.variables[p] = args[k] }
            frame.nargin = args.count
            return try running(in: frame, source: a.source) { try evaluateMulti(a.body, nargout: max(nargout, 1)) }
        }
    }

    /// Runs a function's body in its frame, reading its own source: an error it raises is
    /// shown against that source (the function's file, the handle's text), not the caller's.
    func running<T>(in frame: Frame, source functionSource: SourceFile, _ body: () throws -> T) throws -> T {
        frames.append(frame)
        defer { frames.removeLast() }
        let saved = source
        source = functionSource
        defer { source = saved }
        do {
            return try body()
        } catch let d as Diagnostic {
            if lastErrorSource == nil { lastErrorSource = functionSource }
            throw d
        }
    }

    /// The compiled body of a user function (nil when it takes varargin, or compiled loops are off).
    func compiledBody(of f: UserFunction) -> CompiledFunction? {
        guard compilesLoops else { return nil }
        if let compiled = compiledFunctions[f.definition.name], compiled.definitionRange == f.definition.range,
            compiled.file == f.file
        {
            return compiled
        }
        let compiled = CompiledFunction(f, interpreter: self)
        compiledFunctions[f.definition.name] = compiled
        return compiled
    }

    func enterCall(_ range: SourceRange) throws {
        callDepth += 1
        if callDepth > Interpreter.maxCallDepth {
            callDepth -= 1
            throw Diagnostic.error(
                "max_recursion_depth exceeded (\(Interpreter.maxCallDepth) nested calls)", at: range,
                hint: "a function that calls itself needs a case that stops the recursion")
        }
    }

    func leaveCall() { callDepth -= 1 }

    func callUser(_ f: UserFunction, _ args: [Value], nargout: Int, range: SourceRange) throws -> [Value] {
        let def = f.definition
        let variadic = def.parameters.last == "varargin"
        if args.count > def.parameters.count && !variadic {
            throw Diagnostic.error(
                "\(def.name): function called with too many inputs (\(args.count) for \(def.parameters.count))",
                at: range)
        }
        if nargout > max(def.outputs.count, 1) {
            throw Diagnostic.error(
                "\(def.name): function called with too many outputs (\(nargout) for \(def.outputs.count))",
                at: range)
        }
        try enterCall(range)
        defer { leaveCall() }
        let compiled = variadic ? nil : compiledBody(of: f)
        let run = compiled?.start(self, nargin: args.count, nargout: nargout)
        if let compiled, let run { compiled.bind(run, args) }
        defer { if let compiled, let run { compiled.finish(run) } }
        let frame = run?.frame ?? Frame()
        for (k, p) in def.parameters.enumerated() where run == nil && k < args.count && p != "~" {
            if variadic && k == def.parameters.count - 1 {
                let rest = Array(args[k...])
                frame.variables[p] = .cell(CellArray(rows: 1, cols: rest.count, elements: rest))
                break
            }
            frame.variables[p] = args[k]
        }
        frame.nargin = args.count
        frame.nargout = nargout
        frame.file = f.file
        try running(in: frame, source: f.source) {
            if let compiled, let run {
                _ = try compiled.body(run)
            } else {
                _ = try execute(def.body)
            }
        }
        var results: [Value] = []
        for (k, name) in def.outputs.enumerated() {
            let value = if let compiled, let run { run.output(compiled.outputSlots[k]) } else { frame.variables[name] }
            guard let v = value else {
                if k < max(nargout, 1) {
                    throw Diagnostic.error(
                        "\(def.name): '\(name)' undefined — the function did not set its output",
                        at: range, hint: "assign a value to '\(name)' inside the function")
                }
                break
            }
            results.append(v)
        }
        return results
    }

    /// `z := expr` — binds the name to the formula: shown as `z := Wx + b` in textbook
    /// form, with its current value when every input has one.
    func bindFormula(_ name: String, _ e: Expr, display: Bool, range: SourceRange) throws {
        let formula = Formula(expr: e, source: source)
        let saved = current.formulas[name]
        current.formulas[name] = formula
        let lowered: SymbolicValue
        do {
            lowered = try lower(Expr(.identifier(name), range))
        } catch {
            current.formulas[name] = saved
            throw error
        }
        current.variables[name] = nil
        if display { try showFormula(name, lowered) }
    }
}

/// Everything a builtin needs to know about one call.
public struct BuiltinCall {
    public unowned let interpreter: Interpreter
    public let name: String
    public var args: [Value]
    public let nargout: Int
    public let range: SourceRange
    /// The argument expressions as written, for builtins that care about names (`grad(L, W)`).
    public let argumentExprs: [Expr]
    /// Set when the arguments were not evaluated (a builtin that takes formulas, called by
    /// name): `args` is empty and `argumentExprs` holds them.
    public var unevaluated: Bool { args.isEmpty && !argumentExprs.isEmpty }

    /// How many arguments were given, evaluated or not.
    public var argumentCount: Int { unevaluated ? argumentExprs.count : args.count }

    public var output: OutputSink { interpreter.output }

    public func error(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic.error("\(name): \(message)", at: range, hint: hint)
    }

    /// Checks the number of arguments, with Octave's "Invalid call" message.
    public func arity(_ allowed: ClosedRange<Int>) throws {
        guard allowed.contains(argumentCount) else {
            let expected = allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
            throw Diagnostic.error(
                "Invalid call to \(name): expected \(expected) argument\(allowed.upperBound == 1 ? "" : "s"), got \(argumentCount)",
                at: range, hint: interpreter.vocabulary.lookup(name).map { "usage: \($0.signature)" })
        }
    }

    public func tensor(_ k: Int) throws -> Tensor {
        guard k < args.count else { throw error("missing argument \(k + 1)") }
        guard case .tensor(let t) = args[k].materialized else {
            throw error("argument \(k + 1) must be numeric, not a \(args[k].className)")
        }
        return t
    }

    public func matrix(_ k: Int) throws -> Matrix { try tensor(k).matrix }

    public func number(_ k: Int) throws -> Double {
        let m = try matrix(k)
        guard m.count == 1 else { throw error("argument \(k + 1) must be a single number (it is \(m.shape))") }
        return m.scalar
    }

    /// An integer argument such as a size, a count, an offset or a dimension; by default
    /// non-negative and at most 2⁵³ (beyond it doubles no longer hold every integer).
    public func integer(_ k: Int, min: Int = 0, max: Int = 1 << 53) throws -> Int {
        try integer(try number(k), "argument \(k + 1)", min: min, max: max)
    }

    /// Checks that `x` (described as `what`, e.g. "argument 2" or "'steps'") is an integer in
    /// `min...max`, quoting it as typed when it is not. Never traps, whatever `x` is.
    public func integer(_ x: Double, _ what: String, min: Int = 0, max: Int = 1 << 53) throws -> Int {
        switch IntegerArgument.convert(x, min: min, max: max) {
        case .success(let n): return n
        case .failure(.notInteger): throw error("\(what) must be an integer (got \(x.asTyped))")
        case .failure(.belowMinimum(let m)): throw error("\(what) must be at least \(m) (got \(x.asTyped))")
        case .failure(.aboveMaximum(let m)): throw error("\(what) is too large (got \(x.asTyped), at most \(m))")
        }
    }

    public func string(_ k: Int) throws -> String {
        guard k < args.count else { throw error("missing argument \(k + 1)") }
        guard case .tensor(let t) = args[k], t.elementClass == .char || t.matrix.isEmpty else {
            throw error("argument \(k + 1) must be a string")
        }
        return t.stringValue
    }

    public func isString(_ k: Int) -> Bool {
        guard k < args.count, case .tensor(let t) = args[k] else { return false }
        return t.elementClass == .char
    }

    /// A dimension argument: a whole number from 1 (1 down the columns, 2 along the rows; 3 and
    /// beyond are the singleton dimensions every 2-D value has, as in Octave).
    public func dimension(_ k: Int) throws -> Int {
        try integer(k, min: 1)
    }
}
