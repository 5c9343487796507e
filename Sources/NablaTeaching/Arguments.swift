import NablaNumerics
import NablaRuntime
import NablaSyntax

/// Reading the arguments of teaching builtins as the student wrote them.
extension BuiltinCall {
    /// The variable names in argument `k`: a name (`W`) or a cell of names (`{W1, b1}`).
    /// Each must hold a numeric value, since a step changes it.
    func parameterNames(_ k: Int) throws -> [String] {
        guard k < argumentExprs.count else { throw error("missing argument \(k + 1): the parameters to change") }
        var names: [String] = []
        switch argumentExprs[k].kind {
        case .identifier(let n):
            names = [n]
        case .cell(let rows):
            for e in rows.joined() {
                guard case .identifier(let n) = e.kind else {
                    throw error(
                        "argument \(k + 1) must list variables by name, like {W1, b1}",
                        hint: "write the names themselves, not expressions")
                }
                names.append(n)
            }
        default:
            throw error("argument \(k + 1) must be a variable or a list of variables, like W or {W1, b1}")
        }
        guard !names.isEmpty else { throw error("argument \(k + 1) lists no variables") }
        for n in names {
            guard interpreter.variable(n)?.numericMatrix != nil else {
                throw error(
                    "'\(n)' must be a variable holding numbers to be a parameter",
                    hint: "give it a starting value first, e.g. \(n) = 0")
            }
        }
        guard Set(names).count == names.count else { throw error("a parameter is listed twice") }
        return names
    }

    /// The numeric value of variable `name`.
    func parameterValue(_ name: String) throws -> Matrix {
        guard let m = interpreter.variable(name)?.numericMatrix else {
            throw error("'\(name)' has no numeric value")
        }
        return m
    }

    /// Octave-style `'name', value` pairs starting at argument `start`, keys lower-cased.
    func options(from start: Int, allowed: Set<String>) throws -> [String: (value: Value, expr: Expr)] {
        var out: [String: (value: Value, expr: Expr)] = [:]
        var k = start
        while k < args.count {
            guard isString(k) else {
                throw error(
                    "argument \(k + 1) should be an option name in quotes, like 'lr'",
                    hint: "options come in pairs: 'lr', 0.1, 'steps', 100")
            }
            let key = try string(k).lowercased()
            guard allowed.contains(key) else {
                throw error("unknown option '\(key)'", hint: "options: " + allowed.sorted().joined(separator: ", "))
            }
            guard k + 1 < args.count else { throw error("option '\(key)' needs a value after it") }
            out[key] = (args[k + 1], argumentExprs.count > k + 1 ? argumentExprs[k + 1] : argumentExprs[k])
            k += 2
        }
        return out
    }
}

extension Value {
    /// A formula with a value as its number; everything else as it is.
    var numeric: Value {
        if case .symbolic(let s) = self, let v = s.value { return .matrix(v) }
        return self
    }

    /// The number in a numeric 1×1 value.
    var scalarNumber: Double? {
        guard case .tensor(let t) = numeric, t.elementClass != .char, t.matrix.count == 1 else { return nil }
        return t.matrix.scalar
    }

    var numericMatrix: Matrix? {
        guard case .tensor(let t) = numeric, t.elementClass != .char else { return nil }
        return t.matrix
    }

    var text: String? {
        guard case .tensor(let t) = self, t.elementClass == .char else { return nil }
        return t.stringValue
    }
}
