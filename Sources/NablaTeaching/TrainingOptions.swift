import NablaNumerics
import NablaRuntime

/// The options of `train`, read from Octave-style `'name', value` pairs.
struct TrainingOptions {
    enum Method: String {
        /// Every step uses the whole data set.
        case batch
        /// Every step uses one example.
        case sgd
        /// Every step uses `batchSize` examples; the data set is reshuffled each epoch.
        case minibatch
    }

    var learningRate = 0.01
    var steps = 100
    var method = Method.batch
    var batchSize = 32
    /// Variables holding the examples, one per row (or per column; see `TrainingData`).
    var data: [String] = []
    var every = 10
    var momentum = 0.0

    static let names: Set<String> = ["lr", "steps", "method", "batch_size", "data", "every", "momentum"]

    init(_ call: BuiltinCall, from start: Int) throws {
        let o = try call.options(from: start, allowed: TrainingOptions.names)
        func number(_ key: String) throws -> Double? {
            guard let v = o[key] else { return nil }
            guard let x = v.value.scalarNumber, x.isFinite else { throw call.error("'\(key)' must be a single number") }
            return x
        }
        func count(_ key: String, min: Int) throws -> Int? {
            guard let x = try number(key) else { return nil }
            guard x == x.rounded(), x >= Double(min), x <= 1e9 else {
                throw call.error("'\(key)' must be a whole number of at least \(min) (got \(NumberFormat.short(x)))")
            }
            return Int(x)
        }
        if let lr = try number("lr") {
            guard lr > 0 else { throw call.error("the learning rate 'lr' must be positive (got \(NumberFormat.short(lr)))") }
            learningRate = lr
        }
        steps = try count("steps", min: 1) ?? steps
        every = try count("every", min: 1) ?? max(1, steps / 10)
        batchSize = try count("batch_size", min: 1) ?? batchSize
        if let m = try number("momentum") {
            guard m >= 0, m < 1 else { throw call.error("'momentum' must be in [0, 1) (got \(NumberFormat.short(m)))") }
            momentum = m
        }
        if let m = o["method"] {
            guard let s = m.value.text, let method = Method(rawValue: s.lowercased()) else {
                throw call.error("'method' must be 'batch', 'sgd' or 'minibatch'")
            }
            self.method = method
        }
        if let d = o["data"] {
            switch d.expr.kind {
            case .identifier(let n): data = [n]
            case .cell(let rows):
                for e in rows.joined() {
                    guard case .identifier(let n) = e.kind else {
                        throw call.error("'data' must list variables by name, like {X, y}")
                    }
                    data.append(n)
                }
            default:
                throw call.error("'data' must list variables by name, like {X, y}")
            }
        }
        if method != .batch && data.isEmpty {
            throw call.error("'\(method.rawValue)' samples examples, so it needs to know where they are",
                             hint: "add 'data', {X, y}: the variables holding the examples")
        }
        if method == .sgd { batchSize = 1 }
    }

    /// How the method is described in the first line of the report.
    var description: String {
        switch method {
        case .batch: return "batch gradient descent"
        case .sgd: return "stochastic gradient descent (one example a step)"
        case .minibatch: return "mini-batch gradient descent (\(batchSize) examples a step)"
        }
    }
}
