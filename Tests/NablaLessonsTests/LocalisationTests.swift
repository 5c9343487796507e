import Testing
@testable import NablaLessons
import NablaRuntime
import NablaSyntax
import NablaTeaching

/// Chinese end to end: every catalogue has both languages, and a Chinese lesson worked
/// through as a student would shows no English sentence.
@Suite("Localisation", .serialized)
struct LocalisationTests {
    /// One catalogue's problems: keys missing a language, placeholders that differ, and
    /// Chinese entries that are still English.
    static func problems<C: MessageCatalogue & RawRepresentable>(_ catalogue: C.Type) -> [String] where C.RawValue == String {
        var out: [String] = []
        for key in C.allCases {
            guard let en = C.table(.en)[key], !en.isEmpty else { out.append("\(C.self).\(key.rawValue): no English"); continue }
            guard let zh = C.table(.zh)[key], !zh.isEmpty else { out.append("\(C.self).\(key.rawValue): no Chinese"); continue }
            if Placeholders.used(in: en) != Placeholders.used(in: zh) {
                out.append(
                    "\(C.self).\(key.rawValue): placeholders \(Placeholders.used(in: en).sorted()) in English, \(Placeholders.used(in: zh).sorted()) in Chinese"
                )
            }
            if EnglishText.hasWords(en), !EnglishText.hasChinese(zh) {
                out.append("\(C.self).\(key.rawValue): the Chinese entry is not Chinese: \(zh)")
            }
        }
        return out
    }

    @Test func everyKeyHasBothLanguagesWithTheSamePlaceholders() {
        let all = Self.problems(LessonMessage.self) + Self.problems(TeachingMessage.self) + Self.problems(RuntimeMessage.self)
        #expect(all.isEmpty, "\(all.joined(separator: "\n"))")
    }

    @Test func theCatalogueCheckCatchesAMissingTranslationAndAMismatchedPlaceholder() {
        enum Broken: String, MessageCatalogue {
            case fine, missing, placeholders, untranslated
            static func table(_ language: Language) -> [Broken: String] {
                language == .en
                    ? [.fine: "all %1 good", .missing: "only English", .placeholders: "from %1 to %2", .untranslated: "still in English"]
                    : [.fine: "都好 %1", .placeholders: "从 %1 到", .untranslated: "still in English"]
            }
        }
        let found = Self.problems(Broken.self)
        #expect(found.count == 3)
        #expect(found.contains { $0.contains("missing: no Chinese") })
        #expect(found.contains { $0.contains("placeholders: placeholders") })
        #expect(found.contains { $0.contains("untranslated: the Chinese entry is not Chinese") })
    }

    @Test func languageFromOptionLocaleOrLesson() {
        #expect(Language.chosen(option: "zh", environment: { _ in nil }) == .zh)
        #expect(Language.chosen(option: nil, environment: { $0 == "LANG" ? "zh_CN.UTF-8" : nil }) == .zh)
        #expect(Language.chosen(option: nil, environment: { $0 == "LC_ALL" ? "en_GB.UTF-8" : $0 == "LANG" ? "zh_CN.UTF-8" : nil }) == .en)
        #expect(Language.chosen(option: nil, environment: { _ in nil }) == .en)
        #expect(Language(code: "zh-Hans") == .zh)
    }

