import NablaNumerics
import NablaDisplay
import NablaSyntax
import NablaSymbolic

extension BuiltinCall {
    /// printf-family arguments: matrices flattened column-major, text kept whole.
    func printfArguments(from start: Int) throws -> [PrintfArgument] {
        var out: [PrintfArgument] = []
        for k in start..<args.count {
            switch args[k].materialized {
            case .symbolic:
                throw error("wrong type argument 'sym' (a symbol with no value)")
            case .tensor(let t):
                if t.elementClass == .char {
                    out.append(
                        .string(
                            String(String.UnicodeScalarView(t.matrix.elements.compactMap { Unicode.Scalar(UInt32(Swift.max(0, Swift.min($0, 0x10FFFF)))) }))))
                } else {
                    out.append(contentsOf: t.matrix.elements.map { .number($0) })
                }
            case .cell:
                throw error("wrong type argument 'cell array'", hint: "pass the cell's contents, e.g. c{1}")
            case .function:
                throw error("wrong type argument 'function handle'")
            case .structure:
                throw error("wrong type argument 'struct'", hint: "print its fields, e.g. s.name")
            }
        }
        return out
    }

    func formatted(templateAt k: Int) throws -> String {
        let template = try string(k)
        // Octave expands escapes in a single-quoted template; a double-quoted one had its
        // escapes expanded when it was read, and `"a\\nb"` must print a backslash.
        var doubleQuoted = false
        if k < argumentExprs.count, case .string(_, let dq) = argumentExprs[k].kind { doubleQuoted = dq }
        do {
            return try Printf.format(template, try printfArguments(from: k + 1), processEscapes: !doubleQuoted)
        } catch let e as PrintfError {
            throw error(e.description, hint: e.explanation)
        }
    }

    /// A char matrix from rows of text (padded with spaces to equal length, as Octave's char()).
    static func charMatrix(_ rows: [String]) -> Value {
        let scalars = rows.map { Array($0.unicodeScalars) }
        let width = scalars.map(\.count).max() ?? 0
        if rows.count == 1 { return .string(rows[0]) }
        var m = Matrix(rows: rows.count, cols: width, repeating: 32)
        for (i, r) in scalars.enumerated() { for (j, u) in r.enumerated() { m[i, j] = Double(u.value) } }
        return .tensor(Tensor(m, class: .char))
    }
}

