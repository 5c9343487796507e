import NablaNumerics
import NablaRuntime

/// What the teaching views remember between calls in one session: the steps `undo`
/// can take back, the last figure (for `saveplot`) and the last loss history.
///
/// The runtime's `Interpreter` knows nothing of teaching; it holds this for the teaching
/// layer (`layerState`), so it lives and dies with the session.
final class SessionState {
    /// Values of variables before a step or a training run, newest last.
    var undoStack: [(values: [(name: String, value: Value)], moments: [String: (rule: UpdateRule, moments: UpdateRule.Moments)])] = []
    /// The running averages of `step`'s momentum, RMSProp and Adam, by parameter name.
    var moments: [String: (rule: UpdateRule, moments: UpdateRule.Moments)] = [:]
    var lastFigure: Figure?
    var lastLosses: [Double] = []
    /// Set by Octave's `set(0, 'defaultfigurevisible', 'off')`: plots are then not drawn,
    /// as Octave shows no window for an invisible figure.
    var figuresHidden = false

    /// How many steps `undo` can go back: enough for a lesson, bounded so a long loop of
    /// `step` calls cannot hold every intermediate network in memory.
    static let undoLimit = 50

    func pushUndo(_ entry: [(name: String, value: Value)]) {
        undoStack.append((entry, moments))
        if undoStack.count > SessionState.undoLimit { undoStack.removeFirst() }
    }

    /// The state of `interpreter`'s session, created on first use.
    static func of(_ interpreter: Interpreter) -> SessionState {
        interpreter.layerState { SessionState() }
    }
}
