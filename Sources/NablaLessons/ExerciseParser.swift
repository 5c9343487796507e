import NablaSyntax

/// Reads the fields of an ```` ```exercise ```` block:
///
///     title: The product's shape
///     prompt: Set C to the matrix product of A and B.
///     check: value C            (value NAME [= EXPR] | shape NAME [RxC] | expression
///                                | set NAME | predicate EXPR)
///     hint: A is 2×3 and B is 3×2.
///     hint: The matrix product is `*`; `.*` multiplies element by element.
///     solution: C = A*B
///     wrong: C = A.*B'
///     mistake: A'*B' => that is the product of the transposes
///
/// A field continues on following lines indented by spaces (multi-line code).
/// `hint`, `wrong` and `mistake` may repeat.
enum ExerciseParser {
    static let repeatable: Set<String> = ["hint", "wrong", "mistake", "forbid", "require", "choice"]
    static let known: Set<String> = [
        "title", "prompt", "check", "answer", "tolerance", "vars", "hint", "solution",
        "wrong", "mistake", "explain", "why", "forbid", "require", "choice"
    ]

    static func parse(_ lines: [String], firstLine: Int, file: String, number: Int) throws(LessonError) -> Exercise {
        var fields: [(key: String, value: [String], line: Int)] = []
        for (k, raw) in lines.enumerated() {
            let line = firstLine + k
            if raw.trimmed.isEmpty {
                if !fields.isEmpty { fields[fields.count - 1].value.append("") }
                continue
            }
            if raw.first == " " || raw.first == "\t" {
                guard !fields.isEmpty else {
                    throw LessonError(file: file, line: line, "an indented line continues a field, but no field has started")
                }
                fields[fields.count - 1].value.append(raw)
                continue
            }
            guard let colon = raw.firstIndex(of: ":") else {
                throw LessonError(file: file, line: line, "expected 'field: value' (fields: \(known.sorted().joined(separator: ", ")))")
            }
            let key = String(raw[..<colon]).trimmed.lowercased()
            guard known.contains(key) else {
                throw LessonError(file: file, line: line, "unknown exercise field '\(key)' (fields: \(known.sorted().joined(separator: ", ")))")
            }
            if !repeatable.contains(key), fields.contains(where: { $0.key == key }) {
                throw LessonError(file: file, line: line, "'\(key):' appears twice in this exercise")
            }
            fields.append((key, [String(raw[raw.index(after: colon)...]).trimmed], line))
        }
        func values(_ key: String) -> [(text: String, line: Int)] {
            fields.filter { $0.key == key }.map { (joined($0.value), $0.line) }
        }
        func single(_ key: String) -> (text: String, line: Int)? { values(key).first }

        guard let checkField = single("check") else {
            throw LessonError(file: file, line: firstLine - 1, "this exercise has no 'check:' field")
        }
        if checkField.text.hasPrefix("choice") {
            return try multipleChoice(fields.map { ($0.key, joined($0.value), $0.line) }, check: checkField, firstLine: firstLine, file: file, number: number)
        }
        guard let solution = single("solution"), !solution.text.isEmpty else {
            throw LessonError(file: file, line: firstLine - 1, "this exercise has no 'solution:' (the model answer)")
        }
        let (check, target) = try parseCheck(checkField.text, file: file, line: checkField.line)
        var tolerance = 1e-6
        if let t = single("tolerance") {
            guard let v = Double(t.text), v >= 0, v.isFinite else {
                throw LessonError(file: file, line: t.line, "tolerance must be a number such as 1e-6, not '\(t.text)'")
            }
            tolerance = v
        }
        var mistakes: [Exercise.Mistake] = []
        for m in values("mistake") {
            guard let arrow = m.text.range(of: "=>") else {
                throw LessonError(file: file, line: m.line, "a mistake is written 'EXPRESSION => message'")
            }
            mistakes.append(
                .init(
                    expression: String(m.text[..<arrow.lowerBound]).trimmed,
                    message: String(m.text[arrow.upperBound...]).trimmed))
        }
        var rules: [AnswerRule] = []
        for (key, kind) in [("forbid", AnswerRule.Kind.forbid), ("require", .require)] {
            for r in values(key) {
                switch AnswerRule.parse(r.text, kind: kind) {
                case .success(let rule): rules.append(rule)
                case .failure(let e): throw LessonError(file: file, line: r.line, "\(key): \(e.text)")
                }
            }
        }
        var answer = single("answer")?.text ?? target
        if case .predicate(let condition) = check, single("answer") == nil {
            answer = predicateAnswer(condition, solution: solution.text)
        }
        return Exercise(
            title: single("title")?.text ?? "Exercise \(number)",
            prompt: single("prompt")?.text ?? "",
            check: check, answer: answer, tolerance: tolerance,
            randomized: (single("vars")?.text ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init),
            hints: values("hint").map(\.text), solution: solution.text, wrong: values("wrong").map(\.text),
            mistakes: mistakes, explanation: single("explain")?.text, why: single("why")?.text, rules: rules,
            line: firstLine - 1)
    }

