import Foundation
import NablaRuntime
import NablaTeaching
import NablaTestSupport
import Testing

/// The sessions the README and `Docs/` show as real are real: each marked block is run and
/// its output compared, so a change in what Nabla prints fails here with a diff until the
/// document is brought up to date (or the change is found to be a mistake).
///
/// A fenced block is a session when the line right above its opening fence is
/// `<!-- session -->` (a fresh session, with the teaching builtins as at the REPL) or
/// `<!-- session continues -->` (the same session as the file's previous marked block).
/// Inside, `>> ` starts an input and `.. ` continues it; every other line is the output
/// of the input above it, compared exactly except for blank lines ending the block. Lines
/// before the first prompt are the REPL's banner and are not compared. A marked block with
/// no prompt at all is a program: what it prints is the next block when that one is marked
/// `<!-- output -->`, and nothing otherwise (set-up a later block continues from). A block
/// that shows prompts but is not a session
/// (a fragment whose set-up is in the prose) says so with `<!-- not run: why -->`, so no
/// transcript escapes the test by being forgotten.
@Suite("Documented sessions")
struct DocumentedSessionTests {
    struct Block: CustomStringConvertible, Sendable {
        enum Mark: Sendable { case fresh, continues, output, notRun, unmarked }
        var file: String
        var line: Int
        var mark: Mark
        var lines: [String]
        var description: String { "\(file):\(line)" }
        var hasPrompt: Bool { lines.contains { $0.hasPrefix(">> ") || $0 == ">>" } }
    }

    static let documents: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "Docs/" + $0 }
    }()

    /// The fenced blocks of a Markdown file, with the marker comment right above each.
    static func blocks(in file: String) -> [Block] {
        guard let text = try? String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [Block] = []
        var k = 0
        while k < lines.count {
            guard lines[k].hasPrefix("```") else { k += 1; continue }
            let above = k > 0 ? lines[k - 1].trimmingCharacters(in: .whitespaces) : ""
            let mark: Block.Mark =
                above == "<!-- session -->"
                ? .fresh
                : above == "<!-- session continues -->"
                    ? .continues
                    : above == "<!-- output -->"
                        ? .output
                        : above.hasPrefix("<!-- not run:") ? .notRun : .unmarked
            var end = k + 1
            while end < lines.count && !lines[end].hasPrefix("```") { end += 1 }
            found.append(Block(file: file, line: k + 2, mark: mark, lines: Array(lines[(k + 1)..<min(end, lines.count)])))
            k = end + 1
        }
        return found
    }

    static let allBlocks = documents.flatMap(blocks(in:))
    /// Each document's marked blocks in order: a `continues` block needs the ones before it.
    static let sessionFiles = Set(allBlocks.filter { $0.mark == .fresh || $0.mark == .continues }.map(\.file)).sorted()

    /// Runs a marked block in `session` and returns the transcript it would show, written the
    /// way the block writes it: prompts and inputs as they are, then what the input printed.
    /// A program (a block with no prompt) is compared with `printed`, the block that shows its output.
    static func replay(_ block: Block, printed: Block? = nil, in session: Session, sink: RecordingSink) -> (expected: String, actual: String) {
        // Blank lines that end the last output are the document's choice to show or not.
        func trimmed(_ lines: [String]) -> String {
            var lines = lines
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
        func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        if !block.hasPrompt {
            sink.reset()
            session.run(block.lines.joined(separator: "\n"), name: block.description)
            return (trimmed(printed?.lines ?? []), trimmed(lines(sink.transcript)))
        }
        let first = block.lines.firstIndex { $0.hasPrefix(">> ") || $0 == ">>" }!
        let shown = Array(block.lines[first...])
        var actual: [String] = []
        var k = 0
        while k < shown.count {
            // One input: the `>>` line and its `..` continuations, then the output lines.
            var input = [String(shown[k].dropFirst(3))]
            actual.append(shown[k])
            k += 1
            while k < shown.count && (shown[k].hasPrefix(".. ") || shown[k] == "..") {
                input.append(String(shown[k].dropFirst(3)))
                actual.append(shown[k])
                k += 1
            }
            while k < shown.count && !(shown[k].hasPrefix(">> ") || shown[k] == ">>") { k += 1 }
            sink.reset()
            session.run(input.joined(separator: "\n"), name: "<doc>")
            var printed = sink.transcript
            if printed.hasSuffix("\n") { printed.removeLast() }
            if !printed.isEmpty { actual.append(printed) }
        }
        return (trimmed(shown), trimmed(lines(actual.joined(separator: "\n"))))
    }

    @Test(arguments: sessionFiles)
    func documentedSessionsPrintWhatTheySay(file: String) {
        let sink = RecordingSink()
        var session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        let blocks = Self.allBlocks.filter { $0.file == file }
        for (k, block) in blocks.enumerated() where block.mark == .fresh || block.mark == .continues {
            if block.mark == .fresh {
                session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
            }
            let next = k + 1 < blocks.count && blocks[k + 1].mark == .output ? blocks[k + 1] : nil
            let (expected, actual) = Self.replay(block, printed: next, in: session, sink: sink)
            #expect(actual == expected, "\(block) no longer prints what it shows (- document, + now):\n\(lineDiff(expected, actual))")
        }
    }

    /// Every block that shows a prompt is either run or says why not, and there are sessions
    /// to run at all (a test that finds nothing must not pass quietly).
    @Test func everyTranscriptIsRunOrSaysWhyNot() {
        let forgotten = Self.allBlocks.filter { $0.mark == .unmarked && $0.hasPrompt }
        #expect(forgotten.isEmpty, "blocks with prompts but no <!-- session --> or <!-- not run: why --> above them: \(forgotten)")
        // An output block belongs to the program right above it.
        for (k, block) in Self.allBlocks.enumerated() where block.mark == .output {
            let program = k > 0 ? Self.allBlocks[k - 1] : nil
            #expect(
                program?.file == block.file && program?.mark != .unmarked && program?.hasPrompt == false,
                "\(block): <!-- output --> must follow a program block marked as a session")
        }
        #expect(Self.allBlocks.filter { $0.mark == .fresh }.count >= 5)
        #expect(Self.sessionFiles.contains("README.md"))
    }

    /// The comparison itself: a changed line is reported, an unchanged block is not.
    @Test func aChangedOutputIsCaught() {
        let block = Block(file: "<test>", line: 1, mark: .fresh, lines: [">> x = 1 + 1", "x = 3"])
        let sink = RecordingSink()
        let (expected, actual) = Self.replay(block, in: Session(output: sink), sink: sink)
        #expect(expected != actual)
        #expect(lineDiff(expected, actual).contains("- x = 3") && lineDiff(expected, actual).contains("+ x = 2"))
        let right = Block(file: "<test>", line: 1, mark: .fresh, lines: [">> x = 1 + 1", "x = 2", ">> y = 1;"])
        let again = Self.replay(right, in: Session(output: sink), sink: sink)
        #expect(again.expected == again.actual)
    }
}
