import Testing

@testable import NablaDisplay

/// A template, its arguments and the exact text Octave 7.3's `sprintf` returned.
struct PrintfCase: CustomStringConvertible, Sendable {
    let template: String
    let args: [PrintfArgument]
    let expected: String

    init(_ template: String, _ args: [PrintfArgument], expected: String) {
        self.template = template
        self.args = args
        self.expected = expected
    }

    var description: String { "sprintf('\(template)', \(args))" }
}

@Suite("Printf matches Octave 7.3 sprintf")
struct PrintfGoldenTests {
    @Test("golden case", arguments: printfGoldenCases)
    func golden(_ c: PrintfCase) throws {
        #expect(try Printf.format(c.template, c.args) == c.expected)
    }

    @Test("malformed template", arguments: printfInvalidTemplates)
    func invalid(_ template: String) {
        #expect(throws: PrintfError.self) { try Printf.format(template, [.number(1)]) }
    }

    @Test func errorUsesOctaveWordingAndExplains() {
        do {
            _ = try Printf.format("%q", [.number(1)])
            Issue.record("expected an error")
        } catch let error as PrintfError {
            #expect(error.description == "invalid format specified")
            #expect(error.explanation.contains("%q"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func escapesCanBeLeftAlone() throws {
        // Double-quoted Octave strings arrive with escapes already processed.
        #expect(try Printf.format("a\\n%d", [.number(1)], processEscapes: false) == "a\\n1")
        #expect(try Printf.format("a\\n%d", [.number(1)]) == "a\n1")
    }

    @Test func hugeWidthsAreClampedNotAllocated() throws {
        let s = try Printf.format("%*d", [.number(1e12), .number(1)])
        #expect(s.count == PrintfTemplate.maxAmount)
        let t = try Printf.format("%99999999999999999999d", [.number(1)])
        #expect(t.count == PrintfTemplate.maxAmount)
    }

    /// Octave 7.3 prints nothing for `sprintf('%s', 3.5)` (later versions print
    /// the number); Nabla follows the later behaviour, as the spec asks.
    @Test func percentSWithNonIntegerPrintsTheNumber() throws {
        #expect(try Printf.format("%s", [.number(3.5)]) == "3.5")
        #expect(try Printf.format("[%6s]", [.number(-0.25)]) == "[ -0.25]")
        #expect(try Printf.format("%s", [.number(65)]) == "A")
    }

    @Test func recyclesTemplateOverManyValues() throws {
        let args = (1...1000).map { PrintfArgument.number(Double($0)) }
        let s = try Printf.format("%d,", args)
        #expect(s.hasPrefix("1,2,3,"))
        #expect(s.hasSuffix("999,1000,"))
    }
}
