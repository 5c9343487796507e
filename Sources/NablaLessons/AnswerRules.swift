import NablaSyntax

/// What an answer may not use (`forbid:`) or must use (`require:`), and why.
///
/// A value check alone cannot tell `c12 = C(1, 2)` from the sum it asks for, nor
/// `grad(...)` from a derivation by hand: they give the same numbers. A rule says so in
/// the lesson, and the student is told the lesson's reason.
public struct AnswerRule: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case forbid, require }

    /// One thing a rule looks for in the answer's code.
    public enum Item: Sendable, Equatable {
        /// The name is used: read as a variable or called (`grad`, `C`).
        case name(String)
        /// The name is indexed or called with arguments (`A()` in the lesson: `A(:, 2)`).
        case indexed(String)
        /// An operator is used: `'`, `.'`, `*`, `.*`, `/`, `./`, `\`, `^`, `.^`, `+`, `-`.
        case op(String)
        /// An expression appears, compared as printed (`A*B` matches `(A*B)'`); `written`
        /// is the lesson's spelling, for messages.
        case pattern(printed: String, written: String)

        /// As the lesson wrote it, for messages.
        public var text: String {
            switch self {
            case .name(let n): return n
            case .indexed(let n): return n + "(…)"
            case .op(let o): return o
            case .pattern(_, let written): return written
            }
        }
    }

    public var kind: Kind
    public var items: [Item]
    public var message: String

    public init(kind: Kind, items: [Item], message: String) {
        self.kind = kind
        self.items = items
        self.message = message
    }

    static let operators: Set<String> = ["'", ".'", "*", ".*", "/", "./", "\\", ".\\", "^", ".^", "+", "-"]

    /// Parses `ITEM, ITEM => message`; nil with the reason when an item is not one of the forms.
    static func parse(_ text: String, kind: Kind) -> Result<AnswerRule, RuleError> {
        let body: Substring, message: String
        if let arrow = text.range(of: "=>") {
            body = text[..<arrow.lowerBound]
            message = String(text[arrow.upperBound...]).trimmed
        } else {
            body = Substring(text)
            message = ""
        }
        var items: [Item] = []
        for raw in body.split(separator: ",").map({ String($0).trimmed }) where !raw.isEmpty {
            if operators.contains(raw) {
                items.append(.op(raw))
            } else if ExerciseParser.isName(raw) {
                items.append(.name(raw))
            } else if raw.hasSuffix("()"), ExerciseParser.isName(String(raw.dropLast(2))) {
                items.append(.indexed(String(raw.dropLast(2))))
            } else if let program = try? Parser.parse(SourceFile(name: "<rule>", text: raw)),
                program.statements.count == 1, case .expression(let e, _) = program.statements[0].kind
            {
                items.append(.pattern(printed: OctaveCode.print(e), written: raw))
            } else {
                return .failure(RuleError(text: "'\(raw)' is not a name, NAME(), an operator or an expression"))
            }
        }
        if items.isEmpty { return .failure(RuleError(text: "a rule needs at least one name, operator or expression before '=>'")) }
        return .success(AnswerRule(kind: kind, items: items, message: message))
    }

    struct RuleError: Error { var text: String }

    /// Whether the answer's code uses the item anywhere.
    static func uses(_ item: Item, in program: Program) -> Bool {
        let expressions = SyntaxWalk.expressions(in: program.statements)
        switch item {
        case .name(let n):
            if expressions.contains(where: { if case .identifier(n) = $0.kind { return true } else { return false } }) { return true }
            return false
        case .indexed(let n):
            if expressions.contains(where: {
                if case .call(let f, let args) = $0.kind, !args.isEmpty, case .identifier(n) = f.kind { return true }
                return false
            }) {
                return true
            }
            return program.statements.contains { s in
                if case .assignment(let targets, _, _, _) = s.kind { return targets.contains { $0.name == n && !$0.steps.isEmpty } }
                return false
            }
        case .op(let o):
            return expressions.contains { e in
                switch e.kind {
                case .binary(let b, _, _): return b.spelling == o
                case .postfix(let p, _): return p.rawValue == o
                case .unary(let u, _): return u.rawValue == o && o == "-"
                default: return false
                }
            }
        case .pattern(let p, _):
            return expressions.contains { OctaveCode.print($0) == p }
        }
    }

    /// The first rule the answer breaks, as the student is told it; nil when it keeps them all.
    public static func violation(_ rules: [AnswerRule], program: Program, language: String) -> String? {
        let language = Language(code: language)
        for rule in rules {
            switch rule.kind {
            case .forbid:
                if let used = rule.items.first(where: { uses($0, in: program) }) {
                    let head = LessonMessage.forbidden.text(language, used.text)
                    return rule.message.isEmpty ? head : LessonMessage.ruleWithReason.text(language, head, rule.message)
                }
            case .require:
                if let missing = rule.items.first(where: { !uses($0, in: program) }) {
                    let head = LessonMessage.required.text(language, missing.text)
                    return rule.message.isEmpty ? head : LessonMessage.ruleWithReason.text(language, head, rule.message)
                }
            }
        }
        return nil
    }
}
