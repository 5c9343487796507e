import NablaSyntax

/// The lessons found in a directory tree (every `.md` file but `README.md`), in all
/// languages, and how to pick one by name and language.
public struct LessonLibrary: Sendable {
    public var lessons: [Lesson]
    /// Files that could not be read as lessons.
    public var problems: [LessonError]

    public init(lessons: [Lesson], problems: [LessonError] = []) {
        self.lessons = lessons
        self.problems = problems
    }

    /// Loads every lesson under `paths` (files or directories, searched recursively).
    public static func load(_ paths: [String]) -> LessonLibrary {
        var library = LessonLibrary(lessons: [])
        for file in lessonFiles(paths) {
            guard let text = FileSystem.read(file) else {
                library.problems.append(LessonError(file: file, line: 1, "cannot read this file"))
                continue
            }
            do {
                library.lessons.append(try LessonParser.parse(text, file: file))
            } catch {
                library.problems.append(error)
            }
        }
        return library
    }

    /// The lesson files under `paths`, sorted; a path that is a file is taken as given.
    public static func lessonFiles(_ paths: [String]) -> [String] {
        var files: [String] = []
        func walk(_ dir: String, depth: Int) {
            guard depth < 8 else { return }
            for name in FileSystem.list(dir) where !name.hasPrefix(".") {
                let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if FileSystem.isDirectory(full) {
                    walk(full, depth: depth + 1)
                } else if name.hasSuffix(".md") && name != "README.md" {
                    files.append(full)
                }
            }
        }
        for p in paths {
            if FileSystem.isDirectory(p) { walk(p, depth: 0) } else { files.append(p) }
        }
        return files
    }

    /// Distinct lesson ids in order.
    public var ids: [String] {
        var seen: Set<String> = []
        return lessons.map(\.id).sorted { $0.localizedStandardLess($1) }.filter { seen.insert($0).inserted }
    }

    /// The lesson `name` in `language` (falling back to English, then any language).
    /// `name` is an id (`6` matches `06`), a file name's stem (`06-linear-regression`)
    /// or a word of the stem (`regression`).
    public func lesson(named name: String, language: String) -> Lesson? {
        let candidates = lessons.filter { matches($0, name) }
        return candidates.first { $0.language == language }
            ?? candidates.first { $0.language == "en" }
            ?? candidates.first
    }

    func matches(_ lesson: Lesson, _ name: String) -> Bool {
        let n = name.lowercased()
        if lesson.id.lowercased() == n { return true }
        if let a = Int(lesson.id), let b = Int(n), a == b { return true }
        let stem = String(lesson.file.split(separator: "/").last ?? "").replacing(".md", with: "").lowercased()
        if stem == n { return true }
        return !n.isEmpty && Int(n) == nil && stem.split(separator: "-").contains { $0 == Substring(n) }
    }

    /// The language from `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`):
    /// `zh` for a Chinese locale, otherwise `en`.
    public static func language(option: String?, environment: (String) -> String?) -> String {
        if let option, !option.isEmpty, !option.lowercased().hasPrefix("zh") { return option.lowercased() }
        return Language.chosen(option: option, environment: environment).rawValue
    }

    /// Where the curriculum is: `$NABLA_LESSONS`, else a `Lessons` directory beside the
    /// executable or in one of its parent directories (a build tree inside the checkout),
    /// else `./Lessons`.
    public static func defaultDirectory(executable: String) -> String? {
        if let env = FileSystem.environment("NABLA_LESSONS"), FileSystem.isDirectory(env) { return env }
        var dir = Substring(executable)
        while let slash = dir.lastIndex(of: "/") {
            dir = dir[..<slash]
            for candidate in [dir + "/Lessons", dir + "/share/nabla/Lessons"] where FileSystem.isDirectory(String(candidate)) {
                return String(candidate)
            }
        }
        return FileSystem.isDirectory("Lessons") ? "Lessons" : nil
    }
}

extension String {
    /// `2` before `10`: numbers inside names compare by value.
    func localizedStandardLess(_ other: String) -> Bool {
        if let a = Int(self), let b = Int(other) { return a < b }
        return self < other
    }
}
