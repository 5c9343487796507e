import NablaNumerics
import NablaSyntax

/// Calling functions given by name, handle or text: what course minimisers are built on.
extension Builtins {
    static let functionCalls: [Builtin] = [
        Builtin(
            "feval", "feval(f, args…)", "Calls f — a function's name or a handle — with the arguments.",
            example: "feval('max', [3 9 4])", .session
        ) { call in
            guard let first = call.args.first else { throw call.error("which function?", hint: "feval(@sin, 1)") }
            let rest = Array(call.args.dropFirst())
            if case .function(let f) = first {
                return try call.interpreter.callFunctionValue(f, rest, nargout: call.nargout, range: call.range)
            }
            return try call.interpreter.callFunction(named: try call.string(0), rest, nargout: call.nargout, range: call.range)
        },
        Builtin(
            "eval", "eval(code)  eval(code, catch_code)  v = eval(expression)",
            "Runs Octave code given as text in the current workspace; if it fails, runs catch_code instead.",
            example: "eval('x = 6 * 7')", .session
        ) { call in
            try call.arity(1...2)
            let code = try call.string(0)
            let fallback = call.args.count == 2 ? try call.string(1) : nil
            do {
                return try call.interpreter.evaluateText(code, nargout: call.nargout, at: call.range)
            } catch let d as Diagnostic {
                guard let fallback else { throw d }
                return try call.interpreter.evaluateText(fallback, nargout: call.nargout, at: call.range)
            }
        },
        Builtin(
            "str2func", "f = str2func('name')  f = str2func('@(x) …')", "A function handle from its name or from the text of an anonymous function.",
            example: "f = str2func('@(x) x.^2'); f(3)", .session
        ) { call in
            try call.arity(1...2)
            let text = try call.string(0).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("@") {
                let values = try call.interpreter.evaluateText(text, nargout: 1, at: call.range)
                guard let f = values.first else { throw call.error("'\(text)' is not a function") }
                return [f]
            }
            guard FunctionFiles.isName(text) else { throw call.error("'\(text)' is not a function name") }
            return [.function(.handle(text))]
        },
        Builtin(
            "func2str", "func2str(f)", "The text of a function handle.",
            example: "func2str(@(x) x + 1)", .session
        ) { call in
            try call.arity(1...1)
            guard case .function(let f) = call.args[0] else { throw call.error("FCN_HANDLE argument must be a valid function handle") }
            switch f {
            case .handle(let n): return [.string(n)]
            case .anonymous(let a): return [.string(OctaveCode.anonymous(a))]
            }
        },
        Builtin(
            "is_function_handle", "is_function_handle(x)", "True for a function handle.",
            example: "is_function_handle(@sin)", .session
        ) { call in
            try call.arity(1...1)
            if case .function = call.args[0] { return [.bool(true)] }
            return [.bool(false)]
        }
    ]
}

extension Interpreter {
    /// Runs code given as text (eval) in the current workspace. With `nargout` > 0 the text
    /// must be one expression, whose values are returned.
    /// An error in the text is reported at the call, quoting the text, so it is found in the
    /// file that holds the call.
    func evaluateText(_ code: String, nargout: Int, at range: SourceRange) throws -> [Value] {
        do {
            return try evaluateText(code, nargout: nargout)
        } catch let d as Diagnostic {
            lastErrorSource = nil
            throw Diagnostic.error("\(d.message) (in the code '\(code)')", at: range, hint: d.hint)
        }
    }

    private func evaluateText(_ code: String, nargout: Int) throws -> [Value] {
        let source = SourceFile(name: "eval", text: code)
        if nargout > 0 {
            let e = try Parser.parseExpression(source)
            let saved = self.source
            self.source = source
            defer { self.source = saved }
            return try evaluateMulti(e, nargout: nargout)
        }
        let program = try Parser.parse(source)
        for f in program.functions { functions[f.name] = UserFunction(definition: f, source: source) }
        let saved = self.source
        self.source = source
        defer { self.source = saved }
        do {
            _ = try execute(program.statements)
        } catch let d as Diagnostic {
            if lastErrorSource == nil { lastErrorSource = source }
            throw d
        }
        return []
    }
}
