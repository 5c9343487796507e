import Foundation
import NablaNumerics
import NablaRuntime
import NablaSymbolic
import NablaSyntax

/// `train(L, params, ...)`: repeated gradient steps on a loss, reporting as it goes.
///
/// The gradients are derived once (`LossGraph`) and re-evaluated each step; for a
/// stochastic method the loss is lowered once more with a batch in place of the data, so
/// its graph has the batch's shapes. Ctrl-C stops the run keeping the parameters reached;
/// a loss that becomes NaN or Inf stops it with the parameters of the last finite loss.
extension TeachingBuiltins {
    static let training: [Builtin] = [
        Builtin(
            "train", "train(L, params, 'lr', η, 'steps', n, ...)  losses = train(...)",
            "Gradient descent on L: options 'lr', 'steps', 'quiet', 'method' (batch/sgd/minibatch, gd/momentum/rmsprop/adam), 'batch_size', 'data', 'every', 'momentum', 'beta1', 'beta2', 'rho', 'epsilon', 'weight_decay', 'schedule' (constant/step/exponential/cosine), 'decay', 'decay_every', 'warmup', 'freeze'.",
            example: "x = [1; 2; 3]; y = [3; 5; 7]; w = 0; b = 0; L := mse(w*x + b, y); train(L, {w, b}, 'lr', 0.05, 'steps', 200, 'every', 50); [w b]",
            .teaching
        ) { call in
            try call.arity(2...40)
            let losses = try TrainingRun(&call).run()
            return call.nargout > 0 ? [.matrix(Matrix(row: losses))] : []
        }
    ]
}

/// One call of `train`.
struct TrainingRun {
    let call: BuiltinCall
    let options: TrainingOptions
    let parameters: [String]
    let lossName: String

    init(_ call: inout BuiltinCall) throws {
        self.call = call
        let listed = try call.parameterNames(1)
        options = try TrainingOptions(call, from: 2)
        for f in options.frozen where !listed.contains(f) {
            throw call.error("'\(f)' is frozen but not among the parameters", hint: "'freeze' holds fixed some of the parameters listed")
        }
        let frozen = options.frozen
        parameters = listed.filter { !frozen.contains($0) }
        guard !parameters.isEmpty else { throw call.error("every parameter is frozen, so there is nothing to train") }
        lossName = call.lossName()
        for d in options.data where parameters.contains(d) {
            throw call.error("'\(d)' is both a parameter and data", hint: "data are the examples; parameters are what training changes")
        }
    }

