import Foundation
import NablaRuntime
import NablaTeaching

/// Runs code in a fresh session with the teaching builtins installed.
func run(_ code: String, name: String = "<test>") -> (output: String, errors: String, outcome: Session.Outcome) {
    let sink = RecordingSink()
    let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
    let outcome = session.run(code, name: name)
    return (sink.output, sink.errors, outcome)
}

/// A session kept across several inputs, as at the REPL.
final class TestSession {
    let sink = RecordingSink()
    let session: Session

    init() {
        session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
    }

    /// Runs `code` and returns what it printed (output and errors interleaved).
    @discardableResult
    func run(_ code: String) -> String {
        sink.reset()
        session.run(code, name: "<test>")
        return sink.transcript
    }

    func matrix(_ name: String) -> [Double]? {
        guard case .tensor(let t)? = session.interpreter.variable(name) else { return nil }
        return t.matrix.elements
    }
}

/// The folder of this test target's fixtures.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
