#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaSyntax

/// Tab completion: what the word before the cursor could become.
///
/// Pure with respect to the terminal: it sees the text before the cursor and the names
/// it may offer, and answers with the word being completed and its candidates. The
/// line editor inserts their common prefix, or lists them when that adds nothing.
public struct Completion: Equatable, Sendable {
    /// The text before the cursor that the candidates extend (e.g. `sof` or `data/tr`).
    public var word: String
    /// Full replacements for `word`, sorted, each starting with `word`.
    public var candidates: [String]

    public static let none = Completion(word: "", candidates: [])

    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// What the longest prefix shared by every candidate adds to `word`; when exactly one
    /// candidate is left, a closing touch too (`/` after a directory is already part of
    /// the candidate; a file name inside an opened quote gets its closing quote).
    public var insertion: String {
        guard let first = candidates.first else { return "" }
        var common = Substring(first)
        for c in candidates.dropFirst() {
            while !c.hasPrefix(common) { common.removeLast() }
        }
        guard common.count >= word.count else { return "" }
        return String(common.dropFirst(word.count))
    }

    /// The names the completer may offer.
    public struct Names {
        public var variables: [String] = []
        public var functions: [String] = []
        public var builtins: [String] = []
        /// REPL commands such as `:help`; offered when the line starts with `:`.
        public var commands: [String] = []
        /// Words that only make sense first on a line: keywords and command-style calls.
        public var statements: [String] = []
        /// Lesson names for `:lesson NAME`; asked for only when completing one.
        public var lessons: () -> [String] = { [] }
        /// Lists a directory: (name, isDirectory) for each entry. Injected for tests.
        public var listDirectory: (String) -> [(name: String, isDirectory: Bool)] = Completion.listDirectory

        public init() {}
    }

    /// What a session can offer: its variables and functions, the builtins, the language's
    /// statements. The REPL adds its `:` commands and lessons; a notebook has neither.
    public static func names(in interpreter: Interpreter) -> Names {
        var names = Names()
        names.variables = interpreter.variableNames
        names.functions = Array(interpreter.functions.keys)
        names.builtins = interpreter.vocabulary.names
        names.statements = Keyword.allCases.map(\.rawValue) + ["exit", "quit"]
        return names
    }

    /// Commands whose argument is a file name.
    public static let fileCommands: Set<String> = [":load", ":save", ":l", ":w"]

    /// Completes the word that ends at the cursor.
    public static func complete(_ beforeCursor: String, names: Names) -> Completion {
        let line = Substring(beforeCursor)
        let leading = line.drop { $0 == " " || $0 == "\t" }

        // `:load 'path…` / `:save path…`: complete file names.
        if leading.hasPrefix(":") {
            let command = leading.prefix { $0 != " " && $0 != "\t" }
            if command.count == leading.count {
                // Still typing the command itself.
                return Completion(word: String(command), candidates: names.commands.filter { $0.hasPrefix(command) }.sorted())
            }
            if fileCommands.contains(String(command)) {
                var argument = leading.dropFirst(command.count).drop { $0 == " " || $0 == "\t" }
                var quote: Character?
                if let q = argument.first, q == "'" || q == "\"" {
                    quote = q
                    argument = argument.dropFirst()
                }
                return completePath(String(argument), quote: quote, names: names)
            }
            if command == ":lesson" || command == ":lessons" {
                // Lesson names may contain '-': take the whole argument.
                let word = String(leading.dropFirst(command.count).drop { $0 == " " || $0 == "\t" })
                return Completion(word: word, candidates: names.lessons().filter { $0.hasPrefix(word) }.uniqueSorted())
            }
            if command == ":help" || command == ":h" {
                let word = trailingIdentifier(line)
                return Completion(word: word, candidates: (names.builtins + names.functions).filter { $0.hasPrefix(word) }.uniqueSorted())
            }
            return .none
        }

        let word = trailingIdentifier(line)
        guard !word.isEmpty, let firstScalar = word.unicodeScalars.first, !("0"..."9").contains(firstScalar) else {
            return .none
        }
        // A field name after `s.` is not a variable.
        let beforeWord = line.dropLast(word.count)
        if beforeWord.last == "." { return .none }

        // Command syntax: `help sof`, `format lo`, `clear x`.
        let firstWord = leading.prefix { $0 != " " && $0 != "\t" && $0 != "(" }
        let isArgumentOfCommand =
            leading.count > firstWord.count && beforeWord.hasSuffix(" ")
            && !leading.dropFirst(firstWord.count).contains(where: { "(=,;".contains($0) })
        if isArgumentOfCommand {
            switch firstWord {
            case "help", "doc", "which", "exist", "type":
                return Completion(word: word, candidates: (names.builtins + names.functions).filter { $0.hasPrefix(word) }.uniqueSorted())
            case "format":
                return Completion(word: word, candidates: FormatMode.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }.sorted())
            case "clear", "whos", "who":
                return Completion(word: word, candidates: names.variables.filter { $0.hasPrefix(word) }.uniqueSorted())
            default:
                break
            }
        }

