import Foundation
import Testing
@testable import NablaRuntime
import NablaTestSupport

/// MATLAB level-5 `.mat` files written by GNU Octave (Corpus/matfiles/README.md says how):
/// their numbers load exactly, plain and compressed alike, and a damaged or hostile file
/// gives a clear error — never a crash, a hang or a runaway allocation.
@Suite("MATLAB .mat files")
struct MatFileTests {
    static let folder = corpusRoot.appendingPathComponent("matfiles")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test(arguments: ["numbers-v6.mat", "numbers-v7.mat"])
    func octaveFilesLoadExactly(_ file: String) {
        let path = Self.folder.appendingPathComponent(file).path
        let r = run(
            """
            load('\(path)')
            printf('%.17g ', W1, b, s, u, flag, i64); printf('\\n')
            printf('%s %s %s %s|', class(b), class(u), class(flag), class(name)); printf('%s\\n', name)
            disp(size(big)); disp(size(e)); printf('%.17g\\n', big(4, 5))
            x = load('\(path)', 'W1'); disp(numfields(x)), disp(x.W1(2, 3))
            """)
        #expect(r.errors == "")
        #expect(
            r.output == """
                0.5 2 -1.25 0 3 -7.5 1 -2 3 0.25 1.5 200 9 7 255 1 0 1 -9007199254740992 5 \n\
                double double logical char|theta
                   4   5
                   0   3
                2.8571428571428572
                1
                -7.5000

                """)
    }

    @Test func compressedAndPlainFilesHoldTheSameVariables() throws {
        let plain = try MatFile.read(try Self.bytes("numbers-v6.mat"))
        let compressed = try MatFile.read(try Self.bytes("numbers-v7.mat"))
        #expect(plain.map(\.0) == ["W1", "b", "s", "u", "flag", "name", "big", "i64", "e"])
        #expect(compressed.map(\.0) == plain.map(\.0))
        for ((_, a), (_, b)) in zip(plain, compressed) {
            guard case .tensor(let x) = a, case .tensor(let y) = b else { Issue.record("not numeric"); continue }
            #expect(x == y)
        }
    }

    /// Every cut of a file ends in an error or in fewer variables, never in a crash.
    @Test(arguments: ["numbers-v6.mat", "numbers-v7.mat"])
    func truncatedFilesAreRefused(_ file: String) throws {
        let whole = try Self.bytes(file)
        let all = try MatFile.read(whole).count
        var refused = 0
        for length in 0..<whole.count {
            do {
                let variables = try MatFile.read(Array(whole.prefix(length)))
                #expect(variables.count < all || length >= whole.count - 7)
            } catch let DataFiles.Failure.message(m) {
                #expect(!m.isEmpty)
                refused += 1
            }
        }
        #expect(refused > whole.count / 2)
    }

    /// Each byte in turn replaced: whatever the file then says, reading it ends normally.
    @Test(arguments: ["numbers-v6.mat", "numbers-v7.mat"])
    func corruptedBytesNeverCrash(_ file: String) throws {
        let whole = try Self.bytes(file)
        var refused = 0
        for k in 128..<whole.count {
            for replacement: UInt8 in [0x00, 0xFF, whole[k] ^ 0x10] where replacement != whole[k] {
                var damaged = whole
                damaged[k] = replacement
                do { _ = try MatFile.read(damaged, limit: 1 << 20) } catch { refused += 1 }
            }
        }
        #expect(refused > 0)
    }

    @Test func inflatingPastTheMemoryLimitIsRefused() throws {
        let file = try Self.bytes("zeros-v7.mat")
        #expect(try MatFile.read(file).count == 1)
        #expect(throws: DataFiles.Failure.self) { try MatFile.read(file, limit: 1 << 20) }
        do { _ = try MatFile.read(file, limit: 1 << 20) } catch let DataFiles.Failure.message(m) {
            #expect(m.contains("memory limit"))
        }
    }

    @Test(arguments: [
        ("c", "'c' is a cell array"), ("st", "'st' is a struct"), ("z", "'z' is complex"),
        ("nd", "'nd' is a 2×2×2 array"), ("sp", "'sp' is a sparse matrix")
    ])
    func unsupportedVariablesAreNamed(_ name: String, _ message: String) {
        let path = Self.folder.appendingPathComponent("unsupported-v6.mat").path
        let r = run("load('\(path)', '\(name)')\ndisp('goes on')")
        #expect(r.errors.contains("load: \(path): \(message)"), "\(r.errors)")
        #expect(r.output == "")
        #expect(r.outcome == .failure)
    }

    @Test func otherBinaryFormatsSayWhichOptionToUse() throws {
        let scratch = URL(fileURLWithPath: makeTemporaryDirectory("mat"), isDirectory: true)
        defer { removeTemporaryDirectory(scratch.path) }
        var hdf5 = Array("MATLAB 7.3 MAT-file, Platform: GLNXA64".utf8)
        hdf5 += [UInt8](repeating: 0x20, count: 512 - hdf5.count) + [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        try Data(hdf5).write(to: scratch.appendingPathComponent("new.mat"))
        var header = Array("MATLAB 5.0 MAT-file".utf8)
        header += [UInt8](repeating: 0x20, count: 124 - header.count) + [0x00, 0x01, 0x49, 0x4D]
        try Data(header + [0x0E, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F]).write(to: scratch.appendingPathComponent("huge.mat"))
        let r = run("cd('\(scratch.path)')\nload new.mat")
        #expect(r.errors.contains("MATLAB 7.3 (HDF5) file"), "\(r.errors)")
        #expect(r.errors.contains("-v7"))
        let h = run("cd('\(scratch.path)')\nload huge.mat")
        #expect(h.errors.contains("the file is truncated"), "\(h.errors)")
    }
}
