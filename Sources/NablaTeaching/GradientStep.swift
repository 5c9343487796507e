import NablaNumerics
import NablaRuntime
import NablaSymbolic

/// `step(L, params, lr)` — one gradient-descent step, shown in full — and `undo`.
///
/// The gradient is `grad`'s: one reverse sweep (`Differentiate.gradients`) for all the
/// parameters, evaluated at the current values.
extension TeachingBuiltins {
    static let steps: [Builtin] = [
        Builtin("step", "step(L, W, lr)  step(L, {W1, b1, ...}, lr)",
                "One gradient-descent step W ← W − η ∂L/∂W on each parameter, showing the rule, gradient, values and loss before and after.",
                example: "w = 1; x = 2; y = 8; L := (w*x - y)^2; step(L, w, 0.1)", .teaching) { call in
            try call.arity(3...3)
            try GradientStep.run(&call)
            return []
        },
        Builtin("undo", "undo", "Takes back the last step or training run: the parameters get the values they had before it.",
                example: "w = 1; x = 2; y = 8; L := (w*x - y)^2; step(L, w, 0.1); undo", .teaching) { call in
            try call.arity(0...0)
            let state = SessionState.of(call.interpreter)
            guard let last = state.undoStack.popLast() else {
                call.output.write("undo: nothing to undo (no step or training run since the session began)\n")
                return []
            }
            for (name, value) in last { call.interpreter.setVariable(name, value) }
            let names = last.map(\.name).joined(separator: ", ")
            call.output.write("undo: \(names) back to the values before the last step\n")
            for (name, value) in last { call.output.write(call.interpreter.render(name, value)) }
            return []
        },
    ]
}

enum GradientStep {
    static func run(_ call: inout BuiltinCall) throws {
        let parameters = try call.parameterNames(1)
        let eta = try call.number(2)
        guard eta.isFinite, eta > 0 else { throw call.error("the learning rate must be a positive number (got \(NumberFormat.short(eta)))") }
        let lossName = call.lossName()
        let graph = try LossGraph(call.argumentExprs[0], parameters: parameters, in: call, lossName: lossName)
        let before = try parameters.map { try call.parameterValue($0) }
        let (lossBefore, gradients): (Double, [Matrix])
        do { (lossBefore, gradients) = try graph.evaluate([:]) } catch { throw call.graphFailure(error) }
        var after = before
        for k in after.indices {
            for i in 0..<after[k].count { after[k].elements[i] -= eta * gradients[k].elements[i] }
        }
        var values: [String: Matrix] = [:]
        for (n, m) in zip(parameters, after) { values[n] = m }
        let lossAfter: Double
        do { lossAfter = try graph.evaluate(values).loss } catch { throw call.graphFailure(error) }

        SessionState.of(call.interpreter).pushUndo(zip(parameters, before).map { (name: $0, value: Value.matrix($1)) })
        for (n, m) in zip(parameters, after) { call.interpreter.setVariable(n, .matrix(m)) }

        let out = call.output
        let eq = NumberFormat.short(eta)
        out.write("gradient step, η = \(eq)\n")
        for (k, name) in parameters.enumerated() {
            let d = graph.gradients[k]
            let formula = SharedForm(d.node, names: d.names).print(.unicode)
            out.write("\n  \(name) ← \(name) − η ∂\(lossName)/∂\(name)\n")
            out.write(TextWrap.wrap("  ∂\(lossName)/∂\(name) = \(formula)", width: 78, indent: "      ") + "\n")
            out.write(row("∂\(lossName)/∂\(name)", gradients[k]))
            out.write(row("\(name) before", before[k]))
            out.write(row("\(name) after", after[k]))
        }
        let change = lossAfter < lossBefore ? "down" : lossAfter > lossBefore ? "UP — try a smaller η" : "unchanged"
        out.write("\n  \(lossName): \(NumberFormat.short(lossBefore, digits: 6)) → \(NumberFormat.short(lossAfter, digits: 6))   (\(change))\n")
    }

    /// `  label = [values]`, aligned, with big matrices summarised.
    static func row(_ label: String, _ m: Matrix) -> String {
        let padded = label.count < 14 ? label + String(repeating: " ", count: 14 - label.count) : label
        return "    \(padded) = \(NumberFormat.inline(m, limit: 12))\n"
    }
}
