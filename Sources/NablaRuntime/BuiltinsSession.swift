#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaDisplay
import NablaSyntax

/// Seconds on a monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

extension Builtins {
    static let session: [Builtin] = [
        Builtin("tic", "tic  t = tic", "Starts a stopwatch; toc reads it.", example: "t = tic; toc(t) >= 0", .session) { call in
            let now = monotonicSeconds()
            call.interpreter.ticTime = now
            // Octave's tic returns microseconds since an epoch as an identifier.
            return call.nargout >= 1 ? [.number((now * 1e6).rounded())] : []
        },
        Builtin(
            "toc", "toc  toc(t)  elapsed = toc", "Seconds since tic (or since the tic that returned t).",
            example: "tic; x = toc; x >= 0", .session
        ) { call in
            try call.arity(0...1)
            let now = monotonicSeconds()
            let start: Double
            if call.args.count == 1 {
                start = try call.number(0) / 1e6
            } else {
                guard let t = call.interpreter.ticTime else {
                    throw call.error("function called before timer initialization with tic()")
                }
                start = t
            }
            let elapsed = now - start
            if call.nargout >= 1 { return [.number(elapsed)] }
            let seconds = try NumberText.num2str(Matrix(scalar: elapsed), precision: 6).first ?? ""
            call.output.write("Elapsed time is \(seconds) seconds.\n")
            return []
        },
        Builtin(
            "rng", "rng(seed)  rng('default')  rng('shuffle')",
            "Seeds the random generator: the same seed gives the same numbers (the default seed is 42).",
            example: "rng(7); a = rand(); rng(7); b = rand(); a == b", .session
        ) { call in
            try call.arity(0...1)
            if try call.args.isEmpty || (call.isString(0) && call.string(0) == "default") {
                call.interpreter.random.seed(RandomSource.defaultSeed)
            } else if call.isString(0) {
                let mode = try call.string(0)
                guard mode == "shuffle" else { throw call.error("unknown option '\(mode)'", hint: "use a number, 'default' or 'shuffle'") }
                call.interpreter.random.shuffleSeed()
            } else {
                let s = try call.number(0)
                guard s >= 0, s == s.rounded(), s < 4294967296 else {
                    throw call.error("the seed must be an integer from 0 to 2^32 - 1")
                }
                call.interpreter.random.seed(UInt32(s))
            }
            return []
        },
        Builtin(
            "format", "format short|long  format unicode|ascii|latex  format check|nocheck",
            "Chooses how many digits results show (5 or 16 significant), how formulas are written, and whether derivatives are checked against finite differences.",
            example: "format long; pi, format short", .session
        ) { call in
            let word = call.args.isEmpty ? "short" : (try call.string(0)).lowercased()
            guard let mode = FormatMode(rawValue: word) else {
                throw call.error("unknown format '\(word)'", hint: "use format \(FormatMode.listed)")
            }
            mode.apply(to: &call.interpreter.settings)
            return []
        },
        Builtin(
            "clear", "clear  clear x y  clear all", "Removes variables (all of them, or those named).",
            example: "x = 1; clear x; exist('x')", .session
        ) { call in
            let names = try call.args.indices.map { try call.string($0) }
            if names.isEmpty || names.contains("all") || names.contains("-all") { call.interpreter.clear() } else { call.interpreter.clear(names) }
            return []
        },
        Builtin("clc", "clc", "Clears the terminal screen.", example: "clc", .session) { call in
            call.output.clearScreen()
            return []
        },
        Builtin("who", "who", "Lists the variables.", example: "a = 1; b = 2; who", .session) { call in
            let names = call.interpreter.variableNames
            if names.isEmpty { return [] }
            call.output.write("Variables visible from the current scope:\n\n" + columns(names) + "\n")
            return []
        },
        Builtin("whos", "whos", "Lists the variables with their size, bytes and class.", example: "A = eye(2); whos", .session) { call in
            call.output.write(call.interpreter.whosTable())
            return []
        },
        Builtin(
            "help", "help  help name", "Shows what a function does, with an example and its real output.",
            example: "help numel", .session
        ) { call in
            let topic = call.args.isEmpty ? nil : try call.string(0)
            call.output.write(call.interpreter.helpText(for: topic))
            return []
        },
        Builtin(
            "exit", "exit  exit(status)", "Ends the session (or the script), with an exit status (default 0).",
            example: "disp('done'); exit(0)", .session
        ) { call in
            try call.arity(0...1)
            let status = call.args.isEmpty ? 0 : try call.integer(0)
            throw ExitRequest(status: Int32(clamping: status))
        },
        Builtin("quit", "quit  quit(status)", "The same as exit.", example: "quit", .session) { call in
            try call.arity(0...1)
            let status = call.args.isEmpty ? 0 : try call.integer(0)
            throw ExitRequest(status: Int32(clamping: status))
        },
        Builtin("stdout", "stdout", "The file id of standard output, 1.", example: "stdout", .session) { _ in [.number(1)] },
        Builtin("stderr", "stderr", "The file id of standard error, 2.", example: "stderr", .session) { _ in [.number(2)] },
        Builtin("more", "more off", "Kept for Octave scripts: Nabla never pages output.", example: "more off", .session) { _ in [] },
        Builtin(
            "nargin", "nargin", "Inside a function: how many arguments it was called with.",
            example: "f = @(varargin) nargin; 1", .session
        ) { call in
            [.number(Double(call.interpreter.current.nargin))]
        },
        Builtin(
            "nargout", "nargout", "Inside a function: how many outputs the caller asked for.",
            example: "1", .session
        ) { call in
            [.number(Double(call.interpreter.current.nargout))]
        },
        Builtin("isvarname", "isvarname(s)", "True when s is a valid variable name.", example: "isvarname('x1')", .session) { call in
            try call.arity(1...1)
            let s = try call.string(0)
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return [.bool(false)] }
            let ok = s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            return [.bool(ok && Keyword(rawValue: s) == nil)]
        }
    ]
}

