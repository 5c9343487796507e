import NablaNumerics
import NablaSyntax
import NablaSymbolic
import NablaDisplay

extension Builtins {
    static let symbolic: [Builtin] = [
        Builtin(
            "sym", "W = sym(r, c)", "A symbolic r×c matrix with no value, named by the variable it is assigned to.",
            example: "W = sym(3, 2); x = sym(2, 1); W*x", .symbolic
        ) { call in
            try call.arity(0...2)
            // sym() is a scalar, sym(n) a column, sym(r, c) a matrix.
            let r = call.args.isEmpty ? 1 : try call.integer(0, min: 1)
            let c = call.args.count < 2 ? 1 : try call.integer(1, min: 1)
            do { try Limits.check(rows: Double(r), cols: Double(c)) } catch let e as NumericError { throw call.error(e.description) }
            return [.symbolic(try SymbolicValue(node: .variable("sym", Shape(r, c)), bindings: [:]))]
        },
        Builtin(
            "grad", "grad(L, W)", "The gradient ∂L/∂W of a scalar L, with the shape of W, as a formula and (when it has one) a value.",
            example: "W = [1 2; 3 4; 5 6]; x = [1; -1]; b = [0; 0; 0]; y = [1; 0; 1]; L := sum((W*x + b - y).^2); grad(L, W)", .symbolic
        ) { call in
            try derivative(&call, kind: .gradient)
        }.takingFormulas(),
        Builtin(
            "jacobian", "jacobian(f, x)", "The Jacobian of f by x: numel(f) × numel(x), numerator layout (Kronecker form for matrices).",
            example: "A = [1 2; 3 4]; b = [1; 1]; x = [0; 1]; jacobian(A*x + b, x)", .symbolic
        ) { call in
            try derivative(&call, kind: .jacobian)
        }.takingFormulas(),
        Builtin(
            "hessian", "hessian(L, x)", "The Hessian of a scalar L by a vector x: the Jacobian of its gradient.",
            example: "A = [2 1; 0 3]; x = [1; 2]; hessian(x'*A*x, x)", .symbolic
        ) { call in
            try derivative(&call, kind: .hessian)
        }.takingFormulas(),
        Builtin(
            "gradcheck", "gradcheck(L, W)", "Compares grad(L, W) with central finite differences and prints the largest relative error.",
            example: "W = [1 2; 3 4]; x = [1; 2]; gradcheck(sum(sigmoid(W*x)), W)", .symbolic
        ) { call in
            try call.arity(2...2)
            let (f, name) = try loweredWithVariable(&call)
            let d = try reportingDerivativeErrors { try Differentiate.gradient(of: f.node, withRespectTo: name) }
            let analytic: Matrix
            let numeric: Matrix
            do {
                analytic = try GraphEvaluator.evaluate(d.node, f.bindings)
                numeric = try FiniteDifference.gradient(of: f.node, variable: name, bindings: f.bindings)
            } catch let e as GraphEvaluator.Failure {
                throw call.error(e.description, hint: "gradcheck needs a value for every variable")
            }
            let check = GradientCheck(analytic: analytic, numeric: numeric)
            let err = check.error
            let language = call.interpreter.language
            let verdict = (check.agrees ? RuntimeMessage.gradcheckAgrees : .gradcheckDisagrees).text(language)
            let entries = analytic.count == 1 ? RuntimeMessage.oneEntry.text(language) : RuntimeMessage.manyEntries.text(language, analytic.count)
            call.output.write(RuntimeMessage.gradcheck.text(language, verdict, ShortNumber.text(err, digits: 2), entries, name) + "\n")
            if !check.agrees { call.output.write(check.explanation(variable: name, language)) }
            return call.nargout > 0 ? [.number(err)] : []
        }.takingFormulas(),
        Builtin(
            "simplify", "simplify(e)", "The formula in Nabla's normal form: constants folded, like terms collected, transposes pushed to the leaves.",
            example: "A = sym(2, 2); x = sym(2, 1); simplify(A*x + A'*x + 0*x)", .symbolic
        ) { call in
            try call.arity(1...1)
            let f = try call.interpreter.lower(try call.argumentExpr(0))
            let s = try reportingDerivativeErrors { try Simplifier.simplify(f.node) }
            return [.symbolic(try valued(&call, s, f.bindings))]
        }.takingFormulas(),
        Builtin(
            "expand", "expand(e)", "The formula with products multiplied out over sums.",
            example: "A = sym(2, 2); B = sym(2, 2); x = sym(2, 1); expand((A + B)*x)", .symbolic
        ) { call in
            try call.arity(1...1)
            let f = try call.interpreter.lower(try call.argumentExpr(0))
            let s = try reportingDerivativeErrors { try Expander.expand(try Simplifier.simplify(f.node)) }
            return [.symbolic(try valued(&call, s, f.bindings))]
        }.takingFormulas(),
        Builtin(
            "latex", "latex(e)", "The formula (or derivative) as LaTeX source.",
            example: "W = sym(2, 2); x = sym(2, 1); latex(sigmoid(W*x))", .symbolic
        ) { call in
            try call.arity(1...1)
            return [.string(try formulaText(&call, notation: .latex))]
        }.takingFormulas(),
        Builtin(
            "code", "code(e)", "The formula (or derivative) as Octave code that can be pasted back in.",
            example: "W = sym(2, 2); x = sym(2, 1); code(2*(W*x)')", .symbolic
        ) { call in
            try call.arity(1...1)
            let s = try symbolicArgument(&call)
            // code(L) of a formula L is its definition (as latex(L) is), not its own name.
            var root = s.node
            if case .named(_, let child) = root.kind { root = child }
            return [.string(CodePrinter.print(root, inlining: Set(s.names.keys), avoiding: Set(call.interpreter.variableNames)))]
        }.takingFormulas(),
        Builtin(
            "mse", "mse(a, y)", "Mean squared error over all entries: mean((a - y).^2), built from primitives so it differentiates.",
            example: "mse([1; 2], [1; 4])", .neural
        ) { call in
            try derivedLoss(&call)
        }.takingFormulas(),
        Builtin(
            "bce", "bce(p, y)", "Binary cross-entropy: -mean(y.*log(p) + (1-y).*log(1-p)).",
            example: "bce([0.9; 0.2], [1; 0])", .neural
        ) { call in
            try derivedLoss(&call)
        }.takingFormulas(),
        Builtin(
            "cross_entropy", "cross_entropy(z, Y)", "Softmax cross-entropy of logits z (classes × examples) against one-hot Y, in the stable log-sum-exp form.",
            example: "cross_entropy([2; 1; 0], [1; 0; 0])", .neural
        ) { call in
            try derivedLoss(&call)
        }.takingFormulas()
    ]

