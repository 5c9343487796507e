import Testing
@testable import NablaSyntax
import NablaTestSupport

/// Parses `text` and prints the first statement's expression back as Octave code, which
/// makes the tree's shape (grouping, element separation) visible in one string.
private func roundTrip(_ text: String) throws -> String {
    let program = try Parser.parse(SourceFile(name: "t", text: text))
    guard let first = program.statements.first else { return "" }
    switch first.kind {
    case .expression(let e, _): return OctaveCode.print(e)
    case .assignment(_, _, let e, _): return OctaveCode.print(e)
    default: return "<statement>"
    }
}

private func firstError(_ text: String) -> Diagnostic? {
    do {
        _ = try Parser.parse(SourceFile(name: "t", text: text))
        return nil
    } catch {
        return error
    }
}

@Suite("Octave's whitespace rules inside brackets")
struct MatrixWhitespaceTests {
    @Test(arguments: [
        ("[1 -2]", "[1, -2]"),
        ("[1 - 2]", "[1 - 2]"),
        ("[1 -2 +3]", "[1, -2, +3]"),
        ("[a' b']", "[a', b']"),
        ("[a (1)]", "[a, 1]"),
        ("[a(1) 2]", "[a (1), 2]"),
        ("[1, 2; 3, 4]", "[1, 2; 3, 4]"),
        ("[1 2\n3 4]", "[1, 2; 3, 4]"),
        ("[x' 'abc']", "[x', 'abc']"),
        ("[f(1, -2) 3]", "[f (1, -2), 3]"),
        ("[1 2 ]", "[1, 2]"),
        ("[ ]", "[]"),
        ("{1, 'a'; 2, 'b'}", "{1, 'a'; 2, 'b'}"),
        ("[1 ~0]", "[1, !0]"),
        ("[a ~= b]", "[a != b]"),
        ("[.5 1]", "[0.5, 1]")
    ])
    func elements(_ input: String, _ expected: String) throws {
        #expect(try roundTrip(input) == expected)
    }
}

@Suite("Precedence and associativity follow Octave")
struct PrecedenceTests {
    @Test(arguments: [
        ("2^3^2", "2 ^ 3 ^ 2"),  // left-associative: (2^3)^2
        ("2^(3^2)", "2 ^ (3 ^ 2)"),
        ("-2^2", "-2 ^ 2"),  // -(2^2)
        ("(-2)^2", "(-2) ^ 2"),
        ("2^-1", "2 ^ -1"),
        ("a + b * c", "a + b * c"),
        ("(a + b) * c", "(a + b) * c"),
        ("a - (b - c)", "a - (b - c)"),
        ("1:3+1", "1:3 + 1"),
        ("a < b == c", "a < b == c"),
        ("!x == 1", "!x == 1"),
        ("a & b | c", "a & b | c"),
        ("a | b & c", "a | b & c"),
        ("a || b && c", "a || b && c"),
        ("-x'", "-x'"),
        ("A.*B'", "A .* B'"),
        ("x(end-1:end)", "x (end - 1:end)"),
        ("@(x) x.^2 + 1", "@(x) x .^ 2 + 1")
    ])
    func printsBack(_ input: String, _ expected: String) throws {
        #expect(try roundTrip(input) == expected)
    }

    @Test func powerBindsTighterThanUnaryMinus() throws {
        let e = try Parser.parseExpression(SourceFile(name: "t", text: "-2^2"))
        guard case .unary(.negate, let inner) = e.kind, case .binary(.matrixPower, _, _) = inner.kind else {
            Issue.record("expected -(2^2), got \(OctaveCode.print(e))")
            return
        }
    }

    @Test func powerIsLeftAssociative() throws {
        let e = try Parser.parseExpression(SourceFile(name: "t", text: "2^3^2"))
        guard case .binary(.matrixPower, let lhs, _) = e.kind, case .binary(.matrixPower, _, _) = lhs.kind else {
            Issue.record("expected (2^3)^2")
            return
        }
    }
}

