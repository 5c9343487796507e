import NablaNumerics
import NablaSyntax
import NablaSymbolic

/// From the syntax tree to the expression graph.
///
/// Identifiers become variables named as the user named them, with the shape of their
/// current value (which is recorded as a binding); formulas bound with `:=` are expanded
/// but kept as *named* nodes, so printers say `a1` rather than `σ(W1x + b1)` and
/// derivatives see through them; `sym` values stay free symbols. Anything without a
/// symbolic meaning that still has a value (`ones(3, 1)`, `X(:, 1)`) becomes a constant.
extension Interpreter {
    /// The graph of `e`, with the values of the variables it mentions.
    public func lower(_ e: Expr) throws -> SymbolicValue {
        var lowerer = Lowerer(self)
        let node = try lowerer.lower(e)
        return try lowerer.result(node, at: e.range)
    }
}

extension Interpreter {
    /// `e`, an operator or a call of a formula builtin one of whose operands turned out to
    /// be a formula with no value, as a formula itself. The operands' values are at hand,
    /// so each node is decided once: an operand that is such a formula is used as it is,
    /// and only the others are lowered from their syntax. (Lowering `e` from its syntax
    /// instead would write the operand formulas out again at every level of nesting.)
    /// `transposed` marks operands written `x'` of which `values` holds `x`'s value.
    func formula(_ e: Expr, _ operands: [Expr], _ values: [Value], transposed: [Bool] = []) throws -> Value {
        var lowerer = Lowerer(self)
        var nodes: [Node] = []
        for (k, (x, v)) in zip(operands, values).enumerated() {
            let node = try lowerer.operand(x, v)
            nodes.append(k < transposed.count && transposed[k] ? try Node.apply(.transpose, [node]) : node)
        }
        guard let node = try lowerer.combine(e, nodes) else { return .symbolic(try lower(e)) }
        return .symbolic(try lowerer.result(node, at: e.range))
    }

    /// Whether `e`, when its value is a formula with no value, was built by `formula`:
    /// an operator, or a call of a builtin a formula can contain.
    func buildsFormula(_ e: Expr) -> Bool {
        switch e.kind {
        case .binary, .unary, .postfix: return true
        case .call(let base, _):
            guard case .identifier(let name) = base.kind else { return false }
            return callsFormulaBuiltin(name)
        default: return false
        }
    }

    /// Whether `name(…)` with a formula among its arguments builds a formula node: it names
    /// no variable, formula or user function, and a builtin a formula can contain.
    func callsFormulaBuiltin(_ name: String) -> Bool {
        current.variables[name] == nil && current.formulas[name] == nil && isFunction(name)
            && NameTable.entry(name) != nil && !isUserFunction(name)
    }
}

/// One lowering, from one expression to one graph, and all it remembers on the way: the
/// values its variables had, the formulas and calls already written out, what its constants
/// hide. It lives as long as the lowering: a part taken as a value is evaluated, which may
/// lower in turn, and that inner lowering starts afresh and leaves this one as it was.
struct Lowerer {
    let interpreter: Interpreter
    /// The values of the variables the graph mentions.
    private(set) var bindings: [String: Matrix] = [:]
    /// Formulas being written out, innermost last, to catch one that uses itself.
    private var visiting: Set<String> = []
    /// Formulas already written out, by name: a formula used several times is lowered once.
    private var loweredFormulas: [String: Node] = [:]
    /// Variables hidden in constants (see `SymbolicValue.hidden`).
    private var hidden: [String: String] = [:]
    /// Parameters and captured values of the anonymous functions being inlined, innermost last.
    private var anonymousScopes: [[String: AnonymousBinding]] = []
    /// Calls already written out, by function and argument graphs: `f2 = @(x) f1(x) + f1(x)`
    /// nested twenty deep is written once per level.
    private var inlinedCalls: [InlinedCall: Node] = [:]

