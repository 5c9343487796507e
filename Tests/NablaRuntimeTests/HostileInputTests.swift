import Foundation
import Testing
import NablaRuntime

/// Inputs a beginner (or a fuzzer) might throw at Nabla: huge sizes, deep nesting, NaN and
/// Inf everywhere, singular solves, enormous literals, control characters, invalid UTF-8.
///
/// Each file in Corpus/hostile starts with `% expect: TEXT` — text that must appear in what
/// the session prints (output or errors); alternatives are separated by `|`, and an empty
/// expectation only asks that nothing crashes. After every input the session must go on:
/// a variable set before it still has its value and the next input runs.
///
/// The bytes are decoded as the CLI decodes a script (invalid UTF-8 becomes U+FFFD), so
/// files with broken encodings exercise the same path a student's file would.
@Suite("Hostile inputs give clear messages and the session goes on")
struct HostileInputTests {
    static let inputs = corpusFiles("hostile", ext: "m")

    @Test func corpusIsLargeEnough() {
        #expect(Self.inputs.count >= 60)
    }

    @Test(arguments: inputs)
    func messageIsClearAndSessionSurvives(_ file: String) throws {
        let data = try Data(contentsOf: corpusRoot.appendingPathComponent("hostile").appendingPathComponent(file))
        let text = String(decoding: data, as: UTF8.self)
        let header = text.prefix { $0 != "\n" }
        let prefix = "% expect: "
        try #require(header.hasPrefix(prefix), "\(file) must start with '\(prefix)…'")
        let expectations = header.dropFirst(prefix.count)
            .split(separator: "|").map { String($0) }.filter { !$0.isEmpty }

        let sink = RecordingSink()
        let session = Session(output: sink)
        session.run("before = 7;", name: "<setup>")
        let outcome = session.run(text, name: file)
        let transcript = sink.transcript

        #expect(outcome != .interrupted, "\(file) was interrupted")
        if !expectations.isEmpty {
            #expect(
                expectations.contains { transcript.contains($0) },
                "\(file): expected \(expectations) in:\n\(transcript.prefix(2000))")
        }
        if outcome == .failure {
            // A failure is reported as an error, never silently.
            #expect(sink.errors.contains("error: "), "\(file) failed without an error message")
        }
        // Nothing the session prints may be unbounded: printf widths, literals and displays
        // of large values are all capped well below this.
        #expect(transcript.utf8.count < 2_000_000, "\(file) printed \(transcript.utf8.count) bytes")

        sink.reset()
        session.run("before + 1", name: "<after>")
        #expect(sink.output == "ans = 8\n", "\(file): the session did not survive: \(sink.transcript)")
    }
}
