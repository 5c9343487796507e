import NablaNumerics
import NablaSyntax
import NablaSymbolic

extension Interpreter {
    /// Evaluates an expression to a single value.
    public func evaluate(_ e: Expr) throws -> Value {
        try firstValue(evaluateMulti(e, nargout: 1), of: e)
    }

    /// The value `e` gave, or the error for a call that gives none.
    func firstValue(_ values: [Value], of e: Expr) throws -> Value {
        guard let first = values.first else {
            throw Diagnostic.error(
                "value on right hand side of assignment is undefined — this call returns nothing",
                at: e.range, hint: "functions such as disp and printf only print; they have no value")
        }
        return first
    }

    /// Evaluates an expression that may produce several values (a call asked for `nargout` outputs).
    func evaluateMulti(_ e: Expr, nargout: Int) throws -> [Value] {
        switch e.kind {
        case .number(let v):
            return [.number(v)]
        case .string(let s, _):
            return [.string(s)]
        case .identifier(let name):
            if let v = current.variables[name] { return [v] }
            if let f = current.formulas[name] { return [try evaluateFormula(f, name: name, at: e.range)] }
            return try callFunction(named: name, [], nargout: nargout, range: e.range)
        case .colonAll:
            throw Diagnostic.error("a bare ':' is only meaningful inside an index, as in A(:, 1)", at: e.range)
        case .end:
            guard let ctx = endContext.last else {
                throw Diagnostic.error("'end' is only meaningful inside an index", at: e.range)
            }
            return [.number(Double(Interpreter.extent(ctx.shape, position: ctx.position, count: ctx.count)))]
        case .matrix(let rows):
            return [try concatenate(rows, at: e.range)]
        case .cell(let rows):
            return [try buildCell(rows, at: e.range)]
        case .range(let a, let s, let b):
            let start = try scalar(evaluate(a), at: a.range, what: "range start")
            let step = try s.map { try scalar(evaluate($0), at: $0.range, what: "range step") } ?? 1
            let stop = try scalar(evaluate(b), at: b.range, what: "range end")
            let n = try rangeCount(start, step, stop, at: e.range)
            var elements = [Double](repeating: 0, count: n)
            for k in 0..<n { elements[k] = start + Double(k) * step }
            // Octave makes the last element exactly the limit when it lands within rounding of it.
            if n > 1, Swift.abs(elements[n - 1] - stop) < Swift.abs(step) * 1e-10 { elements[n - 1] = stop }
            return [.tensor(Tensor(Matrix(rows: 1, cols: n, elements: elements), storage: .range))]
        case .binary(let op, let lhs, let rhs):
            if op == .shortAnd || op == .shortOr {
                let a = try isTrue(evaluate(lhs), at: lhs.range, shortCircuit: op.rawValue)
                if op == .shortAnd && !a { return [.bool(false)] }
                if op == .shortOr && a { return [.bool(true)] }
                return [.bool(try isTrue(evaluate(rhs), at: rhs.range, shortCircuit: op.rawValue))]
            }
            if op == .matrixMultiply, lhs.transposedOperand != nil || rhs.transposedOperand != nil {
                return [try transposedProduct(e, lhs, rhs)]
            }
            let a = try evaluate(lhs)
            let b = try evaluate(rhs)
            if a.isUnvaluedSymbolic || b.isUnvaluedSymbolic { return [try formula(e, [lhs, rhs], [a, b])] }
            return [try applyBinary(op, a, b, range: e.range)]
        case .unary(let op, let operand):
            let v = try evaluate(operand)
            if v.isUnvaluedSymbolic { return [try formula(e, [operand], [v])] }
            return [try applyUnary(op, v, range: e.range)]
        case .postfix(_, let operand):
            let v = try evaluate(operand).materialized
            if v.isUnvaluedSymbolic { return [try formula(e, [operand], [v])] }
            return [try transpose(v, e)]
        case .call(let base, let args):
            return try evaluateCall(base, args, nargout: nargout, range: e.range)
        case .cellIndex(let base, let args):
            let container = try evaluate(base)
            guard case .cell(let c) = container else {
                throw Diagnostic.error(
                    "'{}' indexing is only for cell arrays; this is a \(container.className)",
                    at: e.range, hint: "use parentheses: x(…)")
            }
            let picked = try indexCell(c, args, at: e.range)
            return picked.elements
        case .field(let base, let name):
            return try fieldValues(of: try evaluate(base), name, at: e.range)
        case .dynamicField(let base, let name):
            return try fieldValues(of: try evaluate(base), try dynamicFieldName(name), at: e.range)
        case .anonymousFunction(let parameters, let body):
            var captured: [String: Value] = [:]
            for name in Interpreter.freeIdentifiers(body, bound: Set(parameters)) {
                if let v = current.variables[name] { captured[name] = v }
            }
            return [
                .function(
                    .anonymous(
                        AnonymousFunction(
                            parameters: parameters, body: body,
                            captured: captured, source: source, file: current.file)))
            ]
        case .increment(let target, let delta, let prefix):
            guard let lvalue = LValue(target) else {
                throw Diagnostic.error("'++' and '--' change a variable; this is not one", at: e.range)
            }
            let old = try evaluate(target)
            let new = try applyBinary(.add, old, .number(delta), range: e.range)
            try assign(lvalue, new)
            return [prefix ? new : old]
        case .functionHandle(let name):
            guard current.variables[name] == nil else {
                throw Diagnostic.error("@\(name): '\(name)' is a variable, not a function", at: e.range)
            }
            guard isFunction(name) else {
                throw undefined(name, at: e.range)
            }
            return [.function(.handle(name))]
        }
    }

