import NablaNumerics
import NablaSymbolic

/// Several graphs — a loss and its gradients — laid out once as a straight-line program
/// and then run again and again as variables change: what a training loop needs.
///
/// It is the same graph the differentiator built and the same kernels the interpreter
/// runs, giving the same numbers; what it adds is work done once instead of every step:
///
/// - the evaluation order, and a slot per node instead of a dictionary;
/// - a matrix product with a transposed operand goes to BLAS with the transpose flag
///   (`W2ᵀ δ2`, `δ xᵀ` never form `W2ᵀ` or `xᵀ`), and a transpose whose only users are
///   such products is never computed;
/// - element-wise chains are fused (`ElementChain`): `tanh(W1 x + b1)` or
///   `u ⊙ (1 − a∘²)` is one pass over the result, whose intermediates never exist;
/// - each slot keeps its buffer from one run to the next, and products, chains, sums,
///   softmax and log-sum-exp write into it (products straight from BLAS), so a step
///   with the same shapes allocates no matrices once the first has run. `allocations`
///   counts the buffers runs had to allocate; other operations allocate their results.
final class GraphProgram {
    private enum Instruction {
        case variable(Int)
        case constant(Matrix)
        case alias(Int)
        /// Evaluated by `Primitive.evaluate`, into a new matrix.
        case primitive(Primitive, [Int])
        /// aᵀ b, a bᵀ or aᵀ bᵀ with the operands' slots *before* transposing.
        case product(Int, transposeLeft: Bool, Int, transposeRight: Bool)
        /// A fused element-wise chain and the slots of its inputs.
        case chain(ElementChain, [Int])
        case sum(dim: Int, Int)
        case softmaxColumns(Int)
        case logSumExp(dim: Int, Int)
        /// A transpose only products read, or a node computed inside a chain.
        case skipped
    }

    private var code: [Instruction] = []
    private var slots: [Matrix]
    private let rootSlots: [Int]
    /// Slots that hold what the caller passed or the program does not own (variables,
    /// constants, aliases): emptied after each run, so that the caller's matrices are
    /// not shared when it updates them, and a buffer is never reused through an alias.
    private var borrowedSlots: [Int] = []
    /// The variables the program reads, in the order `run` expects their values.
    let variables: [String]
    private let variableShapes: [Shape]
    /// Matrix buffers the runs so far have allocated for their results.
    private(set) var allocations = 0

