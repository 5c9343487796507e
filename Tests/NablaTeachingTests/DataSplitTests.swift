import Testing
import NablaTestSupport

/// Shuffling, splitting and the toy sequence tasks: the same seed gives the same split,
/// rows stay paired, nothing is lost or repeated.
@Suite("Data splits and sequence tasks")
struct DataSplitTests {
    @Test func splitKeepsRowsPairedAndRepeatsUnderASeed() throws {
        let s = TestSession.teaching()
        let out = s.run(
            """
            X = (1:10)'; y = 10*X;
            rng(5); [a, ya, b, yb, c, yc] = split_data(X, y, [0.6 0.2 0.2]);
            rng(5); [a2, ya2] = split_data(X, y, [0.6 0.4]);
            all_rows = sort([a; b; c])';
            """)
        #expect(!out.contains("error"), "\(out)")
        #expect(s.matrix("all_rows") == (1...10).map(Double.init))
        let a = try #require(s.matrix("a")), ya = try #require(s.matrix("ya"))
        #expect(a.count == 6 && s.matrix("b")?.count == 2 && s.matrix("c")?.count == 2)
        #expect(zip(a, ya).allSatisfy { $1 == 10 * $0 })
        #expect(a != (1...6).map(Double.init), "the rows are shuffled")
        #expect(s.matrix("a2") == a, "the same seed gives the same order")
    }

    @Test func shuffleIsOnePermutationForAllArguments() throws {
        let s = TestSession.teaching()
        s.run("rng(2); [p, q] = shuffle((1:8)', [(1:8)' -(1:8)']);")
        let p = try #require(s.matrix("p")), q = try #require(s.matrix("q"))
        #expect(p.sorted() == (1...8).map(Double.init))
        #expect(Array(q.prefix(8)) == p && Array(q.suffix(8)) == p.map { -$0 })
    }

    @Test(arguments: ["copy", "reverse", "sort"])
    func sequenceTasksHaveTheirTargets(task: String) throws {
        let s = TestSession.teaching()
        s.run(
            "rng(3); [X, Y] = sequence_task('\(task)', 5, 4, 6); ok = 1; for i = 1:5, x = X(i, :); if strcmp('\(task)', 'copy'), t = x; elseif strcmp('\(task)', 'reverse'), t = fliplr(x); else, t = sort(x); end; ok = ok && isequal(Y(i, :), t); end"
        )
        #expect(s.matrix("ok") == [1])
        let X = try #require(s.matrix("X"))
        #expect(X.count == 20 && X.allSatisfy { $0 >= 1 && $0 <= 6 && $0 == $0.rounded() })
    }

    @Test func attentionMaskKeepsSequencesApart() {
        let s = TestSession.teaching()
        s.run("M = attention_mask(2, 2); C = attention_mask(2, 1, 'causal');")
        let inf = -Double.infinity
        #expect(s.matrix("M") == [0, 0, inf, inf, 0, 0, inf, inf, inf, inf, 0, 0, inf, inf, 0, 0])
        #expect(s.matrix("C") == [0, 0, inf, 0])
    }

    @Test(arguments: [
        ("split_data([1; 2; 3], [0.5 0.6])", "adding up to 1"),
        ("split_data([1; 2; 3], [1 2; 3 4], [0.5 0.5])", "same number of rows"),
        ("split_data([1; 2], [0.2 0.2 0.6])", "too few"),
        ("sequence_task('rotate', 2, 3, 4)", "'copy', 'reverse' or 'sort'"),
        ("attention_mask(2, 2, 'future')", "only be 'causal'")
    ])
    func badInputIsExplained(code: String, message: String) {
        let (_, errors, outcome) = runTeaching(code)
        #expect(outcome == .failure)
        #expect(errors.contains(message), "\(code) → \(errors)")
    }
}
