import Foundation
import NablaNumerics
import NablaRuntime
import NablaSyntax

/// How a gradient becomes a change of a parameter: plain gradient descent, momentum,
/// RMSProp or Adam, each with optional L2 weight decay. One definition serves `train` and
/// `step`, so the rule a step prints is the rule training runs.
///
/// With g = ∂L/∂θ + λθ (λ the weight decay) and η the learning rate of this step:
/// - gd:       θ ← θ − η g
/// - momentum: v ← μ v − η g;  θ ← θ + v
/// - rmsprop:  s ← ρ s + (1 − ρ) g²;  θ ← θ − η g / (√s + ε)
/// - adam:     m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;
///             m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  θ ← θ − η m̂ / (√v̂ + ε)
/// Defaults as Kingma and Ba's Adam paper gives them (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸),
/// μ = 0.9 for momentum, and ρ = 0.9 for RMSProp (Hinton's lecture). Element-wise
/// arithmetic runs in exactly this order, so a reference written the same way in another
/// language agrees to rounding (`OptimiserReferenceTests`).
struct UpdateRule: Equatable {
    enum Kind: String, CaseIterable {
        case gd, momentum, rmsprop, adam
    }

    var kind = Kind.gd
    /// μ of momentum.
    var momentum = 0.9
    /// β₁ of Adam.
    var beta1 = 0.9
    /// β₂ of Adam; ρ of RMSProp (the decay of the squared-gradient average).
    var beta2 = 0.999
    var epsilon = 1e-8
    /// λ of L2 weight decay: λθ is added to the gradient (the gradient of (λ/2)‖θ‖²).
    var weightDecay = 0.0

    /// The hyper-parameter option names both `train` and `step` read.
    static let optionNames: Set<String> = ["momentum", "beta1", "beta2", "rho", "epsilon", "weight_decay"]

    /// Reads the rule from `method` (already split into its rule name) and the options.
    /// `'momentum', μ` alone with plain descent means momentum, as it always has.
    init(kind: Kind?, options o: [String: (value: Value, expr: Expr)], call: BuiltinCall) throws {
        func number(_ key: String, _ range: ClosedRange<Double>, open: Bool = true) throws -> Double? {
            guard let v = o[key] else { return nil }
            guard let x = v.value.scalarNumber, x.isFinite, range.contains(x), !(open && x == range.upperBound) else {
                let upper = open ? "\(NumberFormat.short(range.upperBound)))" : "\(NumberFormat.short(range.upperBound))]"
                throw call.error("'\(key)' must be a number in [\(NumberFormat.short(range.lowerBound)), \(upper)")
            }
            return x
        }
        let mu = try number("momentum", 0...1)
        self.kind = kind ?? ((mu ?? 0) > 0 ? .momentum : .gd)
        if self.kind == .momentum {
            momentum = mu ?? 0.9
        } else if mu != nil && mu != 0 {
            throw call.error(
                "'momentum' is the μ of the momentum method, not of \(self.kind.name)",
                hint: self.kind == .adam ? "Adam's own momentum is 'beta1'" : "use 'method', 'momentum'")
        }
        let rho = try number("rho", 0...1)
        if self.kind == .rmsprop { beta2 = rho ?? 0.9 }
        if let b = try number("beta1", 0...1) { beta1 = b }
        if let b = try number("beta2", 0...1) { beta2 = b }
        if let e = try number("epsilon", 0...1e300) {
            guard e > 0 else { throw call.error("'epsilon' must be positive: it keeps the division away from zero") }
            epsilon = e
        }
        weightDecay = try number("weight_decay", 0...1e300) ?? 0
        for key in ["beta1", "beta2"] where o[key] != nil && self.kind != .adam && !(key == "beta2" && self.kind == .rmsprop) {
            throw call.error("'\(key)' belongs to Adam; this is \(self.kind.name)", hint: "add 'method', 'adam'")
        }
        if (o["rho"] != nil && self.kind != .rmsprop) || (o["epsilon"] != nil && self.kind != .rmsprop && self.kind != .adam) {
            throw call.error("'\(o["rho"] != nil ? "rho" : "epsilon")' has no part in \(self.kind.name)")
        }
    }

    init() {}

    /// The method as a class says it.
    var name: String { name(.en) }

    func name(_ language: Language) -> String {
        switch kind {
        case .gd: return TeachingMessage.methodGD.text(language)
        case .momentum: return TeachingMessage.methodMomentum.text(language)
        case .rmsprop: return "RMSProp"
        case .adam: return "Adam"
        }
    }

    /// The hyper-parameters in symbols, for report lines: `β₁ = 0.9, β₂ = 0.999, ε = 1e-08`.
    var hyperParameters: String { hyperParameters(.en) }

