import Foundation
import NablaSyntax

/// The search path, the current folder and file names: what lets a folder of `.m` files
/// run as it does in Octave (see FunctionFiles.swift).
extension Builtins {
    static let files: [Builtin] = [
        Builtin(
            "exist", "exist(name)  exist(name, 'var'|'file'|'dir'|'builtin')",
            "1 for a variable, 2 for a file (a function file or any file), 5 for a builtin, 7 for a folder, 103 for a function defined in a script, 0 otherwise.",
            example: "x = 3; [exist('x'), exist('sum'), exist('x', 'file')]", .session
        ) { call in
            try call.arity(1...2)
            let name = try call.string(0)
            let kind = call.args.count == 2 ? try call.string(1) : "any"
            let i = call.interpreter
            let isVariable = i.variable(name) != nil
            let isFunctionFile = Interpreter.isIdentifier(name) && i.files.path(of: name) != nil
            let isBuiltin = i.vocabulary.lookup(name) != nil
            let onDisk = i.files.kindOnDisk(name)
            switch kind {
            case "var": return [.number(isVariable ? 1 : 0)]
            case "builtin": return [.number(isBuiltin && !isFunctionFile ? 5 : 0)]
            case "dir": return [.number(onDisk == .folder ? 7 : 0)]
            case "file": return [.number(isFunctionFile || onDisk == .file ? 2 : onDisk == .folder ? 7 : 0)]
            case "any": break
            default: throw call.error("unknown type '\(kind)'", hint: "use 'var', 'file', 'dir' or 'builtin'")
            }
            if isVariable { return [.number(1)] }
            if i.functions[name] != nil { return [.number(103)] }
            if isFunctionFile { return [.number(2)] }
            if isBuiltin { return [.number(5)] }
            switch onDisk {
            case .file: return [.number(2)]
            case .folder: return [.number(7)]
            case nil: return [.number(0)]
            }
        },
        Builtin(
            "which", "which name  p = which('name')",
            "Says what a name refers to: a variable, a function file (with its path), a script or a builtin.",
            example: "x = 1; which x", .session
        ) { call in
            var paths: [Value] = []
            for k in call.args.indices {
                let name = try call.string(k)
                let i = call.interpreter
                var text: String?
                var path = ""
                if i.variable(name) != nil {
                    text = "'\(name)' is a variable"
                } else if i.functions[name] != nil {
                    text = "'\(name)' is a command-line function"
                } else if let p = i.files.path(of: name) {
                    path = p
                    let kind = (try? i.files.load(p)).map { if case .script = $0 { return "script" } else { return "function" } } ?? "function"
                    text = "'\(name)' is a \(kind) from the file \(p)"
                } else if i.vocabulary.lookup(name) != nil {
                    text = "'\(name)' is a built-in function"
                }
                if call.nargout == 0, let text { call.output.write(text + "\n") }
                paths.append(.string(path))
            }
            return call.nargout == 0 ? [] : Array(paths.prefix(max(call.nargout, 1)))
        },
        Builtin(
            "addpath", "addpath(folder)  addpath(f1, f2, …)  addpath(folder, '-end')",
            "Adds folders to the search path for function files (at the front, or at the end with '-end').",
            example: "addpath('.'); numel(path) > 0", .session
        ) { call in
            let words = try call.args.indices.map { try call.string($0) }
            let atEnd = words.contains("-end") || words.contains("-END")
            var folders = words.filter { !$0.hasPrefix("-") }.flatMap { $0.split(separator: ":").map(String.init) }
            guard !folders.isEmpty else { throw call.error("which folder?", hint: "addpath('lib')") }
            let i = call.interpreter
            folders = folders.map(i.files.resolve)
            for f in folders where i.files.kindOnDisk(f) != .folder {
                i.warn("addpath: \(f): No such file or directory")
            }
            let kept = folders.filter { i.files.kindOnDisk($0) == .folder }
            var added = i.files.added.filter { !kept.contains($0) }
            if atEnd { added += kept } else { added = kept + added }
            i.files.setAdded(added)
            return call.nargout > 0 ? [.string(i.files.pathText)] : []
        },
        Builtin(
            "rmpath", "rmpath(folder)", "Removes a folder from the search path.",
            example: "addpath('.'); rmpath('.'); 1", .session
        ) { call in
            let i = call.interpreter
            for k in call.args.indices {
                let f = i.files.resolve(try call.string(k))
                if i.files.added.contains(f) {
                    i.files.setAdded(i.files.added.filter { $0 != f })
                } else {
                    i.warn("rmpath: \(try call.string(k)): not found")
                }
            }
            return call.nargout > 0 ? [.string(i.files.pathText)] : []
        },
        Builtin(
            "path", "path  p = path  path(p)",
            "Shows the folders searched for function files, in order; path(p) sets the added ones.",
            example: "p = path; ischar(p)", .session
        ) { call in
            let i = call.interpreter
            if !call.args.isEmpty {
                let folders = try call.args.indices.flatMap { try call.string($0).split(separator: ":").map(String.init) }
                i.files.setAdded(folders.map(i.files.resolve).filter { $0 != i.files.currentDirectory })
            }
            if call.nargout > 0 { return [.string(i.files.pathText)] }
            if call.args.isEmpty {
                call.output.write(
                    "\nNabla's search path contains the following directories:\n\n"
                        + i.files.searchFolders.map { $0 + "\n" }.joined() + "\n")
            }
            return []
        },
        Builtin("pwd", "pwd  d = pwd", "The session's current folder.", example: "ischar(pwd)", .session) { call in
            let d = call.interpreter.files.currentDirectory
            if call.nargout == 0 && call.args.isEmpty {
                return [.string(d)]
            }
            return [.string(d)]
        },
        Builtin(
            "cd", "cd folder  cd('folder')", "Changes the session's current folder (where files are read and written).",
            example: "d = pwd; cd(d); strcmp(pwd, d)", .session
        ) { call in
            try call.arity(0...1)
            let i = call.interpreter
            let target = call.args.isEmpty ? "~" : try call.string(0)
            let folder = i.files.resolve(target)
            guard i.files.kindOnDisk(folder) == .folder else {
                throw call.error("\(target): No such file or directory")
            }
            i.files.currentDirectory = FunctionFiles.normalise(folder)
            return call.nargout > 0 ? [.string(i.files.currentDirectory)] : []
        },
        Builtin(
            "mfilename", "mfilename", "The name of the file being run, without folder or .m ('' at the prompt).",
            example: "isempty(mfilename)", .session
        ) { call in
            let name = call.interpreter.source.name
            guard name.hasSuffix(".m") else { return [.string("")] }
            let base = name.split(separator: "/").last.map(String.init) ?? name
            return [.string(String(base.dropLast(2)))]
        },
        Builtin(
            "fullfile", "fullfile(part, …)", "Joins folder and file names with '/'.",
            example: "fullfile('data', 'ex1', 'train.txt')", .session
        ) { call in
            let parts = try call.args.indices.map { try call.string($0) }.filter { !$0.isEmpty }
            var out = ""
            for part in parts {
                if out.isEmpty { out = part; continue }
                out = (out.hasSuffix("/") ? String(out.dropLast()) : out) + "/" + (part.hasPrefix("/") ? String(part.dropFirst()) : part)
            }
            return [.string(out)]
        },
        Builtin(
            "fileparts", "[dir, name, ext] = fileparts(file)", "Splits a file name into its folder, name and extension.",
            example: "[d, n, e] = fileparts('data/ex1.txt')", .session
        ) { call in
            try call.arity(1...1)
            let file = try call.string(0)
            var folder = "", base = file
            if let slash = file.lastIndex(of: "/") {
                folder = String(file[..<slash])
                if folder.isEmpty { folder = "/" }
                base = String(file[file.index(after: slash)...])
            }
            var name = base, ext = ""
            if let dot = base.lastIndex(of: ".") {
                name = String(base[..<dot])
                ext = String(base[dot...])
            }
            return [.string(folder), .string(name), .string(ext)]
        }
    ]
}

extension Interpreter {
    static func isIdentifier(_ s: String) -> Bool { FunctionFiles.isName(s) }
}

extension FunctionFiles {
    enum DiskKind { case file, folder }

    /// What `name` is on disk, relative to the current folder (or absolute); nil if nothing.
    func kindOnDisk(_ name: String) -> DiskKind? {
        var isFolder: ObjCBool = false
        guard !name.isEmpty, FileManager.default.fileExists(atPath: resolve(name), isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? .folder : .file
    }

    func setAdded(_ folders: [String]) { added = folders }

    /// The search path as `path` returns it: folders joined by ':'.
    var pathText: String { searchFolders.joined(separator: ":") }

    /// `a/./b/../c` as `a/c`, so `cd ..` gives the folder a user expects to see.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return "/" + parts.joined(separator: "/")
    }
}
