import NablaDisplay
import NablaNumerics
import NablaSymbolic

/// How a formula and a derivative are shown: the formula in the session's notation, then its value.
extension Interpreter {
    /// `z := Wx + b`, then the value when there is one.
    func showFormula(_ name: String, _ s: SymbolicValue) throws {
        let notation = settings.math.notation
        var text = name + " := " + MathPrinter.print(s.node, notation: notation, expandTop: true) + "\n"
        if let v = s.value {
            text += "\n" + (try OctaveDisplay.display(name: name, v, class: .double, options: settings.numbers))
        }
        output.displayed(name: name, value: .symbolic(s), text: text)
    }

    /// A symbolic value: its formula (with `where` clauses), then its value when it has one.
    func renderSymbolic(_ name: String, _ s: SymbolicValue) throws -> String {
        let notation = settings.math.notation
        if s.isBareSymbol {
            return "\(name) = \(name)  (\(s.node.shape) symbol)\n"
        }
        let formula = SharedForm(s.node, names: s.names).print(notation)
        var title = s.title ?? name
        if notation != .unicode { title = title.replacing("∂", with: "d").replacing("²", with: "^2") }
        var text = title + " = " + formula
        if let note = s.note { text += "   (\(note))" }
        text += "\n"
        guard let v = s.value else { return text }
        if settings.math.check, let check = s.check, let err = finiteDifferenceError(check, s, v) {
            text += "  [finite-difference check: max relative error \(ShortNumber.text(err, digits: 2))]\n"
        }
        return text + "\n" + (try OctaveDisplay.display(name: name, v, class: .double, options: settings.numbers))
    }

    private func finiteDifferenceError(_ check: SymbolicValue.Check, _ s: SymbolicValue, _ value: Matrix) -> Double? {
        let numeric: Matrix?
        switch check.kind {
        case .gradient: numeric = try? FiniteDifference.gradient(of: check.function, variable: check.variable, bindings: s.bindings)
        case .jacobian: numeric = try? FiniteDifference.jacobian(of: check.function, variable: check.variable, bindings: s.bindings)
        }
        return numeric.map { FiniteDifference.relativeError(value, $0) }
    }
}
