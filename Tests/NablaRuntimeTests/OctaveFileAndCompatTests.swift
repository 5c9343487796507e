import Foundation
import Testing
import NablaRuntime
import NablaTestSupport

/// The parts of Octave compatibility whose failures matter as much as their successes:
/// file handles obey the session's read and write rules, and a wrong call to the new
/// builtins says what is wrong. (What they compute is compared with Octave in the program
/// corpus: text-file-lines, factorisations, apply-and-index.)
@Suite("File handles and Octave helpers")
struct OctaveFileAndCompatTests {
    static func scratch() throws -> URL { URL(fileURLWithPath: makeTemporaryDirectory("fio"), isDirectory: true) }

    @Test func aLessonCannotOpenAFileForWriting() throws {
        let dir = try Self.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.interpreter.allowsFileWrites = false
        session.interpreter.files.currentDirectory = dir.path
        session.run("fid = fopen('out.txt', 'w')", name: "lesson")
        #expect(sink.errors.contains("writing files is turned off here"), "\(sink.errors)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
    }

    @Test func aLessonReadsOnlyItsOwnFolder() throws {
        let dir = try Self.scratch(), outside = try Self.scratch()
        defer { removeTemporaryDirectory(dir.path); removeTemporaryDirectory(outside.path) }
        try "secret\n".write(to: outside.appendingPathComponent("s.txt"), atomically: true, encoding: .utf8)
        try "mine\n".write(to: dir.appendingPathComponent("m.txt"), atomically: true, encoding: .utf8)
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.interpreter.readPolicy = ReadPolicy(folders: [dir.path])
        session.interpreter.files.currentDirectory = dir.path
        session.run("fid = fopen('\(outside.path)/s.txt'); line = fgetl(fid)", name: "lesson")
        #expect(sink.errors.contains("outside this lesson's folder"), "\(sink.errors)")
        #expect(!sink.output.contains("secret"))
        session.run("fid = fopen('m.txt'); line = fgetl(fid)", name: "lesson")
        #expect(sink.output.contains("line = mine"))
        session.run("load('\(outside.path)/s.txt')", name: "lesson")
        #expect(sink.errors.contains("outside this lesson's folder"))
    }

    @Test func aFileLeftOpenIsWrittenAtTheEndOfTheInput() throws {
        let dir = try Self.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.interpreter.files.currentDirectory = dir.path
        session.run("fid = fopen('log.txt', 'w'); fprintf(fid, '%d\\n', 1:3);", name: "a")
        let text = try String(contentsOf: dir.appendingPathComponent("log.txt"), encoding: .utf8)
        #expect(text == "1\n2\n3\n")
        session.run("fprintf(fid, 'more\\n'); fclose(fid);", name: "b")
        #expect(try String(contentsOf: dir.appendingPathComponent("log.txt"), encoding: .utf8) == "1\n2\n3\nmore\n")
        #expect(sink.errors == "")
    }

    @Test func readingAndWritingTheWrongWayIsAnError() throws {
        let dir = try Self.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.interpreter.files.currentDirectory = dir.path
        session.run("fid = fopen('a.txt', 'w'); fgetl(fid)", name: "t")
        #expect(sink.errors.contains("opened for writing, not reading"), "\(sink.errors)")
        session.run("fclose('all'); fid = fopen('a.txt'); fprintf(fid, 'x')", name: "t")
        #expect(sink.errors.contains("opened for reading, not writing"), "\(sink.errors)")
        session.run("fgetl(42)", name: "t")
        #expect(sink.errors.contains("invalid stream number = 42"))
        session.run("[fid, msg] = fopen('a.txt', 'q')", name: "t")
        #expect(sink.errors.contains("unknown mode 'q'"))
    }

    @Test(arguments: [
        ("s.a = 1; s.(3) = 2", "dynamic structure field names must be strings"),
        ("s.a = 1; s.('1x')", "'1x' is not a valid field name"),
        ("p = struct('w', {1, 2}); p(5) = []", "out of bound"),
        ("eig([0 1; -1 0])", "complex eigenvalues"),
        ("chol([1 2; 2 1])", "positive definite"),
        ("eig([1 NaN; 0 1])", "Inf or NaN"),
        ("cellfun(@(x) [x x], {1, 2})", "'UniformOutput', false"),
        ("arrayfun(@(x) x, [1 2], [1 2 3])", "the same size"),
        ("cellfun(@numel, {1}, 'ErrorHandler', @disp)", "'ErrorHandler' is not supported"),
        ("assert([1 2 3], [1 2 4])", "observed 3 but expected 4 at (1,3)"),
        ("assert(false)", "assert (false) failed"),
        ("sub2ind([2 3], 3, 1)", "index out of range"),
        ("randperm(3, 4)", "at most n"),
        ("rand('bogus', 1)", "unknown option 'bogus'"),
        ("[a, b] = deal(1, 2, 3)", "nargin != nargout")
    ])
    func wrongCallsSaySo(_ code: String, _ message: String) {
        let sink = RecordingSink()
        let session = Session(output: sink)
        let outcome = session.run(code, name: "t")
        #expect(outcome == .failure)
        #expect(sink.errors.contains(message), "\(code): \(sink.errors)")
    }
}
