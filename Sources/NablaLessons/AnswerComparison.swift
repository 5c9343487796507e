import NablaDisplay
import NablaNumerics
import NablaRuntime
import NablaSyntax

/// Compares a student's value with the expected one and, when they differ, says why in
/// words a student can act on: a wrong shape (and whether a transpose would fix it), a
/// flipped sign, a constant factor (the classic lost 2/n), or the largest difference.
public enum AnswerComparison {
    /// Nil when `actual` equals `expected` within `tolerance` (relative, with an absolute
    /// floor of `tolerance` near zero); otherwise the reason, one sentence.
    public static func difference(_ actual: Value, _ expected: Value, tolerance: Double, language: Language = .en) -> String? {
        if case .tensor(let e) = expected, e.elementClass == .char {
            guard case .tensor(let a) = actual, a.elementClass == .char else {
                return LessonMessage.expectedText.text(language, e.stringValue, describe(actual, language))
            }
            return a.stringValue == e.stringValue ? nil : LessonMessage.textDiffers.text(language, e.stringValue, a.stringValue)
        }
        guard let want = numbers(expected) else { return LessonMessage.expectedNotNumber.text(language) }
        guard let have = numbers(actual) else { return LessonMessage.expectedNumbers.text(language, describe(actual, language)) }
        if let shape = shapeDifference(have.shape, want.shape, language: language) { return shape }
        return valueDifference(have, want, tolerance: tolerance, language: language)
    }

    /// Nil when the shapes agree; otherwise the reason.
    public static func shapeDifference(_ have: Shape, _ want: Shape, language: Language = .en) -> String? {
        if have == want { return nil }
        let h = "\(have)", w = "\(want)"
        if have.rows == want.cols && have.cols == want.rows {
            return LessonMessage.shapeTranspose.text(language, h, w)
        }
        if have.rows * have.cols == 1 {
            return LessonMessage.shapeSingle.text(language, w)
        }
        if want.rows * want.cols == 1 {
            return LessonMessage.shapeReduce.text(language, h)
        }
        return LessonMessage.shapeOther.text(language, h, w)
    }

    static func valueDifference(_ have: Matrix, _ want: Matrix, tolerance: Double, language: Language = .en) -> String? {
        let n = have.elements.count
        if n == 0 { return nil }
        if have.elements.contains(where: \.isNaN) && !want.elements.contains(where: \.isNaN) {
            return LessonMessage.containsNaN.text(language)
        }
        func close(_ a: Double, _ b: Double) -> Bool {
            if a == b || (a.isNaN && b.isNaN) { return true }
            return Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(b))
        }
        var wrong = 0
        var worst = 0
        var worstGap = -1.0
        for k in 0..<n where !close(have.elements[k], want.elements[k]) {
            wrong += 1
            let gap = Swift.abs(have.elements[k] - want.elements[k])
            if gap > worstGap || gap.isNaN { worstGap = gap; worst = k }
        }
        if wrong == 0 { return nil }
        // A matrix's reason starts by saying its shape is right.
        func reason(_ why: String) -> String { n == 1 ? why : LessonMessage.shapeRight.text(language, "\(have.shape)", why) }
        if n > 1, have.rows == have.cols, isClose(have, transposed(want), close) {
            return reason(LessonMessage.isTranspose.text(language))
        }
        if isClose(have, Matrix(rows: want.rows, cols: want.cols, elements: want.elements.map { -$0 }), close) {
            return reason(LessonMessage.signFlipped.text(language))
        }
        if let factor = constantFactor(have, want, close), n > 1 || isRound(factor) {
            return reason(LessonMessage.constantFactor.text(language, ShortNumber.text(factor)))
        }
        let values = LessonMessage.youHave.text(language, ShortNumber.text(have.elements[worst]), ShortNumber.text(want.elements[worst]))
        if n == 1 { return values }
        let at = LessonMessage.atEntry.text(language, worst % Swift.max(want.rows, 1) + 1, worst / Swift.max(want.rows, 1) + 1)
        return reason(LessonMessage.entriesDiffer.text(language, wrong, n, at, values))
    }

    /// The numbers of a numeric, logical or symbolic-with-value answer.
    static func numbers(_ v: Value) -> Matrix? {
        switch v {
        case .tensor(let t) where t.elementClass != .char: return t.matrix
        case .symbolic(let s): return s.value
        default: return nil
        }
    }

    static func describe(_ v: Value, _ language: Language) -> String {
        switch v {
        case .tensor(let t) where t.elementClass == .char: return LessonMessage.describeText.text(language, t.stringValue)
        case .tensor: return LessonMessage.describeNumber.text(language)
        case .cell: return LessonMessage.describeCell.text(language)
        case .function: return LessonMessage.describeFunction.text(language)
        case .symbolic: return LessonMessage.describeSymbolic.text(language)
        case .structure: return LessonMessage.describeStruct.text(language)
        }
    }

    static func isClose(_ a: Matrix, _ b: Matrix, _ close: (Double, Double) -> Bool) -> Bool {
        guard a.elements.count == b.elements.count else { return false }
        return zip(a.elements, b.elements).allSatisfy { close($0, $1) }
    }

    static func transposed(_ m: Matrix) -> Matrix {
        var out = [Double](repeating: 0, count: m.elements.count)
        for i in 0..<m.rows { for j in 0..<m.cols { out[j + i * m.cols] = m.elements[i + j * m.rows] } }
        return Matrix(rows: m.cols, cols: m.rows, elements: out)
    }

    /// k when have = k · want for one k ≠ 1 (and want is not all zero).
    static func constantFactor(_ have: Matrix, _ want: Matrix, _ close: (Double, Double) -> Bool) -> Double? {
        guard let pivot = want.elements.indices.max(by: { Swift.abs(want.elements[$0]) < Swift.abs(want.elements[$1]) }),
            want.elements[pivot] != 0
        else { return nil }
        let k = have.elements[pivot] / want.elements[pivot]
        guard k.isFinite, k != 0, !close(k, 1) else { return nil }
        let scaled = Matrix(rows: want.rows, cols: want.cols, elements: want.elements.map { $0 * k })
        return isClose(have, scaled, close) ? k : nil
    }

    /// A factor a student plausibly introduced: a whole number or one over one (2, −1/2, 1/100).
    static func isRound(_ k: Double) -> Bool {
        let a = Swift.abs(k)
        guard a >= 1e-4, a <= 1e4 else { return false }
        let r = a >= 1 ? a : 1 / a
        return Swift.abs(r - r.rounded()) < 1e-9 * r
    }
}
