import NablaDisplay
import NablaSymbolic

/// How results are shown: `format short|long`, and the REPL's terminal size.
public struct DisplaySettings: Sendable {
    public var numbers: DisplayOptions = DisplayOptions()
    /// How formulas and derivatives are written (`format unicode|ascii|latex|check`).
    public var math = MathDisplay()
    public init() {}
}

extension DisplaySettings {
    /// The number options for showing one tensor, carrying how Octave would store it.
    func numbers(for t: Tensor) -> DisplayOptions {
        var options = numbers
        switch t.storage {
        case .full: options.storage = .full
        case .range: options.storage = .range
        case .diagonal: options.storage = t.matrix.isScalar ? .full : .diagonal
        }
        return options
    }
}

/// How formulas are shown: `format unicode|ascii|latex` and `format check`.
public struct MathDisplay: Sendable {
    public var notation: Notation = .unicode
    /// Show, beside each derivative with a value, its largest relative error against
    /// central finite differences.
    public var check = false
    public init() {}
}
