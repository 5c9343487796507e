import NablaNumerics
import NablaSyntax
import NablaSymbolic
import NablaDisplay

/// Executes statements and evaluates expressions of the language.
///
/// One interpreter is one session: its variables, functions and settings live as long
/// as it does, and an error in one input leaves all of them as they were at the moment
/// of the error.
public final class Interpreter {
    public let global = Frame()
    // The properties a compiled call touches (frames, source, callDepth, functionsVersion,
    // endContext) are used by this session's one thread, never across an overlapping access: the
    // dynamic exclusivity check, several times the cost of the access itself, is left out.
    @exclusivity(unchecked) var frames: [Frame] = []
    var current: Frame { frames.last ?? global }
    public var functions: [String: UserFunction] = [:] {
        didSet {
            compiledFunctions.removeAll()
            functionsVersion &+= 1
        }
    }
    /// Changes whenever `functions` does: compiled call sites keep what a name resolved to until then.
    @exclusivity(unchecked) var functionsVersion = 0
    /// Bodies of user functions compiled on their first call (CompiledFunction.swift).
    var compiledFunctions: [String: CompiledFunction] = [:] {
        didSet { compiledVersion &+= 1 }
    }
    /// Changes whenever `compiledFunctions` does: a call site's function is alive while it is unchanged.
    @exclusivity(unchecked) var compiledVersion = 0
    public var settings = DisplaySettings()
    /// The session's own generator, seeded with 42: sessions never disturb each other's numbers.
    public let random = RandomSource()
    public let output: OutputSink
    /// The session's current folder and the `.m` files it can call (see FunctionFiles.swift).
    public let files = FunctionFiles()
    /// Whether builtins may create files (`csvwrite`, `saveplot`, `graph(e, 'f.dot')`).
    /// True at the REPL and in scripts; the lesson runner turns it off so a lesson can
    /// never write to the student's disk.
    public var allowsFileWrites = true
    /// Which files builtins may read (`dlmread`, `csvread`, `:load`); a lesson narrows it to
    /// its own folder (see `ReadPolicy`).
    public var readPolicy = ReadPolicy.anywhere
    /// What `argv()` gives: the words after the script's name on the command line.
    public var arguments: [String] = []
    /// The files opened with `fopen` (see OpenFiles.swift).
    public let openFiles = OpenFiles()
    /// When set, every file a builtin reads or writes is taken by its name alone, inside
    /// this folder: `help` runs documented examples (`csvwrite('/tmp/nabla-example.csv', …)`)
    /// in a private temporary folder, so no example ever touches the user's files.
    public var privateFolder: String?
    /// The language of the session's own words (teaching views, error hints); a lesson
    /// sets its own, the REPL takes `--lang` or the locale. Code and numbers never change.
    public var language = Language.en

    /// The path a builtin should use for the file the code named (see `privateFolder`).
    public func filePath(_ path: String) -> String {
        guard let privateFolder else { return files.resolve(path) }
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        return privateFolder + "/" + (name == ".." || name == "." ? "file" : name)
    }
    /// The source of the statement being run, for located errors (and for builtins that
    /// quote an argument as it was typed).
    @exclusivity(unchecked) public internal(set) var source: SourceFile
    /// Values being indexed, innermost last, with the position and count of the index
    /// being evaluated: what `end` means right now.
    @exclusivity(unchecked) var endContext: [(shape: Shape, position: Int, count: Int)] = []
    @exclusivity(unchecked) var callDepth = 0
    /// Calls of user functions made as scalar code (ScalarFunction.swift): a count tests read to
    /// see that a small function runs that way.
    @exclusivity(unchecked) public internal(set) var scalarCalls = 0
    /// The element stores compiled code made in place, counted when each compiled run ends.
    public internal(set) var stores = StoreCounts()
    public static let maxCallDepth = 256
    /// Notes already shown in this session (`noteOnce`), by topic.
    var notesShown: Set<String> = []
    /// Warnings already shown for the current top-level input, so a loop warns once.
    var warnedThisInput: Set<String> = []
    /// Whether operations that turn finite operands into NaN or Inf say so, once per input
    /// (`warning('on', 'Octave:divide-by-zero')`; see NonFiniteWarning.swift). Off by
    /// default, because Octave 7 prints nothing there either.
    public var warnsOnNonFinite = false
    /// Expression nodes lowered to graph nodes so far (see `Lowerer.lower`): tests count it
    /// to check that building a formula takes work in proportion to its size.
    var loweringSteps = 0
    /// Formulas whose value is being computed, to catch one that needs itself.
    var formulasBeingEvaluated: Set<String> = []
    /// Start time of the last `tic`, in seconds.
    var ticTime: Double?
    /// Whether `for` loops over ranges and `while` loops run compiled (CompiledLoop.swift). Only
    /// tests turn it off, to check that both ways give the same output.
    public var compilesLoops = true
    /// The source an escaping error points into, when that is not the input being run
    /// (an error inside a function defined earlier). Set where the error leaves the function.
    var lastErrorSource: SourceFile?