    enum DerivativeKind { case gradient, jacobian, hessian }

    /// Runs symbolic work (differentiating, simplifying, expanding), turning its errors into
    /// the builtin's error.
    static func reportingDerivativeErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as DerivativeError {
            throw NumericError.invalid(e.description)
        }
    }

    /// The function argument lowered, and the variable argument's name.
    static func loweredWithVariable(_ call: inout BuiltinCall) throws -> (SymbolicValue, String) {
        let exprs = call.argumentExprs
        guard exprs.count == 2, case .identifier(let name) = exprs[1].kind else {
            throw call.error("the second argument must be a variable's name", hint: RuntimeMessage.forExample.text(call.interpreter.language, "grad(L, W)"))
        }
        let f = try call.interpreter.lower(exprs[0])
        // The function as the student typed it, when it is at hand.
        let typed = call.interpreter.source.text(in: exprs[0].range)
        let written = typed.isEmpty ? OctaveCode.print(exprs[0]) : typed
        if let part = f.hidden[name] { throw call.hiddenDependency(name, through: part, in: written) }
        guard f.node.variables[name] != nil else {
            if case .identifier(let held) = exprs[0].kind, case .tensor? = call.interpreter.variable(held) {
                // `L = sum(W*x)` kept L's number only: the usual slip for `L := sum(W*x)`.
                throw call.error(
                    "\(held) holds a number, not a formula: it was set with =, which keeps only the value, so it does not change with '\(name)'",
                    hint: RuntimeMessage.bindWithColonEquals.text(call.interpreter.language, held, call.name, name))
            }
            throw call.error(
                "'\(name)' does not occur in \(written)",
                hint: RuntimeMessage.derivativeZero.text(call.interpreter.language))
        }
        return (f, name)
    }

    static func derivative(_ call: inout BuiltinCall, kind: DerivativeKind) throws -> [Value] {
        try call.arity(2...2)
        let (f, name) = try loweredWithVariable(&call)
        let fname: String
        if case .identifier(let n) = call.argumentExprs[0].kind { fname = n } else { fname = kind == .jacobian ? "f" : "L" }
        let d: Derivative = try reportingDerivativeErrors {
            switch kind {
            case .gradient: return try Differentiate.gradient(of: f.node, withRespectTo: name)
            case .jacobian: return try Differentiate.jacobian(of: f.node, withRespectTo: name)
            case .hessian: return try Differentiate.hessian(of: f.node, withRespectTo: name)
            }
        }
        let title: String
        switch kind {
        case .gradient: title = "∂\(fname)/∂\(name)"
        case .jacobian: title = "∂\(fname)/∂\(name)"
        case .hessian: title = "∂²\(fname)/∂\(name)²"
        }
        var result = try valued(&call, d.node, f.bindings, title: title, names: d.names)
        if kind != .hessian { result.check = .init(function: f.node, variable: name, kind: kind == .gradient ? .gradient : .jacobian) }
        if d.independent { result.note = "\(fname) does not depend on \(name)" }
        return [.symbolic(result)]
    }

    /// A result formula with its value; a failure to compute it is this builtin's error, and
    /// its warnings are shown as the interpreter shows any other.
    static func valued(
        _ call: inout BuiltinCall, _ node: Node, _ bindings: [String: Matrix],
        title: String? = nil, names: [Node: String] = [:]
    ) throws -> SymbolicValue {
        do {
            let s = try SymbolicValue(node: node, bindings: bindings, title: title, names: names)
            for w in s.warnings { call.interpreter.warn(w) }
            return s
        } catch let failure as GraphEvaluator.Failure {
            throw call.error(failure.description)
        }
    }

    /// A formula argument: a derivative (a formula with a title and its `where` names) as
    /// it is, anything else lowered. Decided once: only a call that builds no formula (as
    /// `grad(L, W)` does not) is evaluated to see what it gives.
    static func symbolicArgument(_ call: inout BuiltinCall) throws -> SymbolicValue {
        // Through a handle: a value, which is a formula or has none.
        if !call.unevaluated, case .symbolic(let s)? = call.args.first { return s }
        let e = try call.argumentExpr(0)
        let given: Value?
        if case .identifier(let name) = e.kind {
            given = call.interpreter.variable(name)
        } else if case .call(let base, _) = e.kind, case .identifier(let name) = base.kind,
            call.interpreter.variable(name) == nil, !call.interpreter.buildsFormula(e)
        {
            given = try call.interpreter.evaluate(e)
        } else {
            given = nil
        }
        if case .symbolic(let s)? = given, s.title != nil { return s }
        return try call.interpreter.lower(e)
    }

    static func formulaText(_ call: inout BuiltinCall, notation: Notation) throws -> String {
        let s = try symbolicArgument(&call)
        return SharedForm(s.node, names: s.names).print(notation)
    }

    static func derivedLoss(_ call: inout BuiltinCall) throws -> [Value] {
        try call.arity(2...2)
        let f = try call.interpreter.lower(Expr(.call(Expr(.identifier(call.name), call.range), call.argumentExprs), call.range))
        guard let v = f.value else { return [.symbolic(f)] }
        return [.matrix(v)]
    }
}

extension BuiltinCall {
    /// The k-th argument as written.
    func argumentExpr(_ k: Int) throws -> Expr {
        guard k < argumentExprs.count else { throw error("missing argument \(k + 1)") }
        return argumentExprs[k]
    }
}

extension BuiltinCall {
    /// `f` depends on `name` only through `part`, which was evaluated to a fixed value:
    /// a derivative would silently leave that path out.
    public func hiddenDependency(_ name: String, through part: String, in f: String) -> Diagnostic {
        error(
            "\(f) depends on '\(name)' through \(part), which has no symbolic form in Nabla: it is taken as a fixed value, so no derivative can be followed through it",
            hint: part.hasPrefix(name + "(")
                ? RuntimeMessage.indexOutside.text(interpreter.language, name + "1", part)
                : RuntimeMessage.followableOperations.text(
                    interpreter.language,
                    NameTable.structuralNames.joined(separator: interpreter.language == .zh ? "、" : ", ")))
    }
}