@Suite("Statements")
struct StatementTests {
    @Test func semicolonSuppressesDisplay() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "a = 1; b = 2, c = 3"))
        let displays: [Bool] = p.statements.map {
            if case .assignment(_, _, _, let d) = $0.kind { return d }
            return false
        }
        #expect(displays == [false, true, true])
    }

    @Test func multipleAssignmentWithPlaceholder() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "[~, i] = max(x)"))
        guard case .assignment(let targets, _, _, _) = p.statements[0].kind else {
            Issue.record("not an assignment"); return
        }
        #expect(targets.map(\.name) == ["~", "i"])
    }

    @Test func matrixExpressionIsNotMistakenForTargets() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "[a, b]"))
        guard case .expression = p.statements[0].kind else { Issue.record("expected an expression"); return }
    }

    /// A double-quoted string means what Octave's escapes say; an unknown escape stands for
    /// its character (Octave warns); a single-quoted string is taken as written.
    @Test(arguments: [
        (#""\101\x41\q\t""#, "AAq\t"), (#""say ""hi"" \"x\"\\""#, #"say "hi" "x"\"#),
        (#"'\n\x41'"#, #"\n\x41"#), (#""a\"# + "\n" + #"b""#, "ab")
    ])
    func stringEscapes(source: String, value: String) throws {
        let p = try Parser.parse(SourceFile(name: "t", text: source))
        guard case .expression(let e, _) = p.statements[0].kind, case .string(let s, _) = e.kind else {
            Issue.record("expected a string"); return
        }
        #expect(s == value)
    }

    @Test func commandSyntax() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "format long\nclear x y"))
        guard case .command("format", let w, _) = p.statements[0].kind, case .command("clear", let w2, _) = p.statements[1].kind else {
            Issue.record("expected commands"); return
        }
        #expect(w == ["long"])
        #expect(w2 == ["x", "y"])
    }

    @Test func commandWordUsedAsVariableIsNotCommandSyntax() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "format = 3"))
        guard case .assignment = p.statements[0].kind else { Issue.record("expected an assignment"); return }
    }

    @Test func functionsAreCollectedSeparately() throws {
        let text = "1;\nfunction y = sq(x)\n  y = x^2;\nend\nsq(3)\n"
        let p = try Parser.parse(SourceFile(name: "t", text: text))
        #expect(p.functions.map(\.name) == ["sq"])
        #expect(p.statements.count == 2)
    }

    @Test func formulaBinding() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "z := W*x + b"))
        guard case .formula("z", let e, true) = p.statements[0].kind else { Issue.record("expected a formula"); return }
        #expect(OctaveCode.print(e) == "W * x + b")
    }

    @Test func blockComments() throws {
        let p = try Parser.parse(SourceFile(name: "t", text: "a = 1;\n%{\nnot code (\n%}\nb = 2;"))
        #expect(p.statements.count == 2)
    }

    @Test func transposeVersusString() throws {
        #expect(try roundTrip("x'") == "x'")
        #expect(try roundTrip("x = 'it''s'") == "'it''s'")
        #expect(try roundTrip("a'*b'") == "a' * b'")
    }

    @Test func continuationLines() throws {
        #expect(try roundTrip("x = 1 + ...\n 2") == "1 + 2")
    }
}

@Suite("Errors are located and worded for people")
struct ParserErrorTests {
    @Test func unterminatedStringPointsAtTheQuote() throws {
        let d = try #require(firstError("x = 'abc"))
        #expect(d.message == "unterminated string")
        #expect(d.range?.start.line == 1)
        #expect(d.range?.start.column == 5)
    }

    @Test func unclosedBracketNamesIt() throws {
        let d = try #require(firstError("x = [1 2"))
        #expect(d.message.contains("never closed"))
        #expect(d.range?.start.column == 5)
        #expect(d.isIncompleteInput)
    }

    @Test func mismatchedBracket() throws {
        let d = try #require(firstError("x = (1 + 2]"))
        #expect(d.message.contains("does not match"))
        #expect(d.range?.start.column == 11)
    }

    @Test func missingOperand() throws {
        let d = try #require(firstError("x = 1 +"))
        #expect(d.message.contains("expected an expression"))
        #expect(!d.isIncompleteInput)
    }

    @Test func strayEnd() throws {
        let d = try #require(firstError("end"))
        #expect(d.message.contains("'end'"))
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let text = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let d = try #require(onLargeStack { firstError(text) })
        #expect(d.message.contains("nested too deeply"))
    }

    @Test func complexNumbersAreExplained() throws {
        let d = try #require(firstError("z = 3i"))
        #expect(d.message.contains("complex"))
    }

    @Test func controlCharacter() throws {
        let d = try #require(firstError("x = 1\u{07}"))
        #expect(d.message.contains("U+7"))
    }

    @Test func rendererDrawsCaretUnderTheColumn() throws {
        let source = SourceFile(name: "s.m", text: "a = 1;\nb = [1 2\n")
        let d = try #require(firstError(source.text))
        let text = DiagnosticRenderer().render(d, in: source)
        #expect(
            text == """
                s.m:2:5: error: '[' is never closed
                 2 | b = [1 2
                   |     ^
                hint: add the matching ']'

                """)
    }

    @Test func caretAccountsForWideCharacters() throws {
        let source = SourceFile(name: "s.m", text: "中文 = )")
        let d = try #require(firstError(source.text))
        let text = DiagnosticRenderer().render(d, in: source)
        // 中文 occupies four terminal cells, so the caret sits under ')' at cell 8.
        #expect(text.contains("\n   |        ^"))
    }
}

@Suite("Incomplete input for the REPL")
struct IncompleteInputTests {
    @Test(arguments: ["for i = 1:3", "if x", "x = [1 2", "f(1,", "x = 1 + ...", "function y = f(x)\n y = x;", "while true\n x = 1;", "s = 'abc"])
    func needsMore(_ text: String) {
        #expect(Parser.needsMoreInput(text))
    }

    @Test(arguments: ["x = 1", "for i = 1:3, end", "x = 1 +", "end", "x = )"])
    func complete(_ text: String) {
        #expect(!Parser.needsMoreInput(text))
    }
}
