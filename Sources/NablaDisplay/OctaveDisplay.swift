import NablaNumerics

/// The text Octave prints for a value: after a statement not ended by `;`
/// (`display`) and for `disp`. Pure functions of the value and the options, except that
/// they throw `Interrupted` when Ctrl-C is pressed while a large matrix is laid out.
///
/// Contract: with `options.elide == nil` the output is byte-identical to
/// GNU Octave 7.3 (`octave-cli`, terminal width 80) for real double,
/// logical and char matrices, in `format short` and `format long`.
/// Ranges (`0:0.1:1`), which Octave prints one column wider when they are
/// not integers, are displayed as the matrices they evaluate to.
public enum OctaveDisplay {
    /// Exactly what Octave prints for a statement `name = value` not ended by `;`,
    /// e.g. "x = 3\n", "A =\n\n   1   2\n   3   4\n\n", "e = [](0x0)\n", "s = abc\n".
    public static func display(
        name: String, _ m: Matrix, class cls: ElementClass, options: DisplayOptions = DisplayOptions()
    ) throws -> String {
        if cls == .char { return displayChar(name: name, m) }
        if m.rows == 0 || m.cols == 0 { return "\(name) = [](\(m.rows)x\(m.cols))\n" }
        if m.rows == 1 && m.cols == 1 { return "\(name) = \(scalarText(m.elements[0], cls, options))\n" }
        if let columns = elidedColumns(m, cls, options) {
            let body = MatrixLayout.elidedBody(
                m, isLogical: cls == .logical, format: options.format,
                keepRows: options.elide?.rows ?? m.rows, keepCols: columns)
            return "\(name) = \(m.rows)×\(m.cols) matrix (elided)\n\n\(body)\n\n"
        }
        return "\(name) =\n\n\(diagonalHeader(options))\(try matrixBody(m, cls, options))\n\n"
    }

    /// When eliding is on, whether a matrix is too big to show whole — taller than the
    /// row limit, or so wide that Octave's column chunks would fill more than two screens'
    /// widths — and if so, how many columns fit in one line of the terminal.
    private static func elidedColumns(_ m: Matrix, _ cls: ElementClass, _ options: DisplayOptions) -> Int? {
        guard let keep = options.elide else { return nil }
        // The field width decides how many columns fit; surveying a huge matrix just for
        // that is not worth it, so those assume the widest short format.
        var width = 13
        if cls == .logical {
            width = 3
        } else if m.count <= 100_000 {
            var survey = FieldFormat.Survey()
            for x in m.elements { survey.add(x) }
            width = FieldFormat.matrix(survey, format: options.format).width + 2
        }
        let fitting = max(2, (options.terminalWidth - 6) / width)
        let tall = m.rows > keep.rows
        let wide = m.cols * width > options.terminalWidth * 2
        return tall || wide ? fitting : nil
    }

    private static func diagonalHeader(_ options: DisplayOptions) -> String {
        options.storage == .diagonal ? "Diagonal Matrix\n\n" : ""
    }

    /// Exactly what `disp(value)` prints.
    public static func disp(
        _ m: Matrix, class cls: ElementClass, options: DisplayOptions = DisplayOptions()
    ) throws -> String {
        if cls == .char {
            // A char array without rows still ends the line, as `disp('')` does.
            if m.rows == 0 { return "\n" }
            return charRows(m).map { $0 + "\n" }.joined()
        }
        if m.rows == 0 || m.cols == 0 { return "[](\(m.rows)x\(m.cols))\n" }
        if m.rows == 1 && m.cols == 1 { return scalarText(m.elements[0], cls, options) + "\n" }
        if let columns = elidedColumns(m, cls, options) {
            let body = MatrixLayout.elidedBody(
                m, isLogical: cls == .logical, format: options.format,
                keepRows: options.elide?.rows ?? m.rows, keepCols: columns)
            return "\(m.rows)×\(m.cols) matrix (elided)\n\n\(body)\n"
        }
        return diagonalHeader(options) + (try matrixBody(m, cls, options)) + "\n"
    }

    /// The text of one number shown alone, as in `x = 3.1416` (no padding).
    public static func scalarText(_ x: Double, _ cls: ElementClass, _ options: DisplayOptions) -> String {
        if cls == .logical { return FieldFormat.logical.render(x) }
        return FieldFormat.scalar(x, format: options.format).render(x)
    }

    // MARK: - Pieces

    private static func matrixBody(_ m: Matrix, _ cls: ElementClass, _ options: DisplayOptions) throws -> String {
        let fieldFormat: FieldFormat
        if cls == .logical {
            fieldFormat = .logical
        } else {
            var survey = FieldFormat.Survey()
            for x in m.elements { survey.add(x) }
            fieldFormat = FieldFormat.matrix(survey, format: options.format, isRange: options.storage == .range)
        }
        return try MatrixLayout.body(m, format: fieldFormat, terminalWidth: options.terminalWidth)
    }

    /// A char matrix: one row of text per line; a single row (or none) stays
    /// on the name's line.
    private static func displayChar(name: String, _ m: Matrix) -> String {
        let rows = charRows(m)
        if m.rows <= 1 { return "\(name) = \(rows.first ?? "")\n" }
        return "\(name) =\n\n" + rows.map { $0 + "\n" }.joined() + "\n"
    }

    /// The rows of a char matrix as strings. Codes that are not Unicode scalar
    /// values (negative, fractional, surrogates) show as U+FFFD rather than trap.
    static func charRows(_ m: Matrix) -> [String] {
        (0..<m.rows).map { i in
            var s = String.UnicodeScalarView()
            for j in 0..<m.cols { s.append(unicodeScalar(m[i, j])) }
            return String(s)
        }
    }

    static func unicodeScalar(_ code: Double) -> Unicode.Scalar {
        guard code.isFinite, code >= 0, code <= 0x10FFFF, code == code.rounded(),
            let u = Unicode.Scalar(UInt32(code))
        else { return "\u{FFFD}" }
        return u
    }
}
