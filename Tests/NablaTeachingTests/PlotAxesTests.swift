import Foundation
import NablaNumerics
@testable import NablaTeaching
import NablaRuntime
import Testing
import NablaTestSupport

/// Round ticks, axis labels and legends, in the terminal and in SVG alike.
@Suite("Plot axes")
struct PlotAxesTests {
    @Test("ticks are round multiples of a 1-2-5 step, both ends included, the data covered")
    func ticksAreRound() throws {
        var g = SplitMix64(seed: 16)
        for _ in 0..<2000 {
            let scale = pow(10, g.uniform() * 16 - 8)
            let a = (g.uniform() * 2 - 1) * scale, b = a + g.uniform() * scale + 1e-300
            for target in [5, 6] {
                let axis = Ticks.axis(a...b, target: target)
                let step = try #require(axis.step, "\(a)...\(b)")
                let mantissa = step / pow(10, floor(log10(step) + 1e-9))
                #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "step \(step)")
                #expect(axis.range.lowerBound <= a && axis.range.upperBound >= b)
                let ticks = Ticks.values(axis)
                #expect(ticks.first == axis.range.lowerBound && ticks.last == axis.range.upperBound, "\(ticks) for \(axis.range)")
                #expect(ticks.count >= 2 && ticks.count <= target + 3, "\(ticks.count) ticks for \(a)...\(b)")
                for t in ticks { #expect(abs(t / step - (t / step).rounded()) < 1e-6, "\(t) is not a multiple of \(step)") }
            }
        }
    }

    @Test(
        "ranges that cannot be ticked keep their ends",
        arguments: [
            -1e308...1e308, 5.0...5.0
        ])
    func untickable(range: ClosedRange<Double>) {
        let axis = Ticks.axis(range, target: 6)
        #expect(axis.step == nil && Ticks.values(axis) == [range.lowerBound, range.upperBound])
    }

    /// Found by the builtin sweep: ranges Double cannot measure once made NaN ends and
    /// NaN cell positions, which crashed the process.
    @Test(
        "extreme values plot without crashing",
        arguments: [
            "plot(1e308)", "plot(-1e308)", "plot(2^63)", "plot([-1e308 1e308])", "plot([-1e308 1e308], [1 2])",
            "scatter([1e308 -1e308; -1e308 1e308])", "plot([NaN Inf -Inf])", "plot([1e-320 2e-320])"
        ])
    func extremes(code: String) {
        let result = runTeaching(code)
        #expect(result.outcome == .success && result.output.contains("└"), "\(result.errors)")
    }

    @Test("0.1 to 0.7638 is ticked 0, 0.1, … 0.8 — never 0.7638")
    func example() {
        let text = runTeaching("plot([0.1 0.7638 0.2])").output
        #expect(!text.contains("0.7638") && text.contains("0.8 ┤") && text.contains("0.4 ┤"))
    }

    @Test("a legend names every series it shows, from how the series were written")
    func legendFromNames() {
        let text = runTeaching("z = linspace(-3, 3, 50)'; plot(z, [relu(z) tanh(z)])").output
        #expect(text.hasSuffix("⠤⠤ relu(z)   + tanh(z)\n"))
        #expect(!runTeaching("plot([1 2 3])").output.contains("⠤⠤"))
        // An empty name is left out of the legend: no swatch without words.
        let s = TestSession.teaching()
        let shown = s.run("plot([1 2 3], [3 1 2], [1 2 3], [2 2 2], 'legend', {'', 'flat'})")
        #expect(shown.hasSuffix("\n     + flat\n"))
        let svg = SessionState.of(s.session.interpreter).lastFigure?.svg() ?? ""
        let legendTexts = svg.components(separatedBy: "\n").filter { $0.contains("<text x=") && !$0.contains("text-anchor") }
        #expect(legendTexts.count == 1 && legendTexts[0].hasSuffix(">flat</text>"))
    }

    @Test("a loss history from train is drawn against the step, labelled step and loss")
    func lossCurve() throws {
        let s = TestSession.teaching()
        let text = s.run(
            """
            x = [1; 2; 3]; y = [3; 5; 7]; w = 0; b = 0; L := mse(w*x + b, y);
            losses = train(L, {w, b}, 'lr', 0.05, 'steps', 40, 'every', 40); plot(losses)
            """)
        #expect(text.contains("\n   loss\n"))
        #expect(text.contains("    0      5      10"))
        #expect(text.hasSuffix("step\n"))
        let figure = try #require(SessionState.of(s.session.interpreter).lastFigure)
        #expect(figure.series[0].x.first == 0 && figure.xLabel == "step" && figure.yLabel == "loss")
        #expect(figure.svg().contains(">step</text>") && figure.svg().contains("rotate(-90)\" text-anchor=\"middle\">loss</text>"))
    }

    @Test("'xlabel' and 'ylabel' label the axes of plot, scatter and boundary")
    func labels() {
        let text = runTeaching("plot([1 2], [3 4], 'xlabel', 'time', 'ylabel', 'height')").output
        #expect(text.hasPrefix("    height\n") && text.hasSuffix("time\n"))
        #expect(runTeaching("[X, y] = xor_data(); scatter(X, y, 'xlabel', 'x₁', 'ylabel', 'x₂')").output.contains("x₁\n"))
        #expect(runTeaching("plot([1 2], 'zlabel', 'no')").errors.contains("unknown option 'zlabel'"))
    }
}