    func hyperParameters(_ language: Language) -> String {
        var parts: [String]
        switch kind {
        case .gd: parts = []
        case .momentum: parts = ["μ = \(NumberFormat.short(momentum))"]
        case .rmsprop: parts = ["ρ = \(NumberFormat.short(beta2))", "ε = \(NumberFormat.short(epsilon))"]
        case .adam: parts = ["β₁ = \(NumberFormat.short(beta1))", "β₂ = \(NumberFormat.short(beta2))", "ε = \(NumberFormat.short(epsilon))"]
        }
        if weightDecay > 0 { parts.append(TeachingMessage.weightDecay.text(language, NumberFormat.short(weightDecay))) }
        return parts.joined(separator: ", ")
    }

    /// The running averages one parameter carries from step to step.
    struct Moments: Equatable {
        /// v of momentum, m of Adam.
        var first: Matrix
        /// s of RMSProp, v of Adam.
        var second: Matrix
        /// Steps taken (Adam's t, for the bias correction).
        var steps = 0

        init(shape: Shape) {
            first = Matrix(shape: shape)
            second = Matrix(shape: shape)
        }
    }

    /// One update of `theta` in place, with gradient `gradient` and learning rate `eta`.
    /// The gradient must have as many elements as the parameter.
    func apply(_ theta: inout Matrix, gradient: Matrix, moments s: inout Moments, eta: Double) {
        s.steps += 1
        let lambda = weightDecay, n = theta.count
        let mu = momentum, b1 = beta1, b2 = beta2, eps = epsilon
        let c1 = 1 - pow(b1, Double(s.steps)), c2 = 1 - pow(b2, Double(s.steps))
        let kind = self.kind
        theta.elements.withUnsafeMutableBufferPointer { t in
            gradient.elements.withUnsafeBufferPointer { d in
                s.first.elements.withUnsafeMutableBufferPointer { m in
                    s.second.elements.withUnsafeMutableBufferPointer { v in
                        for k in 0..<n {
                            let g = lambda == 0 ? d[k] : d[k] + lambda * t[k]
                            switch kind {
                            case .gd:
                                t[k] -= eta * g
                            case .momentum:
                                m[k] = mu * m[k] - eta * g
                                t[k] += m[k]
                            case .rmsprop:
                                v[k] = b2 * v[k] + (1 - b2) * (g * g)
                                t[k] -= eta * g / (v[k].squareRoot() + eps)
                            case .adam:
                                m[k] = b1 * m[k] + (1 - b1) * g
                                v[k] = b2 * v[k] + (1 - b2) * (g * g)
                                let mHat = m[k] / c1, vHat = v[k] / c2
                                t[k] -= eta * mHat / (vHat.squareRoot() + eps)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension UpdateRule.Kind {
    var name: String { UpdateRule(kind: self).name }
}

extension UpdateRule {
    init(kind: Kind) {
        self.init()
        self.kind = kind
        if kind == .rmsprop { beta2 = 0.9 }
    }
}

extension UpdateRule {
    /// The rule for parameter `p` in symbols, one line each, with `g` the gradient's name.
    func symbols(_ p: String, gradient g: String) -> [String] {
        let grad = weightDecay > 0 ? "g = \(g) + λ\(p)" : "g = \(g)"
        switch kind {
        case .gd:
            return weightDecay > 0 ? ["\(p) ← \(p) − η g,   \(grad)"] : ["\(p) ← \(p) − η \(g)"]
        case .momentum:
            return ["v ← μ v − η g,   \(grad)", "\(p) ← \(p) + v"]
        case .rmsprop:
            return ["s ← ρ s + (1 − ρ) g ⊙ g,   \(grad)", "\(p) ← \(p) − η g ⊘ (√s + ε)"]
        case .adam:
            return [
                "m ← β₁ m + (1 − β₁) g,   \(grad)", "v ← β₂ v + (1 − β₂) g ⊙ g",
                "m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)", "\(p) ← \(p) − η m̂ ⊘ (√v̂ + ε)"
            ]
        }
    }

    /// The state after a step, as labelled numbers.
    func stateRows(_ s: Moments) -> [(String, Matrix)] {
        switch kind {
        case .gd: return []
        case .momentum: return [("v", s.first)]
        case .rmsprop: return [("s", s.second)]
        case .adam:
            let t = Double(s.steps)
            return [
                ("m", s.first), ("v", s.second),
                ("m̂", s.first.map { $0 / (1 - pow(beta1, t)) }), ("v̂", s.second.map { $0 / (1 - pow(beta2, t)) })
            ]
        }
    }
}
