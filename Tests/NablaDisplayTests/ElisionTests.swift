import NablaNumerics
import Testing

@testable import NablaDisplay

@Suite("Elided display for the REPL")
struct ElisionTests {
    let options = DisplayOptions(elide: (rows: 6, cols: 6))

    @Test func smallMatricesAreShownInFull() throws {
        let m = Matrix(rowMajor: [[1, 2], [3, 4]])
        #expect(
            try OctaveDisplay.display(name: "A", m, class: .double, options: options)
                == OctaveDisplay.display(name: "A", m, class: .double, options: DisplayOptions()))
    }

    @Test func largeMatrixShowsShapeCornersAndMarkers() throws {
        let n = 1000
        var m = Matrix(rows: n, cols: n)
        for j in 0..<n { for i in 0..<n { m[i, j] = Double(i * n + j) } }
        let text = try OctaveDisplay.display(name: "A", m, class: .double, options: options)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "A = 1000×1000 matrix (elided)")
        // 6 visible rows plus one ⋮ row between the blank lines.
        #expect(lines.count == 2 + 7 + 2)
        #expect(lines[2].hasPrefix("  ") && lines[2].contains("…"))
        #expect(lines[5].contains("⋮") && lines[5].contains("⋱"))
        // First row starts with element (1,1)=0 and ends with (1,1000)=999.
        #expect(lines[2].hasSuffix("999"))
        #expect(lines[8].hasSuffix("999999"))
        #expect(text.hasSuffix("\n\n"))
    }

    @Test func elidedLinesFitTheTerminal() throws {
        var m = Matrix(rows: 1000, cols: 1000, repeating: 0.5)
        m[0, 0] = -123.25
        for width in [40, 80, 132] {
            var narrow = options
            narrow.terminalWidth = width
            let text = try OctaveDisplay.display(name: "A", m, class: .double, options: narrow)
            for line in text.split(separator: "\n") {
                #expect(line.count <= width, "a line of \(line.count) characters at width \(width)")
            }
        }
    }

    @Test func aWideMatrixThatFitsInTwoChunksIsNotElided() throws {
        let m = Matrix(row: (1...20).map(Double.init))
        #expect(
            try OctaveDisplay.display(name: "x", m, class: .double, options: options)
                == OctaveDisplay.display(name: "x", m, class: .double, options: DisplayOptions()))
    }

    @Test func tallColumnElidesOnlyRows() throws {
        let m = Matrix(column: (1...100).map(Double.init))
        let text = try OctaveDisplay.disp(m, class: .double, options: options)
        #expect(text.hasPrefix("100×1 matrix (elided)\n\n"))
        #expect(!text.contains("…"))
        #expect(text.contains("⋮"))
        #expect(text.contains("  100\n"))
    }

    @Test func logicalMatricesElideToo() throws {
        let m = Matrix(rows: 1, cols: 100, repeating: 1)
        let text = try OctaveDisplay.display(name: "t", m, class: .logical, options: options)
        // 24 columns of three characters fit in 80; twelve from each end around the gap.
        let half = String(repeating: "  1", count: 12)
        #expect(text == "t = 1×100 matrix (elided)\n\n" + half + "  …" + half + "\n\n")
    }
}
