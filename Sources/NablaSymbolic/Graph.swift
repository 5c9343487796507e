import NablaNumerics
import Synchronization

/// One node of Nabla's expression graph: a variable, a constant, a primitive applied
/// to child nodes, or a user's name for a sub-expression.
///
/// Nodes are *hash-consed*: building the same structure twice returns the same object,
/// so structural equality is pointer equality (`===`), a shared sub-expression is stored
/// once, and a derivative that mentions `σ(z)` refers to the very node the forward pass
/// computed. Every node carries its shape, checked with `Primitive.shape` when it is
/// built, so an ill-shaped formula is rejected before anything is computed.
///
/// Nodes are immutable and `Sendable`; the intern table behind `Node.make` is shared by
/// the whole process and guarded by a mutex.
public final class Node: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// A named matrix of the given shape; its value comes from bindings at evaluation.
        case variable(String)
        /// A fixed matrix. `label` is how printers write it (`n`, `I`, `𝟏`) instead of digits.
        case constant(Matrix, label: String?)
        case apply(Primitive, [Node])
        /// The user's name for a sub-expression (`a1 := sigmoid(z1)`). Evaluates and
        /// differentiates as its child; printers write the name.
        case named(String, Node)
    }

    public let kind: Kind
    public let shape: Shape
    /// Unique per process, increasing in creation order (so children have smaller ids).
    public let id: Int
    /// Length of the longest path from this node down to a leaf (a leaf has depth 1).
    public let depth: Int
    /// How many nodes the expression has when its sharing is undone (a named node counts
    /// as one: printers write its name), saturating at `Node.hugeTreeSize`. Printed text
    /// grows with it, and a chain like `f := σ(f).*f` doubles it at every level while the
    /// graph grows by a constant: work that would walk the tree checks this first.
    public let treeSize: Int

    /// Where `treeSize` stops counting.
    public static let hugeTreeSize = 1 << 40

    fileprivate init(kind: Kind, shape: Shape, id: Int, depth: Int, treeSize: Int = 1) {
        self.kind = kind
        self.shape = shape
        self.id = id
        self.depth = depth
        self.treeSize = treeSize
    }

    public static func == (a: Node, b: Node) -> Bool { a === b }
    public func hash(into h: inout Hasher) { h.combine(id) }

    public var children: [Node] {
        switch kind {
        case .variable, .constant: return []
        case .apply(_, let c): return c
        case .named(_, let c): return [c]
        }
    }

    public var description: String { UnicodePrinter.print(self) }
}

/// The structural identity of a node, used as the intern table's key.
private enum NodeKey: Hashable {
    case variable(String, Int, Int)
    case constant(Matrix, String?)
    case apply(Primitive, [Int])
    case named(String, Int)
}

/// The process-wide table that makes equal structures identical objects.
private let internTable = Mutex<(nodes: [NodeKey: Node], next: Int)>(([:], 0))

/// Counts the graph nodes one session's work creates (not finds already built), so that
/// `WorkBudget` measures a request by its own work: another session building nodes at the
/// same time in the same process neither stops it early nor lets it run longer.
public final class NodeTally: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    /// Nodes created while this tally was bound.
    public var created: Int { count.load(ordering: .relaxed) }

    fileprivate func add() { count.add(1, ordering: .relaxed) }
}

extension Node {
    /// How many distinct nodes the process has built so far.
    public static var created: Int { internTable.withLock { $0.next } }

    /// The tally of the session whose work runs now: `Session` binds its own around each
    /// input (a task-local value, like `Limits.maxBytes`). Unbound, work is counted by the
    /// process-wide `created`.
    @TaskLocal public static var tally: NodeTally?

    /// The count `WorkBudget` measures: the running session's nodes, else the process's.
    public static var createdByThisWork: Int { tally?.created ?? created }

    private static func intern(_ key: NodeKey, _ make: (Int) -> Node) -> Node {
        let (node, isNew) = internTable.withLock { table -> (Node, Bool) in
            if let n = table.nodes[key] { return (n, false) }
            let n = make(table.next)
            table.next += 1
            table.nodes[key] = n
            return (n, true)
        }
        if isNew { tally?.add() }
        return node
    }

    /// A symbol: a matrix of a known shape whose value is supplied when evaluated.
    public static func variable(_ name: String, _ shape: Shape) -> Node {
        intern(.variable(name, shape.rows, shape.cols)) { Node(kind: .variable(name), shape: shape, id: $0, depth: 1) }
    }

