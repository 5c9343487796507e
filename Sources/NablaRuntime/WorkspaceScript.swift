#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaSyntax

/// `:save FILE`: the workspace written as a script that recreates it when run.
///
/// Contract: running the script in an empty session gives variables equal to the saved
/// ones — same class, shape and bits (numbers are written in the shortest form that
/// reads back to the same Double, including `-0`, `Inf` and `NaN`), text, logicals,
/// cell arrays, function handles and anonymous functions with the values they
/// captured. Functions and `:=` formulas defined in the session are written too. The
/// script is plain Octave apart from `:=` formulas, which only Nabla has.
public enum WorkspaceScript {
    /// The script for the interpreter's current scope.
    public static func script(for interpreter: Interpreter) -> String {
        var writer = Writer(reserved: Set(interpreter.variableNames))
        return writer.script(interpreter)
    }

    /// Writes the script to `path` atomically (a temporary file in the same directory,
    /// then rename), so an existing file is never left half-written.
    /// Throws a diagnostic worded for the user when the file cannot be written.
    /// `:save` itself goes through `WorkspaceFile.write`, which stores large matrices as bytes.
    public static func write(_ interpreter: Interpreter, to path: String) throws {
        let text = script(for: interpreter)
        try writeAtomically(text, to: path)
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        if let reason = AtomicFile.write(text, to: path) {
            throw Diagnostic(.error, "cannot write '\(path)': \(reason)")
        }
    }

    /// Builds the script. Values that need set-up statements (anonymous functions whose
    /// captured variables must exist when the function is created) are built into
    /// temporary variables first; the real names are all assigned at the end, so no
    /// set-up step can overwrite a variable that was already restored.
    struct Writer {
        var setup: [String] = []
        /// Names assigned during set-up that the workspace does not have: cleared at the end.
        var scratch: [String] = []
        var reserved: Set<String>
        var counter = 0
        /// Temporaries already holding an anonymous function, by object.
        var built: [ObjectIdentifier: String] = [:]

        init(reserved: Set<String>) { self.reserved = reserved }

        mutating func script(_ interpreter: Interpreter) -> String {
            let p = parts(interpreter, excluding: [])
            return p.variables + p.definitions
        }

        /// The script in two parts: set-up and variables (all but `excluding`, which the
        /// caller stores another way), then formulas and functions.
        mutating func parts(_ interpreter: Interpreter, excluding: Set<String>) -> (variables: String, definitions: String) {
            var out = "% Nabla workspace, written by :save. Run it (nabla FILE, or :load FILE)\n"
            out += "% to recreate these variables.\n"
            var finals: [String] = []
            var skipped: [String] = []
            for name in interpreter.variableNames where !excluding.contains(name) {
                guard let value = interpreter.variable(name) else { continue }
                if let e = expression(value) {
                    finals.append("\(name) = \(e);")
                } else {
                    skipped.append(name)
                }
            }
            if !skipped.isEmpty {
                out += "% Not saved (no script form yet): " + skipped.joined(separator: ", ") + "\n"
            }
            out += setup.map { $0 + "\n" }.joined()
            out += finals.map { $0 + "\n" }.joined()
            let leftovers = scratch.filter { !interpreter.variableNames.contains($0) }.uniqued()
            if !leftovers.isEmpty { out += "clear " + leftovers.joined(separator: " ") + "\n" }

            var definitions = ""
            let formulas = interpreter.current.formulas.sorted { $0.key < $1.key }
            if !formulas.isEmpty {
                definitions += "% Formulas (Nabla's := binds a name to an expression, re-evaluated on use).\n"
                for (name, formula) in formulas { definitions += "\(name) := \(OctaveCode.print(formula.expr));\n" }
            }
            let functions = interpreter.functions.sorted { $0.key < $1.key }
            if !functions.isEmpty {
                definitions += "% Functions defined in the session.\n"
                for (_, f) in functions { definitions += f.source.text(in: f.definition.range) + "\n" }
            }
            return (out, definitions)
        }