    private func evaluateCall(_ base: Expr, _ args: [Expr], nargout: Int, range: SourceRange) throws -> [Value] {
        if case .identifier(let name) = base.kind {
            if let v = current.variables[name] {
                return try indexOrCall(v, args, nargout: nargout, range: range, name: name)
            }
            if let f = current.formulas[name] {
                let v = try evaluateFormula(f, name: name, at: base.range)
                return try indexOrCall(v, args, nargout: nargout, range: range, name: name)
            }
            if !isFunction(name) {
                throw undefined(name, at: base.range, called: true)
            }
            if let b = takesFormulas(name), !args.contains(where: \.producesList) {
                var call = BuiltinCall(
                    interpreter: self, name: name, args: [], nargout: nargout, range: range,
                    argumentExprs: args)
                do {
                    return try b.body(&call)
                } catch let e as NumericError {
                    throw Diagnostic.error("\(name): \(e.description)", at: range)
                }
            }
            let perArgument = try args.map { try evaluateArgument($0) }
            let values = perArgument.flatMap { $0 }
            if values.contains(where: \.isUnvaluedSymbolic), callsFormulaBuiltin(name) {
                let call = Expr(.call(base, args), range)
                // `f(c{:})` has no operand per argument: it is lowered from its syntax.
                guard perArgument.allSatisfy({ $0.count == 1 }) else { return [.symbolic(try lower(call))] }
                let operands = zip(args, perArgument).filter { if case .string = $0.0.kind { false } else { true } }
                return [try formula(call, operands.map(\.0), operands.map { $0.1[0] })]
            }
            return try callFunction(named: name, values, nargout: nargout, range: range, argumentExprs: args)
        }
        let v = try evaluate(base)
        return try indexOrCall(v, args, nargout: nargout, range: range, name: nil)
    }

    /// An argument; `c{:}` expands to several.
    private func evaluateArgument(_ e: Expr) throws -> [Value] {
        if e.producesList { return try evaluateMulti(e, nargout: 1) }
        return [try evaluate(e)]
    }

