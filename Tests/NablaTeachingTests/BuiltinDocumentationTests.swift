import NablaRuntime
import NablaTeaching
import Testing
import NablaTestSupport

/// Every teaching builtin has a signature, a one-line summary and an example that runs.
@Suite("Teaching builtins are documented")
struct BuiltinDocumentationTests {
    static let names: [String] = {
        return TeachingBuiltins.all.map(\.name).sorted()
    }()

    @Test func everyViewOfTheIssueIsThere() {
        for name in [
            "forward", "backward", "step", "undo", "train", "graph", "plot", "scatter", "boundary", "saveplot",
            "xavier", "he", "accuracy", "precision", "recall", "f1", "confusion", "onehot", "argmax",
            "dlmread", "csvread", "csvwrite", "linear_data", "spirals", "blobs", "xor_data"
        ] {
            #expect(BuiltinDocumentationTests.names.contains(name), "\(name) is missing")
        }
    }

    @Test(arguments: names)
    func documentedAndItsExampleRuns(name: String) throws {
        let b = try #require(NablaTeaching.vocabulary.lookup(name))
        #expect(b.signature.contains(name))
        #expect(!b.summary.isEmpty && !b.summary.contains("\n"))
        let (output, failed) = Interpreter.runExample(b.example, vocabulary: NablaTeaching.vocabulary)
        #expect(!failed, "the example of \(name) fails:\n>> \(b.example)\n\(output)")
        #expect(!output.contains("error:"), "\(name): \(output)")
    }

    @Test(arguments: names)
    func helpShowsIt(name: String) {
        let (out, errors, outcome) = runTeaching("help \(name)")
        #expect(outcome == .success, "help \(name) ended with \(outcome): \(errors)")
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains(">> "))
    }
}