        var pool = names.variables + names.functions + names.builtins
        let lastSymbol = beforeWord.last { $0 != " " && $0 != "\t" }
        let atStatementStart = lastSymbol == nil || lastSymbol == ";" || lastSymbol == ","
        if atStatementStart { pool += names.statements }
        return Completion(word: word, candidates: pool.filter { $0.hasPrefix(word) }.uniqueSorted())
    }

    /// The identifier characters (letters, digits, `_`) that end `text`.
    public static func trailingIdentifier(_ text: Substring) -> String {
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let c = text[previous]
            guard c == "_" || c.isLetter || c.isNumber, c.isASCII || c.isLetter else { break }
            start = previous
        }
        return String(text[start...])
    }

    /// File names for a partly typed path (`~/` expands to the home directory for listing,
    /// but the text stays as typed).
    static func completePath(_ typed: String, quote: Character?, names: Names) -> Completion {
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let filePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var directory = directoryPart.isEmpty ? "." : directoryPart
        if directory.hasPrefix("~/"), let home = getenv("HOME") {
            directory = String(cString: home) + directory.dropFirst()
        }
        let showHidden = filePart.hasPrefix(".")
        var candidates: [String] = []
        for entry in names.listDirectory(directory) where entry.name.hasPrefix(filePart) {
            if entry.name == "." || entry.name == ".." { continue }
            if entry.name.hasPrefix(".") && !showHidden { continue }
            candidates.append(directoryPart + entry.name + (entry.isDirectory ? "/" : ""))
        }
        candidates.sort()
        // A single plain file completes to a finished argument: close the quote.
        if candidates.count == 1, let only = candidates.first, !only.hasSuffix("/"), let quote {
            candidates = [only + String(quote)]
        }
        return Completion(word: typed, candidates: candidates)
    }

    /// Reads a directory's entries; an unreadable directory has none.
    public static func listDirectory(_ path: String) -> [(name: String, isDirectory: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_LNK) || entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                let full = (path.hasSuffix("/") ? path : path + "/") + name
                isDirectory = stat(full, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isDirectory))
        }
        return entries
    }

    /// Candidates laid out in columns across `width`, for the list shown when ambiguous.
    public static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let cell = (items.map { $0.count }.max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        let rows = (items.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            for c in 0..<perRow {
                let i = c * rows + r
                guard i < items.count else { continue }
                let item = items[i]
                let isLast = (c + 1) * rows + r >= items.count
                line += isLast ? item : item + String(repeating: " ", count: cell - item.count)
            }
            out += line + "\n"
        }
        return out
    }
}

extension Array where Element == String {
    public func uniqueSorted() -> [String] { Array(Set(self)).sorted() }
}
