import NablaNumerics
import NablaRuntime
import NablaSyntax

/// The outcome of judging one input at an exercise.
public enum Verdict: Sendable, Equatable {
    case correct
    /// Wrong, with the reason in words.
    case wrong(String)
    /// Not an answer attempt (exploring, `help`, displaying a variable): never marked wrong.
    case notAnAttempt
}

/// Decides whether an input is an answer attempt and whether it is right.
public enum AnswerJudge {
    /// Functions whose call shows or explains rather than answers.
    static let exploring: Set<String> = [
        "help", "doc", "disp", "display", "printf", "fprintf", "puts", "plot", "graph", "whos", "who",
        "clc", "format", "more", "saveplot", "forward", "backward", "lookfor", "class", "exist",
    ]

    /// An input is an attempt when it sets the exercise's answer variable; when the answer
    /// is `ans`, any expression that computes something (not a bare name, not `help` or a
    /// plot) is one. With no answer variable (a predicate check), any assignment or
    /// computing expression is.
    public static func isAttempt(_ program: Program, for exercise: Exercise) -> Bool {
        let target = exercise.answer
        for s in program.statements {
            switch s.kind {
            case .assignment(let targets, _, _, _):
                if target.isEmpty || targets.contains(where: { $0.name == target }) { return true }
            case .formula(let name, _, _):
                if target.isEmpty || name == target { return true }
            case .expression(let e, _):
                if target == "ans" || target.isEmpty, computes(e) { return true }
            case .forLoop, .whileLoop, .doUntil, .ifChain:
                // A loop that assigns the answer (a gradient-descent loop) is an attempt.
                if target.isEmpty || assigns(target, in: [s]) { return true }
            default:
                continue
            }
        }
        return false
    }

    static func computes(_ e: Expr) -> Bool {
        switch e.kind {
        case .identifier, .string: return false
        case .call(let f, _):
            if case .identifier(let name) = f.kind, exploring.contains(name) { return false }
            return true
        default: return true
        }
    }

    static func assigns(_ name: String, in statements: [Statement]) -> Bool {
        for s in statements {
            switch s.kind {
            case .assignment(let targets, _, _, _): if targets.contains(where: { $0.name == name }) { return true }
            case .formula(let n, _, _): if n == name { return true }
            case .forLoop(let v, _, let body): if v.name == name || assigns(name, in: body) { return true }
            case .whileLoop(_, let body), .doUntil(let body, _): if assigns(name, in: body) { return true }
            case .ifChain(let branches, let otherwise):
                if branches.contains(where: { assigns(name, in: $0.body) }) || assigns(name, in: otherwise ?? []) { return true }
            default: continue
            }
        }
        return false
    }

    /// The expression an answer gives: the right-hand side of its assignment to the
    /// answer variable, or its last expression statement.
    static func answerExpression(_ program: Program, target: String) -> String? {
        var found: String?
        for s in program.statements {
            switch s.kind {
            case .assignment(let targets, .plain, let e, _) where targets.count == 1 && targets[0].name == target && targets[0].steps.isEmpty:
                found = text(of: e, in: program.source)
            case .formula(let name, let e, _) where name == target:
                found = text(of: e, in: program.source)
            case .expression(let e, _) where target == "ans":
                found = text(of: e, in: program.source)
            default: continue
            }
        }
        return found
    }