    /// Runs the training and returns the loss history: the loss before the first step and
    /// after every step (the batch's loss for stochastic methods).
    func run() throws -> [Double] {
        let interpreter = call.interpreter
        let full = try LossGraph(try argument(0), parameters: parameters, in: call, lossName: lossName)
        var params = try parameters.map { try call.parameterValue($0) }
        let original = zip(parameters, params).map { (name: $0, value: Value.matrix($1)) }
        SessionState.of(interpreter).pushUndo(original)

        // Stochastic methods: a second graph built for the batch's shapes, once.
        var data: TrainingData?
        var sampler: BatchSampler?
        var batchGraph: LossGraph?
        if options.method != .batch {
            let d = try TrainingData(options.data, in: call)
            let s = BatchSampler(count: d.count, size: options.batchSize, random: interpreter.random)
            let saved = options.data.map { interpreter.variable($0) }
            defer { for (n, v) in zip(options.data, saved) { if let v { interpreter.setVariable(n, v) } } }
            for (n, m) in zip(d.names, d.batch(Array(0..<s.size))) { interpreter.setVariable(n, .matrix(m)) }
            let graph = try LossGraph(try argument(0), parameters: parameters, in: call, lossName: lossName)
            // A batch replaces the data variables where the graph reads them; one read
            // inside a fixed part would keep the whole data set.
            if let name = d.names.first(where: { graph.hidden[$0] != nil }), let part = graph.hidden[name] {
                throw call.error(
                    "\(lossName) reads the data '\(name)' through \(part), which is taken as a fixed value, so a batch could not replace it",
                    hint: "give that part a name of its own before training, and list it in 'data'")
            }
            batchGraph = graph
            data = d
            sampler = s
        }

        let out: OutputSink = options.quiet ? SilentOutput() : call.output
        let language = interpreter.language
        let names = parameters.joined(separator: TeachingMessage.listSeparator.text(language))
        out.write(wrap("train: " + options.summary(names, language)) + "\n")
        var progress = TrainingProgress(
            steps: options.steps, lossName: lossName, terminal: call.output.showsLiveStatus && !options.quiet,
            output: out, language: language)
        var moments = params.map { UpdateRule.Moments(shape: $0.shape) }
        var history: [Double] = []
        history.reserveCapacity(options.steps + 1)
        var lastGood = params
        let clock = ContinuousClock()
        let start = clock.now
        var stopped: String?
        // The losses the step lines showed: the summary repeats those, so it agrees with them.
        var shownFirst: Double?, shownLast: Double?

        func values(_ p: [Matrix], extra: [String: Matrix] = [:]) -> [String: Matrix] {
            var v = extra
            for (n, m) in zip(parameters, p) { v[n] = m }
            return v
        }
        func fullLoss(_ p: [Matrix]) throws -> Double { try full.evaluate(values(p)).loss }

        do {
            for step in 0...options.steps {
                try Interrupt.check()
                let result: (loss: Double, gradients: [Matrix])
                if let g = batchGraph, var s = sampler, let d = data {
                    let batch = d.batch(try s.next())
                    sampler = s
                    result = try g.evaluate(values(params, extra: Dictionary(uniqueKeysWithValues: zip(d.names, batch))))
                } else {
                    result = try full.evaluate(values(params))
                }
                guard result.loss.isFinite else {
                    params = lastGood
                    stopped = divergence(step: step, loss: result.loss, history: history, values: full.bindings.merging(values(params)) { _, new in new })
                    break
                }
                history.append(result.loss)
                if step % options.every == 0 || step == options.steps {
                    // Stochastic methods report the whole data set's loss, which is what a class watches fall.
                    let shown = batchGraph == nil ? result.loss : try fullLoss(params)
                    progress.report(step: step, loss: shown)
                    if shownFirst == nil { shownFirst = shown }
                    shownLast = shown
                } else if progress.terminal {
                    progress.tick(step: step, loss: result.loss)
                }
                if step == options.steps { break }
                // Copied into the buffers kept from the last step: nothing is allocated, and
                // the parameters stay unshared, so the update below works in place.
                for k in params.indices { lastGood[k].assign(params[k]) }
                let eta = options.learningRate * options.schedule.factor(step: step, of: options.steps)
                for k in params.indices {
                    guard result.gradients[k].count == params[k].count else {
                        throw call.error("internal: a gradient has shape \(result.gradients[k].shape) for a parameter of \(params[k].shape)")
                    }
                    options.rule.apply(&params[k], gradient: result.gradients[k], moments: &moments[k], eta: eta)
                }
            }
        } catch is Interrupted {
            stopped = TeachingMessage.trainStoppedCtrlC.text(language, max(history.count - 1, 0))
        } catch {
            store(params)
            throw call.graphFailure(error)
        }
        progress.finish()
        store(params)
        SessionState.of(interpreter).lastLosses = history
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        if let stopped {
            // Said even when quiet: the parameters are not where the run was meant to leave them.
            call.output.write(wrap("train: " + stopped) + "\n")
        } else if let first = shownFirst ?? history.first, let last = shownLast ?? history.last {
            // The time only on a terminal: plain output must repeat exactly (lessons and tests compare it).
            let time = progress.terminal ? TeachingMessage.trainTime.text(language, NumberFormat.duration(seconds)) : ""
            // A stochastic method steps on batch losses but shows, and sums up, the whole data set's.
            let which = batchGraph == nil ? "" : TeachingMessage.trainFullLoss.text(language, lossName)
            out.write(
                TeachingMessage.trainDone.text(
                    language, time, lossName, NumberFormat.short(first), NumberFormat.short(last),
                    history.count - 1, which) + "\n")
        }
        return history
    }

    private func argument(_ k: Int) throws -> Expr {
        guard k < call.argumentExprs.count else { throw call.error("missing argument \(k + 1)") }
        return call.argumentExprs[k]
    }

    private func store(_ params: [Matrix]) {
        for (n, m) in zip(parameters, params) { call.interpreter.setVariable(n, .matrix(m)) }
    }

    /// The message that teaches: when it happened, and what to try.
    private func divergence(step: Int, loss: Double, history: [Double], values: [String: Matrix]) -> String {
        let language = call.interpreter.language
        let what = (loss.isNaN ? TeachingMessage.notANumber : .infinite).text(language)
        // Not finite before any step: the inputs hold NaN or Inf, whatever the learning rate.
        let broken = values.filter { !$0.value.elements.allSatisfy(\.isFinite) }.keys.sorted()
        if step == 0, !broken.isEmpty {
            let list = broken.map { "'\($0)'" }.joined(separator: TeachingMessage.listSeparator.text(language))
            return (broken.count == 1 ? TeachingMessage.stoppedBeforeFirstOne : .stoppedBeforeFirstMany).text(language, lossName, what, list)
        }
        var s = TeachingMessage.stoppedAt.text(language, step, lossName, what)
        if history.count >= 2, let last = history.last, let first = history.first, last > first {
            s += TeachingMessage.hadBeenGrowing.text(language, NumberFormat.short(first), NumberFormat.short(last))
        }
        s += TeachingMessage.overshoot.text(language, NumberFormat.short(options.learningRate / 10))
        s += TeachingMessage.keepValues.text(language, max(step - 1, 0))
        return s
    }

    /// Words wrapped at 78 columns, continuation lines indented.
    private func wrap(_ text: String) -> String {
        TextWrap.wrap(text, width: 78, indent: "  ")
    }
}

/// Wraps text at a width for the projector, keeping the first line's indentation.
enum TextWrap {
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let lead = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var line = lead
        for word in text.dropFirst(lead.count).split(separator: " ") {
            if line.count > lead.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent + word
            } else {
                line += (line.count > lead.count ? " " : "") + word
            }
        }
        if line.count > lead.count { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

/// Where a quiet run's report goes.
final class SilentOutput: OutputSink {
    func write(_ text: String) {}
    func writeError(_ text: String) {}
}
