#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import NablaKernel
import NablaLessons
import NablaRuntime
import NablaSyntax
import NablaTeaching

/// `nabla lesson …` — lessons: list, run, classroom demo, report and check.
///
/// main.swift sends every command line whose first word is `lesson` here.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nabla lesson",
        abstract: "Interactive lessons on the mathematics of neural networks.",
        discussion: """
            nabla lesson                 list the lessons and your progress
            nabla lesson 06              run lesson 06 (resumes where you left it)
            nabla lesson 06 --demo       classroom mode: Enter steps through, answers are typed for you
            nabla lesson --report        completion, wrong attempts and hints for every lesson
            nabla lesson --report --json the same per exercise, with wrong answers, for the teacher
            nabla lesson --class-report DIR   one table from a folder of students' JSON reports
            nabla lesson --check [FILES] prove lessons work (demos run, model answers pass, wrong ones fail)
            nabla lesson 06 --notebook lesson06.ipynb   the lesson as a Jupyter notebook (see Docs/jupyter.md)
            """
    )

    @Argument(help: "A lesson id or name (or, with --check, lesson files and directories).")
    var names: [String] = []

    @Option(help: "Language of the lesson: en or zh (default: from the locale).")
    var lang: String?

    @Flag(help: "Classroom mode: no checks; narration and demos step forward on Enter.")
    var demo = false

    @Flag(name: .customLong("no-pause"), help: "With --demo: run straight through without waiting.")
    var noPause = false

    @Option(help: "Start at this step (1-based).")
    var from: Int?

    @Flag(name: .customLong("no-skip"), help: "Turn off skip and solution (for a class).")
    var noSkip = false

    @Flag(help: "Start the lesson again, ignoring saved progress.")
    var restart = false

    @Flag(help: "Check lesson files: run every demo, prove model answers pass and wrong answers fail.")
    var check = false

    @Flag(help: "Print each lesson's completion, wrong attempts and hints used.")
    var report = false

    @Flag(help: "With --report: write it as JSON, per exercise, for --class-report.")
    var json = false

    @Option(name: .customLong("class-report"), help: "Merge a folder of students' --report --json files into one table.")
    var classReport: String?

    @Option(help: "Directory holding the lessons (default: the curriculum's Lessons/).")
    var lessons: String?

    @Flag(name: .customLong("no-color"), help: "Never colour output (also: NO_COLOR=1).")
    var noColor = false

    @Option(help: "Write the lesson as a Jupyter notebook to FILE (.ipynb) instead of running it.")
    var notebook: String?

    @Flag(help: "With --notebook: fill each exercise cell with the model answer (an answer key).")
    var solutions = false

    mutating func run() throws {
        Signals.ignoreBrokenPipe()
        let env: (String) -> String? = { getenv($0).map { String(cString: $0) } }
        let language = LessonLibrary.language(option: lang, environment: env)
        let directory = lessons ?? LessonLibrary.defaultDirectory(executable: LessonCommand.executablePath())

        if let folder = classReport {
            let files = ClassReport.files(in: folder)
            guard !files.isEmpty else { throw LessonCommand.fail("no .json files in '\(folder)'; collect each student's nabla lesson --report --json there") }
            print(ClassReport.table(files), terminator: "")
            return
        }

        if check {
            let paths = names.isEmpty ? directory.map { [$0] } ?? [] : names
            guard !paths.isEmpty else { throw LessonCommand.fail("no lessons to check: give files or a directory") }
            let watchdog = LessonChecker.watchdog { place in
                // The block ignored Ctrl-C too: nothing else can stop it.
                TerminalOutput.writeAll(2, Array("error: \(place): this block does not stop (it ignores Ctrl-C)\n".utf8))
                _exit(1)
            }
            let result = LessonChecker.check(paths, watchdog: watchdog)
            print(result.text, terminator: "")
            if result.failed > 0 || result.results.isEmpty { throw ExitCode(1) }
            return
        }

        var library = LessonLibrary(lessons: [])
        if let name = names.first, name.hasSuffix(".md") {
            library = LessonLibrary.load([name])
        } else if let directory {
            library = LessonLibrary.load([directory])
        }
        for problem in library.problems { FileHandleStderr.write("warning: \(problem)\n") }
        let store = ProgressStore.standard()

        if report && json {
            let student = env("NABLA_STUDENT") ?? env("USER") ?? env("LOGNAME") ?? "student"
            print(ClassReport.json(library, language: language, store: store, student: student), terminator: "")
            return
        }
        if report {
            print(ProgressReport.report(library, language: language, store: store), terminator: "")
            return
        }
        guard let name = names.first else {
            guard !library.lessons.isEmpty else { throw LessonCommand.fail("no lessons found (set NABLA_LESSONS or use --lessons DIR)") }
            print(ProgressReport.list(library, language: language, store: store), terminator: "")
            return
        }
        guard let lesson = name.hasSuffix(".md") ? library.lessons.first : library.lesson(named: name, language: language) else {
            throw LessonCommand.fail("no lesson called '\(name)'; `nabla lesson` lists them")
        }
        if let notebook {
            if let reason = AtomicFile.write(LessonNotebook.json(lesson, solutions: solutions), to: notebook) {
                throw LessonCommand.fail("could not write \(notebook): \(reason)")
            }
            print("wrote \(notebook): lesson \(lesson.id), \(lesson.exercises.count) exercises\(solutions ? " with their model answers" : "")")
            return
        }

        let interactive = isatty(0) != 0
        let color = isatty(1) != 0 && !noColor && getenv("NO_COLOR") == nil
        let output = TerminalOutput(styles: color)
        defer { output.flush() }
        var options = LessonRunner.Options()
        options.demo = demo
        options.pause = !noPause && interactive
        options.from = from
        options.allowSkip = !noSkip
        options.restart = restart
        options.clearScreen = demo && options.pause && isatty(1) != 0

        if !demo && !interactive {
            // A lesson needs a student at a terminal; piped input still works, line by line.
            FileHandleStderr.write(LessonMessage.pipedInput.text(Language(code: lesson.language)) + "\n")
        }
        Signals.installInterruptHandler()
        if interactive { ReplSignals.install() }
        let input: LessonInput? = (demo && noPause) ? nil : LessonCommand.makeInput(interactive: interactive, output: output)
        let hooks = LessonCommand.hooks(output: output)
        let runner = LessonRunner(
            lesson: lesson, output: output, input: input, store: demo ? nil : store,
            options: options, hooks: hooks)
        (input as? EditorLessonInput)?.variableNames = { [weak runner] in runner?.session.interpreter.variableNames ?? [] }
        _ = runner.run()
    }

    /// What the runner needs from the terminal: its size, a clock, the REPL's commands.
    static func hooks(output: TerminalOutput) -> LessonHooks {
        var hooks = LessonHooks()
        hooks.width = { Terminal.size().cols }
        hooks.sleep = { seconds in
            var ts = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
            nanosleep(&ts, nil)
        }
        hooks.flush = { output.flush() }
        hooks.replCommand = { input, session in
            guard let command = ReplCommand.parse(input) else { return nil }
            let goOn = command.perform(in: session, output: output)
            output.flush()
            return goOn
        }
        hooks.beforeInput = { session in
            var numbers = session.interpreter.settings.numbers
            let size = Terminal.size()
            numbers.terminalWidth = size.cols
            numbers.elide = (rows: max(6, size.rows - 8), cols: max(6, size.cols / 5))
            session.interpreter.settings.numbers = numbers
            Interrupt.clear()
        }
        return hooks
    }

    /// `:lesson NAME` inside the REPL: runs the lesson in the REPL's terminal with the
    /// REPL's line editor (history, completion), in a session of its own so the REPL's
    /// variables are left alone; returns when the lesson ends or the student says bye.
    /// With no name, lists the lessons. Progress is saved as for `nabla lesson NAME`.
    static func runInsideREPL(_ argument: String, editor: LineEditor?, output: TerminalOutput) {
        let env: (String) -> String? = { getenv($0).map { String(cString: $0) } }
        let words = argument.split(separator: " ").map(String.init)
        let language = LessonLibrary.language(option: words.dropFirst().first, environment: env)
        guard let directory = LessonLibrary.defaultDirectory(executable: executablePath()) else {
            output.writeError("error: no lessons found (set NABLA_LESSONS)\n")
            return
        }
        let library = LessonLibrary.load([directory])
        let store = ProgressStore.standard()
        guard let name = words.first else {
            output.write(ProgressReport.list(library, language: language, store: store))
            return
        }
        guard let lesson = library.lesson(named: name, language: language) else {
            output.writeError("error: no lesson called '\(name)'; :lesson lists them\n")
            return
        }
        let options = LessonRunner.Options()
        let input: LessonInput = editor.map { EditorLessonInput(editor: $0, output: output) } ?? PlainLessonInput(echo: false)
        let runner = LessonRunner(
            lesson: lesson, output: output, input: input, store: store, options: options,
            hooks: hooks(output: output))
        (input as? EditorLessonInput)?.variableNames = { [weak runner] in runner?.session.interpreter.variableNames ?? [] }
        _ = runner.run()
        output.flush()
    }

    static func fail(_ message: String) -> ExitCode {
        FileHandleStderr.write("error: \(message)\n")
        return ExitCode(2)
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments.first ?? "" }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The REPL's line editor when libedit can drive the terminal, else plain lines.
    static func makeInput(interactive: Bool, output: TerminalOutput) -> LessonInput {
        if interactive, let history = History(path: History.defaultPath()),
            let editor = LineEditor(program: "nabla", history: history)
        {
            return EditorLessonInput(editor: editor, output: output)
        }
        return PlainLessonInput(echo: false)
    }
}

