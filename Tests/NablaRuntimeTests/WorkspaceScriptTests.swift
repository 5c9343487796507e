#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime
import Testing

/// `:save` writes the workspace as a script; running that script must recreate it.
@Suite("Workspace script")
struct WorkspaceScriptTests {
    /// Runs `setup`, saves, runs the script in a fresh session, and compares with `check`.
    func roundTrip(_ setup: String) -> (script: String, original: Session, restored: Session, errors: String) {
        let original = Session(output: RecordingSink())
        original.run(setup, name: "<setup>")
        let script = WorkspaceScript.script(for: original.interpreter)
        let sink = RecordingSink()
        let restored = Session(output: sink)
        restored.run(script, name: "<saved>")
        return (script, original, restored, sink.errors)
    }

    /// Every variable: same class, shape and (for numbers) bits; same printed value.
    func expectSame(_ a: Session, _ b: Session, script: String) {
        #expect(a.interpreter.variableNames == b.interpreter.variableNames, "script:\n\(script)")
        for name in a.interpreter.variableNames {
            guard let x = a.interpreter.variable(name), let y = b.interpreter.variable(name) else {
                Issue.record("\(name) missing after the round trip; script:\n\(script)")
                continue
            }
            #expect(x.className == y.className, "\(name)")
            #expect(x.shape == y.shape, "\(name)")
            if case .tensor(let s) = x, case .tensor(let t) = y {
                #expect(s.matrix.elements.map(\.bitPattern) == t.matrix.elements.map(\.bitPattern), "\(name); script:\n\(script)")
            }
        }
    }

    @Test func numbersRoundTripExactly() {
        let r = roundTrip("a = 0.1; b = pi * 1e300; c = [1/3 -0 Inf; -Inf NaN 5e-324]; d = 2^53 + 2; e = []; z = zeros(0, 3);")
        #expect(r.errors.isEmpty, "\(r.errors)\n\(r.script)")
        expectSame(r.original, r.restored, script: r.script)
    }

    @Test func textLogicalAndCellsRoundTrip() {
        let r = roundTrip("s = 'it''s σ中文'; t = ['ab'; 'cd']; l = [true false; false true]; k = true; c = {1, 'two'; [3 4], {5}}; q = ['a', 10, 'b'];")
        #expect(r.errors.isEmpty, "\(r.errors)\n\(r.script)")
        expectSame(r.original, r.restored, script: r.script)
        let check = r.restored.run("assert_ok = isequal(c{2, 1}, [3 4]) && iscell(c{2, 2}) && c{2, 2}{1} == 5", name: "<check>")
        #expect(check == .success)
        if case .tensor(let t)? = r.restored.interpreter.variable("assert_ok") {
            #expect(t.matrix.elements == [1])
        } else {
            Issue.record("check did not run:\n\(r.script)")
        }
    }

    @Test func anonymousFunctionsKeepTheirCapturedValues() {
        // f captured w = 2; w is then changed to 10; g captured f and a different w.
        let r = roundTrip("w = 2; f = @(x) w * x; w = 3; g = @(x) f(x) + w; w = 10; h = @sin;")
        #expect(r.errors.isEmpty, "\(r.errors)\n\(r.script)")
        expectSame(r.original, r.restored, script: r.script)
        let sink = RecordingSink()
        let s = Session(output: sink)
        s.run(r.script, name: "<saved>")
        #expect(s.interpreter.variableNames == ["f", "g", "h", "w"], "temporaries were left behind:\n\(r.script)")
        s.run("[f(1), g(1), w, h(0)]", name: "<check>")
        #expect(sink.output.contains("2    5   10    0"), "\(sink.output)\n\(r.script)")
    }

    @Test func writeReplacesAFileAtomically() throws {
        let session = Session(output: RecordingSink())
        session.run("x = 5;", name: "<setup>")
        let path = "/tmp/nabla-workspace-test-\(UInt32.random(in: 0...UInt32.max)).m"
        try WorkspaceScript.write(session.interpreter, to: path)
        let text = try #require(readFile(path))
        #expect(text.contains("x = 5;"))
        #expect(access(path + ".tmp-\(getpid())", F_OK) != 0, "the temporary file was left behind")
        unlink(path)
        #expect(throws: (any Error).self) {
            try WorkspaceScript.write(session.interpreter, to: "/nonexistent-dir/ws.m")
        }
    }

    func readFile(_ path: String) -> String? {
        guard let f = fopen(path, "r") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        while true {
            let c = fgetc(f)
            if c == EOF { break }
            bytes.append(UInt8(c))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
