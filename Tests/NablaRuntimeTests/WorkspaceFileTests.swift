#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NablaNumerics
import NablaRuntime
import Testing
import NablaTestSupport

/// Issue #18 E: `:save` stores large matrices as bytes, so a saved `rand(3000)` loads back
/// in the time and memory of its data, exactly, and a damaged file changes nothing.
/// Sizes are counted (bytes of file, bytes of script), never timed.
@Suite("Compact workspace files")
struct WorkspaceFileTests {
    static func session(_ setup: String) -> Session {
        let s = Session(output: RecordingSink())
        let outcome = s.run(setup, name: "<setup>")
        #expect(outcome == .success)
        return s
    }

    static func bits(_ v: Value?) -> [UInt64]? {
        guard case .tensor(let t)? = v else { return nil }
        return t.matrix.elements.map(\.bitPattern)
    }

    /// Doubles no decimal text is needed for: NaN with a payload, -0, ±Inf, subnormals, extremes.
    static let awkward: [Double] = [
        .nan, Double(bitPattern: 0x7ff8_dead_beef_0001), -.nan, -0.0, 0, .infinity, -.infinity,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, Double.leastNormalMagnitude.nextDown,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .ulpOfOne, 1 / 3, 0.1
    ]

    @Test func largeMatricesRoundTripBitForBit() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/ws.m"
        let original = Self.session("small = [1 2 3]; flags = rand(40, 30) > 0.5; letters = char(mod(0:1199, 90) + 32);")
        var m = Matrix(rows: 64, cols: 32)
        for k in 0..<m.count { m.elements[k] = Self.awkward[k % Self.awkward.count] * (k < Self.awkward.count ? 1 : Double(k)) }
        m.elements[500] = Double(bitPattern: 0x7ff0_0000_0000_0042)  // a signalling NaN's bits
        original.interpreter.setVariable("odd", .tensor(Tensor(m, class: .double)))
        try WorkspaceFile.write(original.interpreter, to: file)
        #expect(WorkspaceFile.isCompact(file))

        let restored = Session(output: RecordingSink())
        let contents = try WorkspaceFile.read(file)
        #expect(contents.matrices.map(\.name) == ["flags", "letters", "odd"])
        #expect(WorkspaceFile.load(contents, into: restored, name: "ws.m") == .success)
        #expect(restored.interpreter.variableNames == original.interpreter.variableNames)
        for name in original.interpreter.variableNames {
            let a = original.interpreter.variable(name), b = restored.interpreter.variable(name)
            #expect(Self.bits(a) == Self.bits(b), "\(name)")
            #expect(a?.className == b?.className, "\(name)")
            #expect(a?.shape == b?.shape, "\(name)")
        }
    }

    @Test func aLargeMatrixIsStoredAsItsBytesNotAsText() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/ws.m"
        let original = Self.session("x = rand(300); y = 2;")
        try WorkspaceFile.write(original.interpreter, to: file)
        let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0
        // 90,000 doubles are 720,000 bytes; the rest is a header and a short script.
        #expect(size >= 720_000 && size <= 720_000 + 1024, "\(size) bytes")
        let contents = try WorkspaceFile.read(file)
        // The script the loader parses holds y and none of x's numbers.
        #expect(contents.variables.utf8.count < 400, "\(contents.variables)")
        #expect(contents.variables.contains("y = 2;"))
        #expect(!contents.variables.contains("x ="))
    }

    @Test func aSmallWorkspaceIsStillAPlainScript() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/ws.m"
        try WorkspaceFile.write(Self.session("x = rand(3); s = 'hi';").interpreter, to: file)
        #expect(!WorkspaceFile.isCompact(file))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("% Nabla workspace, written by :save."))
    }

    /// Set-up may reuse a large matrix's name (a function captured an older `w`); formulas
    /// need the matrices to exist. The order of loading keeps both right.
    @Test func capturedValuesAndFormulasSeeTheRightMatrices() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/ws.m"
        let original = Self.session("w = ones(40); f = @(x) sum(w(:)) + x; w = 2 * ones(40); L := sum(w(:));")
        try WorkspaceFile.write(original.interpreter, to: file)
        let sink = RecordingSink()
        let restored = Session(output: sink)
        WorkspaceFile.load(try WorkspaceFile.read(file), into: restored, name: "ws.m")
        restored.run("disp(f(0)), disp(sum(w(:))), disp(L)", name: "<check>")
        #expect(sink.output == "1600\n3200\n3200\n", "\(sink.transcript)")
    }

    /// Every way a file can be cut short or damaged is reported before anything runs.
    @Test func aTruncatedOrDamagedFileIsRefusedWhole() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/ws.m"
        try WorkspaceFile.write(Self.session("a = 1; x = rand(40); y = rand(32, 33); L := sum(x(:));").interpreter, to: file)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let broken = folder.path + "/broken.m"
        let magicLength = "% Nabla workspace 2: ".utf8.count

        func refused(_ data: [UInt8], _ what: String) {
            _ = FileManager.default.createFile(atPath: broken, contents: Data(data))
            do {
                _ = try WorkspaceFile.read(broken)
                Issue.record("\(what) was read without an error")
            } catch {
                #expect(error.description.contains("nothing was loaded"), "\(what): \(error.description)")
                #expect(error.description.utf8.count < 300, "\(what): \(error.description)")
            }
        }
        var cuts = Array(stride(from: magicLength, to: bytes.count, by: 97))
        cuts += [bytes.count - 1, bytes.count - 6, bytes.count - 7]
        for cut in cuts { refused(Array(bytes[..<cut]), "the file cut at \(cut) of \(bytes.count) bytes") }
        for at in [200, bytes.count / 2, bytes.count - 200] {
            var damaged = bytes
            damaged[at] ^= 0x10
            refused(damaged, "the file with byte \(at) changed")
        }
        refused(bytes + Array("x = 666;\n".utf8), "the file with a line added at its end")
        var header = bytes
        header[magicLength] = UInt8(ascii: "9")
        refused(header, "the file with a wrong script length")
    }

    @Test func aMatrixPastTheMemoryLimitIsRefusedBeforeItIsRead() throws {
        let folder = TemporaryDirectory("workspace")
        let file = folder.path + "/huge.m"
        let text = "% Nabla workspace 2: 0 0 1 cbf29ce484222325 (x)\n% matrix x double 100000 100000 0000000000000000\n"
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        #expect(throws: WorkspaceFile.Failure.self) { try WorkspaceFile.read(file) }
        do { _ = try WorkspaceFile.read(file) } catch {
            #expect(error.description.contains("memory limit"), "\(error.description)")
        }
    }
}
