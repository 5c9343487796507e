import NablaNumerics
import NablaRuntime
import NablaTestSupport

/// A session the maths tests question directly: run code, read a value, move a variable.
///
/// The oracles built on it (finite differences, `=` against `:=`, paste-back) go through
/// the interpreter's numeric path only, so they share no code with the differentiator.
final class MathsProbe {
    let sink = RecordingSink()
    let session: Session
    private var errorsSeen = 0

    init(_ setup: String = "") {
        session = Session(output: sink)
        if !setup.isEmpty { _ = run(setup) }
    }

    /// Runs `code`; the error text it produced ("" when none).
    @discardableResult
    func run(_ code: String) -> String {
        session.run(code, name: "<probe>")
        let all = sink.errors
        let new = String(all.dropFirst(errorsSeen))
        errorsSeen = all.count
        return new
    }

    /// The numeric value of `expr` computed by ordinary evaluation (`v = expr`), or the error.
    func value(_ expr: String) -> Result<Matrix, ProbeError> {
        let errors = run("nabla_probe_v = " + expr + ";")
        guard errors.isEmpty else { return .failure(ProbeError(text: errors)) }
        guard let m = session.interpreter.variable("nabla_probe_v")?.numericTensor?.matrix else {
            return .failure(ProbeError(text: "no numeric value"))
        }
        return .success(m)
    }

    func matrix(_ name: String) -> Matrix? { session.interpreter.variable(name)?.numericTensor?.matrix }

    func set(_ name: String, _ m: Matrix) { session.interpreter.setVariable(name, .matrix(m)) }

    /// Central difference of the scalar or matrix `expr` along direction `d` of `variable`:
    /// (f(x + hd) − f(x − hd)) / 2h, computed by plain evaluation.
    func directional(_ expr: String, _ variable: String, _ d: Matrix, step h: Double = 1e-5) -> Matrix? {
        guard let x = matrix(variable) else { return nil }
        defer { set(variable, x) }
        set(variable, combine(x, d, h))
        guard case .success(let up) = value(expr) else { return nil }
        set(variable, combine(x, d, -h))
        guard case .success(let down) = value(expr) else { return nil }
        return combine(up, down, -1).map { $0 / (2 * h) }
    }

    private func combine(_ a: Matrix, _ b: Matrix, _ s: Double) -> Matrix {
        var out = a
        for k in 0..<out.count { out.elements[k] += s * b.elements[k] }
        return out
    }
}

struct ProbeError: Error, CustomStringConvertible { var text: String; var description: String { text } }

/// ⟨a, b⟩ over all entries.
func inner(_ a: Matrix, _ b: Matrix) -> Double { zip(a.elements, b.elements).reduce(0) { $0 + $1.0 * $1.1 } }

/// Relative difference with an absolute floor, so values near zero compare sensibly.
func relativeGap(_ a: Double, _ b: Double, floor: Double = 1e-6) -> Double {
    abs(a - b) / max(floor, max(abs(a), abs(b)))
}

/// Largest entrywise relative gap; infinity when the shapes differ.
func relativeGap(_ a: Matrix, _ b: Matrix, floor: Double = 1e-6) -> Double {
    guard a.shape == b.shape else { return .infinity }
    return zip(a.elements, b.elements).map { relativeGap($0.0, $0.1, floor: floor) }.max() ?? 0
}
