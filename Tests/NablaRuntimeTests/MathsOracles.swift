import Foundation
import NablaNumerics
import NablaRuntime

/// One question about one formula, fully determined: the set-up that gives every name its
/// value, the formula, and what is asked. A failure is written to a file in this form and
/// replayed by the suite from then on.
struct MathsCase: Equatable {
    enum Kind: String, CaseIterable { case value, simplify, gradient, jacobian, hessian, pasteBack }
    var kind: Kind
    var setup: String
    var formula: String
    var shape: Shape
    var variable: String

    var fileText: String {
        "kind: \(kind.rawValue)\nvariable: \(variable)\nshape: \(shape.rows)x\(shape.cols)\nsetup: \(setup)\nformula: \(formula)\n"
    }

    init(kind: Kind, setup: String, formula: String, shape: Shape, variable: String) {
        (self.kind, self.setup, self.formula, self.shape, self.variable) = (kind, setup, formula, shape, variable)
    }

    init?(fileText: String) {
        var fields: [String: String] = [:]
        for line in fileText.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        guard let k = fields["kind"].flatMap(Kind.init(rawValue:)), let v = fields["variable"], let f = fields["formula"],
            let setup = fields["setup"], let s = fields["shape"]?.split(separator: "x").compactMap({ Int($0) }), s.count == 2
        else { return nil }
        self.init(kind: k, setup: setup, formula: f, shape: Shape(s[0], s[1]), variable: v)
    }
}

/// What an oracle concluded.
enum Verdict: Equatable {
    case pass
    /// The derivative was declined with a reason (allowed only where no matrix form exists).
    case refused(String)
    /// The question could not be asked fairly here (a kink under the difference step, a
    /// value that overflowed).
    case skipped(String)
    case failed(String)

    var isFailure: Bool { if case .failed = self { return true } else { return false } }
}

/// The oracles. None uses the differentiator or the simplifier: values come from the
/// interpreter's numeric path (`v = expr`), derivatives are checked by central differences
/// of those values in a random direction.
enum MathsOracle {
    /// Phrases with which Nabla declines a derivative that has no matrix form (or no rule).
    static let refusalMarkers = [
        "no matrix form", "no compact matrix form", "no derivative rule", "has no Jacobian rule",
        "no symbolic form", "cannot be differentiated", "is differentiated only", "4-way array"
    ]

