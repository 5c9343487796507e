import Foundation
import NablaNumerics
import NablaRuntime
import NablaSyntax

/// `plot`, `scatter`, `boundary` and `saveplot`: figures drawn in the terminal, the last
/// one kept so it can be saved as SVG for slides.
extension TeachingBuiltins {
    static let plots: [Builtin] = [
        Builtin(
            "plot",
            "plot(y)  plot(x, y)  plot(x, Y)  plot(x1, y1, x2, y2, ...)  plot(@f, [a b])  ..., 'legend', {...}, 'title', '...', 'xlabel', '...', 'ylabel', '...'",
            "Line plot in the terminal (braille); a matrix Y gives one series per column, named from how it was written; a function is plotted over [a b]; a loss history from train is labelled step/loss.",
            example: "x = linspace(-6, 6, 100); plot(x, [sigmoid(x); tanh(x)]', 'legend', {'sigmoid', 'tanh'})", .plotting
        ) { call in
            try call.arity(1...20)
            OctavePlotStyle.strip(&call)
            if SessionState.of(call.interpreter).figuresHidden { return [] }
            var figure = try Plots.lines(&call)
            figure.fitRanges()
            try Plots.show(figure, call)
            return []
        },
        Builtin(
            "scatter", "scatter(X)  scatter(X, labels)  ..., 'title', '...', 'xlabel', '...', 'ylabel', '...'",
            "Scatter plot of 2-D points (the rows of X), one marker per class when labels are given.",
            example: "rng(0); [X, y] = blobs(20, 3); scatter(X, y)", .plotting
        ) { call in
            try call.arity(1...8)
            let X = try call.matrix(0)
            let labels = call.args.count > 1 && !call.isString(1) ? try call.matrix(1) : nil
            var figure = try Plots.scatter(X, labels, call)
            try Plots.labels(&figure, call, from: labels == nil ? 1 : 2)
            figure.fitRanges(pad: 0.05)
            try Plots.show(figure, call)
            return []
        },
        Builtin(
            "boundary", "boundary(predict, X, labels)",
            "Decision regions of a 2-D classifier: predict(P) maps the rows of P to classes; shaded behind the points of X.",
            example: "rng(0); [X, y] = blobs(20, 2); boundary(@(P) 1 + (P(:, 1) < 0), X, y)", .plotting
        ) { call in
            try call.arity(3...9)
            let X = try call.matrix(1), labels = try call.matrix(2)
            var figure = try Plots.scatter(X, labels, call)
            try Plots.labels(&figure, call, from: 3)
            figure.fitRanges(pad: 0.1)
            try Plots.regions(&figure, predict: call.args[0], call)
            try Plots.show(figure, call)
            return []
        },
        Builtin(
            "saveplot", "saveplot('file.svg')", "Saves the last figure drawn (plot, scatter, boundary) as an SVG file for slides.",
            example: "plot([3 1 2]); saveplot('/tmp/nabla-example.svg')", .plotting
        ) { call in
            try call.arity(1...1)
            let file = try call.string(0)
            guard let figure = SessionState.of(call.interpreter).lastFigure else {
                throw call.error("there is no figure yet", hint: "draw one with plot, scatter or boundary first")
            }
            guard file.lowercased().hasSuffix(".svg") else { throw call.error("the file name should end in .svg") }
            try call.writeFile(figure.svg(), to: file)
            call.output.write("saveplot: wrote \(file)\n")
            return []
        }
    ]
}

enum Plots {
    static func show(_ figure: Figure, _ call: BuiltinCall) throws {
        SessionState.of(call.interpreter).lastFigure = figure
        call.output.figure(text: TerminalPlot(colour: call.output.showsColour, style: { call.output.styled($0, as: $1) }).render(figure), svg: { figure.svg() })
    }

    /// The options every figure takes: 'title', 'xlabel', 'ylabel'.
    static let labelOptions: Set<String> = ["title", "xlabel", "ylabel"]

    /// Reads `'title'`, `'xlabel'` and `'ylabel'` from argument `k` on.
    static func labels(_ figure: inout Figure, _ call: BuiltinCall, from k: Int) throws {
        guard k < call.args.count else { return }
        applyLabels(try call.options(from: k, allowed: labelOptions), to: &figure)
    }

    static func applyLabels(_ o: [String: (value: Value, expr: Expr)], to figure: inout Figure) {
        if let t = o["title"]?.value.text { figure.title = t }
        if let t = o["xlabel"]?.value.text { figure.xLabel = t }
        if let t = o["ylabel"]?.value.text { figure.yLabel = t }
    }

