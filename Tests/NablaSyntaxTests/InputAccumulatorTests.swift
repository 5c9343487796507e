import Testing
import NablaSyntax

/// The one answer to "is the input complete?": lines in, complete inputs out, each parsed
/// once per line it spans and never again to be run.
@Suite struct InputAccumulatorTests {
    /// Feeds `text` line by line; the complete inputs and the accumulator.
    static func feed(_ text: String, continuous: Bool = false) -> ([ParsedInput], InputAccumulator) {
        var inputs = InputAccumulator(continuousLines: continuous) { "<input \($0)>" }
        var out: [ParsedInput] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let input = inputs.add(String(line)) { out.append(input) }
        }
        if let rest = inputs.finish() { out.append(rest) }
        return (out, inputs)
    }

    @Test func eachLineIsParsedOnce() {
        let (out, inputs) = Self.feed("x = 1\n\ny = [1 2\n3 4]\nfor k = 1:3\n  x = x + k;\nend\ndisp(x)")
        #expect(out.map(\.text) == ["x = 1", "y = [1 2\n3 4]", "for k = 1:3\n  x = x + k;\nend", "disp(x)"])
        #expect(out.allSatisfy { if case .success = $0.result { true } else { false } })
        // Seven lines of code, seven parses; the blank line is passed over unparsed.
        #expect(inputs.parses == 7)
        #expect(out.map(\.source.name) == ["<input 1>", "<input 2>", "<input 3>", "<input 4>"])
    }

    /// Piped input counts lines through the whole stream; a prompt starts each input at 1.
    @Test func lineNumbers() {
        let (piped, _) = Self.feed("x = 1\n\ny = [1 2\n3 4]\nz = )", continuous: true)
        #expect(piped.map(\.source.firstLine) == [1, 3, 5])
        guard case .failure(let d) = piped[2].result else {
            Issue.record("z = ) parsed")
            return
        }
        #expect(DiagnosticRenderer().render(d, in: piped[2].source).hasPrefix("<input 3>:5:"))
        let (typed, _) = Self.feed("x = 1\n\ny = [1 2\n3 4]")
        #expect(typed.map(\.source.firstLine) == [1, 1])
    }

    /// At the end of input an open block is run as it is, so the parser says what is missing;
    /// a function without `end` is open at a prompt.
    @Test func anUnfinishedInputAtTheEnd() {
        var inputs = InputAccumulator { "<input \($0)>" }
        #expect(inputs.add("function y = f(x)") == nil)
        #expect(inputs.add("  y = x;") == nil)
        #expect(!inputs.isEmpty)
        let rest = inputs.finish()
        #expect(rest?.text == "function y = f(x)\n  y = x;")
        #expect(inputs.isEmpty && inputs.finish() == nil)
        #expect(inputs.add("if true") == nil)
        inputs.discard()
        #expect(inputs.isEmpty && inputs.finish() == nil)
    }
}
