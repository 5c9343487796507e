import NablaNumerics

/// A derivative as a graph, with the names its shared parts should be printed under.
public struct Derivative: Sendable {
    /// The derivative itself. For a gradient it has the variable's shape; for a Jacobian
    /// it is (numel f) × (numel x), numerator layout.
    public var node: Node
    /// Adjoints of the user's pre-activations (`∂L/∂z2`), named as a textbook names
    /// them (`δ2`), for `where` clauses.
    public var names: [Node: String]
    /// Set when the function does not depend on the variable at all: the derivative is
    /// a true zero, and printers say why rather than showing a bare 0.
    public var independent: Bool

    public init(node: Node, names: [Node: String] = [:], independent: Bool = false) {
        self.node = node
        self.names = names
        self.independent = independent
    }
}

/// Symbolic differentiation: reverse mode for gradients, forward mode for Jacobians.
///
/// Both walk the expression graph once, applying each primitive's rule from
/// `Primitive+Derivative.swift`. The results are graphs that share the forward
/// computation's nodes, so their size is linear in the size of the expression.
public enum Differentiate {
    /// ∂L/∂W for a scalar `L`, with the shape of `W`.
    public static func gradient(of loss: Node, withRespectTo variable: String) throws -> Derivative {
        guard let result = try gradients(of: loss, withRespectTo: [variable]).first else {
            throw DerivativeError.invalid("no variable given")
        }
        return result
    }

    /// Gradients with respect to several variables from one reverse sweep (what a
    /// training step needs: the shared adjoints are built once).
    ///
    /// `trace`, when given, sees every adjoint as the sweep computes it — the node and
    /// ∂L/∂node, in the order of the reverse pass — so a teaching view can show the
    /// backward pass without a second implementation of it.
    public static func gradients(
        of loss: Node, withRespectTo variables: [String],
        trace: ((_ node: Node, _ adjoint: Node) -> Void)? = nil
    ) throws -> [Derivative] {
        guard loss.shape.isScalar else {
            throw DerivativeError.invalid("a gradient needs a scalar function, but this one is \(loss.shape); use jacobian for a vector or matrix function")
        }
        let order = loss.topologicalOrder
        let targets = Set(variables)
        // Which nodes lie on a path to a target variable: only those need adjoints.
        var relevant: Set<Int> = []
        for n in order {
            if case .variable(let name) = n.kind, targets.contains(name) {
                relevant.insert(n.id)
            } else if n.children.contains(where: { relevant.contains($0.id) }) {
                relevant.insert(n.id)
            }
        }
        // Activation arguments: their adjoints are the textbook's δ.
        var activationInputs: Set<Int> = []
        for n in order {
            if case .apply(let p, let c) = n.kind, isActivation(p), case .named = c[0].kind { activationInputs.insert(c[0].id) }
        }
        var adjoint: [Int: Node] = [loss.id: .scalar(1)]
        // The user's name for a node's output, so `σ'(z2)` is written with `a2`.
        var outputName: [Int: Node] = [:]
        var names: [Node: String] = [:]
        var usedDeltas: Set<String> = []
        let budget = WorkBudget("this derivative")
        for n in order.reversed() where relevant.contains(n.id) {
            try budget.check()
            guard var g = adjoint[n.id] else { continue }
            switch n.kind {
            case .variable, .constant:
                break
            case .named(let name, let child):
                if activationInputs.contains(n.id), !g.isConstant {
                    // The textbook's δ = ∂L/∂z is itself named: the simplifier treats it as
                    // an atom, so later rules cannot dissolve it into the products that use it.
                    let delta = deltaName(for: name, taken: usedDeltas)
                    usedDeltas.insert(delta)
                    g = .named(delta, g)
                    names[g] = delta
                }
                outputName[child.id] = outputName[child.id] ?? n
                adjoint[child.id] = try accumulate(adjoint[child.id], g)
            case .apply(let p, let children):
                let wanted = children.map { relevant.contains($0.id) }
                let parts = try p.pullback(output: outputName[n.id] ?? n, inputs: children, adjoint: g, wanted: wanted)
                for (c, part) in zip(children, parts) where relevant.contains(c.id) {
                    if let part { adjoint[c.id] = try accumulate(adjoint[c.id], part) }
                }
            }
            trace?(n, g)
        }
        let shapes = loss.variables
        return try variables.map { name in
            guard let shape = shapes[name] else {
                throw DerivativeError.invalid("'\(name)' does not occur in the expression")
            }
            let v = Node.variable(name, shape)
            guard let g = adjoint[v.id] else { return Derivative(node: .zeros(shape), independent: true) }
            let full = try Primitive.expand(g, to: shape)
            return Derivative(node: full, names: names.filter { full.contains($0.key) })
        }
    }

    static func isActivation(_ p: Primitive) -> Bool {
        switch p {
        case .function(let f): return ![.sign, .round, .floor, .ceil, .fix, .isnan, .isinf, .isfinite, .abs].contains(f)
        case .leakyRelu, .softmax: return true
        default: return false
        }
    }

    /// `z2` → `δ2`, `z` → `δ`, `h_out` → `δ_h_out`; a name already given gets a prime.
    static func deltaName(for name: String, taken: Set<String>) -> String {
        let digits = String(name.reversed().prefix { $0.isNumber }.reversed())
        let letters = name.dropLast(digits.count)
        var candidate = letters.count <= 1 ? "δ" + digits : "δ_" + name
        while taken.contains(candidate) { candidate += "′" }
        return candidate
    }