    /// The builtins this session can call.
    public let vocabulary: Vocabulary
    /// What the layers above the runtime remember for this session (the teaching layer's
    /// undo steps and last figure), one value per type: held here so that it lives and dies
    /// with the session, though the runtime knows nothing of what it is.
    private var layerStates: [ObjectIdentifier: AnyObject] = [:]

    /// The state of type `T` that a layer keeps for this session, made by `make` on first use.
    public func layerState<T: AnyObject>(_ make: () -> T) -> T {
        if let s = layerStates[ObjectIdentifier(T.self)] as? T { return s }
        let s = make()
        layerStates[ObjectIdentifier(T.self)] = s
        return s
    }

    public init(output: OutputSink, vocabulary: Vocabulary = .core) {
        self.output = output
        self.vocabulary = vocabulary
        self.source = SourceFile(name: "<session>", text: "")
    }

    // MARK: - Variables

    public func variable(_ name: String) -> Value? { current.variables[name] }

    public func setVariable(_ name: String, _ value: Value) {
        current.variables[name] = value
        if !current.formulas.isEmpty { current.formulas[name] = nil }
    }

    public var variableNames: [String] { current.variables.keys.sorted() }

    public func clear(_ names: [String]? = nil) {
        guard let names else {
            current.variables.removeAll()
            current.formulas.removeAll()
            return
        }
        for n in names {
            if n.contains("*") {
                let prefix = n.split(separator: "*", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                for k in current.variables.keys where k.hasPrefix(prefix) { current.variables[k] = nil }
            } else {
                current.variables[n] = nil
                current.formulas[n] = nil
                functions[n] = nil
            }
        }
    }

    /// Shows a note once per session and topic: something Nabla passed over, said once.
    public func noteOnce(_ topic: String, _ text: String) {
        guard notesShown.insert(topic).inserted else { return }
        output.writeError("note: \(text)\n")
    }

    /// Shows a warning once per top-level input, so a loop does not repeat it.
    func warn(_ text: String) {
        let message = text.hasPrefix("warning: ") ? String(text.dropFirst(9)) : text
        guard !warnedThisInput.contains(message) else { return }
        warnedThisInput.insert(message)
        output.writeError("warning: \(message)\n")
    }

    // MARK: - Running programs

    /// Runs a parsed program. Functions defined in it become available first, so a
    /// script may call a function defined below the call, as Octave allows.
    public func run(_ program: Program) throws {
        let saved = source
        source = program.source
        defer { source = saved }
        warnedThisInput = []
        if callDepth == 0 { files.generation += 1 }
        // A script run from another folder still finds the function files beside it.
        let folder = Interpreter.folder(ofScript: program.source.name).map(files.resolve)
        if let folder { files.scriptFolders.append(folder) }
        defer { if folder != nil { files.scriptFolders.removeLast() } }
        for f in program.functions {
            functions[f.name] = UserFunction(definition: f, source: program.source)
        }
        _ = try execute(program.statements)
    }

    /// The folder of a script file given by its path; nil for other input.
    static func folder(ofScript name: String) -> String? {
        guard name.hasSuffix(".m"), let slash = name.lastIndex(of: "/") else { return nil }
        let folder = String(name[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    enum Flow { case normal, breakLoop, continueLoop, returnFromFunction }

    func execute(_ statements: [Statement]) throws -> Flow {
        for s in statements {
            let flow = try execute(s)
            if flow != .normal { return flow }
        }
        return .normal
    }

    func execute(_ s: Statement) throws -> Flow {
        try Interrupt.check()
        switch s.kind {
        case .expression(let e, let display):
            try executeExpressionStatement(e, display: display)
        case .assignment(let targets, let op, let e, let display):
            try executeAssignment(targets, op, e, display: display)
        case .formula(let name, let e, let display):
            try bindFormula(name, e, display: display, range: s.range)
        case .ifChain(let branches, let otherwise):
            for b in branches where try isTrue(evaluate(b.condition), at: b.condition.range) {
                return try execute(b.body)
            }
            if let otherwise { return try execute(otherwise) }
        case .forLoop(let variable, let iterable, let body):
            // A loop over a range runs compiled (CompiledLoop.swift): the same effect, faster.
            if compilesLoops, case .range = iterable.kind, variable.steps.isEmpty, !variable.isPlaceholder {
                return try CompiledLoop(s, interpreter: self).run(self)
            }
            return try executeFor(variable, iterable, body)
        case .whileLoop where compilesLoops:
            return try CompiledLoop(s, interpreter: self).run(self)
        case .whileLoop(let condition, let body):
            while try isTrue(evaluate(condition), at: condition.range) {
                try Interrupt.check()
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
        case .doUntil(let body, let condition):
            repeat {
                try Interrupt.check()
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            } while !(try isTrue(evaluate(condition), at: condition.range))
        case .switchChain(let subject, let cases, let otherwise):
            let value = try evaluate(subject)
            for c in cases {
                if try switchMatches(value, c.value) { return try execute(c.body) }
            }
            if let otherwise { return try execute(otherwise) }
        case .tryCatch(let body, let identifier, let handler):
            do {
                let flow = try execute(body)
                if flow != .normal { return flow }
            } catch let d as Diagnostic {
                lastErrorSource = nil
                if let identifier { setVariable(identifier, .string(d.message)) }
                return try execute(handler)
            }
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .returnFromFunction:
            return .returnFromFunction
        case .function(let f):
            functions[f.name] = UserFunction(definition: f, source: source)
        case .command(let name, let words, let display):
            if current.variables[name] != nil {
                throw Diagnostic.error(
                    "'\(name)' is a variable, so '\(name) \(words.joined(separator: " "))' is not a command",
                    at: s.range, hint: "put an operator between the two, or call a function: f('word')")
            }
            let args = words.map { Value.string($0) }
            let results = try callFunction(named: name, args, nargout: 0, range: s.range)
            if let first = results.first {
                setVariable("ans", first)
                if display { try show("ans", first) }
            }
        }
        return .normal
    }

    private func executeExpressionStatement(_ e: Expr, display: Bool) throws {
        if case .identifier(let name) = e.kind, let value = current.variables[name] {
            if display { try show(name, value) }
            return
        }
        if case .identifier(let name) = e.kind, current.formulas[name] != nil {
            let value = try evaluate(e)
            if display { try show(name, value) }
            return
        }
        let results = try evaluateMulti(e, nargout: 0)
        guard let value = results.first else { return }
        setVariable("ans", value)
        if display { try show("ans", value) }
    }

    private func executeAssignment(_ targets: [LValue], _ op: AssignmentOperator, _ e: Expr, display: Bool) throws {
        if targets.count == 1 {
            let target = targets[0]
            var value: Value
            if case .matrix(let rows) = e.kind, rows.isEmpty, op == .plain, case .paren? = target.steps.last {
                // `x(i) = []` deletes; it is not an assignment of an empty matrix. As in Octave,
                // only a final `(…)` deletes: `s.m = []` and `c{i} = []` store an empty matrix.
                try deleteElements(target)
                if display, let v = current.variables[target.name] { try show(target.name, v) }
                return
            }
            value = try evaluate(e)
            if let binary = op.binary {
                let old = try evaluateLValue(target)
                value = try applyBinary(binary, old, value, range: target.range.union(e.range))
            }
            try assign(target, value)
            if display, let v = current.variables[target.name] { try show(target.name, v) }
            return
        }
        let values = try evaluateMulti(e, nargout: targets.count)
        for (k, target) in targets.enumerated() where !target.isPlaceholder {
            guard k < values.count else {
                throw Diagnostic.error(
                    "element number \(k + 1) undefined in return list", at: target.range,
                    hint: "the function returned only \(values.count) value\(values.count == 1 ? "" : "s")")
            }
            try assign(target, values[k])
        }
        if display {
            for target in targets where !target.isPlaceholder {
                if let v = current.variables[target.name] { try show(target.name, v) }
            }
        }
    }

    private func evaluateLValue(_ target: LValue) throws -> Value {
        var expr = Expr(.identifier(target.name), target.range)
        for step in target.steps {
            switch step {
            case .paren(let args): expr = Expr(.call(expr, args), target.range)
            case .brace(let args): expr = Expr(.cellIndex(expr, args), target.range)
            case .field(let f): expr = Expr(.field(expr, f), target.range)
            case .dynamicField(let f): expr = Expr(.dynamicField(expr, f), target.range)
            }
        }
        return try evaluate(expr)
    }

    private func executeFor(_ variable: LValue, _ iterable: Expr, _ body: [Statement]) throws -> Flow {
        // A range is walked without building it, so `for i = 1:1e8` costs no memory.
        if case .range(let a, let s, let b) = iterable.kind {
            let start = try scalar(evaluate(a), at: a.range, what: "range start")
            let step = try s.map { try scalar(evaluate($0), at: $0.range, what: "range step") } ?? 1
            let stop = try scalar(evaluate(b), at: b.range, what: "range end")
            let count = try rangeCount(start, step, stop, at: iterable.range)
            if count == 0 { try assign(variable, Self.emptyRange) }
            for k in 0..<count {
                try Interrupt.check()
                try assign(variable, .number(start + Double(k) * step))
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
            return .normal
        }
        let value = try evaluate(iterable).materialized
        // A loop over an empty value never runs, and leaves the variable holding that value
        // (Octave: after `for j = zeros(0, 3), end`, j is [](0x3)).
        switch value {
        case .tensor(let t) where t.matrix.isEmpty: try assign(variable, value); return .normal
        case .cell(let c) where c.elements.isEmpty: try assign(variable, value); return .normal
        default: break
        }
        switch value {
        case .tensor(let t):
            let m = t.matrix
            if m.isEmpty { return .normal }
            for j in 0..<m.cols {
                try Interrupt.check()
                let column = Matrix(rows: m.rows, cols: 1, elements: m.column(j))
                try assign(variable, .tensor(Tensor(column, class: t.elementClass)))
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
        case .cell(let c):
            for j in 0..<c.cols {
                try Interrupt.check()
                let column = (0..<c.rows).map { c.elements[$0 + j * c.rows] }
                try assign(variable, .cell(CellArray(rows: c.rows, cols: 1, elements: column)))
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
        case .function:
            try assign(variable, value)
            let flow = try execute(body)
            if flow == .returnFromFunction { return flow }
        case .symbolic:
            throw Diagnostic.error("a for loop cannot run over a symbol with no value", at: iterable.range)
        case .structure(let s):
            for j in 0..<s.cols {
                try Interrupt.check()
                try assign(variable, .structure(s.picking(Array((0..<s.rows).map { $0 + j * s.rows }), rows: s.rows, cols: 1)))
                let flow = try execute(body)
                if flow == .breakLoop { break }
                if flow == .returnFromFunction { return flow }
            }
        }
        return .normal
    }

    /// The value `1:0` has: what the variable of a loop over an empty range is left holding.
    static let emptyRange = Value.tensor(Tensor(Matrix(rows: 1, cols: 0, elements: [])))

    func rangeCount(_ start: Double, _ step: Double, _ stop: Double, at range: SourceRange) throws -> Int {
        if step == 0 || start.isNaN || step.isNaN || stop.isNaN { return 0 }
        if (step > 0 && start > stop) || (step < 0 && start < stop) { return 0 }
        let n = ((stop - start) / step * (1 + 1e-15) + 1e-10).rounded(.down) + 1
        guard n.isFinite, n <= Double(Limits.maxElements) else {
            throw Diagnostic.error(NumericError.tooLarge(bytes: n * 8, limit: Double(Limits.maxBytes)).description, at: range)
        }
        return Int(n)
    }

    private func switchMatches(_ value: Value, _ caseExpr: Expr) throws -> Bool {
        let candidate = try evaluate(caseExpr)
        if case .cell(let c) = candidate {
            for element in c.elements where switchEqual(value, element) { return true }
            return false
        }
        return switchEqual(value, candidate)
    }

    private func switchEqual(_ a: Value, _ b: Value) -> Bool {
        guard case .tensor(let x) = a, case .tensor(let y) = b else { return false }
        if x.elementClass == .char || y.elementClass == .char {
            return x.elementClass == y.elementClass && x.matrix == y.matrix
        }
        if y.matrix.isEmpty && x.matrix.isEmpty { return true }
        guard let first = y.matrix.elements.first, x.matrix.count >= 1 else { return false }
        return x.matrix.isScalar && x.matrix.scalar == first
    }

    // MARK: - Display

    /// Shows `name = value` the way Octave does.
    func show(_ name: String, _ value: Value) throws {
        output.displayed(name: name, value: value, text: try render(name, value))
    }

    /// Throws `Interrupted` when Ctrl-C is pressed while a large matrix is laid out.
    public func render(_ name: String, _ value: Value) throws -> String {
        switch value {
        case .tensor(let t):
            return try OctaveDisplay.display(name: name, t.matrix, class: t.elementClass, options: settings.numbers(for: t))
        case .function(let f):
            switch f {
            case .handle(let n): return "\(name) = @\(n)\n"
            case .anonymous(let a): return "\(name) =\n\n\(OctaveCode.anonymous(a))\n\n"
            }
        case .symbolic(let s):
            return try renderSymbolic(name, s)
        case .cell(let c):
            if c.elements.isEmpty { return "\(name) = {}(\(c.rows)x\(c.cols))\n" }
            return "\(name) =\n" + (try renderCellBody(c, indent: "")) + "\n"
        case .structure(let s):
            return try renderStruct(name, s)
        }
    }

    private func renderCellBody(_ c: CellArray, indent: String) throws -> String {
        var out = "\(indent){\n"
        let inner = indent + "  "
        for j in 0..<c.cols {
            for i in 0..<c.rows {
                let v = c.elements[i + j * c.rows]
                let label = "[\(i + 1),\(j + 1)]"
                switch v {
                case .cell(let nested):
                    if nested.elements.isEmpty {
                        out += "\(inner)\(label) = {}(\(nested.rows)x\(nested.cols))\n"
                    } else {
                        out += "\(inner)\(label) =\n" + (try renderCellBody(nested, indent: inner))
                    }
                default:
                    let text = try render(label, v)
                    // Octave indents each line of a nested display by the cell's depth.
                    out +=
                        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                            $0.isEmpty ? "" : (String($0).hasPrefix("@") ? String($0) : inner + $0)
                        }.joined(separator: "\n") + "\n"
                }
            }
        }
        out += "\(indent)}\n"
        return out
    }
}
