/// Octave's `format short` / `format long`: how many significant digits
/// (5 or 16) the display rules aim for.
public enum NumberFormat: Sendable, Equatable {
    case short
    case long

    /// Octave's `output_precision` for this format.
    var precision: Int {
        switch self {
        case .short: return 5
        case .long: return 16
        }
    }
}

/// Settings that change how values are shown. The defaults reproduce what
/// `octave-cli` prints when its output is not a terminal.
public struct DisplayOptions: Sendable {
    public var format: NumberFormat = .short
    /// Octave splits matrices wider than this into column chunks
    /// (" Columns 1 through 8:" …). Octave uses 80 when not on a terminal.
    public var terminalWidth: Int = 80
    /// When set, matrices taller than `rows`, or wider than about two screens of
    /// `terminalWidth`, are elided in the middle (⋮ / … rows and columns, Julia-style),
    /// keeping as many columns as fit on one line, under a header giving the shape, e.g.
    /// "A = 1000×1000 matrix (elided)". `cols` is kept for callers but the width decides.
    /// nil (the default) = Octave's exact output. Used by the interactive REPL only.
    public var elide: (rows: Int, cols: Int)? = nil
    /// How Octave would store the value being shown: ranges and diagonal matrices print
    /// slightly differently from full matrices (a wider field; a "Diagonal Matrix" header).
    public var storage: Storage = .full

    public enum Storage: Sendable, Equatable { case full, range, diagonal }

    public init(
        format: NumberFormat = .short,
        terminalWidth: Int = 80,
        elide: (rows: Int, cols: Int)? = nil
    ) {
        self.format = format
        self.terminalWidth = terminalWidth
        self.elide = elide
    }
}
