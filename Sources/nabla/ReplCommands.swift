#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaSyntax

/// The REPL's own commands: words starting with `:` (and `exit` / `quit`), which act
/// on the session rather than being code. Everything else is code for the language —
/// `help NAME`, `whos`, `clear`, `format long` are ordinary builtins there.
enum ReplCommand: Equatable {
    case quit
    case help(String?)
    case vars
    case load(String)
    case save(String)
    /// `:lesson [NAME]`: list the lessons or run one (the REPL runs it with its editor).
    case lesson(String)
    /// A malformed or unknown command, with the message to show.
    case mistake(String)

    /// The commands and their one-line descriptions, for `:help` and completion.
    static let summaries: [(name: String, usage: String, summary: String)] = [
        (":help", ":help [NAME]", "this overview, or the documentation of NAME (also: help NAME)"),
        (":vars", ":vars", "the variables with their shape, class and size (also: whos)"),
        (":load", ":load FILE", "run a script in this session, keeping its variables"),
        (":save", ":save FILE", "write the workspace as a script that recreates it"),
        (":lesson", ":lesson [NAME]", "list the lessons, or take one (your variables are left alone)"),
        (":quit", ":quit", "leave (also: exit, quit, Ctrl-D)")
    ]

    static var names: [String] { summaries.map(\.name) }

    /// The command in `input`, or nil when the input is code.
    static func parse(_ input: String) -> ReplCommand? {
        let text = input.trimmingSpaces
        if ["exit", "quit", "exit;", "quit;", "exit()", "quit()"].contains(text) { return .quit }
        guard text.hasPrefix(":") else { return nil }
        let name = String(text.prefix { $0 != " " && $0 != "\t" })
        let argument = unquote(String(text.dropFirst(name.count)).trimmingSpaces)
        switch name {
        case ":quit", ":q", ":exit":
            return .quit
        case ":help", ":h", ":?":
            return .help(argument.isEmpty ? nil : argument)
        case ":vars", ":v", ":whos":
            return .vars
        case ":load", ":l":
            return argument.isEmpty ? .mistake(":load needs a file name, e.g. :load 'train.m'") : .load(argument)
        case ":save", ":w":
            return argument.isEmpty ? .mistake(":save needs a file name, e.g. :save 'workspace.m'") : .save(argument)
        case ":lesson", ":lessons":
            return .lesson(argument)
        default:
            return .mistake("unknown command \(name); the commands are " + names.joined(separator: " "))
        }
    }

    /// `'file.m'`, `"file.m"` and `file.m` all name the same file.
    static func unquote(_ s: String) -> String {
        guard s.count >= 2, let f = s.first, f == "'" || f == "\"", s.last == f else { return s }
        return String(s.dropFirst().dropLast())
    }

    /// `~/x` means the home directory's `x`, as in a shell.
    static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }

    /// The text `:help` shows: the REPL's commands, then the language's help.
    static func overview(_ session: Session) -> String {
        var out = session.interpreter.helpText(for: nil)
        out += "REPL commands:\n"
        let width = summaries.map { $0.usage.count }.max() ?? 0
        for c in summaries {
            out += "  " + c.usage + String(repeating: " ", count: width - c.usage.count) + "  " + c.summary + "\n"
        }
        out += "\nKeys: Tab completes names, Up/Down and Ctrl-R search history, Ctrl-C stops a computation.\n\n"
        return out
    }

    /// Carries out the command; returns false when the session should end.
    func perform(in session: Session, output: OutputSink) -> Bool {
        switch self {
        case .quit:
            return false
        case .help(let topic):
            output.write(topic == nil ? ReplCommand.overview(session) : session.interpreter.helpText(for: topic))
        case .vars:
            let table = session.interpreter.whosTable()
            output.write(table.isEmpty ? "No variables yet: try x = 1:5\n" : table)
        case .load(let file):
            let path = ReplCommand.resolveScript(ReplCommand.expandTilde(file))
            if WorkspaceFile.isCompact(path) {
                // Read and checked whole before anything runs: a damaged file changes nothing.
                do {
                    let contents = try WorkspaceFile.read(path, name: file)
                    Interrupt.clear()
                    WorkspaceFile.load(contents, into: session, name: file)
                } catch {
                    output.writeError("error: \(error.description)\n")
                }
                return true
            }
            guard let text = readTextFile(path) else {
                output.writeError("error: cannot read '\(file)': \(String(cString: strerror(errno)))\n")
                return true
            }
            Interrupt.clear()
            session.run(text, name: file)
        case .save(let file):
            let path = ReplCommand.expandTilde(file)
            // Saving an empty workspace would only overwrite a file with nothing.
            if session.interpreter.variableNames.isEmpty && session.interpreter.functions.isEmpty {
                output.writeError("error: nothing to save: there are no variables yet\n")
                return true
            }
            do {
                try WorkspaceFile.write(session.interpreter, to: path)
                let n = session.interpreter.variableNames.count
                output.write("saved \(n) variable\(n == 1 ? "" : "s") to \(file)\n")
            } catch let d as Diagnostic {
                session.show(d, in: nil)
            } catch {
                output.writeError("error: \(error)\n")
            }
        case .lesson:
            // Only the REPL can start a lesson (it lends the lesson its line editor).
            output.writeError("error: finish this lesson first (bye leaves it)\n")
        case .mistake(let message):
            output.writeError("error: \(message)\n")
        }
        return true
    }

    /// `:load train` finds `train.m` when there is no file called `train`, as Octave's
    /// `run` does.
    static func resolveScript(_ path: String) -> String {
        if access(path, F_OK) != 0 && !path.hasSuffix(".m") && access(path + ".m", F_OK) == 0 { return path + ".m" }
        return path
    }
}
