import NablaNumerics
import NablaRuntime
import NablaSyntax

/// The options of `train`, read from Octave-style `'name', value` pairs.
struct TrainingOptions {
    enum Method: String {
        /// Every step uses the whole data set.
        case batch
        /// Every step uses one example.
        case sgd
        /// Every step uses `batchSize` examples; the data set is reshuffled each epoch.
        case minibatch
    }

    var learningRate = 0.01
    var steps = 100
    var method = Method.batch
    var batchSize = 32
    /// Variables holding the examples, one per row (or per column; see `TrainingData`).
    var data: [String] = []
    var every = 10
    /// How a gradient becomes a change: gradient descent, momentum, RMSProp or Adam.
    var rule = UpdateRule()
    var schedule = LearningRateSchedule()
    /// Parameters listed but held fixed (frozen): the loss still reads them.
    var frozen: [String] = []
    /// No report lines: for runs inside a loop that prints its own summary.
    var quiet = false

    static let names: Set<String> = Set(["lr", "steps", "method", "batch_size", "data", "every", "freeze", "quiet"])
        .union(UpdateRule.optionNames).union(LearningRateSchedule.optionNames)

    init(_ call: BuiltinCall, from start: Int) throws {
        let o = try call.options(from: start, allowed: TrainingOptions.names)
        func number(_ key: String) throws -> Double? {
            guard let v = o[key] else { return nil }
            guard let x = v.value.scalarNumber, x.isFinite else { throw call.error("'\(key)' must be a single number") }
            return x
        }
        func count(_ key: String, min: Int) throws -> Int? {
            guard let x = try number(key) else { return nil }
            guard x == x.rounded(), x >= Double(min), x <= 1e9 else {
                throw call.error("'\(key)' must be a whole number of at least \(min) (got \(NumberFormat.short(x)))")
            }
            return Int(x)
        }
        if let lr = try number("lr") {
            guard lr > 0 else { throw call.error("the learning rate 'lr' must be positive (got \(NumberFormat.short(lr)))") }
            learningRate = lr
        }
        steps = try count("steps", min: 1) ?? steps
        every = try count("every", min: 1) ?? max(1, steps / 10)
        batchSize = try count("batch_size", min: 1) ?? batchSize
        let (sampling, kind) = try TrainingOptions.methods(o["method"], call: call, sampling: true)
        method = sampling ?? method
        rule = try UpdateRule(kind: kind, options: o, call: call)
        schedule = try LearningRateSchedule(o, steps: steps, call: call)
        if let d = o["data"] { data = try TrainingOptions.names(d.expr, option: "data", call: call) }
        if let q = try number("quiet") { quiet = q != 0 }
        if let f = o["freeze"] { frozen = try TrainingOptions.names(f.expr, option: "freeze", call: call) }
        if method != .batch && data.isEmpty {
            throw call.error(
                "'\(method.rawValue)' samples examples, so it needs to know where they are",
                hint: "add 'data', {X, y}: the variables holding the examples")
        }
        if method == .sgd { batchSize = 1 }
    }

    /// The names in a `'data'` or `'freeze'` option: `X` or `{X, y}`.
    static func names(_ expr: Expr, option: String, call: BuiltinCall) throws -> [String] {
        switch expr.kind {
        case .identifier(let n): return [n]
        case .cell(let rows):
            return try rows.joined().map { e in
                guard case .identifier(let n) = e.kind else {
                    throw call.error("'\(option)' must list variables by name, like {X, y}")
                }
                return n
            }
        default:
            throw call.error("'\(option)' must list variables by name, like {X, y}")
        }
    }

    /// Reads `'method'`: one name or a cell of names, each either a way of sampling the
    /// data (`'batch'`, `'sgd'`, `'minibatch'`) or an update rule (`'gd'`, `'momentum'`,
    /// `'rmsprop'`, `'adam'`), e.g. `{'minibatch', 'adam'}`.
    static func methods(_ option: (value: Value, expr: Expr)?, call: BuiltinCall, sampling allowed: Bool) throws
        -> (sampling: Method?, rule: UpdateRule.Kind?)
    {
        guard let option else { return (nil, nil) }
        var texts: [String] = []
        if let t = option.value.text {
            texts = [t]
        } else if case .cell(let c) = option.value {
            for v in c.elements {
                guard let t = v.text else { texts = []; break }
                texts.append(t)
            }
        }
        let rules = UpdateRule.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let all = (allowed ? "'batch', 'sgd', 'minibatch' or " : "") + rules
        guard !texts.isEmpty else {
            throw call.error("'method' must be \(all)", hint: allowed ? "combine a sampling and a rule as {'minibatch', 'adam'}" : nil)
        }
        var sampling: Method?, rule: UpdateRule.Kind?
        for t in texts {
            if allowed, let m = Method(rawValue: t.lowercased()), sampling == nil {
                sampling = m
            } else if let r = UpdateRule.Kind(rawValue: t.lowercased()), rule == nil {
                rule = r
            } else {
                throw call.error("'method' must be \(all) (got '\(t)')", hint: allowed ? "at most one of each, as {'minibatch', 'adam'}" : nil)
            }
        }
        return (sampling, rule)
    }

    /// The report's first line after `train: `: method, parameters, rate and length.
    func summary(_ names: String, _ language: Language) -> String {
        let rulePart =
            rule.kind != .gd
            ? TeachingMessage.trainWithRule.text(language, rule.name(language), rule.hyperParameters(language))
            : rule.weightDecay > 0 ? TeachingMessage.trainWithDecay.text(language, rule.hyperParameters(language)) : ""
        let frozenPart =
            frozen.isEmpty ? "" : TeachingMessage.trainFrozen.text(language, frozen.joined(separator: TeachingMessage.listSeparator.text(language)))
        let scheduleText = schedule.description(language)
        let schedulePart = scheduleText.isEmpty ? "" : TeachingMessage.trainSchedule.text(language, scheduleText)
        return TeachingMessage.trainSummary.text(
            language, description(language), rulePart, names, frozenPart,
            NumberFormat.short(learningRate), schedulePart, steps)
    }

    /// How the method is described in the first line of the report.
    func description(_ language: Language) -> String {
        switch method {
        case .batch: return TeachingMessage.trainBatch.text(language)
        case .sgd: return TeachingMessage.trainSGD.text(language)
        case .minibatch: return TeachingMessage.trainMinibatch.text(language, batchSize)
        }
    }
}
