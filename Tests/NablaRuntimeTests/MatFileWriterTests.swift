import Foundation
import Testing
import NablaNumerics
@testable import NablaRuntime
import NablaTestSupport

/// `save -v6` and `save -v7` write MATLAB level-5 files that `load` reads back to the same
/// values and classes (checked once by hand with GNU Octave 7.3's `load`, which reads them too),
/// and refuse what a .mat file from Nabla cannot hold by name, writing nothing.
@Suite("Writing .mat files")
struct MatFileWriterTests {
    static func scratch() -> String { makeTemporaryDirectory("matw") }

    @Test(arguments: ["-v6", "-v7"])
    func valuesComeBackExactly(_ option: String) {
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir) }
        let r = run(
            """
            cd('\(dir)')
            A = [0.1 -2; pi 1e300; -0 NaN]; flag = [true false true]; name = 'théta'; e = zeros(0, 3); lines = ['ab'; 'cd']; s = 7;
            save \(option) out.mat A flag name e lines s
            B = A; clear A flag name e lines s
            load out.mat
            printf('%d ', all(A(:) == B(:) | (isnan(A(:)) & isnan(B(:)))), isequal(flag, [true false true]), islogical(flag), ischar(name), isequal(name, 'théta'));
            printf('%d ', isequal(size(e), [0 3]), isequal(lines, ['ab'; 'cd']), s == 7, 1/A(3, 1) < 0); printf('\\n')
            w = load('out.mat'); printf('%d fields, A: %d\\n', numfields(w), isfield(w, 'A'))
            """)
        #expect(r.errors == "")
        #expect(r.output.hasPrefix("1 1 1 1 1 1 1 1 1 \n"), "\(r.output)")
        #expect(r.output.contains("6 fields, A: 1"))
    }

    @Test func compressedFilesAreSmallerForRepetitiveData() throws {
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir) }
        let r = run("cd('\(dir)'); x = zeros(100); save -v6 plain.mat x; save -v7 packed.mat x")
        #expect(r.errors == "")
        let plain = try FileManager.default.attributesOfItem(atPath: dir + "/plain.mat")[.size] as? Int
        let packed = try FileManager.default.attributesOfItem(atPath: dir + "/packed.mat")[.size] as? Int
        #expect(plain == 128 + 8 + 16 + 16 + 16 + 8 + 80_000)
        #expect((packed ?? .max) < 1_000)
    }

    @Test func aCellIsRefusedByNameAndNothingIsWritten() {
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir) }
        let s = TestSession()
        let out = s.run("cd('\(dir)'); x = 1; c = {1, 2}; save -v7 out.mat x c")
        #expect(out.contains("save: 'c' is a cell; a .mat file written by Nabla holds double, logical and char matrices only"), "\(out)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.mat"))
        #expect(s.run("x").contains("x = 1"))
    }

    @Test func anUnknownOptionIsRefused() {
        let r = run("x = 1; save -v7.3 out.mat x")
        #expect(r.errors.contains("save: option -v7.3 is not supported"), "\(r.errors)")
    }

    @Test func aCharacterBeyondTheBasicPlaneIsRefused() {
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir) }
        let r = run("cd('\(dir)'); t = char(128512); save -v6 out.mat t")
        #expect(r.errors.contains("'t' holds the character U+1F600"), "\(r.errors)")
    }

    @Test func everyFileItWritesReadsBack() throws {
        for rows in 0...3 {
            for cols in 0...3 {
                let m = Matrix(rows: rows, cols: cols, elements: (0..<rows * cols).map { Double($0) * 1.5 - 2 })
                for compressed in [false, true] {
                    let bytes = try MatFileWriter.file([("m", .matrix(m)), ("b", .logical(m.map { $0 > 0 ? 1 : 0 }))], compressed: compressed)
                    let back = try MatFile.read(bytes)
                    #expect(back.map { $0.0 } == ["m", "b"])
                    guard case .tensor(let t) = back[0].1, case .tensor(let l) = back[1].1 else { Issue.record("not tensors"); continue }
                    #expect(t.matrix == m && t.elementClass == .double)
                    #expect(l.elementClass == .logical && l.matrix.shape == m.shape)
                }
            }
        }
    }
}
