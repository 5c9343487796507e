import NablaRuntime
import Testing
import NablaTestSupport

/// The builtin table drives `help` and completion: every builtin must be documented,
/// and every documented example must run, so help never shows an error.
@Suite("Help and its examples")
struct HelpExamplesTests {
    static let names = Builtins.names

    @Test func everyBuiltinIsDocumented() {
        #expect(Builtins.table.count > 50)
        for b in Builtins.table.values {
            #expect(!b.signature.isEmpty, "\(b.name) has no signature")
            #expect(!b.summary.isEmpty, "\(b.name) has no summary")
            #expect(!b.example.isEmpty, "\(b.name) has no example")
            #expect(b.signature.contains(b.name), "\(b.name)'s signature does not show how to call it")
        }
    }

    @Test(arguments: names)
    func helpNameShowsSignatureSummaryAndExample(name: String) throws {
        let b = try #require(Builtins.table[name])
        let (output, errors, outcome) = run("help \(name)")
        #expect(outcome == .success)
        #expect(errors.isEmpty, "help \(name) wrote errors: \(errors)")
        #expect(output.hasPrefix(b.signature))
        #expect(output.contains(b.summary))
        #expect(output.contains(">> " + b.example))
        #expect(!output.contains("error:"), "help \(name) shows an error:\n\(output)")
    }

    @Test(arguments: names)
    func documentedExampleRuns(name: String) throws {
        let b = try #require(Builtins.table[name])
        let (output, failed) = Interpreter.runExample(b.example)
        #expect(!failed, "the example of \(name) fails:\n>> \(b.example)\n\(output)")
    }

    @Test func helpWithoutTopicListsEveryBuiltin() {
        let (output, _, outcome) = run("help")
        #expect(outcome == .success)
        for name in HelpExamplesTests.names {
            #expect(output.contains(name), "help does not list \(name)")
        }
    }

    @Test func helpForAnUnknownNameSuggestsOne() {
        let (output, _, _) = run("help numell")
        #expect(output.contains("no documentation for 'numell'"))
        #expect(output.contains("numel"))
    }
}