    private func indexOrCall(_ v: Value, _ args: [Expr], nargout: Int, range: SourceRange, name: String?) throws -> [Value] {
        switch v.materialized {
        case .symbolic:
            throw Diagnostic.error(
                "'\(name ?? "this")' is a symbol with no value; it cannot be indexed", at: range,
                hint: "give every variable in it a value first")
        case .function(let f):
            let values = try args.map { try evaluateArgument($0) }.flatMap { $0 }
            return try callFunctionValue(f, values, nargout: nargout, range: range)
        case .tensor(let t):
            return [.tensor(try indexTensor(t, args, at: range, name: name))]
        case .cell(let c):
            return [.cell(try indexCell(c, args, at: range))]
        case .structure(let s):
            return [.structure(try indexStruct(s, args, at: range))]
        }
    }

    /// The value of a formula bound with `:=`. The whole chain of formulas it uses is
    /// lowered to the graph once: evaluating it piece by piece would lower every nested
    /// formula again at each level, which is quadratic in the depth of a network.
    func evaluateFormula(_ f: Formula, name: String, at range: SourceRange) throws -> Value {
        // A part of the formula taken as a value is evaluated, and may name the formula
        // again (`A := A:2`): lowering's own check does not see through that evaluation.
        guard formulasBeingEvaluated.insert(name).inserted else {
            throw Diagnostic.error(
                "the formula '\(name)' refers to itself", at: range,
                hint: "a formula cannot use its own name; use = to keep a value instead")
        }
        defer { formulasBeingEvaluated.remove(name) }
        // A formula that cannot be a graph (text, cells, …) fails to lower with a Diagnostic and
        // is evaluated as plain code below, which reports the error, if any, at its place;
        // anything else (Ctrl-C) goes on up.
        do {
            let s = try lower(Expr(.identifier(name), range))
            if let v = s.value { return .matrix(v) }
            return .symbolic(s)
        } catch is Diagnostic {}
        // Not expressible as a graph (text, cells, …): evaluate it as plain code, which
        // also reports the error, if any, at its place.
        let saved = source
        source = f.source
        defer { source = saved }
        return try evaluate(f.expr)
    }

    /// `if`/`while` truth: non-empty and every element non-zero (Octave's rule).
    func isTrue(_ v: Value, at range: SourceRange, shortCircuit: String? = nil) throws -> Bool {
        guard case .tensor(let t) = v.materialized else {
            throw Diagnostic.error("a \(v.className) cannot be used as a condition", at: range)
        }
        if let op = shortCircuit, t.matrix.count != 1 {
            throw Diagnostic.error(
                "binary operator '\(op)': the operand must be a single value (it is \(t.matrix.shape))",
                at: range, hint: "use all(…) or any(…) to reduce it, or '&'/'|' for element-wise logic")
        }
        if t.matrix.isEmpty { return false }
        for x in t.matrix.elements {
            if x.isNaN && shortCircuit == nil { continue }
            if x == 0 { return false }
        }
        return true
    }

    /// A real scalar from a value, or a clear error naming what it was for.
    func scalar(_ v: Value, at range: SourceRange, what: String) throws -> Double {
        guard case .tensor(let t) = v.materialized, t.matrix.count >= 1 else {
            throw Diagnostic.error("\(what) must be a number", at: range)
        }
        return t.matrix.elements[0]
    }

    /// `undefined variable 'sigmod'`, with the closest known name as a hint.
    func undefined(_ name: String, at range: SourceRange, called: Bool = false) -> Diagnostic {
        var candidates =
            Array(current.variables.keys) + Array(functions.keys) + vocabulary.names
            + Array(files.names.keys)
        candidates.append(contentsOf: current.formulas.keys)
        let hint = Suggestion.closest(to: name, in: candidates).map { RuntimeMessage.didYouMean.text(language, $0) }
        return Diagnostic.error("undefined \(called ? "function" : "variable") '\(name)'", at: range, hint: hint)
    }

    // MARK: - Operators

