import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// A scalar loss and its gradients with respect to chosen parameters, derived once.
///
/// The gradients come from `Differentiate.gradients` — one reverse sweep for all the
/// parameters, exactly what `grad` runs — and are laid out as a `GraphProgram` that a
/// training loop re-runs each step with new parameter values. Nothing is re-derived.
struct LossGraph {
    let loss: Node
    let gradients: [Derivative]
    let parameters: [String]
    /// Values of every variable when the loss was lowered (data and parameters).
    let bindings: [String: Matrix]
    /// Variables the loss depends on only through parts taken as fixed values.
    let hidden: [String: String]
    private let program: GraphProgram
    /// The order `program` takes its variables in.
    private let order: [String]

    /// Lowers `expr` in `interpreter` and differentiates it by `parameters`.
    init(_ expr: Expr, parameters: [String], in call: BuiltinCall, lossName: String) throws {
        let lowered = try call.interpreter.lower(expr)
        guard lowered.node.shape.isScalar else {
            throw call.error(
                "the loss must be a single number, but \(lossName) is \(lowered.node.shape)",
                hint: TeachingMessage.averageOrSum.text(call.interpreter.language))
        }
        let variables = lowered.node.variables
        for p in parameters {
            if let part = lowered.hidden[p] { throw call.hiddenDependency(p, through: part, in: lossName) }
        }
        self.hidden = lowered.hidden
        for p in parameters where variables[p] == nil {
            throw call.error(
                "\(lossName) does not depend on '\(p)', so a step would never change it",
                hint: TeachingMessage.checkFormula.text(call.interpreter.language, lossName))
        }
        let free = variables.keys.filter { lowered.bindings[$0] == nil }.sorted()
        guard free.isEmpty else {
            throw call.error(
                "'\(free[0])' has no value, so \(lossName) cannot be computed",
                hint: TeachingMessage.giveValues.text(call.interpreter.language))
        }
        let derivatives: [Derivative]
        do {
            derivatives = try Differentiate.gradients(of: lowered.node, withRespectTo: parameters)
        } catch let e as DerivativeError {
            throw call.error(e.description)
        }
        self.loss = lowered.node
        self.gradients = derivatives
        self.parameters = parameters
        self.bindings = lowered.bindings
        self.order = variables.keys.sorted()
        self.program = try GraphProgram(roots: [lowered.node] + derivatives.map(\.node), variables: order)
    }

    /// The loss and each parameter's gradient, with `values` overriding the bindings.
    func evaluate(_ values: [String: Matrix]) throws -> (loss: Double, gradients: [Matrix]) {
        let inputs = order.map { values[$0] ?? bindings[$0] ?? .empty }
        let out = try program.run(inputs)
        return (out[0].scalar, Array(out.dropFirst()))
    }
}

extension BuiltinCall {
    /// The name the loss argument is shown under: the variable's name, or `L`.
    func lossName(_ k: Int = 0) -> String {
        if k < argumentExprs.count, case .identifier(let n) = argumentExprs[k].kind { return n }
        return "L"
    }

    /// How a view titles its expression: `of L` for a name, nothing for an expression.
    func subjectTitle(_ k: Int = 0) -> String {
        subject(k).map { " of " + $0 } ?? ""
    }

    /// The name a view's expression was given, if it is a name.
    func subject(_ k: Int = 0) -> String? {
        if k < argumentExprs.count, case .identifier(let n) = argumentExprs[k].kind { return n }
        return nil
    }

    /// Wraps evaluation failures of a graph as the builtin's error.
    func graphFailure(_ e: Error) -> Error {
        if let f = e as? GraphEvaluator.Failure { return error(f.description) }
        return e
    }
}
