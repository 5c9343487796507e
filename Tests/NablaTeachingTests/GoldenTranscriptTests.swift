import Foundation
import Testing
import NablaTestSupport

/// Golden transcripts of the teaching views: what a teacher projects must not change by
/// accident. Each case is a program and the exact text it prints, kept in
/// Fixtures/golden/NAME.txt; run with NABLA_RECORD=1 to rewrite them after an intended
/// change (the recording run fails; run again without it, and read the diff).
@Suite("Golden transcripts")
struct GoldenTranscriptTests {
    /// The two-layer network of the symbolic engine's documentation.
    static let network = """
        W1 = [0.1 -0.2; 0.4 0.3; -0.5 0.2]; b1 = [0.1; -0.1; 0.2]; x = [1; 2];
        W2 = [0.3 -0.1 0.2]; b2 = 0.1; y = 1;
        z1 := W1*x + b1; a1 := sigmoid(z1); z2 := W2*a1 + b2; a2 := sigmoid(z2); L := mse(a2, y);

        """

    static let cases: [(name: String, program: String)] = [
        ("forward", network + "forward(L)"),
        ("forward-unnamed", "W = [1 2; 3 4; 5 6]; v = [1; -1]; forward(sum(sigmoid(W*v)))"),
        ("forward-entry", "A = [1 2; 3 4]; B = [5 6; 7 8]; forward(A*B, 'entry', [1 2])"),
        ("backward", network + "backward(L, {W1, b1, W2, b2})"),
        // Unnamed layers, and the logistic cancellation: ∂L/∂(wX + b) = (1/n)(σ(wX + b) − t).
        (
            "backward-logistic",
            "X = [0.5 1 -1; 2 0 1]; t = [1 0 1]; w = [0.3 -0.2]; b = 0.1; h := tanh(w*X + b); " + "p := sigmoid(h + 1); L := bce(p, t); backward(L, {w, b})"
        ),
        ("step", network + "step(L, {W2, b2}, 0.5)"),
        ("step-undo", network + "step(L, W2, 0.5); undo"),
        ("step-adam", network + "step(L, {W2, b2}, 0.1, 'method', 'adam'); step(L, b2, 0.1, 'method', 'adam')"),
        ("step-rmsprop-decay", network + "step(L, W2, 0.1, 'method', 'rmsprop', 'weight_decay', 0.01)"),
        ("graph", "W = [1 2; 3 4]; x = [1; -1]; z := W*x; L := sum(sigmoid(z)); graph(L)"),
        ("graph-values-grad", "W = [1 2; 3 4]; x = [1; -1]; z := W*x; L := sum(sigmoid(z)); graph(L, 'values', 'grad')"),
        ("train", "x = [1; 2; 3]; y = [3; 5; 7]; w = 0; b = 0; L := mse(w*x + b, y); train(L, {w, b}, 'lr', 0.05, 'steps', 200, 'every', 50); [w b]"),
        ("train-diverges", "w = 0; x = [1; 2]; y = [2; 4]; L := mse(w*x, y); train(L, w, 'lr', 5, 'steps', 1000, 'every', 250)"),
        ("plot-two-series", "x = linspace(-6, 6, 100); plot(x, [sigmoid(x); tanh(x)]', 'legend', {'sigmoid', 'tanh'})"),
        ("scatter", "[X, y] = xor_data(); scatter(X, y)")
    ]

    @Test(arguments: cases.map(\.name))
    func transcriptMatchesGolden(name: String) throws {
        let program = try #require(GoldenTranscriptTests.cases.first { $0.name == name }?.program)
        let (out, errors, _) = runTeaching(program)
        Golden.check(out + errors, against: fixtures.appendingPathComponent("golden").appendingPathComponent(name + ".txt"))
    }

    /// Every line fits a projector's 80 columns.
    @Test(arguments: cases.map(\.name))
    func linesFitEightyColumns(name: String) throws {
        let program = try #require(GoldenTranscriptTests.cases.first { $0.name == name }?.program)
        let (out, _, _) = runTeaching(program)
        for line in out.split(separator: "\n") {
            #expect(line.count <= 80, "\(name): a line is \(line.count) columns: \(line)")
        }
    }
}
