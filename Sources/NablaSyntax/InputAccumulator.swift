/// Lines gathered until they make a complete input: the one answer to "is the input
/// complete?" for the REPL, piped input, lessons and demos.
///
/// A prompt reads one line at a time; a block, a bracket or a string left open asks for
/// more. The text so far is parsed at each line to decide, and the complete input comes out
/// with that parse, so it is never parsed again to be run (`Session.run(_: ParsedInput)`).
/// Blank lines at the start of an input are passed over (they still count as lines).
public struct InputAccumulator {
    private var lines: [String] = []
    /// Lines of the stream before the input being gathered (passed-over blank lines included).
    private var linesBefore = 0
    private var inputs = 0
    private let naming: (Int) -> String
    private let continuousLines: Bool
    /// How many times the text was parsed: once per line added or finished with.
    public private(set) var parses = 0

    /// `naming` names the k-th complete input (from 1), as errors will show it. Line numbers
    /// run on through the whole stream when `continuousLines` is set (a script piped in),
    /// and start again at 1 for each input otherwise (a prompt). A stream that is part of a
    /// larger file (a lesson's code block) numbers its first line `firstLine`, so errors
    /// point at the file's lines.
    public init(continuousLines: Bool = false, firstLine: Int = 1, naming: @escaping (Int) -> String) {
        self.continuousLines = continuousLines
        self.linesBefore = continuousLines ? firstLine - 1 : 0
        self.naming = naming
    }

    /// Whether no line of the next input has been read: a prompt shows `>>`, not `..`.
    public var isEmpty: Bool { lines.isEmpty }

    /// The text gathered so far.
    public var text: String { lines.joined(separator: "\n") }

    /// Adds one line (without its newline); the complete input when this line completes it.
    public mutating func add(_ line: String) -> ParsedInput? {
        if lines.isEmpty && line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            linesBefore += 1
            return nil
        }
        lines.append(line)
        let parsed = parse()
        return parsed.complete ? take(parsed.input) : nil
    }

    /// What was gathered, complete or not, at the end of the stream (or on Ctrl-D): an
    /// unfinished block then gets the parser's error saying what is missing. Nil when
    /// nothing was gathered.
    public mutating func finish() -> ParsedInput? {
        guard !lines.isEmpty else { return nil }
        return take(parse().input)
    }

    /// Drops what was gathered (Ctrl-C on a line); its lines still count.
    public mutating func discard() {
        linesBefore += lines.count
        lines = []
    }

    private mutating func parse() -> (input: ParsedInput, complete: Bool) {
        parses += 1
        let source = SourceFile(name: naming(inputs + 1), text: text, firstLine: continuousLines ? linesBefore + 1 : 1)
        let (result, complete) = Parser.parseInput(source)
        return (ParsedInput(source: source, result: result), complete)
    }

    private mutating func take(_ input: ParsedInput) -> ParsedInput {
        inputs += 1
        linesBefore += lines.count
        lines = []
        return input
    }
}

/// One complete input and its parse: the program, or the syntax error to show.
public struct ParsedInput: Sendable {
    public let source: SourceFile
    public let result: Result<Program, Diagnostic>

    public init(source: SourceFile, result: Result<Program, Diagnostic>) {
        self.source = source
        self.result = result
    }

    /// The input as it was typed.
    public var text: String { source.text }
}