    /// The series of `plot`'s arguments.
    static func lines(_ call: inout BuiltinCall) throws -> Figure {
        var figure = Figure()
        var k = 0
        var legend: [String] = []
        var data: [Matrix] = []
        var dataExprs: [Expr] = []
        var handle: (Value, Expr)?
        while k < call.args.count {
            if call.isString(k) {
                let o = try call.options(from: k, allowed: labelOptions.union(["legend"]))
                applyLabels(o, to: &figure)
                if let l = o["legend"]?.value {
                    switch l {
                    case .cell(let c): legend = c.elements.map { $0.text ?? "" }
                    default: legend = [l.text ?? ""]
                    }
                }
                break
            }
            if case .function = call.args[k] {
                handle = (call.args[k], call.argumentExprs[k])
            } else {
                data.append(try call.matrix(k))
                dataExprs.append(k < call.argumentExprs.count ? call.argumentExprs[k] : Expr(.matrix([]), call.range))
            }
            k += 1
        }
        if let (f, expr) = handle {
            let range = data.first ?? Matrix(row: [-5, 5])
            guard range.count == 2, range.elements[0] < range.elements[1] else {
                throw call.error("a function is plotted over an interval [a b] with a < b", hint: "plot(@sigmoid, [-6 6])")
            }
            let n = 200
            let xs = (0..<n).map { range.elements[0] + (range.elements[1] - range.elements[0]) * Double($0) / Double(n - 1) }
            let ys = try apply(f, to: Matrix(row: xs), call)
            guard ys.count == n else { throw call.error("the function must return one value per input (element-wise)") }
            var name = OctaveCode.print(expr)
            if name.hasPrefix("@") && !name.contains("(") { name.removeFirst() }
            figure.series = [Figure.Series(name: legend.first ?? name, x: xs, y: ys.elements, style: .line)]
            return figure
        }
        var pairs: [(x: Matrix?, y: Matrix, yExpr: Expr)] = []
        if data.count == 1 {
            pairs = [(nil, data[0], dataExprs[0])]
        } else {
            guard data.count % 2 == 0 else { throw call.error("give x and y in pairs: plot(x1, y1, x2, y2)") }
            for p in stride(from: 0, to: data.count, by: 2) { pairs.append((data[p], data[p + 1], dataExprs[p + 1])) }
        }
        for (x, y, yExpr) in pairs {
            // A vector is one series; a matrix is one series per column (per row if it matches x that way).
            var columns: [[Double]]
            let byRows: Bool
            if y.rows == 1 || y.cols == 1 {
                columns = [y.elements]; byRows = false
            } else if let x, x.count == y.cols, x.count != y.rows {
                columns = (0..<y.rows).map { y.row($0) }; byRows = true
            } else {
                columns = (0..<y.cols).map { y.column($0) }; byRows = false
            }
            let names = seriesNames(yExpr, count: columns.count, byRows: byRows, call)
            for (c, col) in columns.enumerated() {
                let xs = x?.elements ?? (1...max(col.count, 1)).map(Double.init)
                guard xs.count == col.count else {
                    throw call.error("x has \(xs.count) values but y has \(col.count)")
                }
                let index = figure.series.count
                // One series needs no legend unless one is asked for; several are named as written.
                let name = index < legend.count ? legend[index] : (pairs.count > 1 || columns.count > 1 ? names[c] : "")
                figure.series.append(Figure.Series(name: name, x: xs, y: col, style: .line))
            }
        }
        if figure.series.count == 1, pairs.count == 1, pairs[0].x == nil {
            labelLossCurve(&figure, call)
        }
        if figure.yLabel.isEmpty, figure.series.count == 1, case .identifier(let name) = pairs[0].yExpr.kind {
            figure.yLabel = name
        }
        return figure
    }

    /// A loss history just returned by `train` (`losses = train(…); plot(losses)`) is drawn
    /// against the step it was reached at (0 is the loss before the first step), with the
    /// axes labelled "step" and "loss" unless labels were given.
    static func labelLossCurve(_ figure: inout Figure, _ call: BuiltinCall) {
        let history = SessionState.of(call.interpreter).lastLosses
        guard history.count > 1, figure.series[0].y == history else { return }
        figure.series[0].x = (0..<history.count).map(Double.init)
        let language = call.interpreter.language
        if figure.xLabel.isEmpty { figure.xLabel = TeachingMessage.axisStep.text(language) }
        if figure.yLabel.isEmpty { figure.yLabel = TeachingMessage.axisLoss.text(language) }
    }