    /// The source text of an expression. A parenthesised sub-expression's range leaves out
    /// its parentheses (`(A + A')*x` spans `A + A')*x`), so the range is widened until its
    /// brackets balance.
    static func text(of e: Expr, in source: SourceFile) -> String {
        let scalars = source.scalars
        var start = max(0, min(e.range.start.offset, scalars.count))
        var end = max(start, min(e.range.end.offset, scalars.count))
        for _ in 0..<64 {
            var depth = 0, lowest = 0
            for k in start..<end {
                switch scalars[k] {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth -= 1; lowest = min(lowest, depth)
                default: break
                }
            }
            if lowest < 0, let open = (0..<start).last(where: { "([{".unicodeScalars.contains(scalars[$0]) }) {
                start = open
            } else if depth - lowest > 0, let close = (end..<scalars.count).first(where: { ")]}".unicodeScalars.contains(scalars[$0]) }) {
                end = close + 1
            } else {
                break
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    /// Judges an answer that has already run in the student's session.
    ///
    /// - Parameters:
    ///   - before: the workspace snapshot taken just before the answer ran;
    ///   - program: the answer as parsed;
    ///   - student: the student's session, after the answer.
    public static func judge(_ exercise: Exercise, program: Program, before: String, student: Interpreter) -> Verdict {
        switch exercise.check {
        case .set:
            return student.variable(exercise.answer) == nil ? .wrong("\(exercise.answer) is not set yet") : .correct
        case .predicate(let condition):
            let after = ScratchSession(workspace: ScratchSession.snapshot(student))
            switch after.evaluate(condition) {
            case .success(let v):
                return isTruthy(v) ? .correct : .wrong(exercise.why ?? "not yet: the condition \(condition) is false")
            case .failure(let f):
                return .wrong(exercise.why ?? "not yet: the condition \(condition) cannot be evaluated (\(firstLine(f.text)))")
            }
        case .shape(let rows, let cols):
            guard let actual = student.variable(exercise.answer) else { return .wrong("\(exercise.answer) is not set yet") }
            let want: Shape
            if let rows, let cols {
                want = Shape(rows, cols)
            } else {
                switch expected(exercise, before: before) {
                case .success(let v): want = v.shape
                case .failure(let f): return .wrong("the model answer fails here: \(firstLine(f.text))")
                }
            }
            return AnswerComparison.shapeDifference(actual.shape, want).map(Verdict.wrong) ?? .correct
        case .value:
            guard let actual = student.variable(exercise.answer) else { return .wrong("\(exercise.answer) is not set yet") }
            switch expected(exercise, before: before) {
            case .failure(let f): return .wrong("the model answer fails here: \(firstLine(f.text))")
            case .success(let want):
                guard let why = AnswerComparison.difference(actual, want, tolerance: exercise.tolerance) else { return .correct }
                return .wrong(mistake(exercise, actual: actual, before: before) ?? why)
            }
        case .expression:
            return judgeExpression(exercise, program: program, before: before, student: student)
        }
    }

    /// The value the answer variable should have: the check's expression, or what the
    /// model solution gives it, computed on the workspace as it was before the answer.
    static func expected(_ exercise: Exercise, before: String) -> Result<Value, EvaluationFailure> {
        let scratch = ScratchSession(workspace: before)
        if case .value(let e?) = exercise.check { return scratch.evaluate(e) }
        if let error = scratch.run(exercise.solution, name: "<solution>") { return .failure(EvaluationFailure(text: error)) }
        guard let v = scratch.variable(exercise.answer) else {
            return .failure(EvaluationFailure(text: "the solution does not set \(exercise.answer)"))
        }
        return .success(v)
    }

    /// A known mistake's message when the answer equals that mistake's value.
    static func mistake(_ exercise: Exercise, actual: Value, before: String) -> String? {
        guard !exercise.mistakes.isEmpty else { return nil }
        let scratch = ScratchSession(workspace: before)
        for m in exercise.mistakes {
            if case .success(let v) = scratch.evaluate(m.expression),
               AnswerComparison.difference(actual, v, tolerance: exercise.tolerance) == nil {
                return m.message
            }
        }
        return nil
    }

    /// Expression equivalence: the student's expression and the model's agree on
    /// several random draws of the workspace's matrices (so `W'*d` and `(d'*W)'` both
    /// pass, and an answer right only for today's numbers does not).
    static func judgeExpression(_ exercise: Exercise, program: Program, before: String, student: Interpreter) -> Verdict {
        guard let answer = answerExpression(program, target: exercise.answer) else {
            return .wrong("write the answer as one expression (e.g. \(exercise.answer == "ans" ? "W'*d" : "\(exercise.answer) = W'*d"))")
        }
        guard let solutionProgram = try? Parser.parse(SourceFile(name: "<solution>", text: exercise.solution)),
              let model = answerExpression(solutionProgram, target: exercise.answer) else {
            return .wrong("the lesson's model answer is not an expression (a problem in the lesson)")
        }
        let base = ScratchSession(workspace: before)
        let names = exercise.randomized.isEmpty
            ? base.session.interpreter.variableNames.filter { name in
                guard name != "ans", case .tensor(let t)? = base.variable(name) else { return false }
                return t.elementClass == .double && t.matrix.elements.count > 1
            }
            : exercise.randomized
        var generator = SplitMix(seed: 0x5EED)
        var compared = 0
        for trial in 0..<3 {
            let scratch = ScratchSession(workspace: before)
            if trial > 0 {
                for name in names {
                    guard let shape = scratch.variable(name)?.shape else { continue }
                    let values = (0..<(shape.rows * shape.cols)).map { _ in generator.normal() }
                    scratch.session.interpreter.setVariable(name, .matrix(Matrix(rows: shape.rows, cols: shape.cols, elements: values)))
                }
            }
            let want: Value
            switch scratch.evaluate(model) {
            case .success(let v): want = v
            case .failure: continue  // the model is undefined for this draw; try another
            }
            compared += 1
            switch scratch.evaluate(answer) {
            case .failure(let f):
                return .wrong("your expression fails for other values of \(names.joined(separator: ", ")): \(firstLine(f.text))")
            case .success(let have):
                if let why = AnswerComparison.difference(have, want, tolerance: exercise.tolerance) {
                    if trial == 0 { return .wrong(mistake(exercise, actual: have, before: before) ?? why) }
                    return .wrong("right for these numbers, but not for other values of \(names.joined(separator: ", ")) — it must hold for any values")
                }
            }
        }
        return compared > 0 ? .correct : .wrong("the lesson's model answer cannot be evaluated (a problem in the lesson)")
    }

    static func firstLine(_ s: String) -> String {
        String(s.split(separator: "\n").first ?? "").replacing("error: ", with: "")
    }
}

/// A small seeded generator (SplitMix64) for the random draws of equivalence checks:
/// the same answer is always judged the same way.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u = Swift.max(uniform(), 1e-300), v = uniform()
        return (-2 * _log(u)).squareRoot() * _cos(2 * Double.pi * v)
    }
}

#if canImport(Glibc)
import Glibc
private func _log(_ x: Double) -> Double { Glibc.log(x) }
private func _cos(_ x: Double) -> Double { Glibc.cos(x) }
#elseif canImport(Darwin)
import Darwin
private func _log(_ x: Double) -> Double { Darwin.log(x) }
private func _cos(_ x: Double) -> Double { Darwin.cos(x) }
#endif