    @Test func theDetectorFindsEnglishSentencesNotCodeNamesOrNumbers() {
        #expect(
            EnglishText.sentences(in: "✗ Not yet: the shape is right (3×1) but 3 of 3 entries differ") == [
                "✗ Not yet: the shape is right (3×1) but 3 of 3 entries differ"
            ])
        #expect(EnglishText.sentences(in: "forward pass of a2: 6 steps, inputs W1 (3×2)").count == 1)
        #expect(EnglishText.sentences(in: "✗ 还不对：你的答案是正确答案的 3 倍").isEmpty)
        #expect(EnglishText.sentences(in: ">> d2 = (a2 - y) .* a2 .* (1 - a2)").isEmpty)
        #expect(EnglishText.sentences(in: "train: 批量梯度下降，参数 W2、b2，学习率 lr = 0.5，共 20 步").isEmpty)
        #expect(EnglishText.sentences(in: "     0  -Inf  -Inf  -Inf").isEmpty)
        #expect(EnglishText.sentences(in: "<input>:1:6: error: undefined function 'sigmod'").isEmpty)
        #expect(EnglishText.sentences(in: "延伸阅读：“Attention Is All You Need”（2017）。").isEmpty)
    }

    /// Lesson 08 as a student works it: a wrong answer of each kind the judge explains, a
    /// hint, a typo and a shape error (their hints), the right answer, then the teaching
    /// views at the prompt, `help`, and leaving.
    static let student = [
        "",
        "hint",
        "d2 = (a2 - y) .* a2 .* (1 - a2)",
        "d2 = (a2 - y)'",
        "d2 = a2 - y",
        "d2 = 3 * (2/numel(y)) * (a2 - y) .* a2 .* (1 - a2)",
        "d2 = -(2/numel(y)) * (a2 - y) .* a2 .* (1 - a2)",
        "d2 = sum(a2)",
        "d2 = grad(L, W2)",
        "hint",
        "hint",
        "hint",
        "d2 = sigmod(z2)",
        "d2 = W2 * y'",
        "d2 = (2/numel(y)) * (a2 - y) .* a2 .* (1 - a2)",
        "forward(sigmoid(W2*a1 + b2))",
        "forward(W2*a1, 'entry', [1 1])",
        "Lf := mean((sigmoid(W2*a1 + b2) - y).^2);",
        "backward(Lf, {W2, b2})",
        "gradcheck(Lf, W2)",
        "step(Lf, W2, 0.5)",
        "undo",
        "undo",
        "step(Lf, {W2, b2}, 0.1, 'method', 'adam')",
        "losses = train(Lf, {W2, b2}, 'lr', 0.5, 'steps', 20, 'every', 10);",
        "plot(losses)",
        "train(Lf, {W2, b2}, 'lr', 1e6, 'steps', 5)",
        "help",
        "bye"
    ]

    static func run(_ language: String) throws -> String {
        let library = LessonLibrary.load([lessonsDirectory])
        let lesson = try #require(library.lessons.first { $0.id == "08" && $0.language == language })
        let sink = RecordingSink()
        let runner = LessonRunner(lesson: lesson, output: sink, input: ScriptedInput(student), store: nil)
        #expect(runner.run() == .quit)
        return sink.transcript
    }

    @Test func aChineseLessonWithWrongAnswersHintsErrorsAndTeachingViewsShowsNoEnglishSentence() throws {
        let shown = try Self.run("zh")
        // The session went where the test means it to.
        #expect(shown.contains("✗ 还不对"))
        #expect(shown.contains("✓ 正确"))
        #expect(shown.contains("提示 1/2"))
        #expect(shown.contains("前向传播"))
        #expect(shown.contains("反向传播"))
        #expect(shown.contains("gradcheck"))
        #expect(shown.contains("第 20 步"))
        let english = EnglishText.sentences(in: shown)
        #expect(english.isEmpty, "English in a Chinese lesson:\n\(english.joined(separator: "\n"))")
    }

    @Test func theSameSessionInEnglishIsFoundEnglish() throws {
        // The detector can fail: the same inputs on the English lesson are full of sentences,
        // in the judge's feedback, the runner's frame, the hints and the teaching views.
        let english = EnglishText.sentences(in: try Self.run("en"))
        for expected in ["Not yet", "times column", "backward pass", "did you mean", "inner dimensions", "gradcheck: grad agrees", "Progress saved"] {
            #expect(english.contains { $0.contains(expected) }, "no English sentence with '\(expected)' found")
        }
    }
}

/// Finds English sentences in a transcript: three or more English-looking words in a row
/// (letters only, at least two, lower case or capitalised), outside code and names.
///
/// Not counted: echoed code (`>> `, `.. `), the message line of an error or warning (Octave's
/// own words, kept so they can be searched for; their hints are translated), titles of
/// cited works in “…”, and numbers, names with digits (`W1`), `Inf`.
enum EnglishText {
    static func sentences(in text: String) -> [String] {
        var out: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = withoutEscapes(String(raw))
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(">>") || trimmed.hasPrefix("..") { continue }
            if isDiagnosticMessage(line) { continue }
            if longestRun(withoutQuotedTitles(line)) >= 3 { out.append(line) }
        }
        return out
    }

    static func hasWords(_ s: String) -> Bool {
        tokens(Placeholders.fill(s, Array(repeating: "", count: 9))).contains(where: isWord)
    }

    static func hasChinese(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    static func isDiagnosticMessage(_ line: String) -> Bool {
        for label in ["error: ", "warning: "] {
            if line.hasPrefix(label) { return true }
            // `<input>:1:6: error: …`
            if let r = line.range(of: ": " + label) {
                let place = line[..<r.lowerBound]
                if !place.contains(" "), place.split(separator: ":").count >= 3 { return true }
            }
        }
        return false
    }

    static func withoutEscapes(_ s: String) -> String {
        var out = ""
        var escape = false
        for ch in s {
            if escape { if ch.isLetter { escape = false }; continue }
            if ch == "\u{1B}" { escape = true; continue }
            out.append(ch)
        }
        return out
    }

    static func withoutQuotedTitles(_ s: String) -> String {
        var out = ""
        var depth = 0
        for ch in s {
            if ch == "“" { depth += 1; continue }
            if ch == "”" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    static func tokens(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { t in
            String(t).trimmed(of: ".,;:!?()[]{}\"'‘’—–-<>*`")
        }
    }

    static func isWord(_ t: String) -> Bool {
        guard t.count >= 2, t != "Inf", let first = t.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return t.unicodeScalars.dropFirst().allSatisfy { $0.isASCII && $0.properties.isLowercase }
    }

    static func longestRun(_ s: String) -> Int {
        var best = 0, run = 0
        for t in tokens(s) {
            run = isWord(t) ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }
}

extension String {
    func trimmed(of set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
