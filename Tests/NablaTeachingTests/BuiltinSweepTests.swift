#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import NablaTeaching
import Testing
import NablaTestSupport

/// Every builtin in the help index, called with a hostile value in every argument position.
///
/// The calls are generated from the builtin table itself (names, signatures, examples), so a
/// builtin added tomorrow is swept without anyone writing a case for it. They run in a child
/// process (a Swift Testing exit test), many per child: a trap kills only the child, the
/// parent sees which call was running and starts a fresh child after it, so one run lists
/// every trapping call, not just the first.
///
/// For each call the law is: the session returns a value or reports an error located in the
/// input (`<sweep>:1:…`), prints a bounded amount, finishes promptly (or stops when Ctrl-C is
/// raised), and afterwards still runs the next input.
@Suite("Every builtin survives hostile arguments")
struct BuiltinSweepTests {
    /// The values of issue #18: non-finite, huge, negative, zero, empty, and of every class.
    static let hostileValues = [
        "NaN", "Inf", "-Inf", "1e308", "-1e308", "1e19", "2^63", "-1", "0", "[]", "'abc'", "{1}", "sweep_f",
        "[NaN 1 2]", "[1e20 1 2]"
    ]

    /// Defines what the hostile values and fillers refer to.
    static let setup = "sweep_w = [1 2; 3 4]; sweep_f := sum(sweep_w .* sweep_w);"

    static let builtins: [Builtin] = {
        return NablaTeaching.vocabulary.builtins.values.sorted { $0.name < $1.name }
    }()

    /// Groups of builtins, one child process each (children run in parallel).
    static let groups: [[String]] = {
        let names = builtins.map(\.name)
        return stride(from: 0, to: names.count, by: 24).map { Array(names[$0..<min($0 + 24, names.count)]) }
    }()

    @Test func theIndexIsSwept() {
        #expect(Self.builtins.count > 150)
        let calls = Set(Self.builtins.flatMap { Self.calls(for: $0) })
        for call in ["reshape(1:6, [], NaN)", "zeros([NaN 1 2])", "sum(sweep_w, 2^63)", "triu(sweep_w, -Inf)"] {
            let generated = calls.contains(call)
            #expect(generated, "\(call) is not generated")
        }
    }

