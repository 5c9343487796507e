import NablaNumerics
import NablaRuntime

/// Shuffling and splitting a data set, and toy sequence tasks for attention, all drawn
/// from the session's generator, so `rng(seed)` repeats them exactly.
extension TeachingBuiltins {
    static let splits: [Builtin] = [
        Builtin(
            "shuffle", "[Xs, ys] = shuffle(X, y, ...)",
            "The rows of every argument in one random order (the same for all), from the session's generator: rng(seed) repeats it.",
            example: "rng(1); [a, b] = shuffle([1; 2; 3], [10; 20; 30])", .data
        ) { call in
            try call.arity(1...16)
            let data = try (0..<call.args.count).map { try call.matrix($0) }
            let order = try DataSplit.permutation(data, call)
            return data.map { .matrix(TrainingData.rows($0, order)) }
        },
        Builtin(
            "split_data", "[Xtr, ytr, Xval, yval, Xte, yte] = split_data(X, y, [0.6 0.2 0.2])",
            "Shuffles the rows (rng(seed) repeats it), then cuts them into parts of the given fractions: outputs are every argument's first part, then every argument's second part, …",
            example: "rng(1); [a, b] = split_data((1:5)', [0.6 0.4])", .data
        ) { call in
            try call.arity(2...16)
            let last = call.args.count - 1
            let fractions = try call.matrix(last).elements
            guard (2...3).contains(fractions.count), fractions.allSatisfy({ $0 > 0 }), abs(fractions.reduce(0, +) - 1) < 1e-9 else {
                throw call.error("the last argument must be 2 or 3 positive fractions adding up to 1, like [0.6 0.2 0.2]")
            }
            let data = try (0..<last).map { try call.matrix($0) }
            let order = try DataSplit.permutation(data, call)
            let n = order.count
            var sizes = fractions.dropLast().map { Int(($0 * Double(n)).rounded()) }
            sizes.append(n - sizes.reduce(0, +))
            guard sizes.allSatisfy({ $0 > 0 }) else {
                throw call.error("\(n) rows are too few to cut into parts of \(fractions.map { NumberFormat.short($0) }.joined(separator: ", "))")
            }
            var out: [Value] = []
            var start = 0
            for size in sizes {
                let part = Array(order[start..<(start + size)])
                for m in data { out.append(.matrix(TrainingData.rows(m, part))) }
                start += size
            }
            return out
        },
        Builtin(
            "sequence_task", "[X, Y] = sequence_task(task, n, len, vocab)",
            "n random sequences of len tokens from 1…vocab (rows of X) and their targets Y: task 'copy' (Y = X), 'reverse' or 'sort'.",
            example: "rng(1); [X, Y] = sequence_task('reverse', 2, 4, 5)", .data
        ) { call in
            try call.arity(4...4)
            let task = try call.string(0).lowercased()
            guard ["copy", "reverse", "sort"].contains(task) else { throw call.error("the task must be 'copy', 'reverse' or 'sort'") }
            let n = try call.integer(1, min: 1), len = try call.integer(2, min: 1), vocab = try call.integer(3, min: 1)
            try checkSize(call, Double(n), Double(len))
            let X = try call.interpreter.random.randi(Double(vocab), n, len)
            var Y = X
            for i in 0..<n {
                let row = (0..<len).map { X[i, $0] }
                let target = task == "copy" ? row : task == "reverse" ? Array(row.reversed()) : row.sorted()
                for j in 0..<len { Y[i, j] = target[j] }
            }
            return [.matrix(X), .matrix(Y)]
        },
        Builtin(
            "attention_mask", "M = attention_mask(len, count)  attention_mask(len, count, 'causal')",
            "A (len·count)×(len·count) mask for count sequences of len tokens stacked as rows: 0 within a sequence, −Inf between sequences (and after each position with 'causal'), for softmax(S + M, 2).",
            example: "attention_mask(2, 2)", .data
        ) { call in
            try call.arity(2...3)
            let len = try call.integer(0, min: 1), count = try call.integer(1, min: 1)
            var causal = false
            if call.args.count == 3 {
                guard try call.string(2).lowercased() == "causal" else { throw call.error("the third argument can only be 'causal'") }
                causal = true
            }
            let n = len * count
            guard n <= 4096 else { throw call.error("attention_mask: \(n) tokens is too many (at most 4096)") }
            var m = Matrix(shape: Shape(n, n), repeating: -.infinity)
            for b in 0..<count {
                for i in 0..<len { for j in 0..<len where !causal || j <= i { m[b * len + i, b * len + j] = 0 } }
            }
            return [.matrix(m)]
        }
    ]
}

enum DataSplit {
    /// One random order of the rows shared by all of `data`, which must have equally many rows.
    static func permutation(_ data: [Matrix], _ call: BuiltinCall) throws -> [Int] {
        guard let n = data.first?.rows, data.allSatisfy({ $0.rows == n }) else {
            throw call.error(
                "every argument must have the same number of rows (examples are rows): "
                    + data.map { "\($0.shape)" }.joined(separator: ", "))
        }
        guard n > 0 else { return [] }
        return try call.interpreter.random.randperm(n).elements.map { Int($0) - 1 }
    }
}
