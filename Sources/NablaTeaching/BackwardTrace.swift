import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// `backward(L)`: the reverse pass as the differentiator performs it.
///
/// The adjoints shown are the very nodes `Differentiate.gradients` builds — it reports
/// each one through its `trace` hook — and the gradients at the end are what `grad`
/// returns, so the numbers cannot disagree.
enum BackwardTrace {
    static func trace(_ call: inout BuiltinCall) throws -> [Value] {
        let lowered = try call.interpreter.lower(call.argumentExprs[0])
        let root = lowered.node
        let L = call.lossName()
        guard root.shape.isScalar else {
            throw call.error(
                "backpropagation starts from a single number, but \(L) is \(root.shape)",
                hint: TeachingMessage.passALoss.text(call.interpreter.language))
        }
        let parameters = call.args.count > 1 ? try call.parameterNames(1) : root.variables.keys.sorted()
        for p in parameters {
            if let part = lowered.hidden[p] { throw call.hiddenDependency(p, through: part, in: L) }
            if root.variables[p] == nil { throw call.error("\(L) does not depend on '\(p)'") }
        }
        var adjoints: [(node: Node, adjoint: Node)] = []
        let gradients: [Derivative]
        do {
            gradients = try Differentiate.gradients(of: root, withRespectTo: parameters) { adjoints.append(($0, $1)) }
        } catch let e as DerivativeError {
            throw call.error(e.description)
        }
        let steps = ForwardTrace.steps(of: root)
        let stepIDs = Set(steps.map(\.id))
        var evaluator = GraphEvaluator(bindings: lowered.bindings)
        let out = call.output
        let language = call.interpreter.language
        out.write(TeachingMessage.backwardHeader.text(language, L, parameters.joined(separator: TeachingMessage.listSeparator.text(language))) + "\n")
        for (name, part) in lowered.hidden.sorted(by: { $0.key < $1.key }) where !parameters.contains(name) {
            out.write(TextWrap.wrap("  " + TeachingMessage.backwardNotFollowed.text(language, name, L, part), width: 78, indent: "   ") + "\n")
        }
        for (node, adjoint) in adjoints where stepIDs.contains(node.id) {
            let name = label(node, root: root, call: call)
            out.write("\n  ∂\(L)/∂\(name)")
            if node === root {
                out.write(" = 1   " + TeachingMessage.backwardStart.text(language, L) + "\n")
                continue
            }
            let rule = chainRule(for: node, steps: steps, stepIDs: stepIDs, root: root, call: call)
            if let rule { out.write(" = " + rule + "\n") } else { out.write("\n") }
            let formula = MathPrinter.print(adjoint, notation: .unicode, expandTop: true)
            var line = "      = " + formula
            if case .named(let delta, _) = adjoint.kind { line = "      = \(delta) = " + formula }
            out.write(TextWrap.wrap(line, width: 78, indent: "          ") + "   (\(node.shape))\n")
            out.write("      = " + valueText(adjoint, for: node, &evaluator, language) + "\n")
        }
        out.write("\n" + TeachingMessage.gradientsHeading.text(language) + "\n")
        var results: [Value] = []
        for (name, d) in zip(parameters, gradients) {
            let formula = d.independent ? "0   " + TeachingMessage.doesNotDepend.text(language, L, name) : SharedForm(d.node, names: d.names).print(.unicode)
            out.write(TextWrap.wrap("  ∂\(L)/∂\(name) = " + formula, width: 78, indent: "      ") + "\n")
            do {
                let v = try evaluator.value(of: d.node)
                out.write("      = " + NumberFormat.inline(v, limit: 12) + "\n")
                results.append(.matrix(v))
            } catch { throw call.graphFailure(error) }
        }
        return call.nargout > 0 ? results : []
    }

    static func valueText(_ adjoint: Node, for node: Node, _ evaluator: inout GraphEvaluator, _ language: Language) -> String {
        do {
            let v = try evaluator.value(of: adjoint)
            if v.isScalar && !node.shape.isScalar { return TeachingMessage.inEveryEntry.text(language, NumberFormat.short(v.scalar)) }
            return NumberFormat.inline(v)
        } catch let f as GraphEvaluator.Failure {
            return TeachingMessage.noValue.text(language, f.description)
        } catch {
            return TeachingMessage.noValue.text(language, "?")
        }
    }

    /// How a step is called: its user name, or its formula.
    static func label(_ n: Node, root: Node, call: BuiltinCall) -> String {
        if let name = n.name { return name }
        if n === root, case .identifier(let id) = call.argumentExprs[0].kind { return id }
        let s = MathPrinter.print(n, notation: .unicode)
        return s.count == 1 ? s : "(" + s + ")"
    }

