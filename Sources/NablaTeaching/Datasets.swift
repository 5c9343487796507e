import Foundation
import NablaNumerics
import NablaRuntime

/// Small data sets for lessons, drawn from the session's generator (`rng(seed)` repeats
/// them). Every generator returns examples as rows: `X` is n×d, the targets `y` n×1.
extension TeachingBuiltins {
    static let datasets: [Builtin] = [
        Builtin(
            "linear_data", "[x, y] = linear_data(n)  [x, y] = linear_data(n, noise)",
            "n points of y = 2x + 1 + noise, x uniform in [0, 2], noise normal with std 0.2 (or as given).",
            example: "rng(0); [x, y] = linear_data(5)", .data
        ) { call in
            try call.arity(1...2)
            let n = try call.integer(0, min: 1)
            let noise = call.args.count > 1 ? try call.number(1) : 0.2
            try checkSize(call, Double(n), 1)
            let r = call.interpreter.random
            let x = try r.uniform(rows: n, cols: 1).map { 2 * $0 }
            let e = try r.normal(rows: n, cols: 1)
            var y = x
            for k in 0..<n { y.elements[k] = 2 * x.elements[k] + 1 + noise * e.elements[k] }
            return [.matrix(x), .matrix(y)]
        },
        Builtin(
            "spirals", "[X, y] = spirals(n)  [X, y] = spirals(n, classes)",
            "Interleaved spiral arms, n points per class (3 classes by default): X is (n·classes)×2, y holds labels 1…classes.",
            example: "rng(0); [X, y] = spirals(4, 2); [X y]", .data
        ) { call in
            let (n, k) = try pointsPerClass(call, fewestClasses: 2)
            let noise = try call.interpreter.random.normal(rows: n * k, cols: 1)
            return grouped(n, groups: k) { c, i, row in
                let t = n == 1 ? 0 : Double(i) / Double(n - 1)
                // Radius grows from the centre; the angle sweeps 4 radians per arm, plus noise.
                let angle = Double(c) * 4 + t * 4 + 0.2 * noise.elements[row]
                return (t * Foundation.sin(angle), t * Foundation.cos(angle), Double(c + 1))
            }
        },
        Builtin(
            "blobs", "[X, y] = blobs(n)  [X, y] = blobs(n, classes)",
            "Round clusters of n points per class (3 by default) around centres on a circle of radius 3, std 0.7.",
            example: "rng(0); [X, y] = blobs(3, 2); [X y]", .data
        ) { call in
            let (n, k) = try pointsPerClass(call, fewestClasses: 1)
            let noise = try call.interpreter.random.normal(rows: n * k, cols: 2)
            return grouped(n, groups: k) { c, _, row in
                let a = 2 * Double.pi * Double(c) / Double(k)
                return (3 * Foundation.cos(a) + 0.7 * noise[row, 0], 3 * Foundation.sin(a) + 0.7 * noise[row, 1], Double(c + 1))
            }
        },
        Builtin(
            "xor_data", "[X, y] = xor_data()  [X, y] = xor_data(n)",
            "The XOR problem: the four corners of the unit square with y = x₁ XOR x₂, or n noisy points around each corner.",
            example: "[X, y] = xor_data(); [X y]", .data
        ) { call in
            try call.arity(0...1)
            let n = call.args.isEmpty ? 1 : try call.integer(0, min: 1)
            try checkSize(call, Double(n) * 4, 2)
            let noise = call.args.isEmpty ? Matrix(rows: 4, cols: 2) : try call.interpreter.random.normal(rows: 4 * n, cols: 2)
            let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
            return grouped(n, groups: 4) { c, _, row in
                let (a, b) = corners[c]
                return (a + 0.1 * noise[row, 0], b + 0.1 * noise[row, 1], a != b ? 1 : 0)
            }
        }
    ]

    /// The arguments `(n)` or `(n, classes)`: n points for each class, 3 classes unless
    /// given, checked to fit in memory as an (n·classes)×2 matrix.
    static func pointsPerClass(_ call: BuiltinCall, fewestClasses: Int) throws -> (n: Int, classes: Int) {
        try call.arity(1...2)
        let n = try call.integer(0, min: 1)
        let k = call.args.count > 1 ? try call.integer(1, min: fewestClasses) : 3
        try checkSize(call, Double(n) * Double(k), 2)
        return (n, k)
    }

    /// n points of each of `groups` groups, group after group, as the rows of X, and y their
    /// labels: `point(g, i, row)` is the i-th point of group g (from 0), stored in `row`.
    static func grouped(
        _ n: Int, groups: Int,
        _ point: (_ group: Int, _ i: Int, _ row: Int) -> (x1: Double, x2: Double, label: Double)
    ) -> [Value] {
        var X = Matrix(rows: n * groups, cols: 2), y = Matrix(rows: n * groups, cols: 1)
        for g in 0..<groups {
            for i in 0..<n {
                let row = g * n + i
                let p = point(g, i, row)
                X[row, 0] = p.x1
                X[row, 1] = p.x2
                y[row, 0] = p.label
            }
        }
        return [.matrix(X), .matrix(y)]
    }

    static func checkSize(_ call: BuiltinCall, _ rows: Double, _ cols: Double) throws {
        do { try Limits.check(rows: rows, cols: cols) } catch let e as NumericError { throw call.error(e.description) }
    }
}
