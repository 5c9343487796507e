import NablaRuntime
import NablaTeaching

/// Runs code in a fresh session speaking `vocabulary` (the core language unless a test
/// asks for more) and returns standard output, standard error and the outcome.
public func run(_ code: String, name: String = "<test>", vocabulary: Vocabulary = .core)
    -> (output: String, errors: String, outcome: Session.Outcome)
{
    let sink = RecordingSink()
    let session = Session(output: sink, vocabulary: vocabulary)
    let outcome = session.run(code, name: name)
    return (sink.output, sink.errors, outcome)
}

/// `run` with the teaching builtins, as the REPL, lessons and notebooks have them.
public func runTeaching(_ code: String, name: String = "<test>") -> (output: String, errors: String, outcome: Session.Outcome) {
    run(code, name: name, vocabulary: NablaTeaching.vocabulary)
}

/// A session kept across several inputs, as at the REPL.
public final class TestSession {
    public let sink = RecordingSink()
    public let session: Session

    public init(vocabulary: Vocabulary = .core) {
        session = Session(output: sink, vocabulary: vocabulary)
    }

    /// A session with the teaching builtins.
    public static func teaching() -> TestSession { TestSession(vocabulary: NablaTeaching.vocabulary) }

    /// Runs `code` and returns what it printed (output and errors interleaved).
    @discardableResult
    public func run(_ code: String) -> String {
        sink.reset()
        session.run(code, name: "<test>")
        return sink.transcript
    }

    /// The elements of a numeric variable, column by column; nil when it is not numeric.
    public func matrix(_ name: String) -> [Double]? {
        guard case .tensor(let t)? = session.interpreter.variable(name) else { return nil }
        return t.matrix.elements
    }
}
