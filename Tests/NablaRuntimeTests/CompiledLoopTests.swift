import Foundation
import NablaRuntime
import Testing
import NablaTestSupport
import NablaNumerics

/// Compiled loops (CompiledLoop.swift) must have exactly the effect of the interpreter walking the
/// same statements: the same output, the same errors at the same places, and the same variables
/// afterwards — also when an error stops the loop halfway. Checked on generated loops, run both
/// ways. `NABLA_LOOP_PROGRAMS` asks for more programs (a long hunt); `make test` runs 300. Every
/// loop is bounded (a few iterations), so a program ends whatever values it meets.
@Suite struct CompiledLoopTests {
    static let prelude = """
        function y = f(v)
          if v > 2
            y = v - 1;
          else
            y = 2 * v;
          end
        end
        function y = g(u, v)
          y = u;
          if v > 1
            y = u * v;
            return
          end
          if v < -1 && u > 1
            error('g: v is %g', v);
          end
          y = y - v;
        end
        function h(u)
          printf('h %g\n', u);
        end
        function r = fact(n)
          if n <= 1
            r = 1;
          else
            r = n * fact(n - 1);
          end
        end
        function [y, z] = unset(u)
          if u > 0
            y = u;
          end
        end
        a = 1.5; b = -2; x = [3 1 4]; c = {}; k = 0; st.a = 1; st.b = [1 2];

        """

    static func index(_ g: inout SplitMix64) -> String {
        g.pick(["1", "i", "end", "numel(x)", "2", "k + 1", "a", "end+1"])
    }

    static func expression(_ g: inout SplitMix64, depth: Int = 0) -> String {
        if depth > 2 { return g.pick(["a", "b", "i", "2", "0.5", "k"]) }
        switch g.below(15) {
        case 12: return "g(\(expression(&g, depth: depth + 1)), \(expression(&g, depth: depth + 1)))"
        case 13: return g.pick(["fact(min(abs(k), 5))", "unset(\(expression(&g, depth: depth + 1)))", "st.a", "st.b(2)", "g(a)", "f()"])
        case 14: return "(\(expression(&g, depth: depth + 1)) \(g.pick(["<", ">", "==", "~=", "<=", ">="])) \(expression(&g, depth: depth + 1)))"
        case 0: return g.pick(["a", "b", "i", "k"])
        case 1: return g.pick(["3", "0", "-1", "0.25", "1e300", "NaN", "Inf", "pi"])
        case 2: return "x(\(index(&g)))"
        case 3: return "f(\(expression(&g, depth: depth + 1)))"
        case 4: return "-\(expression(&g, depth: depth + 1))"
        case 5: return "(\(expression(&g, depth: depth + 1)) \(g.pick(["<", ">", "==", "~=", "<=", ">="])) \(expression(&g, depth: depth + 1)))"
        case 6: return g.pick(["x", "[a b]", "x'", "sum(x)", "{a}", "'s'", "true", "@(t) t"])
        case 7: return "(\(expression(&g, depth: depth + 1)) \(g.pick(["&&", "||"])) \(expression(&g, depth: depth + 1)))"
        default:
            let op = g.pick(["+", "-", "*", "/", ".*", "./", "^", ".^", "\\"])
            return "(\(expression(&g, depth: depth + 1)) \(op) \(expression(&g, depth: depth + 1)))"
        }
    }

    static func statement(_ g: inout SplitMix64, depth: Int) -> String {
        switch g.below(depth > 1 ? 9 : 12) {
        case 0: return "a = \(expression(&g));"
        case 1: return "b \(g.pick(["+=", "-=", "*=", "="])) \(expression(&g));"
        case 2: return "x(\(index(&g))) = \(expression(&g));"
        case 3: return "x(end+1) = \(expression(&g));"
        case 4:
            return g.pick([
                "c{end+1} = \(expression(&g));", "c{\(index(&g))} = \(expression(&g));",
                "st.b(\(index(&g))) = \(expression(&g));", "x(end+\(g.pick(["1", "2", "0"]))) = \(expression(&g));"
            ])
        case 5:
            return g.pick([
                "printf('%g\\n', a);", "disp(b)", "a", "x(1) = [];", "k++;", "b = f(b);", "h(a);",
                "st.a = st.a + \(expression(&g));", "st.b(end+1) = a;", "a = g(a, b);", "a += 1;", "b *= 2;"
            ])
        case 6: return "if \(expression(&g)), \(g.pick(["break;", "continue;", "a = a + 1;"])) end"
        case 7: return "z = x(\(index(&g)));"
        case 8: return "k = k + \(g.pick(["1", "a", "i"]));"
        case 9:
            return "if \(expression(&g))\n\(block(&g, depth: depth + 1))else\n\(block(&g, depth: depth + 1))end"
        case 10:
            return "for j = \(g.pick(["1:3", "3:-1:1", "1:0", "a:min(b, a + 3)", "0.5:0.5:2"]))\n\(block(&g, depth: depth + 1))end"
        default:
            // Each depth counts with its own variable, so an inner loop never resets an outer one.
            let w = "w\(depth)"
            return "\(w) = 0; while \(w) < \(g.pick(["3", "min(a, 4)", "min(x(1), 4)"]))\n\(w) = \(w) + 1;\n\(block(&g, depth: depth + 1))end"
        }
    }

