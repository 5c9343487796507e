import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// `step(L, params, lr)` — one gradient-descent step, shown in full — and `undo`.
///
/// The gradient is `grad`'s: one reverse sweep (`Differentiate.gradients`) for all the
/// parameters, evaluated at the current values.
extension TeachingBuiltins {
    static let steps: [Builtin] = [
        Builtin(
            "step", "step(L, W, lr)  step(L, {W1, b1, ...}, lr, 'method', 'adam', ...)",
            "One gradient step on each parameter, showing the rule, gradient, values and loss before and after. Options 'method' (gd/momentum/rmsprop/adam; their state carries over to the next step), 'momentum', 'beta1', 'beta2', 'rho', 'epsilon', 'weight_decay'.",
            example: "w = 1; x = 2; y = 8; L := (w*x - y)^2; step(L, w, 0.1)", .teaching
        ) { call in
            try call.arity(3...30)
            try GradientStep.run(&call)
            return []
        },
        Builtin(
            "undo", "undo", "Takes back the last step or training run: the parameters get the values they had before it.",
            example: "w = 1; x = 2; y = 8; L := (w*x - y)^2; step(L, w, 0.1); undo", .teaching
        ) { call in
            try call.arity(0...0)
            let state = SessionState.of(call.interpreter)
            let language = call.interpreter.language
            guard let last = state.undoStack.popLast() else {
                call.output.write(TeachingMessage.undoNothing.text(language) + "\n")
                return []
            }
            for (name, value) in last.values { call.interpreter.setVariable(name, value) }
            state.moments = last.moments
            let names = last.values.map(\.name).joined(separator: ", ")
            call.output.write(TeachingMessage.undoDone.text(language, names) + "\n")
            for (name, value) in last.values { call.output.write(try call.interpreter.render(name, value)) }
            return []
        }
    ]
}

enum GradientStep {
    static func run(_ call: inout BuiltinCall) throws {
        let parameters = try call.parameterNames(1)
        let eta = try call.number(2)
        guard eta.isFinite, eta > 0 else { throw call.error("the learning rate must be a positive number (got \(NumberFormat.short(eta)))") }
        let o = try call.options(from: 3, allowed: UpdateRule.optionNames.union(["method"]))
        let rule = try UpdateRule(kind: try TrainingOptions.methods(o["method"], call: call, sampling: false).rule, options: o, call: call)
        let lossName = call.lossName()
        let graph = try LossGraph(call.argumentExprs[0], parameters: parameters, in: call, lossName: lossName)
        let before = try parameters.map { try call.parameterValue($0) }
        let (lossBefore, gradients): (Double, [Matrix])
        do { (lossBefore, gradients) = try graph.evaluate([:]) } catch { throw call.graphFailure(error) }
        let state = SessionState.of(call.interpreter)
        // A parameter's running averages carry over while the rule and its shape stay the same.
        var moments = zip(parameters, before).map { name, value in
            if let kept = state.moments[name], kept.rule == rule, kept.moments.first.shape == value.shape { return kept.moments }
            return UpdateRule.Moments(shape: value.shape)
        }
        var after = before
        for k in after.indices {
            rule.apply(&after[k], gradient: gradients[k], moments: &moments[k], eta: eta)
        }
        var values: [String: Matrix] = [:]
        for (n, m) in zip(parameters, after) { values[n] = m }
        let lossAfter: Double
        do { lossAfter = try graph.evaluate(values).loss } catch { throw call.graphFailure(error) }

        state.pushUndo(zip(parameters, before).map { (name: $0, value: Value.matrix($1)) })
        for (n, m) in zip(parameters, after) { call.interpreter.setVariable(n, .matrix(m)) }
        for (n, m) in zip(parameters, moments) { state.moments[n] = (rule, m) }

        let out = call.output
        let language = call.interpreter.language
        let eq = NumberFormat.short(eta)
        if rule.kind == .gd && rule.weightDecay == 0 {
            out.write(TeachingMessage.gradientStepTitle.text(language, eq) + "\n")
        } else {
            let t = rule.kind == .adam ? "t = \(moments.first?.steps ?? 1), " : ""
            let settings = t + "η = \(eq), " + rule.hyperParameters(language)
            out.write(TextWrap.wrap(TeachingMessage.methodStepTitle.text(language, rule.name(language), settings), width: 78, indent: "  ") + "\n")
        }
        for (k, name) in parameters.enumerated() {
            let d = graph.gradients[k]
            let formula = SharedForm(d.node, names: d.names).print(.unicode)
            let g = "∂\(lossName)/∂\(name)"
            out.write("\n")
            for line in rule.symbols(name, gradient: g) { out.write("  \(line)\n") }
            out.write(TextWrap.wrap("  \(g) = \(formula)", width: 78, indent: "      ") + "\n")
            out.write(row(g, gradients[k]))
            if rule.weightDecay > 0 {
                var decayed = gradients[k]
                for i in 0..<decayed.count { decayed.elements[i] += rule.weightDecay * before[k].elements[i] }
                out.write(row("g", decayed))
            }
            for (label, value) in rule.stateRows(moments[k]) { out.write(row(label, value)) }
            out.write(row(TeachingMessage.before.text(language, name), before[k]))
            out.write(row(TeachingMessage.after.text(language, name), after[k]))
        }
        let change = (lossAfter < lossBefore ? TeachingMessage.lossDown : lossAfter > lossBefore ? .lossUp : .lossSame).text(language)
        out.write("\n  \(lossName): \(NumberFormat.short(lossBefore, digits: 6)) → \(NumberFormat.short(lossAfter, digits: 6))   (\(change))\n")
    }

    /// `  label = [values]`, aligned, with big matrices summarised.
    static func row(_ label: String, _ m: Matrix) -> String {
        let width = displayWidth(label)
        let padded = width < 14 ? label + String(repeating: " ", count: 14 - width) : label
        return "    \(padded) = \(NumberFormat.inline(m, limit: 12))\n"
    }
}
