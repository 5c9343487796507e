import Foundation
import Testing
import NablaRuntime
import NablaTestSupport

/// Every bad input in Corpus/errors gives a located diagnostic (recorded in a `.err`
/// golden file), does not crash, and leaves the session usable: variables defined
/// before the error are still there and the next input runs.
///
/// To re-record after a deliberate wording change: `NABLA_RECORD=1 swift test --filter ErrorCorpus`
/// (every test that records fails, so a recording run never passes for a test run), then run
/// again without it and read every changed `.err` file before committing it.
@Suite("Bad inputs get clear, located errors")
struct ErrorCorpusTests {
    static let inputs = corpusFiles("errors", ext: "m")

    @Test func corpusIsLargeEnough() {
        #expect(Self.inputs.count >= 40)
    }

    @Test(arguments: inputs)
    func diagnosticIsLocatedAndSessionSurvives(_ file: String) throws {
        let code = try #require(readCorpus("errors", file))
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.run("before = 7;", name: "<setup>")
        let outcome = session.run(code, name: file)
        #expect(outcome == .failure, "\(file) should fail")
        let errors = sink.errors
        #expect(errors.contains("error: "), "\(file): no error reported")
        if !errors.contains("out of memory") && !file.hasPrefix("error-builtin") {
            #expect(errors.contains("\(file):"), "\(file): the error is not located:\n\(errors)")
            #expect(errors.contains("^"), "\(file): no caret under the error:\n\(errors)")
        }
        let golden = String(file.dropLast(2)) + ".err"
        Golden.check(errors, against: corpusRoot.appendingPathComponent("errors").appendingPathComponent(golden))
        sink.reset()
        session.run("before + 1", name: "<after>")
        #expect(sink.output == "ans = 8\n", "\(file): the session did not survive: \(sink.transcript)")
    }
}
