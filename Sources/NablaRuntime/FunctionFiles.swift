import Foundation
import NablaSyntax

/// The `.m` files a session can call by name: where they are looked for, and what was
/// read from them.
///
/// Search order, as in Octave: the current folder, then the folders of the scripts being
/// run (so a course folder works wherever it is started from), then the folders added with
/// `addpath`, in the order `path` shows them. Folder listings and file times are read again
/// once per top-level input — Octave, too, checks a function file's time only when a new
/// prompt has been shown since it last looked — so an edited file is picked up by the next
/// input, while a loop calling a function a million times does not stat it a million times.
public final class FunctionFiles {
    /// The session's current folder (`cd`, `pwd`); relative file names are resolved against
    /// it. The process's own folder is never changed, so sessions cannot disturb each other.
    public var currentDirectory: String { didSet { pathChanged() } }
    /// Folders added with `addpath`, in search order.
    public internal(set) var added: [String] = [] { didSet { pathChanged() } }
    /// Folders of the script files being run, innermost last.
    var scriptFolders: [String] = [] { didSet { pathChanged() } }
    /// Changes whenever the search path does. What a name calls changes only with it, `generation`
    /// and the session's own functions, so compiled call sites keep their answer until one changes.
    @exclusivity(unchecked) private(set) var pathVersion = 0

    private func pathChanged() {
        merged = nil
        pathVersion &+= 1
    }
    /// Bumped once per top-level input: listings and file times older than this are re-read.
    @exclusivity(unchecked) var generation = 0
    private var listings: [String: (generation: Int, names: [String: String])] = [:]
    /// Every name on the path with its file, first folder winning; nil when it must be rebuilt.
    private var merged: [String: String]?
    private var mergedGeneration = -1
    private var files: [String: FunctionFile] = [:]
    /// Builtins a file has been reported to replace, so the note is shown once.
    var notedShadows: Set<String> = []

    public init(currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.currentDirectory = currentDirectory
    }

    /// The folders searched, first to last, without repeats.
    public var searchFolders: [String] {
        var seen: Set<String> = []
        return ([currentDirectory] + scriptFolders.reversed() + added).filter { seen.insert($0).inserted }
    }

    /// An absolute path for `path` as the user wrote it.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") {
            return (ProcessInfo.processInfo.environment["HOME"] ?? "/") + path.dropFirst()
        }
        return currentDirectory == "/" ? "/" + path : currentDirectory + "/" + path
    }

    /// The file `name.m` on the search path, if there is one.
    func path(of name: String) -> String? { names[name] }

    /// Every function or script name on the path, with its file.
    var names: [String: String] {
        if let m = merged, mergedGeneration == generation { return m }
        var m: [String: String] = [:]
        for folder in searchFolders {
            m.merge(listing(folder)) { first, _ in first }
        }
        merged = m
        mergedGeneration = generation
        return m
    }

    private func listing(_ folder: String) -> [String: String] {
        if let l = listings[folder], l.generation == generation { return l.names }
        var names: [String: String] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for entry in entries where entry.hasSuffix(".m") {
            let name = String(entry.dropLast(2))
            guard Self.isName(name) else { continue }
            names[name] = folder == "/" ? "/" + entry : folder + "/" + entry
        }
        listings[folder] = (generation, names)
        return names
    }

    static func isName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// How a file's name is shown in messages: short when it is in the current folder.
    func displayName(_ path: String) -> String {
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// What the file at `path` holds, read again if it changed since it was last read.
    /// A syntax error is thrown located in that file.
    func load(_ path: String) throws(FunctionFile.Failure) -> FunctionFile.Content {
        if let f = files[path], f.checked == generation { return f.content }
        let modified = Self.modificationTime(path)
        if var f = files[path], f.modified == modified {
            f.checked = generation
            files[path] = f
            return f.content
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FunctionFile.Failure(diagnostic: Diagnostic(.error, "cannot read '\(displayName(path))'"), source: nil)
        }
        let source = SourceFile(name: displayName(path), text: String(decoding: data, as: UTF8.self))
        let program: Program
        do {
            program = try Parser.parse(source)
        } catch {
            throw FunctionFile.Failure(diagnostic: error, source: source)
        }
        let content: FunctionFile.Content
        if Self.beginsWithFunction(source.text), var main = program.functions.first {
            // Octave calls the function by its file's name, whatever its `function` line says.
            main.name = String(String(path.split(separator: "/").last ?? "").dropLast(2))
            var table: [String: UserFunction] = [:]
            for f in [main] + program.functions.dropFirst() {
                var function = UserFunction(definition: f, source: source)
                function.file = path
                table[f.name] = function
            }
            content = .function(main.name, table)
        } else {
            content = .script(program)
        }
        files[path] = FunctionFile(modified: modified, checked: generation, content: content)
        return content
    }

    /// Whether the first code in `text` (after comments and blank lines) is `function`.
    static func beginsWithFunction(_ text: String) -> Bool {
        var inBlock = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if inBlock {
                if line == "%}" || line == "#}" { inBlock = false }
                continue
            }
            if line == "%{" || line == "#{" { inBlock = true; continue }
            if line.isEmpty || line.hasPrefix("%") || line.hasPrefix("#") { continue }
            return line == "function" || line.hasPrefix("function ") || line.hasPrefix("function[")
        }
        return false
    }

    /// A function of the file at `path`, as its own functions see them.
    func function(_ name: String, inFile path: String) -> UserFunction? {
        guard case .function(_, let table)? = files[path]?.content else { return nil }
        return table[name]
    }

    static func modificationTime(_ path: String) -> Double {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    }
}

/// One `.m` file as last read.
struct FunctionFile {
    enum Content {
        /// A function file: the name of its main function, and all its functions by name
        /// (the subfunctions are visible only to the file's own functions, as in Octave).
        case function(String, [String: UserFunction])
        /// A script: run in the caller's workspace.
        case script(Program)
    }

    /// A file that could not be read or parsed; `source` is where the diagnostic points.
    struct Failure: Error {
        var diagnostic: Diagnostic
        var source: SourceFile?
    }

    var modified: Double
    var checked: Int
    var content: Content
}
