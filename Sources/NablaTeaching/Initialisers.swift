import Foundation
import NablaNumerics
import NablaRuntime

/// Starting weights scaled so signals neither vanish nor explode through the layers,
/// drawn from the session's generator. For `W` of size r×c used as `W*x`, the fan-in is c.
extension TeachingBuiltins {
    static let initialisers: [Builtin] = [
        Builtin(
            "xavier", "W = xavier(r, c)",
            "Glorot/Xavier initialisation: normal with std √(2/(r + c)), for tanh and sigmoid layers.",
            example: "rng(0); xavier(2, 3)", .neural
        ) { call in
            try Initialisers.draw(call) { r, c in (2 / Double(r + c)).squareRoot() }
        },
        Builtin(
            "he", "W = he(r, c)", "He initialisation: normal with std √(2/c), c the fan-in, for relu layers.",
            example: "rng(0); he(2, 3)", .neural
        ) { call in
            try Initialisers.draw(call) { _, c in (2 / Double(c)).squareRoot() }
        }
    ]
}

enum Initialisers {
    static func draw(_ call: BuiltinCall, std: (Int, Int) -> Double) throws -> [Value] {
        try call.arity(1...2)
        let r = try call.integer(0, min: 1)
        let c = call.args.count > 1 ? try call.integer(1, min: 1) : r
        try TeachingBuiltins.checkSize(call, Double(r), Double(c))
        let s = std(r, c)
        return [.matrix(try call.interpreter.random.normal(rows: r, cols: c).map { s * $0 })]
    }
}