    init(_ interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    private var current: Frame { interpreter.current }

    /// The lowered graph as a value: computed when every variable has one, its kernel
    /// warnings shown as for the same computation written with `=`.
    func result(_ node: Node, at range: SourceRange) throws -> SymbolicValue {
        var lowered: SymbolicValue
        do {
            lowered = try SymbolicValue(node: node, bindings: bindings)
        } catch let failure as GraphEvaluator.Failure {
            throw Diagnostic.error(failure.description, at: range)
        }
        // `z := A\b` warns of a singular A as `z = A\b` does.
        for w in lowered.warnings { interpreter.warn(w) }
        lowered.hidden = hidden
        return lowered
    }

    /// Takes in an operand that is already a formula: its bindings and what it hides.
    mutating func absorb(_ s: SymbolicValue) {
        for (k, m) in s.bindings where bindings[k] == nil { bindings[k] = m }
        for (k, part) in s.hidden where hidden[k] == nil { hidden[k] = part }
    }

    /// The node of `e`. Every node lowered is counted (`Interpreter.loweringSteps`), so tests
    /// can check that lowering does work in proportion to the formula.
    mutating func lower(_ e: Expr) throws -> Node {
        interpreter.loweringSteps += 1
        return try lowerNode(e)
    }

    /// Builds a graph node, turning shape errors into located diagnostics.
    private func build(_ p: Primitive, _ c: [Node], at range: SourceRange) throws -> Node {
        do {
            return try Node.apply(p, c)
        } catch let e as NumericError {
            throw Diagnostic.error(e.description, at: range, hint: interpreter.hint(for: e, p))
        }
    }

    private mutating func lowerNode(_ e: Expr) throws -> Node {
        switch e.kind {
        case .number(let v):
            return .scalar(v)
        case .identifier(let name):
            return try lowerIdentifier(name, at: e.range)
        case .binary(_, let l, let r):
            return try operatorNode(e, [try lower(l), try lower(r)])
        case .unary(_, let operand), .postfix(_, let operand):
            return try operatorNode(e, [try lower(operand)])
        case .call(let base, let args):
            if case .identifier(let name) = base.kind, let f = anonymousFunction(named: name), f.parameters.count == args.count {
                // A body without symbolic form (it indexes, say) makes the call a value below,
                // which records what it hides; any other error (Ctrl-C) goes on up.
                do {
                    return try inline(f, args, at: e.range)
                } catch is Diagnostic {}
            }
            if let node = try lowerRowLookup(base, args, at: e.range) { return node }
            if case .identifier(let name) = base.kind, !isShadowed(name), !interpreter.isUserFunction(name),
                let entry = NameTable.entry(name), interpreter.vocabulary.lookup(name) != nil
            {
                var operands: [Node?] = []
                for a in args {
                    if case .string = a.kind { operands.append(nil) } else { operands.append(try lower(a)) }
                }
                if let node = try lowerCall(entry, operands, args, at: e.range) { return node }
            }
            return try constant(e)
        default:
            return try constant(e)
        }
    }

    /// The node of an operator or a builtin call `e` applied to its operands' nodes (for a
    /// call, those of its arguments that are not text). Nil for a call of a builtin that has
    /// no symbolic form with these arguments.
    mutating func combine(_ e: Expr, _ operands: [Node]) throws -> Node? {
        guard case .call(let base, let args) = e.kind else { return try operatorNode(e, operands) }
        guard case .identifier(let name) = base.kind, let entry = NameTable.entry(name) else { return nil }
        // The operands are those of the arguments that are not text: put them back in place.
        var rest = operands[...]
        var aligned: [Node?] = []
        for a in args {
            if case .string = a.kind { aligned.append(nil) } else if let n = rest.popFirst() { aligned.append(n) }
        }
        return try lowerCall(entry, aligned, args, at: e.range)
    }

    /// The node of the operator `e` applied to its operands' nodes.
    private func operatorNode(_ e: Expr, _ operands: [Node]) throws -> Node {
        switch e.kind {
        case .binary(let op, _, _):
            let (p, swap) = Lowerer.primitive(for: op)
            guard let p else { throw Diagnostic.error("'\(op.rawValue)' cannot be used in a formula", at: e.range) }
            return try build(p, swap ? [operands[1], operands[0]] : operands, at: e.range)
        case .unary(let op, _):
            switch op {
            case .plus: return operands[0]
            case .negate: return try build(.negate, operands, at: e.range)
            case .not: return try build(.not, operands, at: e.range)
            }
        case .postfix:
            return try build(.transpose, operands, at: e.range)
        default:
            throw Diagnostic.error("this is not an operator", at: e.range)
        }
    }

    /// The node of an operand whose value the evaluator already has. A formula with no
    /// value that an operator or a formula builtin built from its own operands is exactly
    /// the graph lowering `e` would give, and is taken as it is; anything else is lowered.
    mutating func operand(_ e: Expr, _ v: Value) throws -> Node {
        if case .symbolic(let s) = v, s.value == nil, interpreter.buildsFormula(e) {
            interpreter.loweringSteps += 1
            absorb(s)
            return s.node
        }
        return try lower(e)
    }

    /// `X(I, :)`, `X(:, J)`, `X(I, J)`, `X(I)` and `X(:)` of a variable or formula `X`, with
    /// whole-number index vectors: row and column lookups (`E(ids, :)` is a token embedding),
    /// which differentiate with respect to `X` — the adjoint adds each entry back where it was
    /// taken from. Nil when the indexing is of another kind (a logical mask, `end`, an index
    /// out of range), so it is taken as a value as before.
    private mutating func lowerRowLookup(_ base: Expr, _ args: [Expr], at range: SourceRange) throws -> Node? {
        guard case .identifier(let name) = base.kind, anonymousFunction(named: name) == nil, isShadowed(name),
            args.count == 1 || args.count == 2, !args.contains(where: isLogicalIndex)
        else { return nil }
        var trial = self
        guard let table = try? trial.lower(base) else { return nil }
        /// `.some(nil)` for `:`, `.some(ids)` for whole numbers in 1...extent, nil otherwise.
        func index(_ e: Expr, extent: Int) -> Node?? {
            if case .colonAll = e.kind { return .some(nil) }
            // (An index with `end` in it has no value outside indexing, so it fails to lower.)
            guard let ids = try? trial.lower(e), ids.shape.isVector || ids.shape.isScalar else { return nil }
            // Only whole-number indices in range make a lookup; anything else keeps Octave's own error.
            if let v = try? SymbolicValue(node: ids, bindings: trial.bindings).value,
                (try? Primitive.gatherRows.evaluate([Matrix(shape: Shape(extent, 1)), v])) == nil
            {
                return nil
            }
            return .some(ids)
        }
        func rows(_ x: Node, _ ids: Node?) throws -> Node {
            guard let ids else { return x }
            return try build(.gatherRows, [x, ids], at: range)
        }
        func columns(_ x: Node, _ ids: Node?) throws -> Node {
            guard let ids else { return x }
            return try build(.transpose, [try build(.gatherRows, [try build(.transpose, [x], at: range), ids], at: range)], at: range)
        }
        let s = table.shape
        let node: Node
        if args.count == 2 {
            guard case .some(let i) = index(args[0], extent: s.rows), case .some(let j) = index(args[1], extent: s.cols) else { return nil }
            node = try columns(try rows(table, i), j)
        } else {
            guard case .some(let k) = index(args[0], extent: s.count) else { return nil }
            let column = s.cols == 1 ? table : try build(.reshape(rows: s.count, cols: 1), [table], at: range)
            guard let k else { node = column; self = trial; return node }
            if s.rows == 1 && s.cols > 1 {
                // A row keeps its orientation.
                node = try columns(table, k)
            } else {
                // A column keeps its own; a matrix (or a number) gives the index's shape.
                let picked = try rows(column, k)
                let byIndex = s.cols != 1 || s.rows == 1
                node = byIndex && k.shape.rows == 1 && k.shape.cols > 1 ? try build(.transpose, [picked], at: range) : picked
            }
        }
        self = trial
        return node
    }

    /// Whether an index is logical (a mask), which selects where it is true rather than at
    /// the numbers it holds: a logical variable, a comparison, `!`, `logical(…)`, `true`.
    private func isLogicalIndex(_ e: Expr) -> Bool {
        switch e.kind {
        case .identifier(let n):
            if case .tensor(let t)? = current.variables[n] { return t.elementClass == .logical }
            if let f = current.formulas[n] { return isLogicalIndex(f.expr) }
            return n == "true" || n == "false"
        case .binary(let op, _, _):
            return [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .elementAnd, .elementOr, .shortAnd, .shortOr].contains(op)
        case .unary(.not, _):
            return true
        case .call(let f, _):
            guard case .identifier(let n) = f.kind else { return false }
            return ["logical", "true", "false", "isnan", "isinf", "isfinite", "any", "all", "not", "and", "or", "xor"].contains(n)
        case .matrix(let rows):
            return rows.joined().contains(where: isLogicalIndex)
        default:
            return false
        }
    }

    /// A sub-expression with no symbolic meaning: its current value, as a constant. The
    /// variables whose values it was computed from are recorded as hidden, so that no one
    /// differentiates or trains through it believing the derivative is followed.
    private mutating func constant(_ e: Expr) throws -> Node {
        if let scope = anonymousScopes.last {
            // Evaluating would look names up in the workspace, not in the function: only a
            // part made of builtins alone can be taken as a value here.
            let names = Interpreter.freeIdentifiers(e, bound: [])
            if names.contains(where: { scope[$0] != nil || interpreter.isUserFunction($0) || interpreter.vocabulary.lookup($0) == nil }) {
                throw Diagnostic.error("this part of an anonymous function has no symbolic form", at: e.range)
            }
        }
        let v = try interpreter.evaluate(e).materialized
        guard case .tensor(let t) = v, t.elementClass != .char else {
            throw Diagnostic.error("this cannot be part of a formula (it is a \(v.className))", at: e.range)
        }
        var seen: Set<String> = []
        let dependencies = valueDependencies(of: e, &seen)
        guard !dependencies.isEmpty else { return .constant(t.matrix) }
        // As the student wrote it, when it can be found.
        let written = interpreter.source.text(in: e.range)
        let part = written.isEmpty || written.count > 60 ? OctaveCode.print(e) : written
        for name in dependencies where hidden[name] == nil { hidden[name] = part }
        // Printed as written (`X(1, :)`), not as the numbers it had: a formula reads as
        // the student wrote it. A label that is not one piece is parenthesised.
        return .constant(t.matrix, label: Lowerer.isOnePiece(part) ? part : "(" + part + ")")
    }

    /// `X(1, :)`, `sort(x)`, `[a; b]`: text that reads as one operand wherever it is put
    /// (a name, then brackets that close at the very end).
    static func isOnePiece(_ text: String) -> Bool {
        let chars = Array(text)
        guard let first = chars.first, first == "[" || first.isLetter else { return false }
        var depth = 0, opened = false
        for (k, ch) in chars.enumerated() {
            if "([{".contains(ch) {
                depth += 1
                opened = true
            } else if ")]}".contains(ch) {
                depth -= 1
                if depth == 0 && k != chars.count - 1 { return false }
            } else if depth == 0 && (opened || !(ch.isLetter || ch.isNumber || ch == "_")) {
                return false
            }
        }
        return opened && depth == 0
    }

    /// Whether `name` means something else than a builtin here: a variable or formula, or,
    /// inside an anonymous function, one of its parameters or captured values.
    private func isShadowed(_ name: String) -> Bool {
        if let scope = anonymousScopes.last { return scope[name] != nil }
        return current.variables[name] != nil || current.formulas[name] != nil
    }

    /// The anonymous function `name` calls, if it is one: a workspace variable, or
    /// inside another anonymous function, one it captured.
    private func anonymousFunction(named name: String) -> AnonymousFunction? {
        if let scope = anonymousScopes.last {
            if case .function(let f)? = scope[name] { return f }
            return nil
        }
        if case .function(.anonymous(let f))? = current.variables[name] { return f }
        return nil
    }

    /// `f(args)` for an anonymous `f`, written out: its body lowered with its parameters
    /// bound to the arguments' graphs and its captured values as constants under their
    /// names, so `sig = @(z) 1 ./ (1 + exp(-z)); grad(mse(sig(W*x), y), W)` differentiates
    /// through it. Throws when the body has a part without symbolic form; the caller then
    /// takes the call's value instead (and records what it hides).
    private mutating func inline(_ f: AnonymousFunction, _ args: [Expr], at range: SourceRange) throws -> Node {
        guard anonymousScopes.count < 32 else {
            throw Diagnostic.error("anonymous functions nested too deeply to write out", at: range)
        }
        var scope: [String: AnonymousBinding] = [:]
        for (name, value) in f.captured {
            switch value.materialized {
            case .tensor(let t) where t.elementClass != .char:
                scope[name] = .node(.constant(t.matrix, label: name))
            case .function(.anonymous(let g)):
                scope[name] = .function(g)
            case .symbolic(let s):
                for (k, m) in s.bindings where bindings[k] == nil { bindings[k] = m }
                scope[name] = .node(s.node)
            default:
                continue
            }
        }
        var operands: [Node] = []
        for (parameter, argument) in zip(f.parameters, args) {
            let node = try lower(argument)
            scope[parameter] = .node(node)
            operands.append(node)
        }
        let key = InlinedCall(function: ObjectIdentifier(f), operands: operands.map(\.id))
        if let done = inlinedCalls[key] { return done }
        try Interrupt.check()
        anonymousScopes.append(scope)
        defer { anonymousScopes.removeLast() }
        let saved = interpreter.source
        interpreter.source = f.source
        defer { interpreter.source = saved }
        let node = try lower(f.body)
        inlinedCalls[key] = node
        return node
    }

    /// Calls whose result depends only on the sizes of their arguments (or on nothing):
    /// a constant made of them hides no derivative.
    static let sizeOnlyFunctions: Set<String> = [
        "size", "numel", "length", "rows", "columns", "ndims", "isempty", "isscalar", "isvector",
        "isrow", "iscolumn", "ismatrix", "issquare", "class", "zeros", "ones", "eye", "rand", "randn", "randi"
    ]

    /// The variables whose values `e` is computed from, through formulas too.
    private func valueDependencies(of e: Expr, _ seen: inout Set<String>) -> [String] {
        var out: [String] = []
        func walk(_ e: Expr, _ bound: Set<String>) {
            switch e.kind {
            case .identifier(let n):
                guard !bound.contains(n), seen.insert(n).inserted else { return }
                if current.variables[n] != nil {
                    out.append(n)
                } else if let f = current.formulas[n] {
                    walk(f.expr, [])
                }
            case .call(let f, _):
                if case .identifier(let n) = f.kind, Lowerer.sizeOnlyFunctions.contains(n),
                    current.variables[n] == nil, current.formulas[n] == nil, !interpreter.isUserFunction(n)
                {
                    return
                }
                e.forEachChild { child, binds in walk(child, bound.union(binds)) }
            default:
                e.forEachChild { child, binds in walk(child, bound.union(binds)) }
            }
        }
        walk(e, [])
        return out
    }

    private mutating func lowerIdentifier(_ name: String, at range: SourceRange) throws -> Node {
        if let scope = anonymousScopes.last {
            // Inside an anonymous function only its parameters, what it captured and the
            // builtins are visible, as when it is called.
            switch scope[name] {
            case .node(let n)?: return n
            case .function?: throw Diagnostic.error("a function cannot be used as a value in a formula", at: range)
            case nil:
                if !interpreter.isUserFunction(name), interpreter.vocabulary.lookup(name) != nil { return try constant(Expr(.identifier(name), range)) }
                throw interpreter.undefined(name, at: range)
            }
        }
        if let v = current.variables[name] {
            switch v {
            case .tensor(let t) where t.elementClass != .char:
                bindings[name] = t.matrix
                return .variable(name, t.matrix.shape)
            case .symbolic(let s):
                if s.isBareSymbol { return .variable(name, s.node.shape) }
                absorb(s)
                return s.node
            default:
                throw Diagnostic.error("'\(name)' is a \(v.className); a formula needs numbers or symbols", at: range)
            }
        }
        if let f = current.formulas[name] {
            // A formula used several times is lowered once and shared: `e2 := e1.*e1 + cos(e1)`
            // chains otherwise grow as 3^depth and hung the session for twenty levels.
            if let done = loweredFormulas[name] { return done }
            try Interrupt.check()
            guard visiting.insert(name).inserted else {
                throw Diagnostic.error(
                    "the formula '\(name)' refers to itself", at: range,
                    hint: "a formula cannot use its own name; use = to keep a value instead")
            }
            defer { visiting.remove(name) }
            let saved = interpreter.source
            interpreter.source = f.source
            defer { interpreter.source = saved }
            let node = Node.named(name, try lower(f.expr))
            loweredFormulas[name] = node
            return node
        }
        if !interpreter.isUserFunction(name), interpreter.vocabulary.lookup(name) != nil {
            // pi, e, Inf …: a constant.
            return try constant(Expr(.identifier(name), range))
        }
        throw interpreter.undefined(name, at: range)
    }

    /// The primitive of a binary operator; `swap` when the operands trade places (`.\`).
    static func primitive(for op: BinaryOperator) -> (Primitive?, Bool) {
        switch op {
        case .add: return (.add, false)
        case .subtract: return (.subtract, false)
        case .matrixMultiply: return (.matmul, false)
        case .rightDivide: return (.rightDivide, false)
        case .leftDivide: return (.leftDivide, false)
        case .elementMultiply: return (.multiply, false)
        case .elementDivide: return (.divide, false)
        case .elementLeftDivide: return (.divide, true)
        case .matrixPower: return (.matrixPower, false)
        case .elementPower: return (.power, false)
        case .equal: return (.compare(.equal), false)
        case .notEqual: return (.compare(.notEqual), false)
        case .less: return (.compare(.less), false)
        case .lessEqual: return (.compare(.lessEqual), false)
        case .greater: return (.compare(.greater), false)
        case .greaterEqual: return (.compare(.greaterEqual), false)
        case .elementAnd: return (.and, false)
        case .elementOr: return (.or, false)
        case .shortAnd, .shortOr: return (nil, false)
        }
    }

    /// A call of a name in the name table as graph nodes; nil when this form of the call
    /// has no symbolic meaning (it is then taken as a value). `operands` holds nil where the
    /// argument is text.
    private func lowerCall(_ entry: NamedOperation, _ operands: [Node?], _ args: [Expr], at range: SourceRange) throws -> Node? {
        var arguments: [CallArgument] = []
        for (node, a) in zip(operands, args) {
            if let node {
                arguments.append(.operand(node.shape, node.constantValue))
            } else if case .string(let s, _) = a.kind {
                arguments.append(.text(s))
            }
        }
        do {
            let meaning: CallMeaning?
            do {
                meaning = try entry.meaning(of: arguments)
            } catch let e as NameTableError {
                throw Diagnostic.error("\(entry.name): \(e.message)", at: range)
            }
            func nodes(_ at: [Int]) -> [Node]? {
                let picked = at.compactMap { $0 < operands.count ? operands[$0] : nil }
                return picked.count == at.count ? picked : nil
            }
            switch meaning {
            case .primitive(let p, let at)?:
                guard let x = nodes(at) else { return nil }
                return try build(p, x, at: range)
            case .operand(let k)?:
                return nodes([k])?.first
            case .derived(let make, let at)?:
                guard let x = nodes(at) else { return nil }
                return try make(x)
            case .number(let v)?:
                return .scalar(v)
            case nil:
                return nil
            }
        } catch let e as NumericError {
            throw Diagnostic.error("\(entry.name): \(e.description)", at: range)
        }
    }
}

/// What a name means inside an anonymous function being written out into a formula.
enum AnonymousBinding {
    /// A parameter (the argument's graph) or a captured value (a constant under its name).
    case node(Node)
    /// A captured anonymous function, written out in turn when called.
    case function(AnonymousFunction)
}

/// A call of an anonymous function on particular argument graphs.
struct InlinedCall: Hashable {
    let function: ObjectIdentifier
    let operands: [Int]
}
