import NablaNumerics
import NablaRuntime
import Synchronization

/// What the teaching views remember between calls in one session: the steps `undo`
/// can take back, the last figure (for `saveplot`) and the last loss history.
///
/// The runtime's `Interpreter` knows nothing of teaching, so this lives in a side table
/// keyed by the interpreter's identity. Entries hold the interpreter weakly and are
/// dropped when it is gone, so a new session that happens to reuse an address starts clean.
final class SessionState: @unchecked Sendable {
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

    /// Holds a session's interpreter without keeping it alive.
    private final class WeakOwner: @unchecked Sendable {
        weak var object: AnyObject?
        init(_ object: AnyObject) { self.object = object }
    }

    private struct Entry: Sendable {
        let owner: WeakOwner
        let state: SessionState
    }

    private static let table = Mutex<[ObjectIdentifier: Entry]>([:])

    /// The state of `interpreter`'s session, created on first use.
    static func of(_ interpreter: Interpreter) -> SessionState {
        let key = ObjectIdentifier(interpreter)
        let owner = WeakOwner(interpreter)
        return table.withLock { t in
            if let e = t[key], e.owner.object === owner.object { return e.state }
            // Forget sessions that have ended while we are here.
            t = t.filter { $0.value.owner.object != nil }
            let s = SessionState()
            t[key] = Entry(owner: owner, state: s)
            return s
        }
    }
}
