/// The languages Nabla speaks to a student: the lesson runner, the answer judge, the
/// teaching views and the common error hints. Code, names and numbers are never translated.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// From a lesson's `lang:`, a `--lang` option or a locale such as `zh_CN.UTF-8`:
    /// Chinese for any `zh…`, English otherwise.
    public init(code: String) {
        self = code.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The language from `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
    /// first one set), else English.
    public static func chosen(option: String?, environment: (String) -> String?) -> Language {
        if let option, !option.isEmpty { return Language(code: option) }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment(key), !v.isEmpty { return Language(code: v) }
        }
        return .en
    }
}

/// A module's user-facing sentences: one table per language, keyed by message id.
///
/// Each module keeps its own words (the lessons' in NablaLessons, the teaching views' in
/// NablaTeaching, the common error hints in NablaRuntime), so the layers still point one
/// way. A sentence's arguments are `%1`, `%2`, …; a translation may reorder them but must
/// use the same ones — a test checks every key of every catalogue has both languages
/// with the same placeholders.
public protocol MessageCatalogue: CaseIterable, Hashable, Sendable {
    static func table(_ language: Language) -> [Self: String]
}

extension MessageCatalogue {
    /// The sentence in `language` with `%1`, `%2`, … filled in; the English one if the
    /// translation is missing (the catalogue test keeps that from shipping).
    public func text(_ language: Language, _ args: any CustomStringConvertible...) -> String {
        let template = Self.table(language)[self] ?? Self.table(.en)[self] ?? "\(self)"
        return Placeholders.fill(template, args.map(\.description))
    }
}

public enum Placeholders {
    /// Replaces `%1`, `%2`, … with `args` (from the highest number down, so `%1` never eats `%10`).
    public static func fill(_ template: String, _ args: [String]) -> String {
        var s = template
        for (k, a) in args.enumerated().reversed() { s = s.replacing("%\(k + 1)", with: a) }
        return s
    }

    /// The placeholders a template uses, e.g. `["%1", "%2"]`.
    public static func used(in template: String) -> Set<String> {
        var out: Set<String> = []
        let scalars = Array(template.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "%" {
                var j = i + 1
                while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
                if j > i + 1 { out.insert("%" + String(String.UnicodeScalarView(scalars[(i + 1)..<j]))) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}