    /// A multiple-choice exercise: `check: choice B` and one `choice: B) text [=> why]`
    /// per option. The options are listed under the prompt; typing a letter answers. It is
    /// a text value check on `choice`, so check mode proves the right letter passes and
    /// every other letter fails; no `solution:` or `wrong:` is needed.
    static func multipleChoice(
        _ fields: [(key: String, text: String, line: Int)], check: (text: String, line: Int),
        firstLine: Int, file: String, number: Int
    ) throws(LessonError) -> Exercise {
        let words = check.text.split(separator: " ").map(String.init)
        guard words.count == 2 else {
            throw LessonError(file: file, line: check.line, "write 'check: choice LETTER', the right option, e.g. 'check: choice B'")
        }
        var choices: [Exercise.Choice] = []
        for f in fields where f.key == "choice" {
            guard let close = f.text.firstIndex(of: ")"), f.text.distance(from: f.text.startIndex, to: close) <= 2 else {
                throw LessonError(file: file, line: f.line, "an option is written 'choice: B) its text' (optionally '=> why it is wrong')")
            }
            let letter = String(f.text[..<close]).trimmed
            var text = String(f.text[f.text.index(after: close)...]).trimmed
            var message: String?
            if let arrow = text.range(of: "=>") {
                message = String(text[arrow.upperBound...]).trimmed
                text = String(text[..<arrow.lowerBound]).trimmed
            }
            guard !letter.isEmpty, !choices.contains(where: { $0.letter == letter }) else {
                throw LessonError(file: file, line: f.line, "option '\(letter)' is empty or appears twice")
            }
            choices.append(.init(letter: letter, text: text, message: message))
        }
        guard choices.count >= 2, choices.contains(where: { $0.letter == words[1] }) else {
            throw LessonError(file: file, line: check.line, "a multiple-choice exercise needs at least two 'choice:' options, one of them '\(words[1])'")
        }
        for other in ["solution", "wrong", "mistake", "answer", "tolerance", "vars", "forbid", "require"] where fields.contains(where: { $0.key == other }) {
            throw LessonError(file: file, line: check.line, "a multiple-choice exercise has no '\(other):' (the options say it all)")
        }
        func single(_ key: String) -> String? { fields.first { $0.key == key }?.text }
        let variable = Exercise.choiceVariable
        let list = choices.map { "- \($0.letter)) \($0.text)" }.joined(separator: "\n")
        var e = Exercise(
            title: single("title") ?? "Exercise \(number)",
            prompt: (single("prompt") ?? "") + "\n\n" + list,
            check: .value(expected: "'\(words[1])'"), answer: variable,
            hints: fields.filter { $0.key == "hint" }.map(\.text), solution: "\(variable) = '\(words[1])'",
            wrong: choices.filter { $0.letter != words[1] }.map { "\(variable) = '\($0.letter)'" },
            explanation: single("explain"), line: firstLine - 1)
        e.choices = choices
        return e
    }

