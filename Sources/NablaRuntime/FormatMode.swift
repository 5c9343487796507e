/// The words `format` takes: how many digits results show, how formulas are written, and
/// whether derivatives are checked. `format` accepts exactly these, its hint lists them and
/// Tab completion offers them, all from this one list.
public enum FormatMode: String, CaseIterable, Sendable {
    case short, long, unicode, ascii, latex, check, nocheck

    func apply(to settings: inout DisplaySettings) {
        switch self {
        case .short: settings.numbers.format = .short
        case .long: settings.numbers.format = .long
        case .unicode: settings.math.notation = .unicode
        case .ascii: settings.math.notation = .ascii
        case .latex: settings.math.notation = .latex
        case .check: settings.math.check = true
        case .nocheck: settings.math.check = false
        }
    }

    /// "short, long, …, check or nocheck", for messages.
    static var listed: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