    static func check(_ c: MathsCase) -> Verdict {
        let probe = MathsProbe(c.setup)
        guard case .success(let plain) = probe.value(c.formula) else { return .skipped("the formula has no value") }
        guard plain.elements.allSatisfy(\.isFinite) else { return .skipped("non-finite value") }
        // A step that leaves the real numbers (the square root of a negative number, 0/0) can be
        // hidden by a later one (max and min pass over NaN, as Octave's do): the value is finite,
        // but the formula has no real derivative there (Octave would be computing with complex
        // numbers), so no question about it is fair. Nabla's own non-finite warning finds it.
        let domain = probe.run("warning('on', 'Nabla:non-finite'); nabla_probe_domain = \(c.formula); warning('off', 'Nabla:non-finite');")
        if domain.contains("gave NaN or Inf") || domain.contains("division by zero") {
            return .skipped("a step leaves the real numbers")
        }
        let scalar = c.shape.isScalar
        let loss = scalar ? c.formula : "sum(sum(nabla_w .* \(c.formula)))"
        let bound = probe.run("nabla_f := \(c.formula); nabla_L := \(loss);")
        guard bound.isEmpty else { return .failed("':=' refused a formula that '=' evaluates: \(bound)") }
        var direction = SeededRandom(seed: UInt64(truncatingIfNeeded: c.formula.utf8.count &* 7919 &+ c.variable.utf8.count))
        switch c.kind {
        case .value:
            guard case .success(let formula) = probe.value("nabla_f") else { return .failed("the formula's value is missing") }
            return close(formula, plain, 1e-9) ? .pass : .failed("v := expr gives \(formula.elements), v = expr gives \(plain.elements)")
        case .simplify:
            guard case .success(let s) = probe.value("simplify(\(c.formula))") else { return .failed("simplify failed: \(probe.sink.errors.suffix(300))") }
            return close(s, plain, 1e-9) ? .pass : .failed("simplify changed the value: \(s.elements) vs \(plain.elements)")
        case .gradient:
            guard let x = probe.matrix(c.variable) else { return .skipped("no variable") }
            let query = "grad(nabla_L, \(c.variable))"
            let g: Matrix
            switch ask(probe, query) {
            case .success(let m): g = m;
            case .failure(let v): return v.verdict
            }
            guard g.shape == x.shape else { return .failed("\(query) has shape \(g.shape), the variable \(x.shape)") }
            let d = direction.matrix(x.shape)
            // The loss's rounding follows its terms, not their sum.
            let terms = scalar ? "abs(\(c.formula))" : "sum(sum(abs(nabla_w .* \(c.formula))))"
            return differences(analytic: Matrix(scalar: inner(g, d)), probe, loss, c.variable, d, magnitude: terms)
        case .jacobian:
            guard let x = probe.matrix(c.variable) else { return .skipped("no variable") }
            let query = "jacobian(nabla_f, \(c.variable))"
            let j: Matrix
            switch ask(probe, query) {
            case .success(let m): j = m;
            case .failure(let v): return v.verdict
            }
            guard j.shape == Shape(plain.count, x.count) else { return .failed("\(query) has shape \(j.shape)") }
            let d = direction.matrix(x.shape)
            var jd = Matrix(rows: plain.count, cols: 1)
            for i in 0..<plain.count { for k in 0..<x.count { jd.elements[i] += j[i, k] * d.elements[k] } }
            return differences(analytic: jd, probe, "reshape(\(c.formula), \(plain.count), 1)", c.variable, d)
        case .hessian:
            guard let x = probe.matrix(c.variable), x.shape.isVector || x.shape.isScalar else { return .skipped("not a vector") }
            let query = "hessian(nabla_L, \(c.variable))"
            let h: Matrix
            switch ask(probe, query) {
            case .success(let m): h = m;
            case .failure(let v): return v.verdict
            }
            guard h.shape == Shape(x.count, x.count) else { return .failed("\(query) has shape \(h.shape)") }
            for i in 0..<x.count {
                for k in 0..<i where !closeNumbers(h[i, k], h[k, i], 1e-6) {
                    return .failed("the Hessian is not symmetric: H(\(i + 1),\(k + 1)) = \(h[i, k]), H(\(k + 1),\(i + 1)) = \(h[k, i])")
                }
            }
            let d = direction.matrix(x.shape)
            var hd = Matrix(rows: x.count, cols: 1)
            for i in 0..<x.count { for k in 0..<x.count { hd.elements[i] += h[i, k] * d.elements[k] } }
            return differences(analytic: hd, probe, "reshape(grad(nabla_L, \(c.variable)), \(x.count), 1)", c.variable, d)
        case .pasteBack:
            let query = "grad(nabla_L, \(c.variable))"
            let g: Matrix
            switch ask(probe, query) {
            case .success(let m): g = m;
            case .failure(let v): return v.verdict
            }
            for (what, value) in [(query, g), ("nabla_f", plain)] {
                let errors = probe.run("nabla_code = code(\(what));")
                guard errors.isEmpty, case .tensor(let text)? = probe.session.interpreter.variable("nabla_code") else {
                    return .failed("code(\(what)) failed: \(errors)")
                }
                let code = text.stringValue
                let pasted = pasteBack(probe, code)
                guard case .success(let back) = pasted else {
                    if case .failure(let e) = pasted { return .failed("code(\(what)) = \(code) does not paste back: \(e.text)") }
                    return .failed("unreachable")
                }
                guard close(back, value, 1e-8) else { return .failed("code(\(what)) = \(code) evaluates to \(back.elements), not \(value.elements)") }
            }
            return .pass
        }
    }

    /// Runs code() output as a student pastes it: every line but the last is a statement,
    /// the last an expression whose value is compared.
    static func pasteBack(_ probe: MathsProbe, _ code: String) -> Result<Matrix, ProbeError> {
        var lines = code.split(separator: "\n").map(String.init)
        guard let last = lines.popLast() else { return .failure(ProbeError(text: "empty code")) }
        if !lines.isEmpty {
            let errors = probe.run(lines.joined(separator: "\n"))
            guard errors.isEmpty else { return .failure(ProbeError(text: errors)) }
        }
        return probe.value(last)
    }