    static func block(_ g: inout SplitMix64, depth: Int) -> String {
        (0..<(1 + g.below(4))).map { _ in statement(&g, depth: depth) + "\n" }.joined()
    }

    static func program(seed: UInt64) -> String {
        var g = SplitMix64(seed: seed)
        let header = g.pick(["for i = 1:5", "for i = 4:-1:1", "for i = 1:0.5:3", "i = 0; while i < 4\ni = i + 1;"])
        return prelude + header + "\n" + block(&g, depth: 0) + "end\n"
    }

    static func outcome(_ code: String, compiled: Bool) -> String {
        let sink = RecordingSink()
        let session = Session(output: sink)
        session.interpreter.compilesLoops = compiled
        _ = session.run(code, name: "<loop>")
        _ = session.run("who\ndisp(a), disp(b), disp(x), disp(k), disp(numel(c)), disp(i)", name: "<after>")
        return sink.output + "\n--- errors ---\n" + sink.errors
    }

    /// Runs `code` compiled and interpreted, and records any difference.
    static func expectSame(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let compiled = outcome(code, compiled: true), walked = outcome(code, compiled: false)
        #expect(compiled == walked, "\(code)\n\(firstDifference(compiled, walked))", sourceLocation: sourceLocation)
    }

    @Test func generatedLoopsBehaveTheSameCompiledAndInterpreted() {
        let count = ProcessInfo.processInfo.environment["NABLA_LOOP_PROGRAMS"].flatMap(Int.init) ?? 300
        var failures = 0
        for seed in 1...UInt64(count) {
            let code = Self.program(seed: seed)
            let compiled = Self.outcome(code, compiled: true), walked = Self.outcome(code, compiled: false)
            if compiled != walked {
                failures += 1
                Issue.record("seed \(seed):\n\(code)\n\(firstDifference(compiled, walked))")
                if failures >= 3 { return }
            }
        }
    }

    /// The loops of the benchmarks.
    @Test(arguments: [
        ("s = 0; for i = 1:1e3, s = s + i*2; end; disp(s); disp(i)", "1001000\n1000\n"),
        ("x = zeros(1, 4); for i = 1:4, x(i) = i^2; end; disp(x)", "    1    4    9   16\n")
    ])
    func loopsGiveOctavesValues(code: String, expected: String) {
        let result = run(code)
        #expect(result.output == expected, "\(result.errors)")
    }

