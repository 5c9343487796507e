import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// `forward(expr)`: the forward pass in evaluation order, each step with its formula in
/// the user's names, the shapes it combines, and its value — and
/// `forward(A*B, 'entry', [i j])`, how one entry of a matrix product is formed.
extension TeachingBuiltins {
    static let traces: [Builtin] = [
        Builtin(
            "forward", "forward(expr)  forward(A*B, 'entry', [i j])",
            "The forward pass step by step: each intermediate's formula, the shapes it combines and its value.",
            example: "W = [1 2; 3 4]; x = [1; -1]; b = [0.5; 0.5]; z := W*x + b; a := sigmoid(z); forward(a)",
            .teaching
        ) { call in
            try call.arity(1...3)
            if call.args.count > 1 {
                guard call.args.count == 3, call.isString(1), try call.string(1).lowercased() == "entry" else {
                    throw call.error("the options of forward are 'entry', [i j]", hint: "forward(A*B, 'entry', [1 2])")
                }
                try ForwardTrace.entry(&call)
            } else {
                try ForwardTrace.trace(&call)
            }
            return []
        },
        Builtin(
            "backward", "backward(L)  backward(L, {W1, b1, ...})  [gW1, gb1] = backward(...)",
            "The backward pass: each adjoint ∂L/∂node in the order computed, the chain rule at that node, and every parameter's gradient.",
            example: "W = [1 2; 3 4]; x = [1; -1]; y = [1; 0]; z := W*x; a := sigmoid(z); L := sum((a - y).^2); backward(L, W)",
            .teaching
        ) { call in
            try call.arity(1...2)
            return try BackwardTrace.trace(&call)
        }
    ]
}

enum ForwardTrace {
    /// The steps a trace shows: the user's named formulas inside the traced one, then the
    /// result; when nothing inside is named, every operation. A formula traced by its own
    /// name (`forward(a2f)`) shows the same steps as its definition written out, its last
    /// operation shown as the name.
    static func steps(of root: Node) -> [Node] {
        let order = root.topologicalOrder
        let named = order.filter { if case .named = $0.kind { return $0 !== root } else { return false } }
        if !named.isEmpty { return named + [root] }
        // Nothing named inside: each operation is a step (the child of a top-level name is the name's step).
        let operations = order.filter { if case .apply = $0.kind { return true } else { return false } }
        guard case .named(_, let definition) = root.kind else { return operations }
        return operations.filter { $0 !== definition } + [root]
    }

    /// True when the trace treats `n` as an operand rather than looking inside it.
    static func isOperand(_ n: Node, steps: Set<Int>) -> Bool {
        switch n.kind {
        case .variable, .constant, .named: return true
        case .apply: return steps.contains(n.id)
        }
    }

    static func trace(_ call: inout BuiltinCall) throws {
        let lowered = try call.interpreter.lower(call.argumentExprs[0])
        let root = lowered.node
        let steps = Self.steps(of: root)
        let stepIDs = Set(steps.map(\.id))
        var evaluator = GraphEvaluator(bindings: lowered.bindings)
        let out = call.output
        let inputs = root.variables.keys.sorted()
        let title = call.lossName()
        let language = call.interpreter.language
        guard !steps.isEmpty else {
            out.write(TeachingMessage.forwardNothing.text(language, title) + "\n")
            return
        }
        let heading = call.subject().map { TeachingMessage.forwardTitleOf.text(language, $0) } ?? TeachingMessage.forwardTitle.text(language)
        let count = steps.count == 1 ? TeachingMessage.oneStep.text(language) : TeachingMessage.manySteps.text(language, steps.count)
        let header =
            inputs.isEmpty
            ? heading + (language == .zh ? "：" : ": ") + count
            : TeachingMessage.forwardInputs.text(
                language, heading, count,
                inputs.map { "\($0) (\(root.variables[$0] ?? .scalar))" }
                    .joined(separator: TeachingMessage.listSeparator.text(language)))
        out.write(TextWrap.wrap(header, width: 78, indent: "  ") + "\n")
        for s in steps {
            let formula = MathPrinter.print(s, notation: .unicode, expandTop: true)
            var head = "  "
            if case .named(let name, _) = s.kind {
                head += name + " = "
            } else if s === root, case .identifier(let n) = call.argumentExprs[0].kind {
                head += n + " = "
            }
            head += formula
            let shapes = "(" + ShapeNotation.describe(s, operand: { isOperand($0, steps: stepIDs) }) + ")"
            if head.count + 3 + shapes.count <= 80 {
                out.write(head + "   " + shapes + "\n")
            } else {
                out.write(head + "\n      " + shapes + "\n")
            }
            do {
                let v = try evaluator.value(of: s)
                out.write("      = " + NumberFormat.inline(v) + "\n")
            } catch let f as GraphEvaluator.Failure {
                out.write("      " + TeachingMessage.noValue.text(language, f.description) + "\n")
            }
        }
    }

