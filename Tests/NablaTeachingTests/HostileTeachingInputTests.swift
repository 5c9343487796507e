import Foundation
import NablaRuntime
import Testing

/// Regression tests of issue #18 for the teaching builtins: each input once killed the
/// session, hung it, or gave a message that named the wrong thing.
@Suite("Teaching builtins under hostile input")
struct HostileTeachingInputTests {
    @Test func confusionOfAHundredThousandClassesIsRefusedNotAllocated() {
        let (_, errors, outcome) = run("C = confusion(1:1e5, 1:1e5)")
        #expect(outcome == .failure)
        #expect(errors.contains("confusion: out of memory or dimension too large for Nabla's limit of 1 GiB (this needs 74.5 GiB)"))
    }

    @Test func integerArgumentsQuoteTheNumberAsTyped() {
        for (code, expected) in [("onehot([1 2], -1e308)", "(got -1e+308)"), ("xavier(-1e308, 2)", "(got -1e+308)"),
                                 ("spirals(1e308)", "(got 1e+308"), ("randperm(2^63)", "(got 9.22337e+18")] {
            let (_, errors, outcome) = run(code)
            #expect(outcome == .failure, "\(code)")
            #expect(errors.contains(expected), "\(code): \(errors)")
        }
    }
}
