import Foundation
import NablaRuntime
import NablaSyntax

/// The learning rate of each step of a training run: η times a factor that depends on
/// the step number t (0 for the first update) and the run's length T.
///
/// - constant:    1
/// - step:        decayᶠˡᵒᵒʳ⁽ᵗ ᐟ ᵏ⁾ (default decay 0.5, k = T/4)
/// - exponential: decayᵗ (default decay 0.99)
/// - cosine:      ½(1 + cos(π t / T))
/// With `'warmup', w` the factor is also multiplied by (t + 1)/w for the first w steps.
struct LearningRateSchedule: Equatable {
    enum Kind: String, CaseIterable { case constant, step, exponential, cosine }

    var kind = Kind.constant
    var decay = 0.5
    var every = 1
    var warmup = 0

    static let optionNames: Set<String> = ["schedule", "decay", "decay_every", "warmup"]

    init() {}

    init(_ o: [String: (value: Value, expr: Expr)], steps: Int, call: BuiltinCall) throws {
        if let s = o["schedule"] {
            guard let text = s.value.text, let k = Kind(rawValue: text.lowercased()) else {
                throw call.error("'schedule' must be " + Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
            }
            kind = k
        }
        decay = kind == .exponential ? 0.99 : 0.5
        every = max(1, steps / 4)
        if let d = o["decay"] {
            guard kind == .step || kind == .exponential else {
                throw call.error("'decay' belongs to the 'step' and 'exponential' schedules", hint: "add 'schedule', 'step'")
            }
            guard let x = d.value.scalarNumber, x > 0, x <= 1 else { throw call.error("'decay' must be a number in (0, 1]") }
            decay = x
        }
        if let e = o["decay_every"] {
            guard kind == .step else { throw call.error("'decay_every' belongs to the 'step' schedule", hint: "add 'schedule', 'step'") }
            guard let x = e.value.scalarNumber, x >= 1, x == x.rounded(), x <= 1e9 else {
                throw call.error("'decay_every' must be a whole number of steps, at least 1")
            }
            every = Int(x)
        }
        if let w = o["warmup"] {
            guard let x = w.value.scalarNumber, x >= 0, x == x.rounded(), x <= 1e9 else {
                throw call.error("'warmup' must be a whole number of steps")
            }
            warmup = Int(x)
        }
    }

    /// The factor on η at update `t` (0-based) of a run of `total` updates.
    func factor(step t: Int, of total: Int) -> Double {
        var f: Double
        switch kind {
        case .constant: f = 1
        case .step: f = pow(decay, Double(t / every))
        case .exponential: f = pow(decay, Double(t))
        case .cosine: f = 0.5 * (1 + cos(Double.pi * Double(t) / Double(max(total, 1))))
        }
        if t < warmup { f *= Double(t + 1) / Double(warmup) }
        return f
    }

    /// How the report line names it; empty for a constant rate without warm-up.
    func description(_ language: Language) -> String {
        var s: String
        switch kind {
        case .constant: s = ""
        case .step: s = TeachingMessage.scheduleStep.text(language, NumberFormat.short(decay), every)
        case .exponential: s = "η × \(NumberFormat.short(decay))ᵗ"
        case .cosine: s = TeachingMessage.scheduleCosine.text(language)
        }
        if warmup > 0 { s += (s.isEmpty ? "" : TeachingMessage.listSeparator.text(language)) + TeachingMessage.scheduleWarmup.text(language, warmup) }
        return s
    }
}
