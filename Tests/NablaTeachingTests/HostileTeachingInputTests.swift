import Foundation
import NablaRuntime
import NablaTeaching
import Testing
import NablaTestSupport

/// Regression tests of issue #18 for the teaching builtins: each input once killed the
/// session, hung it, or gave a message that named the wrong thing.
@Suite("Teaching builtins under hostile input")
struct HostileTeachingInputTests {
    @Test func confusionOfAHundredThousandClassesIsRefusedNotAllocated() {
        let (_, errors, outcome) = runTeaching("C = confusion(1:1e5, 1:1e5)")
        #expect(outcome == .failure)
        #expect(errors.contains("confusion: out of memory or dimension too large for Nabla's limit of 1 GiB (this needs 74.5 GiB)"))
    }

    @Test func integerArgumentsQuoteTheNumberAsTyped() {
        for (code, expected) in [
            ("onehot([1 2], -1e308)", "(got -1e+308)"), ("xavier(-1e308, 2)", "(got -1e+308)"),
            ("spirals(1e308)", "(got 1e+308"), ("randperm(2^63)", "(got 9.22337e+18")
        ] {
            let (_, errors, outcome) = runTeaching(code)
            #expect(outcome == .failure, "\(code)")
            #expect(errors.contains(expected), "\(code): \(errors)")
        }
    }

    static func folder() -> String { makeTemporaryDirectory("hostile") }

    @Test func windowsCSVsReadAsOctaveReadsThem() throws {
        let dir = Self.folder()
        defer { removeTemporaryDirectory(dir) }
        try Data("1,2\r\n3,4\r\n".utf8).write(to: URL(fileURLWithPath: dir + "/crlf.csv"))
        try Data([0xEF, 0xBB, 0xBF] + Array("1,2\n3,4\n".utf8)).write(to: URL(fileURLWithPath: dir + "/bom.csv"))
        let s = TestSession.teaching()
        s.run("a = dlmread('\(dir)/crlf.csv'); b = csvread('\(dir)/bom.csv');")
        #expect(s.matrix("a") == [1, 3, 2, 4])
        #expect(s.matrix("b") == [1, 3, 2, 4])
    }

    /// A field that is not a number reads as 0, as Octave's dlmread reads it (a header row
    /// becomes zeros); a 1 MB field of NULs is one such field, not a 1 MB message.
    @Test func aFieldOfNULsReadsAsZeroAsInOctave() throws {
        let dir = Self.folder()
        defer { removeTemporaryDirectory(dir) }
        try Data([UInt8](repeating: 0, count: 1 << 20)).write(to: URL(fileURLWithPath: dir + "/nul.csv"))
        let (output, errors, outcome) = runTeaching("a = dlmread('\(dir)/nul.csv')")
        #expect(outcome == .success)
        #expect(errors == "")
        #expect(output == "a = 0\n")
    }

    @Test func csvwriteToAFolderSaysSoPlainly() {
        let dir = Self.folder()
        defer { removeTemporaryDirectory(dir) }
        let (_, errors, _) = runTeaching("csvwrite('\(dir)', [1 2])")
        #expect(errors.contains("cannot write '\(dir)': it is a folder, not a file"), "\(errors)")
        #expect(!errors.contains("NSCocoaErrorDomain"))
    }

    @Test func csvwriteAndSaveplotWriteThroughASymlinkAndKeepThePermissions() throws {
        let dir = Self.folder()
        defer { removeTemporaryDirectory(dir) }
        for (name, code) in [("m.csv", "csvwrite(F, [1 2])"), ("p.svg", "plot([3 1 2]); saveplot(F)")] {
            let target = dir + "/real-" + name, link = dir + "/" + name
            try Data("old".utf8).write(to: URL(fileURLWithPath: target))
            chmod(target, 0o600)
            #expect(symlink(target, link) == 0)
            let (_, errors, outcome) = runTeaching("F = '\(link)'; \(code)")
            #expect(outcome == .success, "\(errors)")
            var st = stat()
            #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "\(name): the link was replaced")
            #expect(stat(target, &st) == 0 && st.st_mode & 0o777 == 0o600, "\(name): the mode changed")
            #expect((try? String(contentsOfFile: target, encoding: .utf8)) != "old", "\(name): the target is stale")
        }
    }

    @Test func trainingOnDataWithNaNNamesTheData() {
        let (output, errors, _) = runTeaching("X = [1 NaN; 2 3]; y = [1; 2]; w = [0; 0]; L := mean((X*w - y).^2); train(L, {w}, 'steps', 5)")
        let text = output + errors
        #expect(text.contains("'X'"), "\(text)")
        #expect(text.contains("the learning rate is not the cause"), "\(text)")
    }

    @Test func helpExamplesWriteOnlyToAPrivateFolder() {
        // Examples run as `help` runs them: the file they name is never the one written.
        let named = NSTemporaryDirectory() + "nabla-example-\(UUID().uuidString).csv"
        let (out, failed) = Interpreter.runExample("csvwrite('\(named)', [1 2; 3 4]); dlmread('\(named)')", vocabulary: NablaTeaching.vocabulary)
        #expect(!failed, "\(out)")
        #expect(out.contains("3   4"), "the example reads back what it wrote: \(out)")
        #expect(!FileManager.default.fileExists(atPath: named), "\(named) was written")
        for name in ["csvwrite", "saveplot", "dlmread", "csvread"] {
            let (text, errors, outcome) = runTeaching("help \(name)")
            #expect(outcome == .success && errors.isEmpty, "help \(name): \(errors)")
            #expect(!text.contains("error"), "help \(name): \(text)")
        }
    }

    @Test func aLessonReadsOnlyInsideItsFolder() throws {
        let dir = Self.folder()
        defer { removeTemporaryDirectory(dir) }
        try Data("5,6\n".utf8).write(to: URL(fileURLWithPath: dir + "/data.csv"))
        let s = TestSession.teaching()
        s.session.interpreter.readPolicy = ReadPolicy(folders: [dir])
        s.run("ok = dlmread('\(dir)/data.csv');")
        #expect(s.matrix("ok") == [5, 6])
        for outside in ["/etc/passwd", "\(dir)/../../etc/passwd"] {
            let text = s.run("dlmread('\(outside)')")
            #expect(text.contains("is outside this lesson's folder"), "\(text)")
            #expect(!text.contains("root:"), "\(text)")
        }
    }
}
