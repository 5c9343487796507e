import Testing
import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// Walks the name table (`NameTable`), the one place a language name is given a meaning,
/// and checks every argument form of every entry end to end: an operation that lacks any
/// of its parts — builtin, kernel, shape rule, derivative, notation, `code()` form, help,
/// completion — fails here. A new entry is covered by this test without writing a case.
@Suite struct NameTableTests {
    /// The placeholders the table's forms are written on: `x`, `y` (3×2), `A` (3×3,
    /// well-conditioned), `v` (3×1), all with entries in (0.1, 0.9) off the diagonal so every
    /// function's domain holds; `ids` row indices; `Y` one-hot columns.
    static func placeholders(seed: UInt64) -> [(String, Matrix)] {
        var r = SeededRandom(seed: seed)
        func inside(_ s: Shape) -> Matrix {
            var m = Matrix(shape: s)
            for k in 0..<m.count { m.elements[k] = 0.1 + 0.8 * r.unit() }
            return m
        }
        var a = inside(Shape(3, 3))
        for i in 0..<3 { a[i, i] += 2 }
        var one = Matrix(shape: Shape(3, 2))
        one[0, 0] = 1
        one[2, 1] = 1
        return [
            ("x", inside(Shape(3, 2))), ("y", inside(Shape(3, 2))), ("A", a), ("v", inside(Shape(3, 1))),
            ("ids", Matrix(rows: 1, cols: 3, elements: [2, 1, 2])), ("Y", one)
        ]
    }

    /// Placeholders a derivative is taken with respect to (`ids` and `Y` are data).
    static let differentiable: Set<String> = ["x", "y", "A", "v"]

    static func setup(_ values: [(String, Matrix)]) -> String {
        values.map { "\($0.0) = \(MathsPropertyTests.literal($0.1));" }.joined(separator: " ")
    }

    /// The identifiers a form mentions, in order.
    static func names(in form: String) -> [String] {
        var out: [String] = []
        var word = ""
        for ch in form + " " {
            if ch.isLetter || ch.isNumber || ch == "_" { word.append(ch); continue }
            if !word.isEmpty, ch != "(", !out.contains(word), word.first?.isLetter == true { out.append(word) }
            word = ""
        }
        return out
    }

    /// How many arguments a form passes (commas outside brackets, plus one).
    static func argumentCount(_ form: String) -> Int {
        guard let open = form.firstIndex(of: "(") else { return 0 }
        var depth = 0, commas = 0
        for ch in form[open...] {
            switch ch {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 1: commas += 1
            default: break
            }
        }
        return commas + 1
    }

    @Test func everyNameHasOneEntryAndCodeWritesOnlyTableNames() {
        let names = NameTable.entries.map(\.name)
        #expect(Set(names).count == names.count, "a name has two entries: \(names.sorted())")
        for e in NameTable.entries {
            #expect(!e.forms.isEmpty, "\(e.name) has no argument forms")
            let counts = Set(e.forms.map(Self.argumentCount))
            for n in e.arity {
                #expect(counts.contains(n), "\(e.name) accepts \(n) arguments but no form shows it: \(e.forms)")
            }
            for f in e.forms { #expect(f.hasPrefix(e.name + "("), "\(e.name)'s form \(f) calls another name") }
        }
    }

    @Test(arguments: NameTable.entries.map(\.name))
    func entryWorksEndToEnd(name: String) throws {
        let entry = try #require(NameTable.entry(name))
        // Help and completion.
        let builtin = try #require(Builtins.lookup(name), "\(name) is in the name table but has no builtin (help, completion, numeric call)")
        #expect(!builtin.summary.isEmpty && !builtin.example.isEmpty && builtin.signature.contains(name), "\(name)'s help is incomplete")
        let helpProbe = MathsProbe()
        let helpErrors = helpProbe.run("help \(name)")
        #expect(helpErrors.isEmpty, "help \(name): \(helpErrors)")
        let completion = Completion.complete(String(name.dropLast()), names: Completion.names(in: helpProbe.session.interpreter))
        #expect(completion.candidates.contains(name), "completing \(name.dropLast()) does not offer \(name)")

        for (k, form) in entry.forms.enumerated() {
            let values = Self.placeholders(seed: UInt64(name.utf8.count * 131 + k))
            let setup = Self.setup(values)
            let probe = MathsProbe(setup)
            // Callable as a value.
            guard case .success(let value) = probe.value(form) else {
                Issue.record("\(form) has no value: \(probe.sink.errors.suffix(400))")
                continue
            }
            var w = SeededRandom(seed: UInt64(k + 7))
            let weighted = setup + " nabla_w = \(MathsPropertyTests.literal(w.matrix(value.shape)));"
            // Callable as a formula, with the same value.
            let same = MathsOracle.check(MathsCase(kind: .value, setup: weighted, formula: form, shape: value.shape, variable: ""))
            #expect(same == .pass, "\(form): v := and v = disagree: \(same)")
            // The shape rule gives the kernel's shape, and every notation writes it.
            let expr = try Parser.parseExpression(SourceFile(name: "<table>", text: form))
            let lowered = try probe.session.interpreter.lower(expr)
            #expect(lowered.node.shape == value.shape, "\(form): the shape rule says \(lowered.node.shape), the kernel gives \(value.shape)")
            for notation in Notation.allCases {
                let text = MathPrinter.print(lowered.node, notation: notation)
                #expect(!text.isEmpty, "\(form) prints nothing in \(notation)")
            }
            if case .constant = lowered.node.kind {
                // A number fixed by sizes alone (numel): nothing to differentiate.
                #expect(Self.names(in: form).allSatisfy { lowered.node.variables[$0] == nil })
                continue
            }
            // A derivative with respect to every operand, against central differences, and
            // code() of the formula and of its gradient pasting back.
            let operands = Self.names(in: form).filter(Self.differentiable.contains)
            #expect(!operands.isEmpty, "\(form) has no operand to differentiate")
            for variable in operands {
                for kind in [MathsCase.Kind.gradient, .pasteBack] {
                    let c = MathsCase(kind: kind, setup: weighted, formula: form, shape: value.shape, variable: variable)
                    let verdict = MathsOracle.check(c)
                    switch verdict {
                    case .pass, .skipped("not smooth at the sample"): break
                    default: Issue.record("\(kind.rawValue) of \(form) by \(variable): \(verdict)")
                    }
                }
            }
        }
    }
}