extension Interpreter {
    /// The `whos` table, laid out as Octave does.
    public func whosTable() -> String {
        let names = variableNames
        guard !names.isEmpty else { return "" }
        var rows: [(String, String, Int, String)] = []
        var totalElements = 0, totalBytes = 0
        for n in names {
            guard let v = variable(n) else { continue }
            let s = v.shape
            rows.append((n, "\(s.rows)x\(s.cols)", v.bytes, v.className))
            totalElements += s.count
            totalBytes += v.bytes
        }
        let nameWidth = max(4, rows.map { $0.0.count }.max() ?? 4)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        func lpad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        var out = "Variables visible from the current scope:\n\nvariables in scope: top scope\n\n"
        out += "  Attr   " + pad("Name", nameWidth) + "        Size                     Bytes  Class\n"
        out += "  ====   " + pad("====", nameWidth) + "        ====                     =====  =====\n"
        for (n, size, bytes, cls) in rows {
            out += "         " + pad(n, nameWidth) + "        " + pad(size, 20) + lpad(String(bytes), 10) + "  " + cls + "\n"
        }
        out += "\nTotal is \(totalElements) element\(totalElements == 1 ? "" : "s") using \(totalBytes) byte\(totalBytes == 1 ? "" : "s")\n\n"
        return out
    }

