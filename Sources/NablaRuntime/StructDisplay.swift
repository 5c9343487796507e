extension Interpreter {
    /// A struct as Octave 7 shows it: a 1×1 struct lists its fields, each shown as a variable
    /// would be and indented by four; a struct array lists only the field names.
    func renderStruct(_ name: String, _ s: StructArray) throws -> String {
        if s.count == 1 {
            return "\(name) =\n\n  scalar structure containing the fields:\n\n" + (try renderStructBody(s)) + "\n"
        }
        return "\(name) =\n\n  \(s.rows)x\(s.cols) struct array containing the fields:\n\n"
            + s.fields.map { "    \($0)\n" }.joined() + "\n"
    }

    /// The fields of a 1×1 struct (what `disp(s)` prints), or the names of a struct array's.
    func renderStructBody(_ s: StructArray) throws -> String {
        guard s.count == 1, let record = s.elements.first else {
            return s.fields.map { "    \($0)\n" }.joined()
        }
        var out = ""
        for field in s.fields {
            guard let value = record[field] else { continue }
            out += Interpreter.indented(try render(field, value), by: "    ")
        }
        return out
    }

    /// Each non-empty line indented, except the lines Octave leaves at the margin
    /// (an anonymous function's text, a "Diagonal Matrix" title).
    static func indented(_ text: String, by indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line -> String in
            if line.isEmpty || line.hasPrefix("@") || line == "Diagonal Matrix" { return String(line) }
            return indent + line
        }.joined(separator: "\n") + "\n"
    }
}