    /// Calls whose meaning changes inside the loop: what a compiled call site remembers must follow.
    @Test(arguments: [
        // The function's name becomes a variable halfway, then the variable is cleared.
        "s = 0; for i = 1:5, if i == 3, f = [10 20 30 40 50]; end, if i == 5, clear f, end, s = s + f(i); end",
        "s = 0; for i = 1:4, s = s + g(i, 2) + g(i, 1) + fact(i); end",
        // A formula of the function's name.
        "s = 0; for i = 1:3, if i == 2, f := a + 1; end, s = s + f(i); end",
        // A struct array's field stands for several arguments.
        "q = struct('v', {1, 2}); for i = 1:2, r = g(q.v); end",
        // Too many arguments, an output never set, a function with no output used as a value.
        "for i = 1:2, r = f(i, i); end",
        "for i = 1:2, r = unset(-i); end",
        "for i = 1:2, r = h(i); end",
        // Recursion deeper than allowed, from a compiled loop.
        "function r = deep(n)\n  r = deep(n + 1);\nend\nfor i = 1:2, r = deep(i); end",
        // An error inside a function halfway through the loop leaves the loop's variables as they were.
        "s = 0; for i = 1:5, s = s + g(i, -5 + i); t = s; end",
        // Scalars turning into other things, and back.
        "s = 0; for i = 1:4, s = s + i; if i == 2, s = [s s]; end, end",
        "s = int32(1); for i = 1:3, s = s + i*2; end",
        "s = 0; for i = 1:3, s = s + 1/0 - i; end",
        "warning('on', 'Octave:divide-by-zero'); s = 0; for i = 1:3, s = s + 1/(i - 2); end",
        "s = true; for i = 1:3, s = s + i; end",
        "s = 'a'; for i = 1:3, s = s + i; end",
        "for i = 1:3, u = -i; v = u^2; w = u^3; if u < -1 && v > 1 || w == 0, z = 1; end, end",
        "st.n = 0; for i = 1:4, st.n = st.n + i; st.m(i) = i^2; end, disp(st)",
        // Assigning a name that holds a formula forgets the formula, whether it is read first or not.
        "z := a * 2; for i = 1:2, z = i; end, a = 7; z",
        "z := a * 2; for i = 1:2, w = z + i; z = i; end, a = 7; z",
        "function r = withformula(u)\n  r := u * 2;\n  r = u;\nend\nfor i = 1:2, s = withformula(i); end, disp(s)",
        // Stores into a struct or an array another variable shares: copies, as in Octave.
        "st.a = 1; u = st; for i = 1:3, st.a = i; st.b.c = -i; end, disp(u), disp(st)",
        "x = zeros(1, 3); y = x; for i = 1:3, x(i) = i; end, disp(y), disp(x)",
        "A = zeros(2); B = A; for i = 1:2, A(i, 3 - i) = i; end, disp(B), disp(A)",
        // Stores that change the class, go out of range, or fail halfway.
        "x = true(1, 3); for i = 1:3, x(i) = i / 2; end, disp(class(x))",
        "x = 'abc'; for i = 1:3, x(i) = 65 + i; end",
        "x = zeros(1, 2); for i = 1:4, x(i) = i; end, x(2, 2) = 1",
        "x = zeros(1, 3); for i = [0.5 1 2], x(i * 2) = i; end",
        "x = zeros(1, 3); for i = 1:4, x(i - 1) = i; end",
        "x = zeros(2); for i = 1:3, x(i, 1) = i; end",
        "q = struct('a', {1, 2}); for i = 1:2, q.a = i; end",
        "q = 5; for i = 1:2, q.a = i; end",
        // Functions with `~`, nargin, a loop of their own, calling one another.
        "function r = twice(~, v)\n  r = 2 * v + nargin;\nend\nfor i = 1:3, s = twice(i, i) + twice(i); end",
        "function t = total(n)\n  t = 0;\n  for j = 1:n, t = t + f(j); end\nend\nfor i = 1:4, s = total(i); end, disp(s)",
        "function y = outer(u)\n  y = g(u, u) + fact(u);\nend\nfor i = 1:4, s = outer(i); end, disp(s)"
    ])
    func callsAndScalarsBehaveTheSame(code: String) {
        Self.expectSame(code)
    }

    /// Functions run as scalar code (ScalarFunction.swift), and what makes them give up halfway.
    @Test(arguments: [
        "function y = q(u, v)\n  y = u;\n  if u > v\n    y = y - v;\n    return\n  elseif u == v\n    y = 0;\n  end\n  y *= 2;\nend\ns = 0; for i = 1:6, s = s + q(i, 3) + q(3, i); end, disp(s)",
        // A scalar function calling another, itself (recursion gives up: its spare run is in use), and with `end`.
        "function y = q(u)\n  y = f(u) * 2 + f(u + 1);\nend\ns = 0; for i = 1:5, s = s + q(i); end, disp(s)",
        "s = 0; for i = 1:6, s = s + fact(i); end, disp(s)",
        "x = 1:6; for i = 1:3, x(f(end) - i) = f(i); end, disp(x)",
        // Giving up: a non-finite value owes a warning, an unset output, too many inputs, a name that becomes a variable.
        "warning('on', 'Octave:divide-by-zero'); function y = q(u)\n  y = 1 / u;\nend\ns = 0; for i = 2:-1:0, s = s + q(i); end, disp(s)",
        "function y = q(u)\n  if u > 2\n    y = u;\n  end\nend\ns = 0; for i = 5:-1:1, s = s + q(i); end",
        "s = 0; for i = 1:4, s = s + f(i, 2); end",
        "s = 0; for i = 1:4, s = s + f(i); if i == 2, f = 7; end, end",
        "function y = q(u)\n  y = u + nargin;\nend\ns = 0; for i = 1:3, s = s + q(i); end, disp(s)",
        "function y = q(u)\n  y = u * pi;\nend\ns = 0; for i = 1:3, s = s + q(i); end, disp(s)",
        "function y = q(u)\n  y = u;\n  y(2) = 1;\nend\ns = 0; for i = 1:3, s = s + q(i); end, disp(s)",
        "function y = deeper(n)\n  if n > 0\n    y = deeper(n - 1) + 1;\n  else\n    y = 0;\n  end\nend\nfor i = 1:2, r = deeper(300); end"
    ])
    func scalarFunctionsBehaveTheSame(code: String) {
        Self.expectSame(code)
    }