    /// `C₁₂ = Σₖ A₁ₖBₖ₂ = 1·6 + 2·8 = 22`.
    static func entry(_ call: inout BuiltinCall) throws {
        let lowered = try call.interpreter.lower(call.argumentExprs[0])
        guard case .apply(.matmul, let c) = lowered.node.unnamed.kind else {
            throw call.error("'entry' explains one entry of a matrix product, so the expression must be one, like A*B")
        }
        let index = try call.matrix(2)
        guard index.count == 2, index.elements.allSatisfy({ $0 == $0.rounded() && $0 >= 1 }) else {
            throw call.error("the entry must be given as [row column], like [1 2]")
        }
        let i = Int(index.elements[0]), j = Int(index.elements[1])
        let shape = lowered.node.shape
        guard i <= shape.rows, j <= shape.cols else {
            throw call.error("the product is \(shape), so it has no entry (\(i), \(j))")
        }
        var evaluator = GraphEvaluator(bindings: lowered.bindings)
        let a: Matrix, b: Matrix, v: Matrix
        do {
            a = try evaluator.value(of: c[0]); b = try evaluator.value(of: c[1]); v = try evaluator.value(of: lowered.node)
        } catch { throw call.graphFailure(error) }
        let left = operandName(c[0]), right = operandName(c[1])
        var result = "C"
        if case .identifier(let n) = call.argumentExprs[0].kind { result = n } else if left == "C" || right == "C" { result = "P" }
        let sub = subscriptPair(i, j)
        let terms = (0..<a.cols).map { k in NumberFormat.short(a[i - 1, k]) + "·" + NumberFormat.short(b[k, j - 1]) }
        let shown = terms.count > 6 ? terms.prefix(3) + ["…"] + terms.suffix(2) : terms[...]
        let sum = shown.joined(separator: " + ").replacingOccurrences(of: "+ −", with: "− ")
        let line =
            "\(result)\(sub) = Σₖ \(left)\(subscriptDigits(String(i)))ₖ \(right)ₖ\(subscriptDigits(String(j))) = \(sum) = \(NumberFormat.short(v[i - 1, j - 1]))"
        call.output.write(TextWrap.wrap(line, width: 78, indent: "    ") + "\n")
        call.output.write("  " + TeachingMessage.entryExplanation.text(call.interpreter.language, i, left, j, right, a.cols) + "\n")
    }

    static func operandName(_ n: Node) -> String {
        if let name = n.name { return name }
        return "(" + MathPrinter.print(n, notation: .unicode) + ")"
    }

    static func subscriptDigits(_ s: String) -> String {
        let digits = Array("₀₁₂₃₄₅₆₇₈₉")
        return String(s.map { c in c.wholeNumberValue.map { digits[$0] } ?? c })
    }

    static func subscriptPair(_ i: Int, _ j: Int) -> String {
        i < 10 && j < 10 ? subscriptDigits("\(i)\(j)") : subscriptDigits("\(i)") + "," + subscriptDigits("\(j)")
    }
}
