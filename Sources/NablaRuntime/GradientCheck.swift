import NablaDisplay
import NablaNumerics
import NablaSyntax
import NablaSymbolic

/// The verdict of `gradcheck` and, when it fails, an explanation a student can act on.
///
/// A bare "max relative error 0.3" says something is wrong but not where or why. When the
/// check fails this names the entry that differs most, both gradients there, and the usual
/// causes. A NaN or Inf in either gradient always fails the check: the relative error of
/// two infinite values would otherwise come out as 0 and hide, say, `log` at 0.
struct GradientCheck {
    let analytic: Matrix
    let numeric: Matrix

    /// Largest difference relative to the largest magnitude (`FiniteDifference.relativeError`),
    /// or NaN when a gradient is not finite.
    var error: Double {
        hasNonFinite ? .nan : FiniteDifference.relativeError(analytic, numeric)
    }

    var agrees: Bool { error < 1e-6 }

    private var hasNonFinite: Bool {
        analytic.elements.contains { !$0.isFinite } || numeric.elements.contains { !$0.isFinite }
    }

    /// Lines (each ending in a newline) explaining a failed check; empty when shapes differ.
    func explanation(variable: String, _ language: Language = .en) -> String {
        guard analytic.shape == numeric.shape, analytic.count > 0 else { return "" }
        var worst = 0
        var worstGap = -1.0
        for k in 0..<analytic.count {
            let a = analytic.elements[k], n = numeric.elements[k]
            let gap = (a - n).isNaN || !(a - n).isFinite ? Double.infinity : Swift.abs(a - n)
            if gap > worstGap { worstGap = gap; worst = k }
        }
        let a = analytic.elements[worst], n = numeric.elements[worst]
        let place =
            analytic.rows == 1 || analytic.cols == 1
            ? "\(variable)(\(worst + 1))"
            : "\(variable)(\(worst % analytic.rows + 1),\(worst / analytic.rows + 1))"
        var text = "  " + RuntimeMessage.largestDifference.text(language, place, ShortNumber.text(a, digits: 2), ShortNumber.text(n, digits: 2)) + "\n"
        if !a.isFinite || !n.isFinite {
            text += "  " + RuntimeMessage.gradientNotFinite.text(language) + "\n"
        } else {
            for line in RuntimeMessage.likelyCauses.text(language).split(separator: "\n") { text += "  " + line + "\n" }
        }
        return text
    }
}