extension Builtins {
    static let text: [Builtin] = [
        Builtin("disp", "disp(x)", "Shows a value without its name.", example: "disp([1 2; 3 4])", .text) { call in
            try call.arity(1...1)
            let interp = call.interpreter
            switch call.args[0] {
            case .tensor(let t):
                var options = interp.settings.numbers(for: t)
                options.elide = nil  // an explicit request prints everything
                call.output.write(try OctaveDisplay.disp(t.matrix, class: t.elementClass, options: options))
            case .function(let f):
                switch f {
                case .handle(let n): call.output.write("@\(n)\n")
                case .anonymous(let a): call.output.write(OctaveCode.anonymous(a) + "\n")
                }
            case .cell:
                let text = try interp.render("x", call.args[0])
                call.output.write(String(text.drop { $0 != "\n" }.dropFirst()))
            case .symbolic(let s):
                call.output.write(SharedForm(s.node, names: s.names).print(interp.settings.math.notation) + "\n")
            case .structure(let s):
                call.output.write(try interp.renderStructBody(s))
            }
            return []
        },
        Builtin(
            "printf", "printf(template, …)", "Prints formatted text (C-style %d %f %g %s …, template reused).",
            example: "printf('%d squared is %d\\n', 3, 9)", .text
        ) { call in
            try call.arity(1...Int.max)
            call.output.write(try call.formatted(templateAt: 0))
            return []
        },
        Builtin(
            "fprintf", "fprintf(template, …)  fprintf(fid, template, …)",
            "Like printf; a leading file id writes to a file opened with fopen, or 1 (stdout) or 2 (stderr).",
            example: "fprintf('%5.2f\\n', pi)", .text
        ) { call in
            try call.arity(1...Int.max)
            if !call.isString(0), case .tensor(let t) = call.args[0], t.matrix.count == 1, call.args.count >= 2 {
                try Builtins.write(call, fid: 0, try call.formatted(templateAt: 1))
                return []
            }
            call.output.write(try call.formatted(templateAt: 0))
            return []
        },
        Builtin(
            "sprintf", "sprintf(template, …)", "Formats text like printf and returns it.",
            example: "s = sprintf('%5.2f|', [1 2 3])", .text
        ) { call in
            try call.arity(1...Int.max)
            return [.string(try call.formatted(templateAt: 0))]
        },
        Builtin("puts", "puts(text)", "Prints text as it is.", example: "puts('hello\\n')", .text) { call in
            try call.arity(1...1)
            call.output.write(try call.string(0))
            return []
        },
        Builtin(
            "num2str", "num2str(x)  num2str(x, precision)  num2str(x, format)", "Text for a number or matrix.",
            example: "num2str(pi)", .text
        ) { call in
            try call.arity(1...2)
            let t = try call.tensor(0)
            if t.elementClass == .char { return [call.args[0]] }
            if call.args.count == 2 {
                if call.isString(1) {
                    do { return [BuiltinCall.charMatrix(try NumberText.num2str(t.matrix, format: try call.string(1)))] } catch let e as PrintfError {
                        throw call.error(e.description, hint: e.explanation)
                    }
                }
                return [BuiltinCall.charMatrix(try NumberText.num2str(t.matrix, precision: try call.integer(1, min: 1)))]
            }
            return [BuiltinCall.charMatrix(try NumberText.num2str(t.matrix, class: t.elementClass))]
        },
        Builtin("int2str", "int2str(x)", "Text for x rounded to integers.", example: "int2str(2.7)", .text) { call in
            try call.arity(1...1)
            let m = try call.matrix(0).map { $0.rounded(.toNearestOrAwayFromZero) }
            return [BuiltinCall.charMatrix(try NumberText.num2str(m, class: .double))]
        },
        Builtin(
            "mat2str", "mat2str(x)  mat2str(x, n)", "Text that recreates a matrix when evaluated.",
            example: "mat2str([1.5 -2; 0 3])", .text
        ) { call in
            try call.arity(1...2)
            let t = try call.tensor(0)
            let n = call.args.count == 2 ? try call.integer(1, min: 1) : 15
            if t.elementClass == .char {
                let rows = t.stringValue.split(separator: "\n", omittingEmptySubsequences: false).map { "\"\($0)\"" }
                return [.string(rows.count == 1 ? rows[0] : "[" + rows.joined(separator: ";") + "]")]
            }
            return [.string(try NumberText.mat2str(t.matrix, class: t.elementClass, precision: n))]
        },
        Builtin(
            "char", "char(codes)  char(s1, s2, …)", "Text from character codes, or rows of text padded to one width.",
            example: "char([72 105])", .text
        ) { call in
            try call.arity(1...Int.max)
            if call.args.count == 1, case .tensor(let t) = call.args[0] {
                for x in t.matrix.elements where x < 0 || x >= 0x110000 || x != x.rounded() {
                    throw call.error("character codes must be integers from 0 to 1114111 (got \(x))")
                }
                return [.tensor(Tensor(t.matrix, class: .char))]
            }
            return [BuiltinCall.charMatrix(try call.args.indices.map { try call.string($0) })]
        },
        Builtin(
            "strcat", "strcat(a, b, …)", "Joins strings (trailing spaces of char arguments are removed).",
            example: "strcat('nab', 'la')", .text
        ) { call in
            var s = ""
            for k in call.args.indices {
                var piece = try call.string(k)
                while piece.hasSuffix(" ") || piece.hasSuffix("\t") { piece.removeLast() }
                s += piece
            }
            return [.string(s)]
        },
        Builtin(
            "strcmp", "strcmp(a, b)", "True when both are the same text; with a cell array of strings, element by element.", example: "strcmp('relu', 'relu')",
            .text
        ) { call in
            try call.arity(2...2)
            if call.args.contains(where: { if case .cell = $0.materialized { true } else { false } }) { return [try compareStrings(call, fold: false)] }
            guard case .tensor(let a) = call.args[0], case .tensor(let b) = call.args[1],
                a.elementClass == .char, b.elementClass == .char
            else { return [.bool(false)] }
            return [.bool(a.matrix == b.matrix)]
        },
        Builtin("strcmpi", "strcmpi(a, b)", "strcmp ignoring case.", example: "strcmpi('ReLU', 'relu')", .text) { call in
            try call.arity(2...2)
            if call.args.contains(where: { if case .cell = $0.materialized { true } else { false } }) { return [try compareStrings(call, fold: true)] }
            guard call.isString(0), call.isString(1) else { return [.bool(false)] }
            return [.bool(try call.string(0).lowercased() == (try call.string(1)).lowercased())]
        },
        Builtin("upper", "upper(s)", "Upper-case text.", example: "upper('sigma')", .text) { call in
            try call.arity(1...1)
            return [.string(try call.string(0).uppercased())]
        },
        Builtin("lower", "lower(s)", "Lower-case text.", example: "lower('ReLU')", .text) { call in
            try call.arity(1...1)
            return [.string(try call.string(0).lowercased())]
        },
        Builtin("strtrim", "strtrim(s)", "Removes leading and trailing white space.", example: "strtrim('  x  ')", .text) { call in
            try call.arity(1...1)
            let s = try call.string(0)
            let trimmed = s.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            let end = trimmed.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            return [.string(String(end.reversed()))]
        },
        Builtin("num2cell", "num2cell(A)", "A cell array holding each element of A.", example: "c = num2cell([1 2])", .text) { call in
            try call.arity(1...1)
            let t = try call.tensor(0)
            do { try Limits.check(elements: Double(t.matrix.count), bytesPerElement: Limits.bytesPerCell) } catch let e as NumericError {
                throw call.error(e.description)
            }
            return [
                .cell(
                    CellArray(
                        rows: t.matrix.rows, cols: t.matrix.cols,
                        elements: t.matrix.elements.map { .tensor(Tensor(Matrix(scalar: $0), class: t.elementClass)) }))
            ]
        },
        Builtin("error", "error(template, …)", "Stops with an error message.", example: "try, error('bad value %d', 3), catch err, disp(err), end", .text) {
            call in
            try call.arity(1...Int.max)
            let message = try call.formatted(templateAt: 0)
            throw Diagnostic.error(message, at: call.range)
        },
        Builtin(
            "warning", "warning(template, …)  warning off|on", "Prints a warning and goes on.",
            example: "warning('learning rate %g looks large', 5)", .text
        ) { call in
            try call.arity(1...Int.max)
            let first = try call.string(0)
            if call.args.count == 2 && (first == "off" || first == "on"),
                NonFiniteWarning.identifiers.contains(try call.string(1))
            {
                call.interpreter.warnsOnNonFinite = first == "on"
                return []
            }
            if call.args.count <= 2 && (first == "off" || first == "on" || first == "query") { return [] }
            call.output.writeError("warning: " + (try call.formatted(templateAt: 0)) + "\n")
            return []
        }
    ]
}
