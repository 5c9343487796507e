import NablaNumerics

/// The numeric value of a graph, given values for its variables.
///
/// Each node is computed once per evaluation, however many parents share it: this is
/// what makes a derivative that re-uses the forward pass's `σ(z)` cost what a
/// hand-written backward pass costs. Kernels are `Primitive.evaluate`, the same ones
/// the interpreter runs.
public struct GraphEvaluator {
    public var bindings: [String: Matrix]
    private var cache: [Int: Matrix] = [:]
    /// Warnings from kernels (a singular matrix, say), in the order they happened.
    public private(set) var warnings: [String] = []

    public init(bindings: [String: Matrix]) {
        self.bindings = bindings
    }

    /// Why a graph could not be evaluated.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case unbound(String)
        case wrongShape(String, expected: Shape, got: Shape)
        case numeric(NumericError)

        public var description: String {
            switch self {
            case .unbound(let n): return "'\(n)' is a symbol with no value"
            case .wrongShape(let n, let e, let g): return "'\(n)' is \(g) now, but the formula was built for \(e)"
            case .numeric(let e): return e.description
            }
        }
    }

    /// The value of `node`. Results of every node visited are cached until the bindings change.
    public mutating func value(of node: Node) throws -> Matrix {
        for n in node.topologicalOrder where cache[n.id] == nil {
            try Interrupt.check()
            cache[n.id] = try compute(n)
        }
        guard let v = cache[node.id] else { throw Failure.unbound("?") }
        return v
    }

    /// Changes one variable's value and forgets every cached result.
    public mutating func bind(_ name: String, _ value: Matrix) {
        bindings[name] = value
        cache.removeAll(keepingCapacity: true)
    }

    private mutating func compute(_ n: Node) throws -> Matrix {
        switch n.kind {
        case .variable(let name):
            guard let v = bindings[name] else { throw Failure.unbound(name) }
            guard v.shape == n.shape else { throw Failure.wrongShape(name, expected: n.shape, got: v.shape) }
            return v
        case .constant(let m, _):
            return m
        case .named(_, let c):
            if let v = cache[c.id] { return v }
            return try compute(c)
        case .apply(let p, let children):
            // Every result is sized by the node's shape, known before anything is computed:
            // refuse what exceeds the memory limit (a Hessian of a 1e5-vector is 80 GB), and
            // let Ctrl-C in between the products of a long evaluation.
            try Interrupt.check()
            do { try Limits.check(rows: Double(n.shape.rows), cols: Double(n.shape.cols)) } catch let e as NumericError {
                throw Failure.numeric(e)
            }
            var operands: [Matrix] = []
            operands.reserveCapacity(children.count)
            for c in children {
                if let v = cache[c.id] { operands.append(v) } else { operands.append(try compute(c)) }
            }
            do {
                var collected: [String] = []
                let v = try p.evaluate(operands, warn: { collected.append($0) })
                warnings.append(contentsOf: collected)
                return v
            } catch let e as NumericError {
                throw Failure.numeric(e)
            }
        }
    }

    /// Convenience: the value of `node` under `bindings`.
    public static func evaluate(_ node: Node, _ bindings: [String: Matrix]) throws -> Matrix {
        var e = GraphEvaluator(bindings: bindings)
        return try e.value(of: node)
    }
}
