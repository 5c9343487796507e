#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics

/// The scaling experiment of the symbolic engine: an L-layer sigmoid network written
/// with the user's names (`z1 := W1*x + b1`, `a1 := σ(z1)`, …, `L := mse(aL, y)`),
/// differentiated with respect to the first layer's weights.
public enum DeepNetwork {
    /// The loss graph of an L-layer network of the given width.
    public static func loss(layers: Int, width: Int = 4) throws -> Node {
        var a = Node.variable("x", Shape(width, 1))
        for k in 1...max(layers, 1) {
            let w = Node.variable("W\(k)", Shape(width, width))
            let b = Node.variable("b\(k)", Shape(width, 1))
            let z = Node.named("z\(k)", try .apply(.add, [try .apply(.matmul, [w, a]), b]))
            a = Node.named("a\(k)", try .apply(.function(.sigmoid), [z]))
        }
        return Node.named("L", try DerivedOperations.mse(a, .variable("y", Shape(width, 1))))
    }

    /// Derives ∂L/∂W1 and prints it with `where` clauses, timing both.
    /// Returns the printed form, its size in characters and the seconds taken.
    public static func deriveFirstLayer(layers: Int, width: Int = 4) throws -> (text: String, printedSize: Int, seconds: Double) {
        let graph = try loss(layers: layers, width: width)
        let start = now()
        let d = try Differentiate.gradient(of: graph, withRespectTo: "W1")
        let text = SharedForm(d.node, names: d.names).print(.unicode)
        let seconds = now() - start
        return (text, text.count, seconds)
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
