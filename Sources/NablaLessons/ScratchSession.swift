import NablaRuntime
import NablaSyntax
import NablaTeaching

/// A throwaway session built from a workspace snapshot, where checks compute expected
/// values without touching the student's own session.
///
/// Snapshots are the scripts `WorkspaceScript` writes (the same form as `:save`): running
/// one in an empty session recreates the variables, functions and formulas.
final class ScratchSession {
    let sink = RecordingSink()
    let session: Session

    /// Nil message on success; otherwise the error text.
    init(workspace script: String) {
        session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        // Lesson files are data: the code in them may not write files.
        session.interpreter.allowsFileWrites = false
        if !script.isEmpty { session.run(script, name: "<workspace>") }
        sink.reset()
    }

    /// A session that starts with the workspace of `image` (no script is run).
    init(image: WorkspaceImage) {
        session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        session.interpreter.allowsFileWrites = false
        session.interpreter.adoptWorkspace(of: image.interpreter)
    }

    /// Runs code; nil on success, else what went wrong (the rendered error).
    @discardableResult
    func run(_ code: String, name: String = "<check>") -> String? {
        sink.reset()
        return failure(session.run(code, name: name))
    }

    /// Runs a program as it was parsed (an answer is never parsed again to be replayed);
    /// its errors point into the program's own source.
    @discardableResult
    func run(_ program: Program) -> String? {
        sink.reset()
        return failure(session.run(program))
    }

    private func failure(_ outcome: Session.Outcome) -> String? {
        outcome == .success ? nil : (sink.errors.isEmpty ? "the code did not finish" : sink.errors)
    }

    /// The value of an expression, or the error text.
    func evaluate(_ expression: String) -> Result<Value, EvaluationFailure> {
        value(after: run("\(ScratchSession.slot) = (\(expression));"))
    }

    /// The value of an expression parsed as part of `source` (an answer's right-hand side),
    /// or the error text, which points into `source`.
    func evaluate(_ expression: Expr, in source: SourceFile) -> Result<Value, EvaluationFailure> {
        let slot = LValue(name: ScratchSession.slot, steps: [], range: expression.range)
        let assignment = Statement(.assignment([slot], .plain, expression, display: false), expression.range)
        return value(after: run(Program(statements: [assignment], functions: [], source: source)))
    }

    private func value(after error: String?) -> Result<Value, EvaluationFailure> {
        if let error { return .failure(EvaluationFailure(text: error)) }
        guard let v = session.interpreter.variable(ScratchSession.slot) else {
            return .failure(EvaluationFailure(text: "the expression gave no value"))
        }
        return .success(v)
    }

    func variable(_ name: String) -> Value? { session.interpreter.variable(name) }

    /// A name no lesson or student uses.
    static let slot = "nabla_check_value_"

    /// The workspace of a live interpreter as a script.
    static func snapshot(_ interpreter: Interpreter) -> String { WorkspaceScript.script(for: interpreter) }
}

struct EvaluationFailure: Error {
    var text: String
}

/// Whether a value counts as true, as Octave's `if` decides: non-empty and no zero.
func isTruthy(_ v: Value) -> Bool {
    switch v {
    case .tensor(let t): return !t.matrix.elements.isEmpty && t.matrix.elements.allSatisfy { $0 != 0 && !$0.isNaN }
    case .symbolic(let s): return s.value.map { !$0.elements.isEmpty && $0.elements.allSatisfy { $0 != 0 } } ?? false
    default: return false
    }
}

/// A workspace, held in an interpreter that sessions copy from.
///
/// Immutable after creation: the interpreter is only read (by `adoptWorkspace`), which
/// is why sharing it is safe.
public final class WorkspaceImage: @unchecked Sendable {
    let interpreter: Interpreter

    /// The workspace a `:save` script recreates.
    public init(script: String) {
        interpreter = ScratchSession(workspace: script).session.interpreter
    }

    /// A copy of a live interpreter's workspace as it is now.
    public init(copying other: Interpreter) {
        interpreter = ScratchSession(workspace: "").session.interpreter
        interpreter.adoptWorkspace(of: other)
    }
}