    /// The chain rule at `node` in words of the steps that use it, e.g. `∂L/∂a2 ⊙ σ′(z2)`
    /// or `W2ᵀ ∂L/∂z2`; nil when the only user is the loss itself (nothing to chain).
    static func chainRule(for node: Node, steps: [Node], stepIDs: Set<Int>, root: Node, call: BuiltinCall) -> String? {
        let L = call.lossName()
        let me = label(node, root: root, call: call)
        var terms: [String] = []
        for p in steps where p !== node && uses(p, node, stepIDs: stepIDs) {
            let parent = label(p, root: root, call: call)
            var g = "∂\(L)/∂\(parent)"
            guard let links = path(from: p.unnamed, to: node, stepIDs: stepIDs) else { continue }
            // Through the loss's own formula the chain has no shorter form than the
            // derivative printed below it.
            if p === root && links.count > 1 { continue }
            var ok = true
            for (op, c, k) in links {
                guard let next = pullbackText(op, c, k, g) else { ok = false; break }
                g = next
            }
            terms.append(ok ? g : "∂\(L)/∂\(parent) · ∂\(parent)/∂\(me)")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " + ")
    }

    /// The operations from `top` down to `target`, outermost first, with the operand index taken.
    static func path(from top: Node, to target: Node, stepIDs: Set<Int>) -> [(Primitive, [Node], Int)]? {
        guard case .apply(let op, let c) = top.kind else { return nil }
        for (k, child) in c.enumerated() {
            if child === target { return [(op, c, k)] }
            if ForwardTrace.isOperand(child, steps: stepIDs) { continue }
            if let rest = path(from: child, to: target, stepIDs: stepIDs) { return [(op, c, k)] + rest }
        }
        return nil
    }

    /// A function's argument as written inside its own parentheses: `σ′(W2 h1 + b2)`.
    static func argument(_ n: Node) -> String {
        n.name ?? MathPrinter.print(n, notation: .unicode)
    }

    /// One link of the chain rule in words: how the adjoint `g` of an operation's output
    /// becomes the adjoint of its operand `k`. Nil when there is no short textbook form.
    static func pullbackText(_ op: Primitive, _ c: [Node], _ k: Int, _ g: String) -> String? {
        let other = c.count == 2 ? ForwardTrace.operandName(c[1 - k]) : ""
        let wrapped = g.contains(" ") ? "(" + g + ")" : g
        switch op {
        case .function(let f):
            return "\(wrapped) ⊙ \(f == .sigmoid ? "σ" : f.rawValue)′(\(argument(c[k])))"
        case .leakyRelu:
            return "\(wrapped) ⊙ leaky_relu′(\(argument(c[k])))"
        case .matmul where !c[0].shape.isScalar && !c[1].shape.isScalar:
            return k == 1 ? "\(other)ᵀ \(wrapped)" : "\(wrapped) \(other)ᵀ"
        case .add:
            return broadcastNote(g, from: Primitive.add.shapeOrSame(c), to: c[k].shape)
        case .subtract:
            return (k == 0 ? "" : "−") + broadcastNote(g, from: Primitive.add.shapeOrSame(c), to: c[k].shape)
        case .multiply:
            return "\(wrapped) ⊙ \(other)"
        default:
            return nil
        }
    }

    static func broadcastNote(_ g: String, from: Shape, to: Shape) -> String {
        if from == to { return g }
        if to.isScalar { return "Σ \(g)" }
        if to.cols == 1 && from.cols > 1 { return "Σ_columns \(g)" }
        if to.rows == 1 && from.rows > 1 { return "Σ_rows \(g)" }
        return g
    }

    /// True when step `p`'s formula uses `n` directly (not through another step).
    static func uses(_ p: Node, _ n: Node, stepIDs: Set<Int>) -> Bool {
        var stack = p.unnamed.children
        var seen: Set<Int> = []
        while let x = stack.popLast() {
            if x === n { return true }
            guard seen.insert(x.id).inserted else { continue }
            if ForwardTrace.isOperand(x, steps: stepIDs) { continue }
            stack.append(contentsOf: x.children)
        }
        return false
    }
}

extension Primitive {
    /// The broadcast result shape of an element-wise operation's operands.
    func shapeOrSame(_ c: [Node]) -> Shape {
        (try? shape(c.map(\.shape))) ?? c[0].shape
    }
}
