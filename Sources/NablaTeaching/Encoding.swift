import NablaNumerics
import NablaRuntime

/// Between class labels and the columns a network computes with.
extension TeachingBuiltins {
    static let encoding: [Builtin] = [
        Builtin(
            "onehot", "Y = onehot(labels)  Y = onehot(labels, classes)",
            "One column per example with a 1 in the row of its class (labels 1…classes): the targets cross_entropy expects.",
            example: "onehot([1 3 2])", .neural
        ) { call in
            try call.arity(1...2)
            let labels = try call.matrix(0).elements
            for l in labels where !(l >= 1 && l == l.rounded() && l <= 1e6) {
                throw call.error(
                    "labels must be whole numbers from 1 (got \(NumberFormat.short(l)))",
                    hint: "for labels 0…k−1 use onehot(y + 1)")
            }
            let largest = Int(labels.max() ?? 0)
            let k = call.args.count > 1 ? try call.integer(1, min: 1) : largest
            guard largest <= k else { throw call.error("a label is \(largest), but there are only \(k) classes") }
            try checkSize(call, Double(k), Double(labels.count))
            var y = Matrix(rows: k, cols: labels.count)
            for (j, l) in labels.enumerated() { y[Int(l) - 1, j] = 1 }
            return [.matrix(y)]
        },
        Builtin(
            "argmax", "argmax(Z)  argmax(Z, dim)",
            "The index of the largest entry of each column (a row of class numbers), or of each row with dim = 2.",
            example: "argmax([0.1 0.7; 0.8 0.2; 0.1 0.1])", .neural
        ) { call in
            try call.arity(1...2)
            let z = try call.matrix(0)
            let dim = call.args.count > 1 ? try call.integer(1, min: 1) : 1
            guard dim == 1 || dim == 2 else { throw call.error("dim must be 1 (down columns) or 2 (along rows)") }
            if dim == 1 {
                var out = Matrix(rows: 1, cols: z.cols)
                for j in 0..<z.cols {
                    var best = 0
                    for i in 0..<z.rows where z[i, j] > z[best, j] { best = i }
                    out[0, j] = z.rows == 0 ? .nan : Double(best + 1)
                }
                return [.matrix(out)]
            }
            var out = Matrix(rows: z.rows, cols: 1)
            for i in 0..<z.rows {
                var best = 0
                for j in 0..<z.cols where z[i, j] > z[i, best] { best = j }
                out[i, 0] = z.cols == 0 ? .nan : Double(best + 1)
            }
            return [.matrix(out)]
        }
    ]
}