    /// The transpose `e` (`v'` or `v.'`) of an evaluated, valued operand.
    func transpose(_ v: Value, _ e: Expr) throws -> Value {
        switch v {
        case .tensor(let t):
            return .tensor(Tensor(t.matrix.transposed, class: t.elementClass, storage: t.storage == .diagonal ? .diagonal : .full))
        case .cell(let c):
            var out = CellArray(rows: c.cols, cols: c.rows, elements: c.elements)
            for i in 0..<c.rows {
                for j in 0..<c.cols { out.elements[j + i * c.cols] = c.elements[i + j * c.rows] }
            }
            return .cell(out)
        case .function:
            throw Diagnostic.error("a function cannot be transposed", at: e.range)
        case .structure(let s):
            var positions: [Int] = []
            for i in 0..<s.rows { for j in 0..<s.cols { positions.append(i + j * s.rows) } }
            return .structure(s.picking(positions, rows: s.cols, cols: s.rows))
        case .symbolic:
            return .symbolic(try lower(e))
        }
    }

    /// `A'*B`, `A*B'`, `A'*B'`: the product goes to BLAS with the transpose flags, as
    /// Octave does, and the transpose is never formed — backprop written by hand is made
    /// of these. Anything but two plain matrices takes the ordinary path.
    private func transposedProduct(_ e: Expr, _ lhs: Expr, _ rhs: Expr) throws -> Value {
        let innerA = lhs.transposedOperand, innerB = rhs.transposedOperand
        let a = try evaluate(innerA ?? lhs).materialized
        let b = try evaluate(innerB ?? rhs).materialized
        if a.isUnvaluedSymbolic || b.isUnvaluedSymbolic {
            return try formula(e, [innerA ?? lhs, innerB ?? rhs], [a, b], transposed: [innerA != nil, innerB != nil])
        }
        if case .tensor(let x) = a, case .tensor(let y) = b, x.storage != .diagonal, y.storage != .diagonal,
            !x.matrix.isScalar, !y.matrix.isScalar
        {
            do {
                let result = try Matrix.interruptibleMatmul(
                    x.matrix, transposingLeft: innerA != nil,
                    y.matrix, transposingRight: innerB != nil)
                if warnsOnNonFinite { warnIfNonFinite(.matmul, [x.matrix, y.matrix], result) }
                return .tensor(Tensor(result))
            } catch let error as NumericError {
                throw Diagnostic.error(error.description, at: e.range, hint: hint(for: error, .matmul))
            }
        }
        let left = innerA == nil ? a : try transpose(a, lhs)
        let right = innerB == nil ? b : try transpose(b, rhs)
        return try applyBinary(.matrixMultiply, left, right, range: e.range)
    }

