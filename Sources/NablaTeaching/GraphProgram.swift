import NablaNumerics
import NablaSymbolic

/// Several graphs — a loss and its gradients — laid out once as a straight-line program
/// and then run again and again as variables change: what a training loop needs.
///
/// It is the same graph the differentiator built and the same kernels
/// (`Primitive.evaluate`) the interpreter runs; what it adds is only bookkeeping done
/// once instead of every step: the evaluation order, a slot per node instead of a
/// dictionary, and two fusions that avoid copies — a matrix product with a transposed
/// operand goes to BLAS with the transpose flag (`W2ᵀ δ2`, `δ xᵀ` never form `W2ᵀ`
/// or `xᵀ`), and a transpose whose only users are such products is never computed.
final class GraphProgram {
    private enum Instruction {
        case variable(Int)
        case constant(Matrix)
        case alias(Int)
        case primitive(Primitive, [Int])
        /// aᵀ b, a bᵀ or aᵀ bᵀ with the operands' slots *before* transposing.
        case product(Int, transposeLeft: Bool, Int, transposeRight: Bool)
        case skipped
    }

    private var code: [Instruction] = []
    private var slots: [Matrix]
    private let rootSlots: [Int]
    /// The variables the program reads, in the order `run` expects their values.
    let variables: [String]
    private let variableShapes: [Shape]

    /// Lays out `roots`; `variables` are the names whose values `run` is given.
    init(roots: [Node], variables: [String]) throws {
        self.variables = variables
        // One order for all roots: children before parents, each node once.
        var order: [Node] = []
        var seen: Set<Int> = []
        for r in roots {
            for n in r.topologicalOrder where seen.insert(n.id).inserted { order.append(n) }
        }
        var slot: [Int: Int] = [:]
        for (k, n) in order.enumerated() { slot[n.id] = k }
        // Which transposes are read by something other than a product that can absorb them.
        var needed: Set<Int> = Set(roots.map(\.id))
        for n in order {
            guard case .apply(let p, let c) = n.kind else {
                if case .named(_, let child) = n.kind { needed.insert(child.id) }
                continue
            }
            let absorbs = p == .matmul && !c[0].shape.isScalar && !c[1].shape.isScalar
            for child in c {
                if absorbs, case .apply(.transpose, _) = child.kind { continue }
                needed.insert(child.id)
            }
        }
        var variableIndex: [String: Int] = [:]
        for (k, v) in variables.enumerated() { variableIndex[v] = k }
        for n in order {
            switch n.kind {
            case .variable(let name):
                guard let k = variableIndex[name] else { throw GraphEvaluator.Failure.unbound(name) }
                code.append(.variable(k))
            case .constant(let m, _):
                code.append(.constant(m))
            case .named(_, let child):
                code.append(.alias(slot[child.id] ?? 0))
            case .apply(let p, let c):
                if p == .transpose, !needed.contains(n.id) {
                    code.append(.skipped)
                } else if p == .matmul, !c[0].shape.isScalar, !c[1].shape.isScalar {
                    func operand(_ x: Node) -> (Int, Bool) {
                        if case .apply(.transpose, let inner) = x.kind { return (slot[inner[0].id] ?? 0, true) }
                        return (slot[x.id] ?? 0, false)
                    }
                    let (a, ta) = operand(c[0]), (b, tb) = operand(c[1])
                    code.append(.product(a, transposeLeft: ta, b, transposeRight: tb))
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

    /// The value of every root, in order, given a value for each of `variables`.
    func run(_ values: [Matrix]) throws -> [Matrix] {
        for (k, v) in values.enumerated() where k < variableShapes.count && v.shape != variableShapes[k] {
            throw GraphEvaluator.Failure.wrongShape(variables[k], expected: variableShapes[k], got: v.shape)
        }
        for k in code.indices {
            switch code[k] {
            case .variable(let i): slots[k] = values[i]
            case .constant(let m): slots[k] = m
            case .alias(let i): slots[k] = slots[i]
            case .skipped: break
            case .primitive(let p, let operands):
                do {
                    let x = operands.map { slots[$0] }
                    slots[k] = try p.evaluate(x)
                } catch let e as NumericError {
                    throw GraphEvaluator.Failure.numeric(e)
                }
            case .product(let a, let ta, let b, let tb):
                do {
                    slots[k] = try GraphProgram.product(slots[a], ta, slots[b], tb)
                } catch let e as NumericError {
                    throw GraphEvaluator.Failure.numeric(e)
                }
            }
        }
        let out = rootSlots.map { slots[$0] }
        // Drop the intermediates so the caller's updates of the parameters do not copy.
        for k in slots.indices { slots[k] = .empty }
        return out
    }

    private static func product(_ a: Matrix, _ ta: Bool, _ b: Matrix, _ tb: Bool) throws -> Matrix {
        try Matrix.interruptibleMatmul(a, transposingLeft: ta, b, transposingRight: tb)
    }
}
