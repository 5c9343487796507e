import NablaNumerics
import Testing

@testable import NablaDisplay

/// Rules that must hold for any value, beyond the recorded Octave cases.
@Suite("Display laws")
struct DisplayPropertyTests {
    @Test func ansIsPrintedLikeAnyOtherName() throws {
        let m = Matrix(rowMajor: [[1.5, 2]])
        let a = try OctaveDisplay.display(name: "ans", m, class: .double, options: DisplayOptions())
        let x = try OctaveDisplay.display(name: "x", m, class: .double, options: DisplayOptions())
        #expect(a.dropFirst(3) == x.dropFirst(1))
    }

    @Test func everyRowOfAMatrixHasTheSameWidth() throws {
        let m = Matrix(rowMajor: [[1, -2.5, .nan], [1e-3, 1e6, -.infinity], [0, -0.0, 42]])
        for format in [NumberFormat.short, .long] {
            let body = try OctaveDisplay.disp(m, class: .double, options: DisplayOptions(format: format))
            let widths = Set(body.split(separator: "\n").map(\.count))
            #expect(widths.count == 1)
        }
    }

    @Test func narrowerTerminalSplitsIntoMoreChunks() throws {
        let m = Matrix(row: (1...9).map(Double.init))
        let text = try OctaveDisplay.disp(m, class: .double, options: DisplayOptions(terminalWidth: 20))
        // Column width is 4, so 5 columns fit in 20 characters.
        #expect(text.contains(" Columns 1 through 5:"))
        #expect(text.contains(" Columns 6 through 9:"))
    }

    @Test func singleAndPairChunkHeaders() throws {
        #expect(MatrixLayout.columnHeader(first: 4, limit: 5) == " Column 5:")
        #expect(MatrixLayout.columnHeader(first: 4, limit: 6) == " Columns 5 and 6:")
        let text = try OctaveDisplay.disp(
            Matrix(row: [1, 2, 3]), class: .double, options: DisplayOptions(terminalWidth: 1))
        #expect(text.contains(" Column 3:"))
    }

    @Test func invalidCharCodesDoNotTrap() throws {
        let m = Matrix(rowMajor: [[-1, 0xD800, 1.5, .nan, 65]])
        #expect(
            try OctaveDisplay.display(name: "s", m, class: .char, options: DisplayOptions())
                == "s = \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}A\n")
    }
}
