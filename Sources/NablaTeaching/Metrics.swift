import NablaNumerics
import NablaRuntime

/// Classification metrics: predictions against true labels, both as class numbers.
/// For two classes labelled 0/1 the positive class is 1; for more classes precision,
/// recall and F1 are the unweighted mean over the classes (macro average).
extension TeachingBuiltins {
    static let metrics: [Builtin] = [
        Builtin(
            "accuracy", "accuracy(predicted, labels)", "The fraction of predictions equal to the labels.",
            example: "accuracy([1 2 2 3], [1 2 3 3])", .data
        ) { call in
            let (p, y) = try Metrics.pair(call)
            let hits = zip(p, y).filter { $0 == $1 }.count
            return [.number(Double(hits) / Double(p.count))]
        },
        Builtin(
            "precision", "precision(predicted, labels)",
            "Of the examples predicted as a class, the fraction that are (positive class 1 for 0/1 labels; else the mean over classes).",
            example: "precision([1 1 0 0], [1 0 0 1])", .data
        ) { call in
            let (p, y) = try Metrics.pair(call)
            return [.number(Metrics.averaged(p, y) { tp, fp, _ in tp + fp == 0 ? 0 : tp / (tp + fp) })]
        },
        Builtin(
            "recall", "recall(predicted, labels)",
            "Of the examples of a class, the fraction predicted as it (positive class 1 for 0/1 labels; else the mean over classes).",
            example: "recall([1 1 0 0], [1 0 0 1])", .data
        ) { call in
            let (p, y) = try Metrics.pair(call)
            return [.number(Metrics.averaged(p, y) { tp, _, fn in tp + fn == 0 ? 0 : tp / (tp + fn) })]
        },
        Builtin(
            "f1", "f1(predicted, labels)", "The harmonic mean of precision and recall: 2PR / (P + R).",
            example: "f1([1 1 0 0], [1 0 0 1])", .data
        ) { call in
            let (p, y) = try Metrics.pair(call)
            return [.number(Metrics.averaged(p, y) { tp, fp, fn in tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn) })]
        },
        Builtin(
            "confusion", "C = confusion(predicted, labels)",
            "The confusion matrix: C(i, j) counts examples of true class i predicted as class j (classes in sorted order).",
            example: "confusion([1 2 2 3], [1 2 3 3])", .data
        ) { call in
            let (p, y) = try Metrics.pair(call)
            let classes = Array(Set(p + y)).sorted()
            do { try Limits.check(rows: Double(classes.count), cols: Double(classes.count)) } catch let e as NumericError {
                throw call.error(e.description, hint: "confusion makes one row and one column per class: are these class labels?")
            }
            let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
            var c = Matrix(rows: classes.count, cols: classes.count)
            for (a, b) in zip(p, y) { if let i = index[b], let j = index[a] { c[i, j] += 1 } }
            if call.nargout == 0 {
                call.output.write(
                    TeachingMessage.confusionClasses.text(
                        call.interpreter.language,
                        classes.map { NumberFormat.short($0) }.joined(separator: " ")) + "\n")
            }
            return [.matrix(c)]
        }
    ]
}

enum Metrics {
    /// Predictions and labels as two lists of the same length.
    static func pair(_ call: BuiltinCall) throws -> ([Double], [Double]) {
        try call.arity(2...2)
        let p = try call.matrix(0), y = try call.matrix(1)
        guard p.count == y.count else {
            throw call.error(
                "there are \(p.count) predictions but \(y.count) labels",
                hint: "predictions from argmax are a row; labels may be a column — the counts must match")
        }
        guard p.count > 0 else { throw call.error("no predictions to score") }
        return (p.elements, y.elements)
    }

    /// A per-class score from true positives, false positives and false negatives: for the
    /// positive class 1 when the labels are 0/1, else averaged over every class.
    static func averaged(_ p: [Double], _ y: [Double], _ score: (Double, Double, Double) -> Double) -> Double {
        let classes = Set(p + y)
        let positives: [Double] = classes.isSubset(of: [0, 1]) ? [1] : classes.sorted()
        var total = 0.0
        for c in positives {
            var tp = 0.0, fp = 0.0, fn = 0.0
            for (a, b) in zip(p, y) {
                if a == c && b == c { tp += 1 } else if a == c { fp += 1 } else if b == c { fn += 1 }
            }
            total += score(tp, fp, fn)
        }
        return total / Double(positives.count)
    }
}
