import Foundation
import Testing
import NablaRuntime
import NablaTeaching

/// The program corpus lives beside the runtime's Octave corpus; it runs here because course
/// programs use the teaching layer's builtins too (csvread, plot).
private let programsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("NablaRuntimeTests/Corpus/programs")

/// Every program in Corpus/programs — a folder of function files, a driver script `main.m`
/// and data files, in the style of a course exercise — prints what GNU Octave printed for it
/// (main.out, recorded with Tests/record-programs.sh). Each runs in a fresh copy of its
/// folder, made the session's current folder, so programs that write files leave the
/// corpus untouched. Nabla's own notes on stderr are expected in main.err.
@Suite("Multi-file Octave programs")
struct ProgramCorpusTests {
    static let programs: [String] = {
        let dir = programsRoot
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).appendingPathComponent("main.m").path) }.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.programs.count >= 25)
    }

    @Test(arguments: programs)
    func matchesOctave(_ name: String) throws {
        let source = programsRoot.appendingPathComponent(name)
        let folder = try copyToScratch(source)
        defer { try? FileManager.default.removeItem(at: folder) }
        let code = try String(contentsOf: folder.appendingPathComponent("main.m"), encoding: .utf8)
        let expected = try String(contentsOf: source.appendingPathComponent("main.out"), encoding: .utf8)
        let expectedErrors = (try? String(contentsOf: source.appendingPathComponent("main.err"), encoding: .utf8)) ?? ""
        let sink = RecordingSink()
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        session.interpreter.files.currentDirectory = folder.path
        session.run(code, name: "main.m")
        #expect(sink.errors == expectedErrors, "\(name) reported: \(sink.errors)")
        #expect(sink.output == expected, "\(name) differs from Octave:\n\(sink.output)")
    }
}

/// A fresh copy of `folder` in the temporary directory (without the recorded outputs).
func copyToScratch(_ folder: URL) throws -> URL {
    let scratch = FileManager.default.temporaryDirectory
        .appendingPathComponent("nabla-program-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: folder, to: scratch)
    for recorded in ["main.out", "main.err", "octave-stderr-ok"] {
        try? FileManager.default.removeItem(at: scratch.appendingPathComponent(recorded))
    }
    return scratch
}
