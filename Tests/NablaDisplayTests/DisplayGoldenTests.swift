import NablaNumerics
import Testing

@testable import NablaDisplay

/// One value and the exact text Octave 7.3 printed for it.
///
/// The table in `DisplayGoldenCases.swift` was produced by running every value
/// through `octave-cli` (`name = value` for `.display`, `disp(value)` for
/// `.disp`, after `format short` or `format long`) and recording stdout
/// verbatim. CI has no Octave, so the recorded text is the oracle.
struct DisplayCase: CustomStringConvertible, Sendable {
    enum Kind: Sendable { case display, disp }
    let kind: Kind
    let name: String
    let matrix: Matrix
    let cls: ElementClass
    let format: NumberFormat
    let expected: String

    init(
        _ kind: Kind, _ name: String, _ matrix: Matrix, class cls: ElementClass, format: NumberFormat,
        expected: String
    ) {
        self.kind = kind
        self.name = name
        self.matrix = matrix
        self.cls = cls
        self.format = format
        self.expected = expected
    }

    var description: String {
        let what = kind == .display ? "\(name) = " : "disp "
        return "\(what)\(cls) \(matrix.rows)x\(matrix.cols) \(matrix.elements.prefix(6)) format \(format)"
    }

    func render() throws -> String {
        let options = DisplayOptions(format: format)
        switch kind {
        case .display: return try OctaveDisplay.display(name: name, matrix, class: cls, options: options)
        case .disp: return try OctaveDisplay.disp(matrix, class: cls, options: options)
        }
    }
}

@Suite("Display matches Octave 7.3 byte for byte")
struct DisplayGoldenTests {
    @Test("golden case", arguments: displayGoldenCases)
    func golden(_ c: DisplayCase) throws {
        #expect(try c.render() == c.expected)
    }

    @Test func tableIsLargeAndCoversEveryKind() throws {
        #expect(displayGoldenCases.count >= 100)
        #expect(displayGoldenCases.contains { $0.kind == .disp })
        #expect(displayGoldenCases.contains { $0.cls == .logical })
        #expect(displayGoldenCases.contains { $0.cls == .char })
        #expect(displayGoldenCases.contains { $0.format == .long })
        #expect(displayGoldenCases.contains { $0.expected.contains(" Columns ") })
    }
}
