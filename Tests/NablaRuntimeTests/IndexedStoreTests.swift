import NablaRuntime
import Testing
import NablaTestSupport

/// Storing into an array a variable owns alone costs O(1), and growing it at its end amortised
/// O(1); an array shared with another variable, a cell, a function's argument or a captured value
/// is copied first, so the others never see the store (Octave's copy-on-write). Complexity is shown
/// by counting reallocations of the storage, never by timing.
@Suite struct IndexedStoreTests {
    /// Where a variable's elements live; the reference taken to read it is dropped on return.
    private func storage(_ session: Session, _ name: String) -> UInt? {
        var value = session.interpreter.variable(String(name.prefix { $0 != "." }))
        if let dot = name.firstIndex(of: "."), case .structure(let s)? = value {
            value = s.elements[0][String(name[name.index(after: dot)...])]
        }
        switch value {
        case .tensor(let t)?: return t.matrix.elements.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        case .cell(let c)?: return c.elements.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        default: return nil
        }
    }

    private func session(_ code: String) -> (Session, RecordingSink) {
        let sink = RecordingSink()
        let session = Session(output: sink)
        #expect(session.run(code, name: "<test>") == .success, "\(sink.errors)")
        return (session, sink)
    }

    @Test(arguments: ["x(7) = 3;", "x(2, 3) = -1;", "x(:, 2) = [1; 2; 3; 4];", "x(x > 0.5) = 0;", "x(end) = 1;"])
    func aStoreIntoAnUnsharedArrayDoesNotCopyIt(store: String) {
        let (s, sink) = session("x = rand(4, 5);")
        let before = storage(s, "x")
        #expect(s.run(store, name: "<test>") == .success, "\(sink.errors)")
        #expect(storage(s, "x") == before)
    }

    @Test(arguments: ["st.m(7) = 3;", "st.m(2, 3) = -1;", "for i = 1:4, st.m(i, 5) = i; end", "st.m(end) = 1;"])
    func aStoreIntoAStructsArrayFieldDoesNotCopyIt(store: String) {
        let (s, sink) = session("st.m = rand(4, 5); st.n = 1;")
        let before = storage(s, "st.m")
        #expect(s.run(store, name: "<test>") == .success, "\(sink.errors)")
        #expect(storage(s, "st.m") == before)
    }

    @Test func aStoreIntoAnUnsharedCellDoesNotCopyIt() {
        let (s, _) = session("c = cell(1, 50);")
        let before = storage(s, "c")
        #expect(s.run("c{7} = 'seven'; c(8) = {8};", name: "<test>") == .success)
        #expect(storage(s, "c") == before)
    }

    /// n appends reallocate O(log n) times (capacity doubling), not n times; also in a compiled
    /// loop (`for j = 1:1`) and into a struct's field.
    @Test(arguments: [
        ("x = [];", "x(end+1) = k;"), ("W = zeros(3, 0);", "W(:, end+1) = [k; 2*k; 3*k];"),
        ("v = zeros(0, 1);", "v(end+1) = k;"), ("c = {};", "c{end+1} = k;"),
        ("x = [];", "for j = 1:1, x(end+1) = k; end"),
        ("W = zeros(3, 0);", "for j = 1:1, W(:, end+1) = [k; 2*k; 3*k]; end"),
        ("c = {};", "for j = 1:1, c{end+1} = k; end"),
        ("st.m = zeros(1, 0);", "st.m(end+1) = k;"), ("st.m = zeros(1, 0);", "for j = 1:1, st.m(end+1) = k; end")
    ])
    func growingAtTheEndIsAmortisedConstant(start: String, store: String) {
        let (s, sink) = session(start)
        let name = String(start.prefix { $0 != " " && $0 != "=" })
        var reallocations = 0
        var last = storage(s, name)
        let n = 2000
        for k in 1...n {
            #expect(s.run("k = \(k); " + store, name: "<test>") == .success, "\(sink.errors)")
            let now = storage(s, name)
            if now != last { reallocations += 1 }
            last = now
        }
        #expect(reallocations <= 40, "\(reallocations) reallocations for \(n) appends")
        #expect(s.run("disp(size(\(name))); disp(\(name)(end))", name: "<test>") == .success)
        #expect(sink.output.contains("\(n)"))
    }

    @Test(arguments: [
        // A copy made by `=`.
        ("x = [1 2 3]; y = x; x(1) = 5; disp(y); disp(x)", "   1   2   3\n   5   2   3\n"),
        ("x = [1 2 3]; y = x; y(end+1) = 4; disp(x)", "   1   2   3\n"),
        // A struct's field, shared with another variable or with a copy of the struct.
        ("st.m = [1 2 3]; y = st.m; st.m(1) = 5; disp(y); disp(st.m)", "   1   2   3\n   5   2   3\n"),
        ("st.m = [1 2 3]; u = st; for i = 1:2, st.m(i) = 0; end; disp(u.m)", "   1   2   3\n"),
        ("c = {1, 2}; d = c; for i = 1:2, c{i} = 0; end; disp(d{2})", "2\n"),
        // A function's argument: the caller's array is not the callee's.
        ("function r = f(v)\n v(1) = 99; r = v;\nend\nx = [1 2 3]; z = f(x); disp(x); disp(z)", "   1   2   3\n   99    2    3\n"),
        ("function f(v)\n v(2) = 0;\nend\nx = [1 2 3]; f(x); disp(x)", "   1   2   3\n"),
        // A cell's element, both ways.
        ("x = [1 2 3]; c = {x}; x(2) = 7; disp(c{1})", "   1   2   3\n"),
        ("c = {1, 2}; d = c; c{1} = 5; disp(d{1})", "1\n"),
        ("c = {1, 2}; d = c; d(2) = {7}; disp(c{2})", "2\n"),
        // A value an anonymous function captured.
        ("x = [1 2]; g = @() x; x(1) = 9; disp(g())", "   1   2\n"),
        // The loop variable's source.
        ("x = [1 2 3]; for v = x, x(2) = 0; end; disp(x)", "   1   0   3\n")
    ])
    func copiesKeepOctavesValueSemantics(code: String, expected: String) {
        let result = run(code)
        #expect(result.output == expected, "\(result.errors)")
    }

    /// The range keeps its range display too: nothing about it changed.
    @Test func aFailedStoreLeavesTheVariableAsItWas() {
        let (s, sink) = session("x = 0:0.5:1; c = {1, 2};")
        #expect(s.run("x(1:2) = [1 2 3];", name: "<test>") != .success)
        #expect(s.run("x(3, 3) = 'a' + {1};", name: "<test>") != .success)
        #expect(s.run("c{1:2} = 5;", name: "<test>") != .success)
        #expect(sink.errors.contains("nonconformant"))
        let before = sink.output
        #expect(s.run("x\nc", name: "<test>") == .success)
        let fresh = run("x = 0:0.5:1\nc = {1, 2}")
        #expect(String(sink.output.dropFirst(before.count)) == fresh.output)
    }
}
