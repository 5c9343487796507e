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
    var colour = false

    static let markers: [Character] = ["o", "x", "+", "*", "#", "@", "%", "&"]
    static let lineMarkers: [Character] = ["⠿", "+", "x", "o", "*", "#"]
    static let shades: [Character] = [" ", "·", "░", ":", "▒", "-", "=", "~"]
    static let ansi = ["34", "31", "32", "33", "35", "36", "37"]

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
        // Frame and labels.
        let top = NumberFormat.short(yr.upperBound, digits: 4), bottom = NumberFormat.short(yr.lowerBound, digits: 4)
        let middle = NumberFormat.short((yr.lowerBound + yr.upperBound) / 2, digits: 4)
        let labelWidth = max(top.count, bottom.count, middle.count)
        func pad(_ s: String) -> String { String(repeating: " ", count: labelWidth - s.count) + s }
        var out = f.title.isEmpty ? "" : String(repeating: " ", count: max(0, labelWidth + 2 + (width - f.title.count) / 2)) + f.title + "\n"
        for i in 0..<height {
            let label = i == 0 ? pad(top) : i == height - 1 ? pad(bottom) : i == height / 2 ? pad(middle) : String(repeating: " ", count: labelWidth)
            out += label + " │"
            for j in 0..<width { out += draw(cells[i][j], lineSeries: f.series) }
            out += "\n"
        }
        out += String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: width) + "\n"
        let left = NumberFormat.short(xr.lowerBound, digits: 4), right = NumberFormat.short(xr.upperBound, digits: 4)
        let mid = NumberFormat.short((xr.lowerBound + xr.upperBound) / 2, digits: 4)
        var axis = [Character](repeating: " ", count: labelWidth + 2 + width)
        func place(_ s: String, at column: Int) {
            let start = max(0, min(axis.count - s.count, column))
            for (k, c) in s.enumerated() where start + k < axis.count { axis[start + k] = c }
        }
        place(left, at: labelWidth + 2)
        place(mid, at: labelWidth + 2 + width / 2 - mid.count / 2)
        place(right, at: labelWidth + 2 + width - right.count)
        out += String(axis) + "\n"
        let legend = legendText(f)
        if !legend.isEmpty { out += String(repeating: " ", count: labelWidth + 2) + legend + "\n" }
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
            if colour { return "\u{1B}[2;3\(TerminalPlot.ansi[s % TerminalPlot.ansi.count].last ?? "7")m\(ch)\u{1B}[0m" }
        }
        guard colour, k >= 0 else { return String(ch) }
        return "\u{1B}[\(TerminalPlot.ansi[k % TerminalPlot.ansi.count])m\(ch)\u{1B}[0m"
    }

    private func legendText(_ f: Figure) -> String {
        guard f.series.count > 1 || !(f.series.first?.name.isEmpty ?? true) else { return "" }
        var parts: [String] = []
        for (k, s) in f.series.enumerated() {
            let symbol: String
            switch s.style {
            case .points: symbol = String(TerminalPlot.markers[k % TerminalPlot.markers.count])
            case .line: symbol = colour || k == 0 ? "⠤⠤" : String(TerminalPlot.lineMarkers[k % TerminalPlot.lineMarkers.count])
            }
            let shown = colour ? "\u{1B}[\(TerminalPlot.ansi[k % TerminalPlot.ansi.count])m\(symbol)\u{1B}[0m" : symbol
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
