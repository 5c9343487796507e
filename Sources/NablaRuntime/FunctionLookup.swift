import NablaSyntax

extension Interpreter {
    /// What a name calls.
    enum Callee {
        case user(UserFunction)
        /// A script file: its statements run in the caller's workspace.
        case script(Program)
        case builtin(Builtin)
    }

    /// What calling `name` runs, in Octave's order: a subfunction of the file whose function
    /// is running, a function defined in a script or at the prompt, a `.m` file on the path
    /// (which replaces a builtin of the same name, as in Octave — said once per session), a
    /// builtin. Nil when nothing has the name. Reading the file may fail with its syntax error,
    /// located in that file.
    func callee(_ name: String, at range: SourceRange) throws -> Callee? {
        if let file = current.file, let f = files.function(name, inFile: file) { return .user(f) }
        if let f = functions[name] { return .user(f) }
        if let path = files.path(of: name) {
            let content: FunctionFile.Content
            do {
                content = try files.load(path)
            } catch {
                guard let source = error.source else {
                    throw Diagnostic.error(error.diagnostic.message, at: range)
                }
                lastErrorSource = source
                throw error.diagnostic
            }
            noteShadowing(name, path)
            switch content {
            case .function(let main, let table):
                if let f = table[main] { return .user(f) }
            case .script(let program):
                return .script(program)
            }
        }
        return vocabulary.lookup(name).map(Callee.builtin)
    }

    /// The builtin `name` calls, when it takes its arguments as formulas (`grad`, `latex`)
    /// and no function of the user's takes its place.
    func takesFormulas(_ name: String) -> Builtin? {
        guard let b = vocabulary.lookup(name), b.takesFormulas, !isUserFunction(name) else { return nil }
        return b
    }

    /// Whether `name` names something callable, without reading any file.
    func isFunction(_ name: String) -> Bool {
        isUserFunction(name) || vocabulary.lookup(name) != nil
    }

    /// Whether `name` is the user's own function (from a script, the prompt or a file), which
    /// takes the place of any builtin of that name.
    func isUserFunction(_ name: String) -> Bool {
        if let file = current.file, files.function(name, inFile: file) != nil { return true }
        return functions[name] != nil || files.path(of: name) != nil
    }

    /// "sigmoid.m in this folder replaces the builtin sigmoid", once per name and session:
    /// students rely on Nabla's builtins, so a stray file of the same name should not go unseen.
    private func noteShadowing(_ name: String, _ path: String) {
        guard vocabulary.lookup(name) != nil, files.notedShadows.insert(name).inserted else { return }
        let folder = String(path.dropLast(name.count + 3))
        let place = folder == files.currentDirectory ? "this folder" : folder
        output.writeError("note: \(name).m in \(place) replaces the builtin \(name)\n")
    }

    /// Runs a script file in the current workspace, as Octave does for a script called by name.
    func runScript(_ program: Program, range: SourceRange) throws {
        try enterCall(range)
        defer { leaveCall() }
        for f in program.functions {
            functions[f.name] = UserFunction(definition: f, source: program.source)
        }
        let saved = source
        source = program.source
        defer { source = saved }
        do {
            _ = try execute(program.statements)
        } catch let d as Diagnostic {
            if lastErrorSource == nil { lastErrorSource = program.source }
            throw d
        }
    }
}
