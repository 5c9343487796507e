import NablaRuntime
import NablaSyntax

/// What `train` shows while it runs: plain lines every few steps, or — on a terminal —
/// one line redrawn in place with a progress bar, the current loss and a sparkline of
/// the losses so far.
struct TrainingProgress {
    let steps: Int
    let lossName: String
    let terminal: Bool
    let output: OutputSink
    let language: Language
    private var samples: [Double] = []
    private var lastDrawn = -1
    private var width: Int { String(steps).count }

    init(steps: Int, lossName: String, terminal: Bool, output: OutputSink, language: Language = .en) {
        self.language = language
        self.steps = steps
        self.lossName = lossName
        self.terminal = terminal
        self.output = output
    }

    /// A reporting step: a plain line, or a sample for the sparkline and a redraw.
    mutating func report(step: Int, loss: Double) {
        let digits = String(step)
        let line =
            "  " + TeachingMessage.trainStep.text(language, String(repeating: " ", count: max(0, width - digits.count)) + digits)
            + "   \(lossName) = \(NumberFormat.short(loss, digits: 6))"
        if terminal {
            samples.append(loss)
            draw(step: step, loss: loss)
            output.status("")
            output.write(line + "\n")
            lastDrawn = -1
        } else {
            output.write(line + "\n")
        }
        // Shown as the run goes, not when it ends (output is buffered up to the prompt).
        output.flush()
    }

    /// Between reports, on a terminal: redraw about 100 times per run.
    mutating func tick(step: Int, loss: Double) {
        let stride = max(1, steps / 100)
        guard step / stride != lastDrawn / stride || lastDrawn < 0 else { return }
        lastDrawn = step
        // The sparkline follows the redraws, so it moves even between report lines.
        samples.append(loss)
        if samples.count > 48 { samples.removeFirst(samples.count - 48) }
        draw(step: step, loss: loss)
    }

    private func draw(step: Int, loss: Double) {
        let barWidth = 20
        let filled = steps == 0 ? barWidth : min(barWidth, barWidth * step / steps)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let line = "  [\(bar)] \(step)/\(steps)  \(lossName) = \(NumberFormat.short(loss))  " + Sparkline.draw(samples.suffix(24))
        output.status(line)
    }

    func finish() {
        if terminal { output.status("") }
    }
}

/// A row of block characters whose heights follow the values: `█▆▄▃▂▁▁`.
enum Sparkline {
    static func draw<C: Collection>(_ values: C) -> String where C.Element == Double {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return "" }
        let blocks = Array("▁▂▃▄▅▆▇█")
        return String(
            values.map { v -> Character in
                guard v.isFinite else { return "!" }
                let t = hi > lo ? (v - lo) / (hi - lo) : 0
                return blocks[min(blocks.count - 1, Int(t * Double(blocks.count - 1) + 0.5))]
            })
    }
}
