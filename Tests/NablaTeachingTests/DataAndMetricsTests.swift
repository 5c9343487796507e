import Foundation
import NablaRuntime
import Testing
import NablaTestSupport

@Suite("Data sets, metrics, encodings, files")
struct DataAndMetricsTests {
    @Test func metricsOnAKnownExample() throws {
        let s = TestSession.teaching()
        s.run("p = [1 1 0 0 1]; t = [1 0 0 1 1]; a = accuracy(p, t); pr = precision(p, t); r = recall(p, t); f = f1(p, t); C = confusion(p, t);")
        #expect(s.matrix("a") == [0.6])
        #expect(s.matrix("pr") == [2.0 / 3.0])
        #expect(s.matrix("r") == [2.0 / 3.0])
        #expect(abs((s.matrix("f")?.first ?? 0) - 2.0 / 3.0) < 1e-15)
        // Rows: true 0, 1; columns: predicted 0, 1 (column-major storage).
        #expect(s.matrix("C") == [1, 1, 1, 2])
    }

    @Test func multiclassScoresAreMacroAverages() {
        let s = TestSession.teaching()
        s.run("pr = precision([1 2 2 3], [1 2 3 3]); r = recall([1 2 2 3], [1 2 3 3]);")
        let expected: Double = 2.5 / 3
        #expect(abs((s.matrix("pr")?.first ?? 0) - expected) < 1e-15)
        #expect(abs((s.matrix("r")?.first ?? 0) - expected) < 1e-15)
    }

    @Test func onehotAndArgmaxAreInverses() {
        let s = TestSession.teaching()
        s.run("y = [3 1 2 3]; Y = onehot(y); back = argmax(Y); rows = argmax([1 5; 7 2], 2);")
        #expect(s.matrix("Y") == [0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(s.matrix("back") == [3, 1, 2, 3])
        #expect(s.matrix("rows") == [2, 1])
    }

    @Test func generatorsAreSeededAndShaped() {
        let a = TestSession.teaching(), b = TestSession.teaching()
        for s in [a, b] { s.run("rng(5); [X, y] = spirals(10, 3); [P, q] = blobs(4, 2); [x, t] = linear_data(7); [Z, w] = xor_data(2);") }
        #expect(a.matrix("X") == b.matrix("X"))
        #expect(a.matrix("X")?.count == 60)
        #expect(a.matrix("y") == [Double](repeating: 1, count: 10) + [Double](repeating: 2, count: 10) + [Double](repeating: 3, count: 10))
        #expect(a.matrix("P")?.count == 16)
        #expect(a.matrix("x")?.allSatisfy { $0 >= 0 && $0 <= 2 } == true)
        #expect(a.matrix("w") == [0, 0, 1, 1, 1, 1, 0, 0])
    }

    @Test func initialisersHaveTheRightScale() throws {
        let s = TestSession.teaching()
        s.run("rng(0); W = xavier(200, 300); H = he(200, 300); sx = std(W(:)); sh = std(H(:));")
        let sx = try #require(s.matrix("sx")?.first), sh = try #require(s.matrix("sh")?.first)
        #expect(abs(sx - (2.0 / 500).squareRoot()) < 0.003)
        #expect(abs(sh - (2.0 / 300).squareRoot()) < 0.003)
    }

    @Test func csvRoundTripsExactly() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nabla-csv-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let s = TestSession.teaching()
        s.run("M = [pi -1e-20 3; 1/3 2e300 -7]; csvwrite('\(file)', M); N = csvread('\(file)'); D = dlmread('\(file)'); same = isequal(M, N, D);")
        #expect(s.matrix("same") == [1])
    }

    @Test func dlmreadFindsSpacesAndPadsShortRows() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nabla-dlm-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "1 2 3\n4\t5\n".write(toFile: file, atomically: true, encoding: .utf8)
        let s = TestSession.teaching()
        s.run("M = dlmread('\(file)');")
        #expect(s.matrix("M") == [1, 4, 2, 5, 3, 0])
    }

    @Test func filesAreNeverWrittenWhenTheSessionForbidsIt() {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nabla-forbidden-\(UUID().uuidString)").path
        let s = TestSession.teaching()
        s.session.interpreter.allowsFileWrites = false
        for code in [
            "csvwrite('\(file).csv', [1 2])", "plot([1 2 3]); saveplot('\(file).svg')",
            "x = 1; graph(x + 1, '\(file).dot')"
        ] {
            let out = s.run(code)
            #expect(out.contains("writing files is turned off"), "\(code): \(out)")
        }
        for ext in ["csv", "svg", "dot"] { #expect(!FileManager.default.fileExists(atPath: "\(file).\(ext)")) }
    }

    @Test func saveplotAndDotWriteTheirFormats() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("nabla-fig-\(UUID().uuidString)").path
        defer { for e in ["svg", "dot"] { try? FileManager.default.removeItem(atPath: "\(base).\(e)") } }
        let s = TestSession.teaching()
        let out = s.run(
            "rng(0); [X, y] = blobs(10, 2); scatter(X, y); saveplot('\(base).svg'); W = [1 2; 3 4]; v = [1; 1]; z := W*v; graph(sum(z), '\(base).dot')")
        #expect(out.contains("saveplot: wrote"), "\(out)")
        let svg = try String(contentsOfFile: "\(base).svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<circle") && svg.contains("class 2"))
        let dot = try String(contentsOfFile: "\(base).dot", encoding: .utf8)
        #expect(dot.hasPrefix("digraph") && dot.contains("->") && dot.contains("matmul"))
    }
}