    static func checkSize(rows: Int, cols: Int) throws {
        do { try Limits.check(rows: Double(rows), cols: Double(cols)) } catch let e as NumericError {
            throw DerivativeError.invalid(e.description)
        }
    }

    static func accumulate(_ a: Node?, _ b: Node) throws -> Node {
        guard let a else { return b }
        return try Simplifier.add(a, b)
    }

    /// The Jacobian of `f` with respect to the variable `x`: (numel f) × (numel x),
    /// numerator layout, vectorised in column-major order (so for matrices it is the
    /// Jacobian of vec f by vec X, written with Kronecker products).
    public static func jacobian(of f: Node, withRespectTo variable: String) throws -> Derivative {
        guard let shape = f.variables[variable] else {
            throw DerivativeError.invalid("'\(variable)' does not occur in the expression")
        }
        // The seed is a dense identity and the result numel f × numel x: refuse what the
        // memory limit would (a Jacobian by a 1e5-vector is 80 GB), before building either.
        try checkSize(rows: max(f.shape.count, shape.count), cols: shape.count)
        do {
            return try forwardJacobian(of: f, withRespectTo: variable, shape: shape)
        } catch let e as DerivativeError {
            // Forward mode has no compact rule here (a solve, a transpose of a matrix, a
            // block-diagonal softmax, …), but the Jacobian exists: build it row by row from
            // gradients, which reverse mode always has. Only a very large one is declined.
            guard f.shape.count <= 64 else { throw e }
            return try jacobianByRows(of: f, withRespectTo: variable, shape: shape)
        }
    }

    /// J = Σᵢ eᵢ vec(∂fᵢ/∂x)ᵀ: one gradient per entry of f, each placed in its row.
    static func jacobianByRows(of f: Node, withRespectTo variable: String, shape: Shape) throws -> Derivative {
        let n = f.shape.count
        var total: Node?
        var names: [Node: String] = [:]
        let budget = WorkBudget("this Jacobian")
        for i in 0..<n {
            try budget.check()
            var pick = Matrix(shape: f.shape)
            pick.elements[i] = 1
            let entry = try DerivedOperations.sumAll(try Simplifier.multiply(.constant(pick), f))
            let g = try gradients(of: entry, withRespectTo: [variable])[0]
            if g.independent || g.node.isZero { continue }
            names.merge(g.names) { a, _ in a }
            var unit = Matrix(rows: n, cols: 1)
            unit.elements[i] = 1
            let gradient = try Simplifier.make(.reshape(rows: shape.count, cols: 1), [g.node])
            let row = try Simplifier.matmul(.constant(unit), try Simplifier.transpose(gradient))
            total = try total.map { try Simplifier.add($0, row) } ?? row
        }
        guard let total else { return Derivative(node: .zeros(Shape(n, shape.count)), independent: true) }
        return Derivative(node: total, names: names.filter { total.contains($0.key) })
    }

    /// Forward mode: each node's Jacobian from its operands', by the primitives' rules.
    static func forwardJacobian(of f: Node, withRespectTo variable: String, shape: Shape) throws -> Derivative {
        let x = Node.variable(variable, shape)
        var js: [Int: Node] = [x.id: .identity(shape.count)]
        var outputName: [Int: Node] = [:]
        let budget = WorkBudget("this Jacobian")
        for n in f.topologicalOrder {
            try budget.check()
            switch n.kind {
            case .variable, .constant:
                break
            case .named(_, let child):
                js[n.id] = js[child.id]
                outputName[child.id] = outputName[child.id] ?? n
            case .apply(let p, let children):
                let operands = children.map { js[$0.id] }
                guard operands.contains(where: { $0 != nil }) else { continue }
                js[n.id] = try p.jacobian(output: outputName[n.id] ?? n, inputs: children, operandJacobians: operands)
            }
        }
        guard let j = js[f.id] else {
            return Derivative(node: .zeros(Shape(f.shape.count, shape.count)), independent: true)
        }
        return Derivative(node: j)
    }

    /// The Hessian of a scalar `L` with respect to a vector `x`: the Jacobian of the gradient.
    public static func hessian(of loss: Node, withRespectTo variable: String) throws -> Derivative {
        guard let shape = loss.variables[variable] else {
            throw DerivativeError.invalid("'\(variable)' does not occur in the expression")
        }
        guard shape.cols == 1 || shape.rows == 1 else {
            throw DerivativeError.noMatrixForm(
                "the Hessian with respect to a \(shape) matrix is a 4-way array with no matrix form; take it with respect to a vector, for example X(:)")
        }
        try checkSize(rows: shape.count, cols: shape.count)
        let g = try gradient(of: loss, withRespectTo: variable)
        if g.independent { return Derivative(node: .zeros(Shape(shape.count, shape.count)), independent: true) }
        // A gradient free of the variable (L linear in it) is constant: the Hessian is 0, an answer.
        guard g.node.variables[variable] != nil else { return Derivative(node: .zeros(Shape(shape.count, shape.count))) }
        let h = try jacobian(of: g.node, withRespectTo: variable)
        // The gradient's δs appear in the Hessian too: keep their definitions with it.
        return Derivative(node: h.node, names: g.names.filter { h.node.contains($0.key) })
    }
}

extension Node {
    /// True when `other` occurs in this node's graph.
    public func contains(_ other: Node) -> Bool {
        if self === other { return true }
        if other.id > id { return false }
        var seen: Set<Int> = []
        var stack: [Node] = [self]
        while let n = stack.popLast() {
            if n === other { return true }
            guard seen.insert(n.id).inserted else { continue }
            for c in n.children where c.id >= other.id { stack.append(c) }
        }
        return false
    }
}