    /// Names for the series of one y argument, from how it was written: the entries of a
    /// literal `[relu(z) tanh(z)]` (or of `[a; b]'`), else `Y(:, k)` for a named matrix,
    /// else `series k`.
    static func seriesNames(_ e: Expr, count: Int, byRows: Bool, _ call: BuiltinCall) -> [String] {
        var literal = e
        var transposed = false
        if case .postfix(let op, let inner) = e.kind, op == .transpose || op == .plainTranspose {
            literal = inner
            transposed = true
        }
        if case .matrix(let rows) = literal.kind {
            // Series run along the literal's rows or its columns, whichever gives `count` names.
            let across = rows.count == 1 ? rows[0] : []
            let down = rows.allSatisfy { $0.count == 1 } ? rows.map { $0[0] } : []
            let entries = (transposed != byRows) ? (down.count == count ? down : across) : (across.count == count ? across : down)
            if entries.count == count { return entries.map { typed($0, call) } }
        }
        if count == 1 { return [typed(e, call)] }
        if case .identifier(let name) = e.kind {
            return (1...count).map { byRows ? "\(name)(\($0), :)" : "\(name)(:, \($0))" }
        }
        return (1...max(count, 1)).map { TeachingMessage.series.text(call.interpreter.language, $0) }
    }

    /// An argument as the student typed it (`relu(z)`), or reprinted (`relu (z)`) when the
    /// text at its position is not that expression (a call from another file's function).
    static func typed(_ e: Expr, _ call: BuiltinCall) -> String {
        let printed = OctaveCode.print(e)
        let text = call.interpreter.source.text(in: e.range)
        func squeezed(_ s: String) -> String { s.filter { $0 != " " && $0 != "\t" } }
        return squeezed(text) == squeezed(printed) ? text : printed
    }

    /// Points of X (rows, two columns), one series per class.
    static func scatter(_ X: Matrix, _ labels: Matrix?, _ call: BuiltinCall) throws -> Figure {
        guard X.cols == 2 else {
            throw call.error(
                "the points must be the rows of an n×2 matrix (this one is \(X.shape))",
                hint: "for points in columns, pass X'")
        }
        var figure = Figure()
        guard let labels else {
            figure.series = [Figure.Series(name: "", x: X.column(0), y: X.column(1), style: .points)]
            return figure
        }
        guard labels.count == X.rows else {
            throw call.error("there are \(X.rows) points but \(labels.count) labels")
        }
        for c in Array(Set(labels.elements)).sorted() {
            let rows = (0..<X.rows).filter { labels.elements[$0] == c }
            figure.series.append(
                Figure.Series(
                    name: "class \(NumberFormat.short(c))", x: rows.map { X[$0, 0] },
                    y: rows.map { X[$0, 1] }, style: .points))
        }
        return figure
    }

    /// Evaluates the classifier on a grid over the figure and records its regions.
    static func regions(_ figure: inout Figure, predict: Value, _ call: BuiltinCall) throws {
        let columns = 120, rows = 64
        var P = Matrix(rows: columns * rows, cols: 2)
        for i in 0..<rows {
            for j in 0..<columns {
                let x = figure.xRange.lowerBound + (Double(j) + 0.5) / Double(columns) * (figure.xRange.upperBound - figure.xRange.lowerBound)
                let y = figure.yRange.upperBound - (Double(i) + 0.5) / Double(rows) * (figure.yRange.upperBound - figure.yRange.lowerBound)
                P[i * columns + j, 0] = x
                P[i * columns + j, 1] = y
            }
        }
        let predicted = try apply(predict, to: P, call)
        guard predicted.count == P.rows else {
            throw call.error("predict must return one class per row of its input (got \(predicted.count) for \(P.rows) rows)")
        }
        // Regions are shaded in the same order as the classes in the legend.
        let classes = figure.series.compactMap { Double($0.name.dropFirst(6).replacingOccurrences(of: "−", with: "-")) }
        let index = Dictionary(classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        figure.regions = Figure.Regions(columns: columns, rows: rows, classes: predicted.elements.map { index[$0] ?? classes.count })
    }

    /// Calls a function value from the language on one argument.
    static func apply(_ f: Value, to x: Matrix, _ call: BuiltinCall) throws -> Matrix {
        guard case .function = f else { throw call.error("expected a function, like @sigmoid or @(P) predict(P)") }
        let interpreter = call.interpreter
        let fn = "__nabla_plot_f", arg = "__nabla_plot_x"
        let savedF = interpreter.variable(fn), savedX = interpreter.variable(arg)
        interpreter.setVariable(fn, f)
        interpreter.setVariable(arg, .matrix(x))
        defer {
            interpreter.clear([fn, arg])
            if let savedF { interpreter.setVariable(fn, savedF) }
            if let savedX { interpreter.setVariable(arg, savedX) }
        }
        let r = call.range
        let value = try interpreter.evaluate(Expr(.call(Expr(.identifier(fn), r), [Expr(.identifier(arg), r)]), r))
        guard let m = value.numericMatrix else { throw call.error("the function must return numbers") }
        return m
    }
}
