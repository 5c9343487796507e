import NablaNumerics
@testable import NablaSymbolic

/// Small builders so identities read like the maths they test.
enum G {
    static func v(_ name: String, _ r: Int, _ c: Int) -> Node { .variable(name, Shape(r, c)) }
    static func ap(_ p: Primitive, _ xs: Node...) throws -> Node { try .apply(p, xs) }
    static func add(_ a: Node, _ b: Node) throws -> Node { try .apply(.add, [a, b]) }
    static func sub(_ a: Node, _ b: Node) throws -> Node { try .apply(.subtract, [a, b]) }
    static func mm(_ a: Node, _ b: Node) throws -> Node { try .apply(.matmul, [a, b]) }
    static func mm(_ a: Node, _ b: Node, _ c: Node) throws -> Node { try mm(try mm(a, b), c) }
    static func had(_ a: Node, _ b: Node) throws -> Node { try .apply(.multiply, [a, b]) }
    static func t(_ a: Node) throws -> Node { try .apply(.transpose, [a]) }
    static func f(_ fn: ElementFunction, _ a: Node) throws -> Node { try .apply(.function(fn), [a]) }
    static func sq(_ a: Node) throws -> Node { try .apply(.power, [a, .scalar(2)]) }
    static func sum(_ a: Node) throws -> Node { try DerivedOperations.sumAll(a) }
    static func c(_ x: Double) -> Node { .scalar(x) }
}

/// Random matrices from the shared seeded generator (tests must not depend on the session's).
extension SplitMix64 {
    mutating func matrix(_ s: Shape, _ draw: (inout SplitMix64) -> Double) -> Matrix {
        var m = Matrix(shape: s)
        for k in 0..<m.count { m.elements[k] = draw(&self) }
        return m
    }
}

/// How a variable's random value is drawn, so logs, inverses and log det are defined.
enum Draw {
    case any, positive, probability, spd, oneHot
    func sample(_ s: Shape, _ r: inout SplitMix64) -> Matrix {
        switch self {
        case .any: return r.matrix(s) { $0.signed() }
        case .positive: return r.matrix(s) { 0.5 + $0.uniform() }
        case .probability: return r.matrix(s) { 0.1 + 0.8 * $0.uniform() }
        case .spd:
            let a = r.matrix(s) { $0.signed() }
            var m = (try? Matrix.matmul(a, a.transposed)) ?? a
            for i in 0..<s.rows { m[i, i] += Double(s.rows) }
            return m
        case .oneHot:
            var m = Matrix(shape: s)
            for j in 0..<s.cols { m[Int(r.uniform() * Double(s.rows)) % s.rows, j] = 1 }
            return m
        }
    }
}

/// Random values for every variable of a graph.
func randomBindings(_ node: Node, seed: UInt64, draws: [String: Draw] = [:]) -> [String: Matrix] {
    var r = SplitMix64(seed: seed)
    var out: [String: Matrix] = [:]
    for (name, shape) in node.variables.sorted(by: { $0.key < $1.key }) {
        out[name] = (draws[name] ?? .any).sample(shape, &r)
    }
    return out
}
