import NablaNumerics
import NablaSymbolic

/// Numeric honesty, on request: when an operation turns finite operands into NaN or Inf
/// (`1/0`, `log(0)`, `exp(1000)`, `0/0`), say so once per input.
///
/// Octave used to print `warning: division by zero`; Octave 7 prints nothing, and Nabla
/// matches that by default so its output stays Octave's. A teacher who wants the warning
/// turns it on with Octave's old identifier, `warning('on', 'Octave:divide-by-zero')`, or
/// Nabla's broader `warning('on', 'Nabla:non-finite')` (both control the same switch).
/// Warnings go to standard error and repeat at most once per input (see `Interpreter.warn`),
/// so a loop over a million elements prints one line.
enum NonFiniteWarning {
    static let identifiers: Set<String> = ["Octave:divide-by-zero", "Nabla:non-finite"]
}

extension Interpreter {
    /// Warns when `result` holds NaN or Inf although every operand was finite.
    ///
    /// Linear solves and inverses are left out: they already warn with the condition
    /// estimate, which says more than "Inf appeared".
    func warnIfNonFinite(_ p: Primitive, _ operands: [Matrix], _ result: Matrix) {
        switch p {
        case .inverse, .leftDivide, .rightDivide, .matrixPower: return
        default: break
        }
        guard result.elements.contains(where: { !$0.isFinite }),
            operands.allSatisfy({ $0.elements.allSatisfy(\.isFinite) })
        else { return }
        if case .divide = p, operands.count == 2, operands[1].elements.contains(0) {
            warn("division by zero")
        } else {
            warn("\(p.name) gave NaN or Inf from finite operands (overflow, or outside its domain)")
        }
    }
}