        /// An expression that evaluates to `value` once the set-up emitted so far has run,
        /// and that later set-up cannot change: a literal or a temporary's name. Nil for
        /// values with no script form (symbolic values, for now).
        mutating func expression(_ value: Value) -> String? {
            switch value {
            case .tensor(let t):
                return tensor(t)
            case .cell(let c):
                if c.elements.isEmpty { return "cell(\(c.rows), \(c.cols))" }
                var rows: [String] = []
                for i in 0..<c.rows {
                    var row: [String] = []
                    for j in 0..<c.cols {
                        let k = j * c.rows + i
                        guard k < c.elements.count else { row.append("[]"); continue }
                        guard let e = expression(c.elements[k]) else { return nil }
                        row.append(e)
                    }
                    rows.append(row.joined(separator: ", "))
                }
                return "{" + rows.joined(separator: "; ") + "}"
            case .function(.handle(let name)):
                return "@" + name
            case .function(.anonymous(let f)):
                let text = OctaveCode.anonymous(f)
                guard !f.captured.isEmpty else { return text }
                // A function captured by several others is built once.
                if let built = built[ObjectIdentifier(f)] { return built }
                // Build each captured value into a temporary first (it may itself need
                // set-up), then give the captured names their values and create the function.
                var bindings: [(String, String)] = []
                for (name, captured) in f.captured.sorted(by: { $0.key < $1.key }) {
                    let before = setup.count
                    guard let e = expression(captured) else { return nil }
                    if setup.count == before {
                        // A literal: nothing can change it, bind it directly.
                        bindings.append((name, e))
                    } else {
                        let t = temporary()
                        setup.append("\(t) = \(e);")
                        bindings.append((name, t))
                    }
                }
                for (name, e) in bindings {
                    setup.append("\(name) = \(e);")
                    scratch.append(name)
                }
                let t = temporary()
                setup.append("\(t) = \(text);")
                built[ObjectIdentifier(f)] = t
                return t
            default:
                return nil
            }
        }

        mutating func temporary() -> String {
            while true {
                counter += 1
                let name = "saved_value_\(counter)_"
                if !reserved.contains(name) {
                    scratch.append(name)
                    return name
                }
            }
        }

        func tensor(_ t: Tensor) -> String {
            let m = t.matrix
            switch t.elementClass {
            case .char:
                if m.rows == 0 || m.cols == 0 { return "''" }
                let rows = (0..<m.rows).map { i in charRow((0..<m.cols).map { j in m[i, j] }) }
                return rows.count == 1 ? rows[0] : "[" + rows.joined(separator: "; ") + "]"
            case .logical:
                if m.rows == 0 || m.cols == 0 { return "logical(zeros(\(m.rows), \(m.cols)))" }
                if m.rows == 1 && m.cols == 1 { return m[0, 0] != 0 ? "true" : "false" }
                return "logical(" + numbers(m) + ")"
            case .double:
                if m.rows == 0 && m.cols == 0 { return "[]" }
                if m.rows == 0 || m.cols == 0 { return "zeros(\(m.rows), \(m.cols))" }
                if m.rows == 1 && m.cols == 1 { return WorkspaceScript.number(m[0, 0]) }
                return numbers(m)
            }
        }

        /// A matrix literal, one row per line so large matrices stay readable.
        func numbers(_ m: Matrix) -> String {
            let rows = (0..<m.rows).map { i in
                (0..<m.cols).map { j in WorkspaceScript.number(m[i, j]) }.joined(separator: ", ")
            }
            if m.rows == 1 { return "[" + rows[0] + "]" }
            return "[\n  " + rows.joined(separator: "\n  ") + "\n]"
        }

        /// One row of a char array: a quoted string, with control characters (which a
        /// quoted string cannot hold) spliced in as character codes: ['a', 10, 'b'].
        func charRow(_ codes: [Double]) -> String {
            var pieces: [String] = []
            var text = ""
            for code in codes {
                if code >= 32, code != 127, code < 0x110000, let u = Unicode.Scalar(UInt32(code)) {
                    text.unicodeScalars.append(u)
                } else {
                    if !text.isEmpty { pieces.append(quoted(text)); text = "" }
                    pieces.append(WorkspaceScript.number(code))
                }
            }
            if !text.isEmpty { pieces.append(quoted(text)) }
            if pieces.count == 1, let only = pieces.first, only.hasPrefix("'") { return only }
            // A leading char piece keeps the concatenation's class char.
            if pieces.first?.hasPrefix("'") != true { pieces.insert("''", at: 0) }
            return "[" + pieces.joined(separator: ", ") + "]"
        }

        func quoted(_ s: String) -> String { "'" + s.replacing("'", with: "''") + "'" }
    }

    /// The shortest decimal that reads back as exactly `x`; `-0`, `Inf`, `-Inf`, `NaN`.
    public static func number(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "Inf" : "-Inf" }
        if x == 0 { return x.sign == .minus ? "-0" : "0" }
        var s = "\(x)"  // Swift prints the shortest round-tripping form
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}

extension Array where Element == String {
    /// The elements in first-seen order without repeats.
    fileprivate func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