    public static func constant(_ m: Matrix, label: String? = nil) -> Node {
        // -0.0 and 0.0 hash apart in Matrix; normalise so 0 is one node.
        var m = m
        for k in m.elements.indices where m.elements[k] == 0 { m.elements[k] = 0 }
        return intern(.constant(m, label)) { Node(kind: .constant(m, label: label), shape: m.shape, id: $0, depth: 1) }
    }

    public static func scalar(_ x: Double) -> Node { constant(Matrix(scalar: x)) }

    /// The r×c identity matrix, printed `I`.
    public static func identity(_ n: Int) -> Node {
        n == 1 ? scalar(1) : constant(Matrix.identity(n), label: "I")
    }

    /// The r×c matrix of ones, printed `𝟏`.
    public static func ones(_ shape: Shape) -> Node {
        shape.isScalar ? scalar(1) : constant(Matrix(shape: shape, repeating: 1), label: "𝟏")
    }

    /// The r×c matrix of zeros, printed `0`.
    public static func zeros(_ shape: Shape) -> Node {
        constant(Matrix(shape: shape, repeating: 0), label: shape.isScalar ? nil : "0")
    }

    /// A primitive applied to children, exactly as given (no simplification).
    /// Throws the operation's shape error (`operator *: nonconformant arguments …`).
    public static func apply(_ p: Primitive, _ children: [Node]) throws -> Node {
        let shape = try p.shape(children.map(\.shape))
        let depth = min((children.map(\.depth).max() ?? 0) + 1, 1 << 30)
        let size = min(children.reduce(1) { $0 + $1.treeSize }, hugeTreeSize)
        return intern(.apply(p, children.map(\.id))) {
            Node(kind: .apply(p, children), shape: shape, id: $0, depth: depth, treeSize: size)
        }
    }

    /// Gives a sub-expression the user's name.
    public static func named(_ name: String, _ child: Node) -> Node {
        intern(.named(name, child.id)) { Node(kind: .named(name, child), shape: child.shape, id: $0, depth: child.depth + 1) }
    }

    // MARK: - Inspection

    public var isConstant: Bool { if case .constant = kind { return true } else { return false } }

    /// The matrix of a constant node.
    public var constantValue: Matrix? { if case .constant(let m, _) = kind { return m } else { return nil } }

    /// The value of a 1×1 constant.
    public var scalarValue: Double? {
        guard let m = constantValue, m.isScalar else { return nil }
        return m.scalar
    }

    /// True when every entry is zero (a zero constant of any shape).
    public var isZero: Bool { constantValue.map { $0.elements.allSatisfy { $0 == 0 } } ?? false }

    /// True for a constant whose entries all equal `x`.
    public func isFilled(with x: Double) -> Bool {
        constantValue.map { !$0.isEmpty && $0.elements.allSatisfy { $0 == x } } ?? false
    }

    public var isIdentity: Bool {
        guard let m = constantValue, m.rows == m.cols else { return false }
        return m == Matrix.identity(m.rows)
    }

    public var primitive: Primitive? { if case .apply(let p, _) = kind { return p } else { return nil } }

    public var name: String? {
        switch kind {
        case .variable(let n), .named(let n, _): return n
        default: return nil
        }
    }

    /// The node with any user names peeled off.
    public var unnamed: Node { if case .named(_, let c) = kind { return c.unnamed } else { return self } }

    /// The variables this node depends on, by name, with their shapes.
    public var variables: [String: Shape] {
        var out: [String: Shape] = [:]
        var seen: Set<Int> = []
        var stack: [Node] = [self]
        while let n = stack.popLast() {
            guard seen.insert(n.id).inserted else { continue }
            if case .variable(let name) = n.kind { out[name] = n.shape }
            stack.append(contentsOf: n.children)
        }
        return out
    }

    /// Every node reachable from this one, children before parents.
    public var topologicalOrder: [Node] {
        var order: [Node] = []
        var seen: Set<Int> = []
        var stack: [(Node, Bool)] = [(self, false)]
        while let (n, expanded) = stack.popLast() {
            if expanded { order.append(n); continue }
            guard seen.insert(n.id).inserted else { continue }
            stack.append((n, true))
            for c in n.children.reversed() where !seen.contains(c.id) { stack.append((c, false)) }
        }
        return order
    }
}