    /// Lays out `roots`; `variables` are the names whose values `run` is given.
    /// `fusing: false` evaluates every node on its own (the reference fusion is checked against).
    init(roots: [Node], variables: [String], fusing: Bool = true) throws {
        self.variables = variables
        // One order for all roots: children before parents, each node once.
        var order: [Node] = []
        var seen: Set<Int> = []
        for r in roots {
            for n in r.topologicalOrder where seen.insert(n.id).inserted { order.append(n) }
        }
        var slot: [Int: Int] = [:]
        for (k, n) in order.enumerated() { slot[n.id] = k }
        // Which transposes are read by something other than a product that can absorb them,
        // and how many times each node is read (a root counts as read).
        var needed: Set<Int> = Set(roots.map(\.id))
        var uses: [Int: Int] = [:]
        for r in roots { uses[r.id, default: 0] += 1 }
        for n in order {
            guard case .apply(let p, let c) = n.kind else {
                if case .named(_, let child) = n.kind {
                    needed.insert(child.id)
                    uses[child.id, default: 0] += 1
                }
                continue
            }
            let absorbs = GraphProgram.isProduct(p, c)
            for child in c {
                uses[child.id, default: 0] += 1
                if absorbs, case .apply(.transpose, _) = child.kind { continue }
                needed.insert(child.id)
            }
        }
        // Chains: from each element-wise node not yet taken (parents first), the element-wise
        // children of its shape that nothing else reads are computed inside its chain.
        var chainOf: [Int: Int] = [:]
        if fusing {
            for n in order.reversed() where chainOf[n.id] == nil && GraphProgram.fusable(n) {
                var pending = [n]
                chainOf[n.id] = n.id
                while let m = pending.popLast() {
                    for c in GraphProgram.chainOperands(m)
                    where chainOf[c.id] == nil && uses[c.id] == 1
                        && c.shape == n.shape && GraphProgram.fusable(c)
                    {
                        chainOf[c.id] = n.id
                        pending.append(c)
                    }
                }
            }
        }
        var variableIndex: [String: Int] = [:]
        for (k, v) in variables.enumerated() { variableIndex[v] = k }
        for (k, n) in order.enumerated() {
            switch n.kind {
            case .variable(let name):
                guard let i = variableIndex[name] else { throw GraphEvaluator.Failure.unbound(name) }
                code.append(.variable(i))
                borrowedSlots.append(k)
            case .constant(let m, _):
                code.append(.constant(m))
                borrowedSlots.append(k)
            case .named(_, let child):
                code.append(.alias(slot[child.id] ?? 0))
                borrowedSlots.append(k)
            case .apply(let p, let c):
                if let root = chainOf[n.id] {
                    code.append(root == n.id ? GraphProgram.chain(n, members: chainOf, slot: slot) : .skipped)
                } else if p == .transpose, !needed.contains(n.id) {
                    code.append(.skipped)
                } else if GraphProgram.isProduct(p, c) {
                    func operand(_ x: Node) -> (Int, Bool) {
                        if case .apply(.transpose, let inner) = x.kind { return (slot[inner[0].id] ?? 0, true) }
                        return (slot[x.id] ?? 0, false)
                    }
                    let (a, ta) = operand(c[0]), (b, tb) = operand(c[1])
                    code.append(.product(a, transposeLeft: ta, b, transposeRight: tb))
                } else if case .sum(let d) = p, fusing {
                    code.append(.sum(dim: d, slot[c[0].id] ?? 0))
                } else if case .softmax(1) = p, fusing {
                    code.append(.softmaxColumns(slot[c[0].id] ?? 0))
                } else if case .logSumExp(let d) = p, fusing {
                    code.append(.logSumExp(dim: d, slot[c[0].id] ?? 0))
                } else {
                    code.append(.primitive(p, c.map { slot[$0.id] ?? 0 }))
                }
            }
        }
        var variableShapes = [Shape](repeating: .scalar, count: variables.count)
        for n in order { if case .variable(let name) = n.kind, let k = variableIndex[name] { variableShapes[k] = n.shape } }
        self.variableShapes = variableShapes
        slots = [Matrix](repeating: .empty, count: order.count)
        rootSlots = roots.map { slot[$0.id] ?? 0 }
    }

    /// A product BLAS does: neither operand a scalar (which scales the other instead).
    private static func isProduct(_ p: Primitive, _ c: [Node]) -> Bool {
        p == .matmul && !c[0].shape.isScalar && !c[1].shape.isScalar
    }

    /// An operation a chain can compute element by element, on operands that broadcast to
    /// its shape. A square is a square only when the exponent is the constant 2 (what
    /// `Primitive.evaluate` computes as x·x).
    private static func fusable(_ n: Node) -> Bool {
        guard case .apply(let p, let c) = n.kind, n.shape.count > 0 else { return false }
        switch p {
        case .add, .subtract, .multiply, .divide, .negate, .function, .compare, .maximum, .minimum:
            break
        case .power where c[1].scalarValue == 2:
            break
        default:
            return false
        }
        return chainOperands(n).allSatisfy { ElementChain.reads($0.shape, into: n.shape.rows, n.shape.cols) }
    }

    /// The operands a chain reads for `n`: a square's exponent is part of the operation.
    private static func chainOperands(_ n: Node) -> [Node] {
        guard case .apply(let p, let c) = n.kind else { return [] }
        return p == .power ? [c[0]] : c
    }

