import NablaNumerics

/// Lays out a numeric or logical matrix the way Octave prints its body:
/// every number right-aligned in a column `width + 2` characters wide, and —
/// when the rows are wider than the terminal — the columns cut into chunks,
/// each introduced by a " Columns 1 through 8:" header.
///
/// The result has no trailing newline; callers add Octave's framing.
enum MatrixLayout {
    /// The body of a non-empty matrix with more than one element, in full.
    /// Throws `Interrupted` on Ctrl-C, which is polled once a row.
    static func body(_ m: Matrix, format fieldFormat: FieldFormat, terminalWidth: Int) throws -> String {
        let columnWidth = fieldFormat.width + 2
        let totalWidth = m.cols * columnWidth
        let maxWidth = max(terminalWidth, 0)
        var perChunk = m.cols
        let split = totalWidth > maxWidth
        if split { perChunk = max(maxWidth / columnWidth, 1) }

        var out = ""
        var first = 0
        while first < m.cols {
            let limit = min(first + perChunk, m.cols)
            if split {
                if first != 0 { out += "\n\n" }
                out += columnHeader(first: first, limit: limit) + "\n\n"
            }
            for i in 0..<m.rows {
                try Interrupt.check()
                for j in first..<limit {
                    out += "  "
                    out += fieldFormat.render(m[i, j])
                }
                if i < m.rows - 1 { out += "\n" }
            }
            first = limit
        }
        return out
    }

    /// " Column 5:", " Columns 5 and 6:" or " Columns 5 through 12:" (1-based, inclusive).
    static func columnHeader(first: Int, limit: Int) -> String {
        switch limit - first {
        case 1: return " Column \(first + 1):"
        case 2: return " Columns \(first + 1) and \(limit):"
        default: return " Columns \(first + 1) through \(limit):"
        }
    }

    /// Which indices of `0..<n` stay visible when at most `keep` may be shown:
    /// the first half and the last half, with the cut after `head` of them.
    static func visibleIndices(_ n: Int, keep: Int) -> (indices: [Int], head: Int)? {
        let keep = max(keep, 2)
        guard n > keep else { return nil }
        let head = (keep + 1) / 2
        let tail = keep / 2
        return (Array(0..<head) + Array((n - tail)..<n), head)
    }

    /// The body of a large matrix with its middle rows and/or columns replaced
    /// by ⋮ and … markers. Only the visible elements are examined or formatted,
    /// so this is fast for any size.
    static func elidedBody(
        _ m: Matrix, isLogical: Bool, format: NumberFormat, keepRows: Int, keepCols: Int
    ) -> String {
        let rowPick = visibleIndices(m.rows, keep: keepRows)
        let colPick = visibleIndices(m.cols, keep: keepCols)
        let rowIdx = rowPick?.indices ?? Array(0..<m.rows)
        let colIdx = colPick?.indices ?? Array(0..<m.cols)

        let fieldFormat: FieldFormat
        if isLogical {
            fieldFormat = .logical
        } else {
            var survey = FieldFormat.Survey()
            for j in colIdx { for i in rowIdx { survey.add(m[i, j]) } }
            fieldFormat = FieldFormat.matrix(survey, format: format)
        }
        let w = fieldFormat.width

        func line(_ cell: (Int) -> String, gap: String) -> String {
            var s = ""
            for (k, j) in colIdx.enumerated() {
                if let cp = colPick, k == cp.head { s += "  " + gap }
                s += "  " + cell(j)
            }
            return s
        }

        var lines: [String] = []
        for (k, i) in rowIdx.enumerated() {
            if let rp = rowPick, k == rp.head {
                lines.append(line({ _ in "⋮".padded(toWidth: w) }, gap: "⋱"))
            }
            lines.append(line({ j in fieldFormat.render(m[i, j]) }, gap: "…"))
        }
        return lines.joined(separator: "\n")
    }
}