    func applyBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, range: SourceRange) throws -> Value {
        let a = a.materialized, b = b.materialized
        guard case .tensor(let x) = a, case .tensor(let y) = b else {
            let bad = { if case .tensor = a { return b } else { return a } }()
            throw Diagnostic.error(
                "binary operator '\(op.rawValue)' is not defined for a \(bad.className)", at: range,
                hint: bad.className == "cell" ? "take the element out first with c{i}" : nil)
        }
        let primitive: Primitive
        var operands = [x.matrix, y.matrix]
        switch op {
        case .add: primitive = .add
        case .subtract: primitive = .subtract
        case .matrixMultiply: primitive = .matmul
        case .rightDivide: primitive = .rightDivide
        case .leftDivide: primitive = .leftDivide
        case .elementMultiply: primitive = .multiply
        case .elementDivide: primitive = .divide
        case .elementLeftDivide:
            primitive = .divide
            operands.swapAt(0, 1)
        case .matrixPower: primitive = .matrixPower
        case .elementPower: primitive = .power
        case .equal: primitive = .compare(.equal)
        case .notEqual: primitive = .compare(.notEqual)
        case .less: primitive = .compare(.less)
        case .lessEqual: primitive = .compare(.lessEqual)
        case .greater: primitive = .compare(.greater)
        case .greaterEqual: primitive = .compare(.greaterEqual)
        case .elementAnd: primitive = .and
        case .elementOr: primitive = .or
        case .shortAnd, .shortOr:
            primitive = op == .shortAnd ? .and : .or
        }
        let result = try apply(primitive, operands, at: range)
        return .tensor(
            Tensor(
                result, class: primitive.producesLogical ? .logical : .double,
                storage: Interpreter.storage(after: primitive, x, y)))
    }

    /// Octave 7 keeps a diagonal matrix diagonal under scaling (and sums and products of
    /// diagonal matrices); arithmetic on a range gives a full matrix. Only display depends on it.
    static func storage(after p: Primitive, _ x: Tensor, _ y: Tensor) -> Tensor.Storage {
        let xs = x.matrix.isScalar && x.storage == .full, ys = y.matrix.isScalar && y.storage == .full
        switch (x.storage, y.storage, p) {
        case (.diagonal, .full, .matmul), (.diagonal, .full, .multiply), (.diagonal, .full, .divide), (.diagonal, .full, .rightDivide):
            return ys ? .diagonal : .full
        case (.full, .diagonal, .matmul), (.full, .diagonal, .multiply):
            return xs ? .diagonal : .full
        case (.diagonal, .diagonal, .add), (.diagonal, .diagonal, .subtract), (.diagonal, .diagonal, .matmul):
            return .diagonal
        default:
            return .full
        }
    }

    func applyUnary(_ op: UnaryOperator, _ v: Value, range: SourceRange) throws -> Value {
        let v = v.materialized
        guard case .tensor(let t) = v else {
            throw Diagnostic.error("unary operator '\(op.rawValue)' is not defined for a \(v.className)", at: range)
        }
        switch op {
        case .plus: return .tensor(Tensor(t.matrix, class: t.elementClass == .double ? .double : .double))
        case .negate:
            let storage: Tensor.Storage = t.storage == .diagonal ? .diagonal : .full
            return .tensor(Tensor(try apply(.negate, [t.matrix], at: range), storage: storage))
        case .not: return .logical(try apply(.not, [t.matrix], at: range))
        }
    }

    /// Runs a primitive's kernel, turning its errors into located diagnostics and its
    /// warnings into Octave-style warnings.
    func apply(_ p: Primitive, _ operands: [Matrix], at range: SourceRange) throws -> Matrix {
        do {
            let result = try p.evaluate(operands, warn: { self.warn($0) })
            if warnsOnNonFinite { warnIfNonFinite(p, operands, result) }
            return result
        } catch let e as NumericError {
            throw Diagnostic.error(e.description, at: range, hint: hint(for: e, p))
        }
    }

    func hint(for e: NumericError, _ p: Primitive) -> String? {
        guard case .nonconformant(_, let a, let b) = e else { return nil }
        switch p {
        case .matmul:
            if a.rows == b.rows && a.cols != b.rows { return RuntimeMessage.innerDimensionsTransposeFirst.text(language, a.cols, b.rows) }
            if a.cols == b.cols { return RuntimeMessage.innerDimensionsTransposeSecond.text(language, a.cols, b.rows) }
            return RuntimeMessage.matmulShapes.text(language)
        case .add, .subtract, .multiply, .divide:
            if a.transposed == b { return RuntimeMessage.elementwiseTransposed.text(language) }
            return RuntimeMessage.elementwiseShapes.text(language)
        default:
            return nil
        }
    }

    /// Names an expression refers to that are not bound inside it: what an anonymous
    /// function captures.
    static func freeIdentifiers(_ e: Expr, bound: Set<String>) -> Set<String> {
        var out: Set<String> = []
        func walk(_ e: Expr, _ bound: Set<String>) {
            if case .identifier(let n) = e.kind {
                if !bound.contains(n) { out.insert(n) }
                return
            }
            e.forEachChild { child, binds in walk(child, bound.union(binds)) }
        }
        walk(e, bound)
        return out
    }
}

extension Expr {
    /// `x` when this is `x'` or `x.'`.
    var transposedOperand: Expr? {
        if case .postfix(_, let inner) = kind { return inner }
        return nil
    }
}