    /// `help`: the topic list, or one builtin's signature, summary and example — the
    /// example is run now, in a scratch session, so its output is real.
    public func helpText(for topic: String?) -> String {
        guard let topic, !topic.isEmpty else {
            var out = "Nabla — the mathematics of neural networks, in an Octave-compatible language.\n\n"
            out += "Type `help NAME` for any function below. Statements end with a newline, ',' or ';' (which hides the result).\n"
            for category in Builtin.Category.allCases {
                let names = vocabulary.builtins.values.filter { $0.category == category }.map(\.name).sorted()
                guard !names.isEmpty else { continue }
                out += "\n\(category.rawValue):\n"
                out += Interpreter.wrap(names, width: 76, indent: "  ")
            }
            return out + "\n"
        }
        if let f = functions[topic] {
            let d = f.definition
            let outs = d.outputs.isEmpty ? "" : (d.outputs.count == 1 ? d.outputs[0] : "[" + d.outputs.joined(separator: ", ") + "]") + " = "
            return "'\(topic)' is a function defined in \(f.source.name):\n\n  \(outs)\(topic)(\(d.parameters.joined(separator: ", ")))\n\n"
        }
        guard let b = vocabulary.lookup(topic) else {
            let hint = Suggestion.closest(to: topic, in: vocabulary.names).map { " Did you mean '\($0)'?" } ?? ""
            return "help: no documentation for '\(topic)'.\(hint)\n"
        }
        var out = "\(b.signature)\n\n  \(b.summary)\n"
        if !b.example.isEmpty {
            out += "\n  Example:\n"
            let (text, _) = Interpreter.runExample(b.example, vocabulary: vocabulary)
            out += "    >> \(b.example)\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out += line.isEmpty ? "\n" : "    \(line)\n"
            }
        }
        return out + "\n"
    }

    /// Runs code in a fresh session and returns what it printed, and whether it failed.
    ///
    /// Runs on a large stack whoever calls it: test runners call it on threads with small
    /// stacks, where an example's interpreter frames overflowed them (an intermittent
    /// SIGSEGV, depending on which pool thread the test landed on).
    public static func runExample(_ code: String, vocabulary: Vocabulary = .core) -> (output: String, failed: Bool) {
        var result = (output: "", failed: true)
        withLargeStack { result = runExampleHere(code, vocabulary) }
        return result
    }

    private static func runExampleHere(_ code: String, _ vocabulary: Vocabulary) -> (output: String, failed: Bool) {
        let sink = RecordingSink()
        let scratch = Interpreter(output: sink, vocabulary: vocabulary)
        var template = Array("/tmp/nabla-help-XXXXXX".utf8CString)
        let folder = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) }
        scratch.privateFolder = folder ?? "/nonexistent"
        scratch.readPolicy = ReadPolicy(folders: folder.map { [$0] } ?? [])
        defer { if let folder { removeFolder(folder) } }
        do {
            let program = try Parser.parse(SourceFile(name: "<example>", text: code))
            try scratch.run(program)
            return (sink.transcript, false)
        } catch let request as ExitRequest {
            return (sink.transcript + "(the session ends here, with exit status \(request.status))\n", false)
        } catch let d as Diagnostic {
            return (sink.transcript + DiagnosticRenderer().render(d, in: SourceFile(name: "<example>", text: code)), true)
        } catch {
            return (sink.transcript + "error: \(error)\n", true)
        }
    }

    static func wrap(_ words: [String], width: Int, indent: String) -> String {
        var out = ""
        var line = indent
        for w in words {
            if line.count + w.count + 2 > width && line != indent {
                out += line + "\n"
                line = indent
            }
            line += (line == indent ? "" : "  ") + w
        }
        if line != indent { out += line + "\n" }
        return out
    }
}

/// Thrown by `exit`/`quit`: unwinds the running program so the caller can end the session.
public struct ExitRequest: Error, Sendable {
    public let status: Int32
}

/// Removes a folder of plain files (an example's private folder).
private func removeFolder(_ path: String) {
    if let dir = opendir(path) {
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { unlink(path + "/" + name) }
        }
        closedir(dir)
    }
    rmdir(path)
}

extension Builtins {
    /// Names laid out in columns as Octave's `who` prints them on an 80-column screen: each
    /// column as wide as the longest name plus two spaces, as many columns as fit, filled top to
    /// bottom; no padding after a line's last name.
    static func columns(_ names: [String], width: Int = 80) -> String {
        guard !names.isEmpty else { return "\n" }
        let cell = (names.map(\.count).max() ?? 0) + 2
        let columns = Swift.max(1, width / cell)
        let rows = (names.count + columns - 1) / columns
        var out = ""
        for row in 0..<rows {
            var k = row
            while true {
                out += names[k]
                k += rows
                if k >= names.count { break }
                out += String(repeating: " ", count: cell - names[k - rows].count)
            }
            out += "\n"
        }
        return out
    }
}
