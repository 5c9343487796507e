import Foundation
import Testing
import NablaTestSupport

/// `train` with momentum, RMSProp and Adam (and Adam with weight decay on a cosine
/// schedule) against a reference written in NumPy, float64, on the same network, data and
/// hyper-parameters: every 10th loss and the final parameters agree to 1e-9 over 100 steps.
/// The reference numbers come from Fixtures/optimisers_numpy.py and are committed as
/// Fixtures/optimisers_numpy.txt, so the test needs no Python.
@Suite("Optimisers against NumPy")
struct OptimiserReferenceTests {
    static let network = """
        X = [0.5 -1 1.5 2 -0.5 0 1 -2; 1 0.5 -1 0 2 -1.5 0.5 1];
        y = [1 0 0.5 1.5 -1 0.5 1 -0.5];
        W1 = [0.1 -0.2; 0.4 0.3; -0.5 0.2]; b1 = [0.1; -0.1; 0.2]; W2 = [0.3 -0.1 0.2]; b2 = 0.1;
        L := mse(W2*tanh(W1*X + b1) + b2, y);
        """

    static let options: [String: String] = [
        "momentum": "'method', 'momentum', 'lr', 0.05",
        "rmsprop": "'method', 'rmsprop', 'lr', 0.005",
        "adam": "'method', 'adam', 'lr', 0.01",
        "adam-decay-cosine": "'method', 'adam', 'lr', 0.05, 'weight_decay', 0.01, 'schedule', 'cosine'"
    ]

    /// The reference file's cases: name → (label → numbers).
    static func reference() throws -> [String: [String: [Double]]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("optimisers_numpy.txt"), encoding: .utf8)
        var cases: [String: [String: [Double]]] = [:]
        var current = ""
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            if words.first == "case" { current = words[1]; continue }
            cases[current, default: [:]][words[0]] = words.dropFirst().compactMap(Double.init)
        }
        return cases
    }

    @Test(arguments: options.keys.sorted())
    func matchesNumPy(name: String) throws {
        let expected = try #require(try OptimiserReferenceTests.reference()[name])
        let s = TestSession.teaching()
        let out = s.run(
            OptimiserReferenceTests.network
                + "losses = train(L, {W1, b1, W2, b2}, \(OptimiserReferenceTests.options[name]!), 'steps', 100);")
        let losses = try #require(s.matrix("losses"), "\(out)")
        #expect(losses.count == 101)
        let every10 = stride(from: 0, through: 100, by: 10).map { losses[$0] }
        var compared = 0
        for (label, actual) in [("losses", every10)] + ["W1", "b1", "W2", "b2"].map({ ($0, s.matrix($0) ?? []) }) {
            let want = try #require(expected[label])
            #expect(actual.count == want.count, "\(name) \(label)")
            for (a, b) in zip(actual, want) {
                #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "\(name) \(label): \(a) against NumPy's \(b)")
                compared += 1
            }
        }
        #expect(compared == 11 + 6 + 3 + 3 + 1)
    }
}
