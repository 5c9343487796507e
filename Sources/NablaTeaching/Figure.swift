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
    var series: [Series] = []
    var regions: Regions?
    var xRange: ClosedRange<Double> = 0...1
    var yRange: ClosedRange<Double> = 0...1

    /// Sets the ranges to cover every finite point, with a little room so nothing sits on the frame.
    mutating func fitRanges(pad: Double = 0) {
        let xs = series.flatMap(\.x).filter(\.isFinite), ys = series.flatMap(\.y).filter(\.isFinite)
        xRange = Figure.range(xs, pad: pad)
        yRange = Figure.range(ys, pad: pad)
    }

    static func range(_ v: [Double], pad: Double) -> ClosedRange<Double> {
        guard var lo = v.min(), var hi = v.max() else { return 0...1 }
        if lo == hi { lo -= 1; hi += 1 }
        let d = (hi - lo) * pad
        return (lo - d)...(hi + d)
    }

    static let svgColours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
    static let svgRegionColours = ["#dbe9f6", "#f8d9d9", "#dcf0dc", "#ffe8cc", "#e9e0f2", "#eadcd8", "#f9e0f0"]

    /// The figure as a standalone SVG document for slides.
    func svg(width: Double = 640, height: Double = 420) -> String {
        let left = 60.0, right = 20.0, top = title.isEmpty ? 20.0 : 40.0, bottom = 60.0
        let w = width - left - right, h = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * w }
        func py(_ y: Double) -> Double { top + (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * h }
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        if !title.isEmpty { out += "<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">\(esc(title))</text>\n" }
        if let r = regions {
            let cw = w / Double(r.columns), ch = h / Double(r.rows)
            for i in 0..<r.rows {
                for j in 0..<r.columns {
                    let c = r.classes[i * r.columns + j]
                    out += "<rect x=\"\(f(left + Double(j) * cw))\" y=\"\(f(top + Double(i) * ch))\" width=\"\(f(cw + 0.5))\" height=\"\(f(ch + 0.5))\" fill=\"\(Figure.svgRegionColours[c % Figure.svgRegionColours.count])\"/>\n"
                }
            }
        }
        out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"none\" stroke=\"#333\"/>\n"
        for (k, t) in [xRange.lowerBound, (xRange.lowerBound + xRange.upperBound) / 2, xRange.upperBound].enumerated() {
            let anchor = ["start", "middle", "end"][k]
            out += "<text x=\"\(f(px(t)))\" y=\"\(f(top + h + 16))\" text-anchor=\"\(anchor)\">\(esc(NumberFormat.short(t, digits: 4)))</text>\n"
        }
        for t in [yRange.lowerBound, (yRange.lowerBound + yRange.upperBound) / 2, yRange.upperBound] {
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(esc(NumberFormat.short(t, digits: 4)))</text>\n"
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
            let lx = left + Double(k) * 120, ly = height - 18
            out += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 9))\" width=\"12\" height=\"10\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(f(lx + 16))\" y=\"\(f(ly))\">\(esc(s.name))</text>\n"
        }
        return out + "</svg>\n"
    }
}
