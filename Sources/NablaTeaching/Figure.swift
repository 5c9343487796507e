import Foundation

/// What a plot shows, independent of how it is drawn: the terminal canvas and the SVG
/// writer both render this, so `saveplot` saves exactly the figure on the screen.
struct Figure {
    enum Style { case line, points }

    struct Series {
        var name: String
        var x: [Double]
        var y: [Double]
        var style: Style
    }

    /// Class regions of a 2-D classifier, sampled on a grid over the plot's range.
    struct Regions {
        var columns: Int
        var rows: Int
        /// Class index (0-based) of each grid cell, row-major from the top-left corner.
        var classes: [Int]
    }

    var title: String = ""
    /// Axis labels (`'xlabel'`, `'ylabel'`); empty means none.
    var xLabel: String = ""
    var yLabel: String = ""
    var series: [Series] = []
    var regions: Regions?
    var xRange: ClosedRange<Double> = 0...1
    var yRange: ClosedRange<Double> = 0...1
    /// The tick steps `fitRanges` chose (nil: ticks at the ends only).
    var xStep: Double?
    var yStep: Double?

    /// How many intervals the axes aim for: enough to read values off, few enough that
    /// labels never crowd (the terminal canvas is 60 columns wide).
    static let xTickTarget = 6
    static let yTickTarget = 5

    /// Sets the ranges to cover every finite point, with a little room so nothing sits on
    /// the frame, then widens them to round tick values (`Ticks`).
    mutating func fitRanges(pad: Double = 0) {
        let xs = series.flatMap(\.x).filter(\.isFinite), ys = series.flatMap(\.y).filter(\.isFinite)
        let x = Ticks.axis(Figure.range(xs, pad: pad), target: Figure.xTickTarget)
        let y = Ticks.axis(Figure.range(ys, pad: pad), target: Figure.yTickTarget)
        (xRange, xStep, yRange, yStep) = (x.range, x.step, y.range, y.step)
    }

    var xTicks: [Double] { Ticks.values(Ticks.Axis(range: xRange, step: xStep)) }
    var yTicks: [Double] { Ticks.values(Ticks.Axis(range: yRange, step: yStep)) }

    /// The series that appear in the legend: those with a name. A legend entry is never a
    /// colour without words.
    var legendEntries: [(index: Int, series: Series)] {
        series.enumerated().filter { !$0.element.name.isEmpty }.map { ($0.offset, $0.element) }
    }

    static func range(_ v: [Double], pad: Double) -> ClosedRange<Double> {
        guard var lo = v.min(), var hi = v.max() else { return 0...1 }
        // A single value gets room around it in proportion to its size (±1 would vanish
        // in the rounding of 1e308).
        if lo == hi { let d = lo == 0 ? 1 : Swift.abs(lo) / 2; lo -= d; hi += d }
        // A span too wide for a Double (−1e308 to 1e308) gets no padding rather than NaN ends.
        let d = (hi - lo) * pad
        guard d.isFinite, (lo - d).isFinite, (hi + d).isFinite else { return lo...hi }
        return (lo - d)...(hi + d)
    }

    static let svgColours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
    static let svgRegionColours = ["#dbe9f6", "#f8d9d9", "#dcf0dc", "#ffe8cc", "#e9e0f2", "#eadcd8", "#f9e0f0"]

    /// The figure as a standalone SVG document for slides.
    func svg(width: Double = 640, height: Double = 420) -> String {
        let left = yLabel.isEmpty ? 60.0 : 72.0, right = 20.0, top = title.isEmpty ? 20.0 : 40.0, bottom = xLabel.isEmpty ? 48.0 : 64.0
        let w = width - left - right, h = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * w }
        func py(_ y: Double) -> Double { top + (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * h }
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        if !title.isEmpty { out += "<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">\(esc(title))</text>\n" }
        if let r = regions {
            let cw = w / Double(r.columns), ch = h / Double(r.rows)
            for i in 0..<r.rows {
                for j in 0..<r.columns {
                    let c = r.classes[i * r.columns + j]
                    out +=
                        "<rect x=\"\(f(left + Double(j) * cw))\" y=\"\(f(top + Double(i) * ch))\" width=\"\(f(cw + 0.5))\" height=\"\(f(ch + 0.5))\" fill=\"\(Figure.svgRegionColours[c % Figure.svgRegionColours.count])\"/>\n"
                }
            }
        }
        // Light grid lines at the ticks, under the data; tick labels outside the frame.
        for t in xTicks {
            out += "<line x1=\"\(f(px(t)))\" y1=\"\(f(top))\" x2=\"\(f(px(t)))\" y2=\"\(f(top + h))\" stroke=\"#e6e6e6\"/>\n"
            out += "<text x=\"\(f(px(t)))\" y=\"\(f(top + h + 16))\" text-anchor=\"middle\">\(esc(NumberFormat.short(t, digits: 4)))</text>\n"
        }
        for t in yTicks {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(py(t)))\" x2=\"\(f(left + w))\" y2=\"\(f(py(t)))\" stroke=\"#e6e6e6\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(esc(NumberFormat.short(t, digits: 4)))</text>\n"
        }
        out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"none\" stroke=\"#333\"/>\n"
        if !xLabel.isEmpty {
            out += "<text x=\"\(f(left + w / 2))\" y=\"\(f(top + h + 34))\" text-anchor=\"middle\">\(esc(xLabel))</text>\n"
        }
        if !yLabel.isEmpty {
            out += "<text transform=\"translate(14 \(f(top + h / 2))) rotate(-90)\" text-anchor=\"middle\">\(esc(yLabel))</text>\n"
        }
        for (k, s) in series.enumerated() {
            let colour = Figure.svgColours[k % Figure.svgColours.count]
            switch s.style {
            case .line:
                var path = ""
                var pen = false
                for (x, y) in zip(s.x, s.y) {
                    guard x.isFinite, y.isFinite else { pen = false; continue }
                    path += (pen ? " L" : " M") + "\(f(px(x))) \(f(py(y)))"
                    pen = true
                }
                out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            case .points:
                for (x, y) in zip(s.x, s.y) where x.isFinite && y.isFinite {
                    out += "<circle cx=\"\(f(px(x)))\" cy=\"\(f(py(y)))\" r=\"3\" fill=\"\(colour)\" stroke=\"white\" stroke-width=\"0.5\"/>\n"
                }
            }
        }
        // The legend: a swatch in each named series' colour beside its name, left to right.
        var lx = left
        for (k, s) in legendEntries {
            let colour = Figure.svgColours[k % Figure.svgColours.count], ly = height - 10
            switch s.style {
            case .line: out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 16))\" y2=\"\(f(ly - 4))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            case .points: out += "<circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly - 4))\" r=\"3\" fill=\"\(colour)\"/>"
            }
            out += "<text x=\"\(f(lx + 20))\" y=\"\(f(ly))\">\(esc(s.name))</text>\n"
            lx += 34 + Double(s.name.count) * 7
        }
        return out + "</svg>\n"
    }
}