    @Test(arguments: groups)
    func hostileArguments(_ names: [String]) async throws {
        let calls = names.flatMap { name in Self.builtins.first { $0.name == name }.map { Self.calls(for: $0) } ?? [] }
        var start = 0
        var problems: [String] = []
        var children = 0
        let setup = Self.setup
        while start < calls.count && children < 40 {
            children += 1
            let result = await Self.child(calls, from: start, setup: setup)
            let report = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self)
            var last = start - 1
            var finished = false
            for line in report.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
                guard parts.count >= 2, let i = Int(parts[1]), i < calls.count else {
                    if line == "done alive" { finished = true }
                    continue
                }
                switch parts[0] {
                case "@": last = i
                case "unlocated": problems.append("\(calls[i])  →  error without a location: \(parts.count > 2 ? parts[2] : "")")
                case "interrupted": problems.append("\(calls[i])  →  ran past the time budget (stopped by Ctrl-C)")
                case "loud": problems.append("\(calls[i])  →  printed \(parts.count > 2 ? parts[2] : "?") bytes")
                case "hang": problems.append("\(calls[i])  →  ignored Ctrl-C for \(parts.count > 2 ? parts[2] : "?") s")
                default: break
                }
            }
            if finished { break }
            if report.contains("dead") || last < start {
                let errors = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
                problems.append("the session did not survive the calls from \(start < calls.count ? calls[start] : "?"): \(errors.prefix(3000))")
                break
            }
            if !report.contains("hang \(last)") {
                problems.append("\(calls[last])  →  killed the process (\(String(describing: result?.exitStatus)))")
            }
            start = last + 1
        }
        #expect(problems.isEmpty, Comment(rawValue: "\(problems.count) hostile calls misbehaved:\n" + problems.joined(separator: "\n")))
    }

    /// Runs `calls[start...]` in a fresh child process. The child always ends with a failing
    /// status, even when all went well (it says so on its last line): `#expect` hands back the
    /// child's output only when the exit condition holds, and `.failure` holds for traps too.
    static func child(_ calls: [String], from start: Int, setup: String) async -> ExitTest.Result? {
        await #expect(processExitsWith: .failure, observing: [\.standardOutputContent, \.standardErrorContent]) {
            [calls = calls as [String], start = start as Int, setup = setup as String] in
            SweepChild.run(calls: calls, from: start, setup: setup)
        }
    }

    /// The calls for one builtin: each argument position (up to what its signature allows,
    /// plus one) gets each hostile value, the other arguments taken from the builtin's own
    /// example, or a plain number, or a small matrix.
    static func calls(for b: Builtin) -> [String] {
        let positions = min(max(maxArguments(b), 1), 6)
        let example = exampleArguments(b)
        var prefixes: [[String]] = [example, Array(repeating: "2", count: positions), Array(repeating: "sweep_w", count: positions)]
        prefixes = prefixes.filter { !$0.isEmpty }
        var seen = Set<String>()
        var out: [String] = []
        for p in 0..<positions {
            for h in hostileValues {
                for prefix in prefixes {
                    var args = (0..<p).map { $0 < prefix.count ? prefix[$0] : "2" }
                    args.append(h)
                    var variants = [args]
                    // An empty argument just before the hostile one: `reshape(A, [], NaN)`.
                    if p >= 1 { variants.append(Array(args[..<(p - 1)]) + ["[]", h]) }
                    if prefix.count > p + 1 { variants.append(args + prefix[(p + 1)...]) }
                    for v in variants {
                        let call = "\(b.name)(\(v.joined(separator: ", ")))"
                        if seen.insert(call).inserted { out.append(call) }
                    }
                }
            }
        }
        return out
    }

    /// The most arguments any form in the signature shows, plus one for `…`.
    static func maxArguments(_ b: Builtin) -> Int {
        var best = 0
        for form in callTexts(b.name, in: b.signature) {
            let args = splitArguments(form)
            let variadic = form.contains("…") || form.contains("...")
            best = max(best, args.count + (variadic ? 1 : 0))
        }
        return max(best, 1)
    }

    /// The arguments of the first call of the builtin in its own example, as written.
    static func exampleArguments(_ b: Builtin) -> [String] {
        guard let form = callTexts(b.name, in: b.example).first else { return [] }
        let args = splitArguments(form)
        // The example's other statements are not run in the child, so its arguments may
        // only use the values every call can see.
        return args.allSatisfy { !$0.contains(where: \.isLetter) || $0.hasPrefix("'") } ? args : []
    }

    /// The text between the parentheses of each `name(…)` in `text`.
    static func callTexts(_ name: String, in text: String) -> [String] {
        let chars = Array(text)
        let key = Array(name + "(")
        var found: [String] = []
        var i = 0
        while i + key.count <= chars.count {
            let boundary = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_")
            if boundary && Array(chars[i..<i + key.count]) == key {
                var depth = 1
                var j = i + key.count
                var quoted = false
                while j < chars.count && depth > 0 {
                    let c = chars[j]
                    if c == "'" { quoted.toggle() }
                    if !quoted {
                        if "([{".contains(c) { depth += 1 }
                        if ")]}".contains(c) { depth -= 1 }
                    }
                    j += 1
                }
                found.append(String(chars[(i + key.count)..<max(i + key.count, j - 1)]))
                i = j
            } else {
                i += 1
            }
        }
        return found
    }

    /// Splits an argument list at its top-level commas.
    static func splitArguments(_ text: String) -> [String] {
        var args: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for c in text {
            if c == "'" { quoted.toggle() }
            if !quoted {
                if "([{".contains(c) { depth += 1 }
                if ")]}".contains(c) { depth -= 1 }
                if c == "," && depth == 0 {
                    args.append(current.trimmingSpaces)
                    current = ""
                    continue
                }
            }
            current.append(c)
        }
        if !current.trimmingSpaces.isEmpty { args.append(current.trimmingSpaces) }
        return args
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// The child's side: runs the calls in one session and reports each on standard output,
/// unbuffered, so a trap leaves the number of the call that caused it as the last `@` line.
enum SweepChild {
    /// Seconds a call may run before the child raises Ctrl-C, and before it gives up on a
    /// call that ignores it. Generous: the machine is shared and the build is a debug one.
    static let budget: Double = 5
    static let patience: Double = 20

    static func run(calls: [String], from start: Int, setup: String) {
        // Writers (csvwrite, saveplot, graph) write into a private folder.
        let folder = makeTemporaryDirectory("sweep")
        _ = chdir(folder)
        let sink = RecordingSink()
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        // Examples name absolute paths (/tmp/nabla-example.csv): keep every file in the folder.
        session.interpreter.privateFolder = FileAccess.resolved(".")
        session.run(setup, name: "<setup>")
        // Raises Ctrl-C when a call runs past the budget; ends the child when the call
        // ignores it (a hang must fail the test, not block it).
        let clock = Watchdog(budgetSeconds: budget, patienceSeconds: patience) { label in
            say("hang \(label) \(Int(budget + patience))")
            _exit(3)
        }
        for i in start..<calls.count {
            say("@ \(i)")
            sink.reset()
            clock.begin(String(i))
            let outcome = session.run(calls[i], name: "<sweep>")
            clock.end()
            switch outcome {
            case .failure:
                let first = sink.errors.split(separator: "\n").first.map(String.init) ?? "(nothing printed)"
                if !first.hasPrefix("<sweep>:1:") { say("unlocated \(i) \(first.prefix(200))") }
            case .interrupted:
                say("interrupted \(i)")
            case .success, .exited:
                break
            }
            if sink.transcript.utf8.count > 2_000_000 { say("loud \(i) \(sink.transcript.utf8.count)") }
        }
        sink.reset()
        let outcome = session.run("1 + 1", name: "<after>")
        say(outcome == .success && sink.output == "ans = 2\n" ? "done alive" : "dead")
        removeTemporaryDirectory(folder)
        exit(EXIT_FAILURE)
    }

    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            offset += n
        }
    }
}