    /// The chain computing `root` and the nodes `members` assigns to it.
    private static func chain(_ root: Node, members: [Int: Int], slot: [Int: Int]) -> Instruction {
        var operations: [ElementChain.Operation] = []
        var inputs: [Int] = []
        func operand(_ n: Node) -> ElementChain.Operand {
            if n !== root, members[n.id] == root.id { return .step(emit(n)) }
            let s = slot[n.id] ?? 0
            if let k = inputs.firstIndex(of: s) { return .input(k) }
            inputs.append(s)
            return .input(inputs.count - 1)
        }
        func emit(_ n: Node) -> Int {
            guard case .apply(let p, let c) = n.kind else { return 0 }
            let operation: ElementChain.Operation
            switch p {
            case .add: operation = .arithmetic(.add, operand(c[0]), operand(c[1]))
            case .subtract: operation = .arithmetic(.subtract, operand(c[0]), operand(c[1]))
            case .multiply: operation = .arithmetic(.multiply, operand(c[0]), operand(c[1]))
            case .divide: operation = .arithmetic(.divide, operand(c[0]), operand(c[1]))
            case .power: operation = .square(operand(c[0]))
            case .negate: operation = .negate(operand(c[0]))
            case .function(let f): operation = .function(f.span, operand(c[0]))
            case .compare, .maximum, .minimum:
                guard let f = p.span2 else { preconditionFailure("\(p.name) has no span kernel") }
                operation = .binary(f, operand(c[0]), operand(c[1]))
            default: preconditionFailure("\(p.name) is not element-wise")
            }
            operations.append(operation)
            return operations.count - 1
        }
        _ = emit(root)
        return .chain(ElementChain(rows: root.shape.rows, cols: root.shape.cols, operations: operations, inputCount: inputs.count), inputs)
    }

    /// The operations that allocate their result every run (for messages).
    var allocatingOperations: [String] {
        code.compactMap { if case .primitive(let p, _) = $0 { return p.name } else { return nil } }
    }

    /// The value of every root, in order, given a value for each of `variables`.
    ///
    /// The results share storage with the program's slots until the next run: a caller
    /// that lets go of them before then lets that run reuse their buffers.
    func run(_ values: [Matrix]) throws -> [Matrix] {
        for (k, v) in values.enumerated() where k < variableShapes.count && v.shape != variableShapes[k] {
            throw GraphEvaluator.Failure.wrongShape(variables[k], expected: variableShapes[k], got: v.shape)
        }
        defer {
            // Also after a failure: the caller's matrices must not stay shared.
            for k in borrowedSlots { slots[k] = .empty }
        }
        for k in code.indices {
            do {
                switch code[k] {
                case .variable(let i): slots[k] = values[i]
                case .constant(let m): slots[k] = m
                case .alias(let i): slots[k] = slots[i]
                case .skipped: break
                case .primitive(let p, let operands):
                    slots[k] = try p.evaluate(operands.map { slots[$0] })
                    allocations += 1
                case .product(let a, let ta, let b, let tb):
                    try overwrite(k) { try Matrix.interruptibleMatmul(into: &$0, slots[a], transposingLeft: ta, slots[b], transposingRight: tb) }
                case .chain(let chain, let inputs):
                    try overwrite(k) { try chain.run(inputs.map { slots[$0] }, into: &$0) }
                case .sum(let d, let a):
                    overwrite(k) { Matrix.sum(slots[a], dim: d, into: &$0) }
                case .softmaxColumns(let a):
                    overwrite(k) { Primitive.softmaxColumns(slots[a], into: &$0) }
                case .logSumExp(let d, let a):
                    overwrite(k) { Primitive.logSumExp(slots[a], dim: d, into: &$0) }
                }
            } catch let e as NumericError {
                throw GraphEvaluator.Failure.numeric(e)
            }
        }
        return rootSlots.map { slots[$0] }
    }

    /// Computes slot `k` into the buffer it held after the last run, taken out of the slot
    /// meanwhile so that nothing else holds it.
    private func overwrite(_ k: Int, _ compute: (inout Matrix) throws -> Bool) rethrows {
        var buffer = Matrix.empty
        swap(&buffer, &slots[k])
        if try compute(&buffer) { allocations += 1 }
        slots[k] = buffer
    }
}
