import Foundation
import Testing
import NablaRuntime
import NablaTestSupport

/// `.m` files found on the path behave as in Octave, and what can go wrong with them is
/// said clearly: a replaced builtin, an edited file, a syntax error inside a file, a
/// misspelt name, runaway recursion.
@Suite("Function files on the path")
struct FunctionFileTests {
    /// A session whose current folder is a fresh scratch folder holding `files`.
    final class Folder {
        let scratch = TemporaryDirectory("files")
        var url: URL { scratch.url }
        let sink = RecordingSink()
        let session: Session

        init(_ files: [String: String]) throws {
            session = Session(output: sink)
            session.interpreter.files.currentDirectory = url.path
            for (name, text) in files { try write(name, text) }
        }

        func write(_ name: String, _ text: String) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: false, encoding: .utf8)
        }

        /// Runs one input; returns its output and its errors.
        func run(_ code: String) -> (output: String, errors: String) {
            sink.reset()
            session.run(code, name: "<input>")
            return (sink.output, sink.errors)
        }
    }

    @Test func aFileReplacingABuiltinIsNotedOnce() throws {
        let folder = try Folder(["sigmoid.m": "function g = sigmoid(z)\n  g = 2 * z;\nend\n"])
        let first = folder.run("a = sigmoid(3)")
        #expect(first.output == "a = 6\n")
        #expect(first.errors == "note: sigmoid.m in this folder replaces the builtin sigmoid\n")
        let second = folder.run("b = sigmoid(4)")
        #expect(second.output == "b = 8\n")
        #expect(second.errors == "")
    }

    @Test func anEditedFileIsReadAgainByTheNextInput() throws {
        let folder = try Folder(["rate.m": "function r = rate()\n  r = 1;\nend\n"])
        #expect(folder.run("rate()").output == "ans = 1\n")
        try folder.write("rate.m", "function r = rate()\n  r = 22;\nend\n")
        // File times can be equal within one clock tick; make the edit unmistakably newer.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder.url.appendingPathComponent("rate.m").path)
        #expect(folder.run("rate()").output == "ans = 22\n")
    }

    @Test func aSyntaxErrorInAFunctionFileIsLocatedInThatFile() throws {
        let folder = try Folder(["broken.m": "function y = broken(x)\n  y = x +* 2;\nend\n"])
        let result = folder.run("z = broken(1)")
        #expect(result.errors.hasPrefix("broken.m:2:10: error:"), "\(result.errors)")
        #expect(result.errors.contains(" 2 |   y = x +* 2;"))
        #expect(result.errors.contains("^"))
        // The session goes on.
        #expect(folder.run("q = 5").output == "q = 5\n")
    }

    @Test func aRuntimeErrorInAFunctionFileShowsItsLine() throws {
        let folder = try Folder(["bad_shape.m": "function y = bad_shape(x)\n  y = x * [1 2 3];\nend\n"])
        let result = folder.run("bad_shape([1 2])")
        #expect(result.errors.hasPrefix("bad_shape.m:2:"), "\(result.errors)")
    }

    @Test func aMissingFunctionSuggestsAFileByName() throws {
        let folder = try Folder(["computeCost.m": "function J = computeCost(X, y)\n  J = 0;\nend\n"])
        let result = folder.run("J = computeCots(1, 2)")
        #expect(result.errors.contains("undefined function 'computeCots'"), "\(result.errors)")
        #expect(result.errors.contains("did you mean 'computeCost'?"), "\(result.errors)")
    }

    @Test func recursionWithoutAnEndIsAClearError() throws {
        let folder = try Folder(["forever.m": "function y = forever(x)\n  y = forever(x + 1);\nend\n"])
        let result = folder.run("forever(1)")
        #expect(result.errors.contains("max_recursion_depth exceeded"), "\(result.errors)")
        #expect(folder.run("ok = 1").output == "ok = 1\n")
    }

    @Test func scriptsRunInTheCallersWorkspaceAndFunctionsInTheirOwn() throws {
        let folder = try Folder([
            "setup.m": "n = 3;\nm = n * 2;\n",
            "twice.m": "function y = twice(x)\n  n = 100;\n  y = 2 * x;\nend\n"
        ])
        #expect(folder.run("setup; printf('%d %d\\n', n, m)").output == "3 6\n")
        #expect(folder.run("t = twice(n); printf('%d %d\\n', t, n)").output == "6 3\n")
        #expect(folder.run("which setup").output.hasPrefix("'setup' is a script from the file "))
        #expect(folder.run("x = 1; which x").output == "'x' is a variable\n")
    }

    @Test func subfunctionsArePrivateToTheirFile() throws {
        let folder = try Folder(["outer.m": "function y = outer(x)\n  y = helper(x) + 1;\nend\nfunction h = helper(x)\n  h = 10 * x;\nend\n"])
        #expect(folder.run("outer(2)").output == "ans = 21\n")
        #expect(folder.run("helper(2)").errors.contains("undefined function 'helper'"))
    }

    @Test func addpathAndRmpathChangeWhatIsFound() throws {
        let folder = try Folder(["lib/triple.m": "function y = triple(x)\n  y = 3 * x;\nend\n"])
        #expect(folder.run("exist('triple')").output == "ans = 0\n")
        #expect(folder.run("addpath('lib'); triple(2)").output == "ans = 6\n")
        #expect(folder.run("rmpath('lib'); exist('triple')").output == "ans = 0\n")
    }
}
