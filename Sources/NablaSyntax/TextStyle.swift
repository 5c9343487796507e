/// What a piece of text is, for output that can show styles: library code says what it
/// shows (a heading, an error's label, a hint, code), and the output sink decides how.
/// Only the executable's sink at a terminal someone watches turns styles into colour;
/// every other sink (a pipe, `--json`, a notebook, a test) shows the text as it is.
public enum TextStyle: Sendable, CaseIterable {
    /// A title or a heading.
    case heading
    /// Words beside the matter: rules, the list of commands, "press Enter".
    case aside
    /// Code: typed input echoed, `code` in prose.
    case code
    /// `**strong**` and `*emphasised*` prose.
    case strong, emphasis
    /// A hint in a lesson.
    case hint
    /// A right answer, and a wrong one.
    case success, failure
    /// A diagnostic's parts: its label by severity, where it is, the caret under the source.
    case errorLabel, warningLabel, noteLabel, location, caret, hintLabel
    /// A figure's series `k` (a line, or a class of points) and the shaded region `k` behind
    /// them: a sink that shows colour gives each its own, so figures need no markers to tell
    /// series apart.
    case series(Int), region(Int)

    /// Every text style, and each figure style once (with number 0). Listed by hand because
    /// `series` and `region` carry a number; the sinks' exhaustive switches catch a new case.
    public static let allCases: [TextStyle] = [
        .heading, .aside, .code, .strong, .emphasis, .hint, .success, .failure,
        .errorLabel, .warningLabel, .noteLabel, .location, .caret, .hintLabel, .series(0), .region(0)
    ]

    /// A figure's style, coloured when the sink shows coloured figures (rather than styled text).
    public var isFigure: Bool {
        switch self {
        case .series, .region: true
        default: false
        }
    }

    /// The styler that leaves text as it is.
    public static func plain(_ text: String, _ style: TextStyle) -> String { text }
}

/// Styles a text: the sink's `styled(_:as:)`, or `TextStyle.plain` where nothing is styled.
/// What a styler adds takes no room on screen: terminal escape sequences (`ESC [ … m`),
/// which layout (`TextLayout.visibleWidth`) measures as nothing.
public typealias Styler = (String, TextStyle) -> String