    /// The variable a predicate check is about: the one the model answer sets that the
    /// condition reads (`lr_big` in `descend(lr_big, x, y, 50) > J(0, 0)`), so exploring
    /// with the condition's helpers is not judged. Empty when there is none.
    static func predicateAnswer(_ condition: String, solution: String) -> String {
        guard let c = try? Parser.parse(SourceFile(name: "<check>", text: condition)),
            let s = try? Parser.parse(SourceFile(name: "<solution>", text: solution))
        else { return "" }
        let read = SyntaxWalk.names(in: c.statements)
        return SyntaxWalk.assigned(in: s.statements).first(where: { read.contains($0) }) ?? ""
    }

    /// The check and the variable the answer sets by default.
    static func parseCheck(_ text: String, file: String, line: Int) throws(LessonError) -> (Check, String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let kind = words.first else {
            throw LessonError(file: file, line: line, "check: needs a kind: value, shape, expression, set or predicate")
        }
        let rest = String(text.drop { $0 == " " }.dropFirst(kind.count)).trimmed
        func name() throws(LessonError) -> String {
            guard words.count >= 2, isName(words[1]) else {
                throw LessonError(file: file, line: line, "'check: \(kind)' needs a variable name, e.g. 'check: \(kind) C'")
            }
            return words[1]
        }
        switch kind {
        case "value":
            let n = try name()
            var expected: String?
            if let eq = rest.firstIndex(of: "=") {
                expected = String(rest[rest.index(after: eq)...]).trimmed
                if expected?.isEmpty == true {
                    throw LessonError(file: file, line: line, "'check: value \(n) =' needs an expression after '='")
                }
            } else if words.count > 2 {
                throw LessonError(file: file, line: line, "write 'check: value \(n)' or 'check: value \(n) = EXPRESSION'")
            }
            return (.value(expected: expected), n)
        case "shape":
            let n = try name()
            guard words.count > 2 else { return (.shape(rows: nil, cols: nil), n) }
            let dims = words[2].split(whereSeparator: { $0 == "x" || $0 == "×" }).compactMap { Int($0) }
            guard words.count == 3, dims.count == 2, dims.allSatisfy({ $0 >= 0 }) else {
                throw LessonError(file: file, line: line, "write the shape as ROWSxCOLS, e.g. 'check: shape \(n) 3x2'")
            }
            return (.shape(rows: dims[0], cols: dims[1]), n)
        case "expression":
            guard words.count <= 2 else {
                throw LessonError(file: file, line: line, "write 'check: expression' (answer in ans) or 'check: expression NAME'")
            }
            return (.expression, words.count == 2 ? try name() : "ans")
        case "set":
            return (.set, try name())
        case "predicate":
            guard !rest.isEmpty else {
                throw LessonError(file: file, line: line, "'check: predicate' needs a Nabla expression that is true for a right answer")
            }
            return (.predicate(rest), "")
        default:
            throw LessonError(file: file, line: line, "unknown check '\(kind)': use value, shape, expression, set or predicate")
        }
    }

    static func isName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.properties.isAlphabetic && f.isASCII) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// The first line and the continuation lines, their common indentation removed.
    static func joined(_ parts: [String]) -> String {
        var lines = parts
        while lines.last?.trimmed.isEmpty == true { lines.removeLast() }
        guard lines.count > 1 else { return lines.first ?? "" }
        let rest = lines.dropFirst()
        let indent = rest.filter { !$0.trimmed.isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        let body = rest.map { $0.trimmed.isEmpty ? "" : String($0.dropFirst(indent)) }
        return ([lines[0]] + body).joined(separator: "\n").trimmedLeadingNewlines
    }
}

extension String {
    var trimmedLeadingNewlines: String {
        var s = Substring(self)
        while s.first == "\n" { s.removeFirst() }
        return String(s)
    }
}
