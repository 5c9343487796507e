import NablaNumerics
import NablaSyntax
import NablaSymbolic

/// The front door of the runtime: source text in, output and diagnostics out.
///
/// Scripts, `-e` code, piped input and the REPL all go through `run(_:name:)`, so they
/// behave identically. An error stops the current input only; variables keep the
/// values they had when it happened.
public final class Session {
    public let interpreter: Interpreter
    public var renderer: DiagnosticRenderer

    /// The language of the session's own words: error hints and teaching views.
    public var language: Language {
        get { interpreter.language }
        set { interpreter.language = newValue; renderer.language = newValue }
    }

    /// The most memory one value or intermediate result of this session may take, in bytes:
    /// bound as `Limits.maxBytes` around every input the session runs, so it holds for this
    /// session alone, whatever other sessions in the process allow.
    public var maxBytes: Int

    /// The graph nodes this session's work has created: what its symbolic work budgets
    /// (`WorkBudget`) count, bound as `Node.tally` with `maxBytes`.
    public let nodeTally = NodeTally()

    /// A session speaking `vocabulary`: the core language unless the caller adds to it
    /// (the executable, lessons and notebooks give it the teaching builtins). `maxBytes`
    /// caps what one value may take (the fuzzer gives a small one).
    public init(
        output: OutputSink, vocabulary: Vocabulary = .core,
        maxBytes: Int = Limits.defaultMaxBytes
    ) {
        self.interpreter = Interpreter(output: output, vocabulary: vocabulary)
        self.renderer = DiagnosticRenderer()
        self.maxBytes = maxBytes
    }

    public enum Outcome: Equatable, Sendable {
        case success
        case failure
        case interrupted
        /// The program called `exit(status)` (or `quit`).
        case exited(Int32)
    }

    /// Parses and runs one input. Errors are rendered to the sink's error stream.
    @discardableResult
    public func run(_ text: String, name: String) -> Outcome {
        run(text, name: name, firstLine: 1)
    }

    /// Parses and runs a piece of a longer input whose first line is `firstLine` of the whole.
    @discardableResult
    public func run(_ text: String, name: String, firstLine: Int) -> Outcome {
        var outcome = Outcome.failure
        // One large-stack thread for both (the inner calls then run on it directly).
        withLargeStack { outcome = self.run(self.parse(text, name: name, firstLine: firstLine)) }
        return outcome
    }

    /// How many texts this session has parsed (`parse`, `run(_:name:)`): an input read by an
    /// `InputAccumulator` arrives parsed and is not parsed again, which tests count.
    public private(set) var parses = 0

    /// Parses a text for `run(_: ParsedInput)`; a syntax error is kept in the result, to be
    /// shown when it is run.
    public func parse(_ text: String, name: String, firstLine: Int = 1) -> ParsedInput {
        parses += 1
        let source = SourceFile(name: name, text: text, firstLine: firstLine)
        var result: Result<Program, Diagnostic> = .failure(Diagnostic(.error, "the input was not parsed"))
        // Deeply nested text recurses in the parser as it does in the interpreter.
        withLargeStack {
            do throws(Diagnostic) { result = .success(try Parser.parse(source)) } catch { result = .failure(error) }
        }
        return ParsedInput(source: source, result: result)
    }

    /// Runs an input parsed as it was read (see `InputAccumulator`), or shows its syntax error.
    @discardableResult
    public func run(_ input: ParsedInput) -> Outcome {
        switch input.result {
        case .success(let program):
            return run(program)
        case .failure(let d):
            show(d, in: input.source)
            return .failure
        }
    }

    /// Runs an already parsed program.
    public func run(_ program: Program) -> Outcome {
        var outcome = Outcome.failure
        // Callers may be on small-stack threads (test runners, lesson checkers); the
        // interpreter's depth limits assume room to recurse.
        withLargeStack { outcome = self.execute(program) }
        return outcome
    }

    /// Runs on the thread that does the work (inside `withLargeStack`): a task-local binding
    /// does not cross to a new thread, so the session's limit and node tally are bound here.
    private func execute(_ program: Program) -> Outcome {
        Limits.$maxBytes.withValue(maxBytes) {
            Node.$tally.withValue(nodeTally) { executeWithinLimits(program) }
        }
    }

    private func executeWithinLimits(_ program: Program) -> Outcome {
        interpreter.lastErrorSource = nil
        // Files the input wrote with fprintf and left open reach the disk now, whatever happened.
        defer {
            for failure in interpreter.openFiles.saveAll() {
                show(Diagnostic(.error, failure), in: nil)
            }
        }
        do {
            try interpreter.run(program)
            return .success
        } catch let d as Diagnostic {
            show(d, in: interpreter.lastErrorSource ?? program.source)
            interpreter.lastErrorSource = nil
            return .failure
        } catch let request as ExitRequest {
            return .exited(request.status)
        } catch is Interrupted {
            show(Diagnostic(.error, "interrupted", hint: "variables keep the values they had when you pressed Ctrl-C"), in: nil)
            return .interrupted
        } catch {
            show(Diagnostic(.error, "\(error)"), in: nil)
            return .failure
        }
    }

    /// Shows a diagnostic on the error stream, styled as the sink styles.
    public func show(_ d: Diagnostic, in source: SourceFile?) {
        let output = interpreter.output
        output.writeError(renderer.render(d, in: source, style: { output.styled($0, as: $1) }))
    }
}