    /// The value of a derivative query, or the verdict when it was declined or broke.
    static func ask(_ probe: MathsProbe, _ query: String) -> Result<Matrix, VerdictError> {
        switch probe.value(query) {
        case .success(let m): return .success(m)
        case .failure(let e):
            let message = e.text.split(separator: "\n").first.map(String.init) ?? e.text
            if let marker = refusalMarkers.first(where: { message.contains($0) }) {
                return .failure(VerdictError(verdict: .refused(reason(message, marker))))
            }
            return .failure(VerdictError(verdict: .failed("\(query): \(message)")))
        }
    }

    /// A refusal's reason, short enough to count by: the message from the operation's name on.
    static func reason(_ message: String, _ marker: String) -> String {
        var m = message
        if let r = m.range(of: "error: ") { m = String(m[r.upperBound...]) }
        if let r = m.range(of: ": "), m[..<r.lowerBound].count < 12 { m = String(m[r.upperBound...]) }
        if let semicolon = m.firstIndex(of: ";") { m = String(m[..<semicolon]) }
        return m
    }

    /// How many roundings of the value central differences are taken to carry: a formula's
    /// value is off by a few ulps per step it takes.
    static let roundingsPerValue = 64.0

    /// `analytic` (a column, or a 1×1) against central differences of `expr` along `d`.
    ///
    /// Differences cannot resolve a change smaller than the rounding of the values they
    /// subtract: with step h, an entry of size |f| reads its derivative only to about
    /// |f|·eps/h (beside Γ(41) ≈ 1e48 that is 1e37, so a derivative of order 1 reads 0). An
    /// entry whose disagreement is within that resolution is not asked (`skipped`), not failed.
    /// `magnitude` (default `abs(expr)`) has one entry per entry of `expr`: the size of the
    /// terms it is computed from.
    static func differences(
        analytic: Matrix, _ probe: MathsProbe, _ expr: String, _ variable: String, _ d: Matrix,
        magnitude: String? = nil
    ) -> Verdict {
        let h = 1e-5
        guard let fd1 = probe.directional(expr, variable, d, step: h),
            let fd2 = probe.directional(expr, variable, d, step: 2 * h)
        else { return .skipped("no value near the sample") }
        let a = analytic.elements
        guard a.count == fd1.count else { return .failed("derivative has \(a.count) entries, differences \(fd1.count)") }
        guard (a + fd1.elements + fd2.elements).allSatisfy(\.isFinite) else { return .skipped("non-finite derivative") }
        guard case .success(let size) = probe.value(magnitude ?? "abs(\(expr))"), size.count == a.count else {
            return .skipped("no value near the sample")
        }
        var rough = false, unresolved = false
        for k in a.indices {
            let (x, y, z) = (a[k], fd1.elements[k], fd2.elements[k])
            if abs(x - y) <= 1e-6 + 1e-4 * max(abs(x), abs(y)) { continue }
            // Below what differences of values this large can resolve.
            if abs(x - y) <= roundingsPerValue * Double.ulpOfOne * size.elements[k] / h { unresolved = true; continue }
            // Differences that disagree with each other: a kink or a jump under the step.
            if abs(y - z) > 1e-7 + 1e-5 * max(abs(y), abs(z)) { rough = true; continue }
            return .failed("derivative \(a) but central differences \(fd1.elements)")
        }
        if rough { return .skipped("not smooth at the sample") }
        return unresolved ? .skipped("differences cannot resolve the derivative beside a large value") : .pass
    }

    static func close(_ a: Matrix, _ b: Matrix, _ tol: Double) -> Bool {
        a.shape == b.shape && zip(a.elements, b.elements).allSatisfy { closeNumbers($0.0, $0.1, tol) }
    }

    static func closeNumbers(_ x: Double, _ y: Double, _ tol: Double) -> Bool {
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
        if x == y { return true }
        return abs(x - y) <= tol * max(1, abs(x), abs(y))
    }
}

struct VerdictError: Error { var verdict: Verdict }
