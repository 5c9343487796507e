import NablaSyntax

/// Draws a `Figure` with Unicode characters, so it works over ssh and on a projector.
///
/// Lines are drawn in braille (each character cell holds 2×4 dots); scatter points are
/// letters, one per class (`o x + * # @`); a classifier's regions shade the background
/// (` `, `·`, `░`, `:`). With colour (on a terminal) each series has its own colour;
/// without it, the second and later line series are drawn with their own marker so
/// they stay apart on paper.
struct TerminalPlot {
    var width = 60
    var height = 16
    /// The sink shows figure styles in colour, so series are told apart by colour, not markers.
    var colour = false
    /// Styles a series' or region's characters: the sink's choice of how (`TextStyle.series`).
    var style: Styler = TextStyle.plain

    static let markers: [Character] = ["o", "x", "+", "*", "#", "@", "%", "&"]
    static let lineMarkers: [Character] = ["⠿", "+", "x", "o", "*", "#"]
    static let shades: [Character] = [" ", "·", "░", ":", "▒", "-", "=", "~"]

    private struct Cell {
        var dots: UInt8 = 0
        var owner = -1
        var marker: Character?
        var shade: Int?
    }

    func render(_ f: Figure) -> String {
        var cells = [[Cell]](repeating: [Cell](repeating: Cell(), count: width), count: height)
        let xr = f.xRange, yr = f.yRange
        let dotsX = width * 2, dotsY = height * 4
        func dot(_ x: Double, _ y: Double) -> (Int, Int)? {
            guard x.isFinite, y.isFinite else { return nil }
            let u = (x - xr.lowerBound) / (xr.upperBound - xr.lowerBound) * Double(dotsX - 1)
            let v = (yr.upperBound - y) / (yr.upperBound - yr.lowerBound) * Double(dotsY - 1)
            guard u > -0.5, v > -0.5, u < Double(dotsX) - 0.5, v < Double(dotsY) - 0.5 else { return nil }
            return (Int(u.rounded()), Int(v.rounded()))
        }
        if let r = f.regions {
            for i in 0..<height {
                for j in 0..<width {
                    let gi = min(r.rows - 1, i * r.rows / height), gj = min(r.columns - 1, j * r.columns / width)
                    cells[i][j].shade = r.classes[gi * r.columns + gj]
                }
            }
        }
        let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        func set(_ p: (Int, Int), _ k: Int) {
            let (u, v) = p
            guard u >= 0, v >= 0, u < dotsX, v < dotsY else { return }
            cells[v / 4][u / 2].dots |= bits[v % 4][u % 2]
            cells[v / 4][u / 2].owner = k
        }
        for (k, s) in f.series.enumerated() {
            switch s.style {
            case .points:
                for (x, y) in zip(s.x, s.y) {
                    guard let (u, v) = dot(x, y) else { continue }
                    cells[v / 4][u / 2].marker = TerminalPlot.markers[k % TerminalPlot.markers.count]
                    cells[v / 4][u / 2].owner = k
                }
            case .line:
                var previous: (Int, Int)?
                for (x, y) in zip(s.x, s.y) {
                    guard let p = dot(x, y) else { previous = nil; continue }
                    if let q = previous { line(q, p) { set($0, k) } } else { set(p, k) }
                    previous = p
                }
            }
        }
        // Frame and labels: each tick value beside (or under) the row (column) nearest to it.
        // Nil for a position that is not a number (a range too wide for Double to measure).
        func cell(_ fraction: Double, _ count: Int) -> Int? {
            let v = (fraction * Double(count - 1)).rounded()
            return v.isFinite ? min(max(Int(v), 0), count - 1) : nil
        }
        func row(_ y: Double) -> Int? { cell((yr.upperBound - y) / (yr.upperBound - yr.lowerBound), height) }
        func column(_ x: Double) -> Int? { cell((x - xr.lowerBound) / (xr.upperBound - xr.lowerBound), width) }
        var rowLabels: [Int: String] = [:]
        for t in f.yTicks { if let r = row(t) { rowLabels[r] = NumberFormat.short(t, digits: 4) } }
        let labelWidth = max(rowLabels.values.map(\.count).max() ?? 0, 1)
        func pad(_ s: String) -> String { String(repeating: " ", count: labelWidth - s.count) + s }
        let indent = String(repeating: " ", count: labelWidth + 2)
        var out = f.title.isEmpty ? "" : String(repeating: " ", count: max(0, labelWidth + 2 + (width - f.title.count) / 2)) + f.title + "\n"
        if !f.yLabel.isEmpty { out += pad("") + " " + f.yLabel + "\n" }
        for i in 0..<height {
            out += pad(rowLabels[i] ?? "") + (rowLabels[i] == nil ? " │" : " ┤")
            for j in 0..<width { out += draw(cells[i][j], lineSeries: f.series) }
            out += "\n"
        }
        var frame = [Character](repeating: "─", count: width)
        var axis = [Character](repeating: " ", count: labelWidth + 2 + width)
        var free = 0  // the first column of the axis line a label may still use
        for t in f.xTicks {
            guard let c = column(t) else { continue }
            frame[c] = "┬"
            let label = NumberFormat.short(t, digits: 4)
            let start = max(0, min(axis.count - label.count, labelWidth + 2 + c - label.count / 2))
            // A label that would touch the previous one is left out; its tick mark stays.
            guard start >= free else { continue }
            for (k, ch) in label.enumerated() { axis[start + k] = ch }
            free = start + label.count + 1
        }
        out += pad("") + " └" + String(frame) + "\n"
        while axis.last == " " { axis.removeLast() }
        out += String(axis) + "\n"
        if !f.xLabel.isEmpty {
            out += String(repeating: " ", count: max(0, labelWidth + 2 + (width - f.xLabel.count) / 2)) + f.xLabel + "\n"
        }
        let legend = legendText(f)
        if !legend.isEmpty { out += indent + legend + "\n" }
        return out
    }

    private func draw(_ c: Cell, lineSeries: [Figure.Series]) -> String {
        var ch: Character = " "
        var k = c.owner
        if let m = c.marker {
            ch = m
        } else if c.dots != 0 {
            if colour || c.owner <= 0 {
                ch = Character(Unicode.Scalar(0x2800 + UInt32(c.dots)) ?? " ")
            } else {
                ch = TerminalPlot.lineMarkers[c.owner % TerminalPlot.lineMarkers.count]
            }
        } else if let s = c.shade {
            ch = TerminalPlot.shades[s % TerminalPlot.shades.count]
            k = -1
            if colour { return style(String(ch), .region(s)) }
        }
        guard colour, k >= 0 else { return String(ch) }
        return style(String(ch), .series(k))
    }

    private func legendText(_ f: Figure) -> String {
        var parts: [String] = []
        for (k, s) in f.legendEntries {
            let symbol: String
            switch s.style {
            case .points: symbol = String(TerminalPlot.markers[k % TerminalPlot.markers.count])
            case .line: symbol = colour || k == 0 ? "⠤⠤" : String(TerminalPlot.lineMarkers[k % TerminalPlot.lineMarkers.count])
            }
            let shown = colour ? style(symbol, .series(k)) : symbol
            parts.append(shown + " " + s.name)
        }
        return parts.joined(separator: "   ")
    }

    /// The dots of a straight segment (Bresenham's algorithm).
    private func line(_ a: (Int, Int), _ b: (Int, Int), _ plot: ((Int, Int)) -> Void) {
        var (x0, y0) = a
        let (x1, y1) = b
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            plot((x0, y0))
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }
}