/// Lesson input through the REPL's libedit editor: history, completion, and multi-line
/// input (a `for` loop asks for more lines, as at the REPL).
final class EditorLessonInput: LessonInput {
    let editor: LineEditor
    let output: TerminalOutput
    /// The lesson session's variables, for Tab completion.
    var variableNames: () -> [String] = { [] }

    init(editor: LineEditor, output: TerminalOutput) {
        self.editor = editor
        self.output = output
        // Weak: in the REPL the editor outlives this object (the REPL sets its own completer back).
        editor.completer = { [weak self] before in
            var names = Completion.Names()
            names.variables = self?.variableNames() ?? []
            names.builtins = NablaTeaching.vocabulary.names
            names.commands = ReplCommand.names
            names.statements = Keyword.allCases.map(\.rawValue) + ["hint", "solution", "skip", "again", "back", "menu", "bye"]
            return Completion.complete(before, names: names)
        }
    }

    func read(prompt: String) -> LessonLine {
        // Named as the runner named inputs it parsed itself, so errors read the same.
        var inputs = InputAccumulator { _ in "<input>" }
        while true {
            output.flush()
            switch editor.read(prompt: inputs.isEmpty ? prompt : ".. ") {
            case .line(let line):
                // An empty line and a `:` command are answers of their own, not code.
                if inputs.isEmpty, line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix(":") {
                    if !line.trimmingSpaces.isEmpty { editor.history.add(line) }
                    return .text(line)
                }
                if let input = inputs.add(line) {
                    editor.history.add(input.text)
                    return .input(input)
                }
            case .interrupted:
                Interrupt.clear()
                output.write("\n")
                return .interrupted
            case .endOfInput:
                output.write("\n")
                return inputs.finish().map { .input($0) } ?? .end
            }
        }
    }
}

/// Lesson input from plain lines (no terminal, or libedit unavailable).
final class PlainLessonInput: LessonInput {
    let echo: Bool
    init(echo: Bool) { self.echo = echo }

    func read(prompt: String) -> LessonLine {
        var inputs = InputAccumulator { _ in "<input>" }
        while true {
            if isatty(0) != 0 { TerminalOutput.writeAll(1, Array((inputs.isEmpty ? prompt : ".. ").utf8)) }
            guard let line = readLine(strippingNewline: true) else { return inputs.finish().map { .input($0) } ?? .end }
            // An empty line and a `:` command are answers of their own, not code.
            if inputs.isEmpty, line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix(":") { return .text(line) }
            if let input = inputs.add(line) { return .input(input) }
        }
    }
}

/// Writes to standard error without buffering.
enum FileHandleStderr {
    static func write(_ s: String) { TerminalOutput.writeAll(2, Array(s.utf8)) }
}
