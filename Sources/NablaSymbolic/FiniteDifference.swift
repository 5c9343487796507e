import NablaNumerics

/// Central finite differences: the independent check on every symbolic derivative.
public enum FiniteDifference {
    /// ∂f/∂v by central differences, f scalar: (f(v + h eᵢ) − f(v − h eᵢ)) / 2h for every
    /// entry i, with h scaled to the entry's size. Returns a matrix of v's shape.
    public static func gradient(of f: Node, variable: String, bindings: [String: Matrix]) throws -> Matrix {
        guard let v = bindings[variable] else { throw GraphEvaluator.Failure.unbound(variable) }
        // The Jacobian of a scalar is one row, in v's column-major order (an empty f has none).
        let row = try jacobian(of: f, variable: variable, bindings: bindings)
        return Matrix(rows: v.rows, cols: v.cols, elements: (0..<v.count).map { row.rows > 0 ? row[0, $0] : .nan })
    }

    /// The Jacobian (numel f × numel v, numerator layout) by central differences.
    public static func jacobian(of f: Node, variable: String, bindings: [String: Matrix]) throws -> Matrix {
        guard let v = bindings[variable] else { throw GraphEvaluator.Failure.unbound(variable) }
        var evaluator = GraphEvaluator(bindings: bindings)
        var out = Matrix(rows: f.shape.count, cols: v.count)
        for k in 0..<v.count {
            let h = 1e-6 * Swift.max(1, Swift.abs(v.elements[k]))
            var plus = v, minus = v
            plus.elements[k] += h
            minus.elements[k] -= h
            evaluator.bind(variable, plus)
            let fp = try evaluator.value(of: f)
            evaluator.bind(variable, minus)
            let fm = try evaluator.value(of: f)
            for i in 0..<fp.count { out[i, k] = (fp.elements[i] - fm.elements[i]) / (2 * h) }
        }
        return out
    }

    /// max |a − b| / max(‖a‖∞, ‖b‖∞, 1e-12): one number for "do these agree?".
    public static func relativeError(_ a: Matrix, _ b: Matrix) -> Double {
        guard a.shape == b.shape else { return .infinity }
        var diff = 0.0, scale = 1e-12
        for k in 0..<a.count {
            diff = Swift.max(diff, Swift.abs(a.elements[k] - b.elements[k]))
            scale = Swift.max(scale, Swift.abs(a.elements[k]), Swift.abs(b.elements[k]))
        }
        return diff / scale
    }
}