    /// Stores at and past the end, into cells and into a struct's array field.
    @Test(arguments: [
        "x = []; for i = 1:4, x(end+1) = i; end, disp(size(x))",
        "x = zeros(0, 1); for i = 1:3, x(end+1) = i; end, disp(size(x))",
        "x = zeros(0, 3); for i = 1:3, x(end+1) = i; end, disp(size(x))",
        "x = zeros(3, 0); for i = 1:3, x(end+1) = i; end, disp(size(x))",
        "x = zeros(2); for i = 1:3, x(end+1) = i; end",
        "x = 1:3; for i = 1:3, x(end+2) = i; end, x",
        "x = (1:3)'; for i = 1:3, x(end+i) = i; end, x",
        "x = 5; for i = 1:3, x(end+1) = i; end, x",
        "x = eye(1); for i = 1:2, x(end+1) = i; end, x",
        "x = true; for i = 1:2, x(end+1) = i; end, class(x)",
        "x = zeros(2, 3); for i = 1:3, x(end, i) = i; x(i, end) = -i; end, x",
        "x = zeros(2, 3); for i = 1:3, x(end+1, i) = i; end, x",
        "W = zeros(2, 0); for i = 1:3, W(:, end+1) = [i; -i]; end, W",
        "W = zeros(2, 0); for i = 1:3, W(:, end+1) = [i; -i; 0]; end, W",
        "c = {}; for i = 1:3, c{end+1} = i; c{i, 2} = 'a'; end, c",
        "c = cell(1, 2); for i = 1:3, c{i} = c; end, size(c{3}{2})",
        "c = 5; for i = 1:2, c{i} = i; end",
        "c = {1, 2}; for i = 1:2, c{1:2} = i; end",
        "c = {}; for i = 1:2, c{end+1} = []; end, c",
        "st.m = zeros(1, 2); for i = 1:3, st.m(i) = i; st.m(end+1) = -i; end, st",
        "st.m = zeros(2); for i = 1:3, st.m(i, i) = i; end, st",
        "st.m = 'ab'; for i = 1:2, st.m(i) = 65; end, st",
        "st.m = {1}; for i = 1:2, st.m(i) = {i}; end, st",
        "st.m = [1 2]; for i = 1:2, st.m(3, 3, 3) = i; end, st",
        "st.m = [1 2]; for i = 1:2, st.m(1:2) = [1 2 3]; end",
        "st = struct('m', {1, 2}); for i = 1:2, st.m(i) = i; end",
        "st.m = [1 2]; for i = 1:2, st.m(numel(st.m) + 1) = i; end, st",
        "st.m = [1 2]; for i = 1:2, st.m(i) = []; end, st",
        "st.n = 1; for i = 1:2, st.m(i) = i; end, st"
    ])
    func storesBehaveTheSame(code: String) {
        Self.expectSame(code)
    }

    /// A function defined again at a later input is the one later loops call.
    @Test func aRedefinedFunctionIsCalledAnew() {
        let sink = RecordingSink()
        let session = Session(output: sink)
        _ = session.run("function y = p(x)\n  y = x + 1;\nend\ns = 0; for i = 1:3, s = s + p(i); end, disp(s)", name: "<1>")
        _ = session.run("function y = p(x)\n  y = 10 * x;\nend\ns = 0; for i = 1:3, s = s + p(i); end, disp(s)", name: "<2>")
        #expect(sink.output == "9\n60\n", "\(sink.errors)")
    }
}
