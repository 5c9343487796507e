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

    /// The styler that leaves text as it is.
    public static func plain(_ text: String, _ style: TextStyle) -> String { text }
}

/// Styles a text: the sink's `styled(_:as:)`, or `TextStyle.plain` where nothing is styled.
/// What a styler adds takes no room on screen: terminal escape sequences (`ESC [ … m`),
/// which layout (`TextLayout.visibleWidth`) measures as nothing.
public typealias Styler = (String, TextStyle) -> String
