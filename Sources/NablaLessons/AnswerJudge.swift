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
        "clc", "format", "more", "saveplot", "forward", "backward", "lookfor", "class", "exist"
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
    static func answerExpression(_ program: Program, target: String) -> Expr? {
        var found: Expr?
        for s in program.statements {
            switch s.kind {
            case .assignment(let targets, .plain, let e, _) where targets.count == 1 && targets[0].name == target && targets[0].steps.isEmpty:
                found = e
            case .formula(let name, let e, _) where name == target:
                found = e
            case .expression(let e, _) where target == "ans":
                found = e
            default: continue
            }
        }
        return found
    }

    /// Judges an answer that has already run in the student's session — the entry point
    /// for anything that checks exercises (the lesson runner, check mode, notebooks).
    ///
    /// A `value`, `shape` or `expression` answer is judged against the lesson's reference
    /// values (`context.reference`, computed from the model answers, never from the
    /// student's earlier variables): the answer's code is run again there, with the
    /// student's own helper variables copied in, and must give what the model answer
    /// gives; the student's own result must agree too, or the message names the earlier
    /// variable that changed. The code is then run on each fresh data set
    /// (`context.fresh`) and must still agree with the model. `forbid:`/`require:` rules
    /// are checked first. A `predicate` or `set` check looks at the student's session.
    ///
    /// - Parameters:
    ///   - program: the answer as parsed (it has already run in `student`);
    ///   - student: the student's interpreter, after the answer.
    public static func judge(_ exercise: Exercise, program: Program, student: Interpreter, context: JudgeContext) -> Verdict {
        let language = context.lang
        if let right = exercise.rightChoice { return judgeChoice(exercise, right: right, student: student, language: language) }
        if let why = AnswerRule.violation(exercise.rules, program: program, language: context.language) { return .wrong(why) }
        let notSet = LessonMessage.notSet.text(language, exercise.answer)
        switch exercise.check {
        case .set:
            return student.variable(exercise.answer) == nil ? .wrong(notSet) : .correct
        case .predicate(let condition):
            let after = ScratchSession(workspace: ScratchSession.snapshot(student))
            switch after.evaluate(condition) {
            case .success(let v):
                return isTruthy(v) ? .correct : .wrong(exercise.why ?? LessonMessage.conditionFalse.text(language, condition))
            case .failure(let f):
                return .wrong(exercise.why ?? LessonMessage.conditionFails.text(language, condition, firstLine(f.text)))
            }
        case .shape(let rows, let cols):
            guard let actual = student.variable(exercise.answer) else { return .wrong(notSet) }
            let want: Shape
            if let rows, let cols {
                want = Shape(rows, cols)
            } else {
                switch expected(exercise, on: context.reference) {
                case .success(let v): want = v.shape
                case .failure(let f): return .wrong(LessonMessage.modelFails.text(language, firstLine(f.text)))
                }
            }
            return AnswerComparison.shapeDifference(actual.shape, want, language: language).map(Verdict.wrong) ?? .correct
        case .value:
            return judgeValue(exercise, program: program, student: student, context: context)
        case .expression:
            return judgeExpression(exercise, program: program, student: student, context: context)
        }
    }

    /// A multiple-choice answer: the letter in `choice`. A wrong option gets its own reason
    /// (or a plain "not this one"), never the right letter.
    static func judgeChoice(_ exercise: Exercise, right: String, student: Interpreter, language: Language) -> Verdict {
        let letters = exercise.choices.map(\.letter).joined(separator: ", ")
        guard case .tensor(let t)? = student.variable(Exercise.choiceVariable), t.elementClass == .char,
            let picked = exercise.choices.first(where: { $0.letter.lowercased() == t.stringValue.trimmed.lowercased() })
        else {
            return .wrong(LessonMessage.pickALetter.text(language, letters))
        }
        if picked.letter == right { return .correct }
        return .wrong(picked.message.map { picked.letter + ") " + $0 } ?? LessonMessage.notThisChoice.text(language, picked.letter))
    }

    /// The previous entry point: `before` (the workspace just before the answer) serves
    /// as the reference, with no fresh data.
    public static func judge(_ exercise: Exercise, program: Program, before: String, student: Interpreter) -> Verdict {
        judge(exercise, program: program, student: student, context: JudgeContext(reference: before))
    }

    static func judgeValue(_ exercise: Exercise, program: Program, student: Interpreter, context: JudgeContext) -> Verdict {
        let language = context.lang
        let name = exercise.answer
        guard let mine = student.variable(name) else { return .wrong(LessonMessage.notSet.text(language, name)) }
        let want: Value
        switch expected(exercise, on: context.reference) {
        case .failure(let f): return .wrong(LessonMessage.modelFails.text(language, firstLine(f.text)))
        case .success(let v): want = v
        }
        // Replayed as parsed, under the name its errors have always shown.
        let code = program.renamed("<answer>")
        let replay = scratch(context.reference, with: student)
        if let error = replay.run(code) {
            return .wrong(LessonMessage.answerRaises.text(language, firstLine(error)))
        }
        guard let have = replay.variable(name) else { return .wrong(LessonMessage.notSet.text(language, name)) }
        if let why = AnswerComparison.difference(have, want, tolerance: exercise.tolerance, language: language) {
            return .wrong(mistake(exercise, actual: have, before: context.reference) ?? why)
        }
        if AnswerComparison.difference(mine, want, tolerance: exercise.tolerance) != nil {
            return .wrong(changedInputs(exercise, program: program, student: student, context: context))
        }
        for data in context.fresh {
            guard case .success(let wantThere) = expected(exercise, on: data) else { continue }
            let there = scratch(data, with: student)
            if let error = there.run(code) {
                return .wrong(LessonMessage.freshRaises.text(language, firstLine(error)))
            }
            guard let haveThere = there.variable(name) else { continue }
            if let why = AnswerComparison.difference(haveThere, wantThere, tolerance: exercise.tolerance, language: language) {
                let reason = mistake(exercise, actual: haveThere, before: data) ?? why
                return .wrong(LessonMessage.freshWrong.text(language, reason))
            }
        }
        return .correct
    }

    /// A scratch session with `workspace`, plus the student's own variables and functions
    /// that the workspace does not have (helpers the student made along the way).
    static func scratch(_ workspace: WorkspaceImage, with student: Interpreter) -> ScratchSession {
        let s = ScratchSession(image: workspace)
        let interpreter = s.session.interpreter
        let present = Set(interpreter.variableNames)
        for n in student.variableNames where n != "ans" && !present.contains(n) {
            if let v = student.variable(n) { interpreter.setVariable(n, v) }
        }
        for (n, f) in student.functions where interpreter.functions[n] == nil { interpreter.functions[n] = f }
        return s
    }

    /// Why a right formula gave a wrong value: the earlier variables it reads that are no
    /// longer the lesson's.
    static func changedInputs(_ exercise: Exercise, program: Program, student: Interpreter, context: JudgeContext) -> String {
        let language = context.lang
        let reference = ScratchSession(image: context.reference)
        let read = SyntaxWalk.names(in: program.statements)
        let changed = read.sorted().filter { n in
            guard let r = reference.variable(n), AnswerComparison.numbers(r) != nil else { return false }
            guard let s = student.variable(n) else { return true }
            return AnswerComparison.difference(s, r, tolerance: exercise.tolerance) != nil
        }
        let answer = exercise.answer
        guard let first = changed.first else { return LessonMessage.workspaceChanged.text(language, answer) }
        let names = changed.joined(separator: language == .zh ? "、" : ", ")
        if let origin = context.origins[first] {
            return LessonMessage.inputsChangedAfter.text(language, names, origin, answer, first)
        }
        return LessonMessage.inputsChanged.text(language, names, answer)
    }

    /// The value the answer variable should have: the check's expression, or what the
    /// model solution gives it, computed on `workspace`.
    static func expected(_ exercise: Exercise, on workspace: WorkspaceImage) -> Result<Value, EvaluationFailure> {
        let scratch = ScratchSession(image: workspace)
        if case .value(let e?) = exercise.check { return scratch.evaluate(e) }
        if let error = scratch.run(exercise.solution, name: "<solution>") { return .failure(EvaluationFailure(text: error)) }
        guard let v = scratch.variable(exercise.answer) else {
            return .failure(EvaluationFailure(text: LessonMessage.solutionDoesNotSet.text(.en, exercise.answer)))
        }
        return .success(v)
    }

    /// A known mistake's message when the answer equals that mistake's value.
    static func mistake(_ exercise: Exercise, actual: Value, before: WorkspaceImage) -> String? {
        guard !exercise.mistakes.isEmpty else { return nil }
        let scratch = ScratchSession(image: before)
        for m in exercise.mistakes {
            if case .success(let v) = scratch.evaluate(m.expression),
                AnswerComparison.difference(actual, v, tolerance: exercise.tolerance) == nil
            {
                return m.message
            }
        }
        return nil
    }

    /// Expression equivalence: the student's expression and the model's agree on
    /// several random draws of the workspace's matrices (so `W'*d` and `(d'*W)'` both
    /// pass, and an answer right only for today's numbers does not).
    static func judgeExpression(_ exercise: Exercise, program: Program, student: Interpreter, context: JudgeContext) -> Verdict {
        let before = context.reference
        let language = context.lang
        guard let answer = answerExpression(program, target: exercise.answer) else {
            return .wrong(LessonMessage.oneExpression.text(language, exercise.answer == "ans" ? "W'*d" : "\(exercise.answer) = W'*d"))
        }
        guard let solutionProgram = try? Parser.parse(SourceFile(name: "<solution>", text: exercise.solution)),
            let model = answerExpression(solutionProgram, target: exercise.answer)
        else {
            return .wrong(LessonMessage.modelNotExpression.text(language))
        }
        let base = scratch(before, with: student)
        let names =
            exercise.randomized.isEmpty
            ? base.session.interpreter.variableNames.filter { name in
                guard name != "ans", case .tensor(let t)? = base.variable(name) else { return false }
                return t.elementClass == .double && t.matrix.elements.count > 1
            }
            : exercise.randomized
        var generator = SplitMix64(seed: 0x5EED)
        var compared = 0
        for trial in 0..<3 {
            let scratch = Self.scratch(before, with: student)
            if trial > 0 {
                for name in names {
                    guard let shape = scratch.variable(name)?.shape else { continue }
                    let values = (0..<(shape.rows * shape.cols)).map { _ in generator.normal() }
                    scratch.session.interpreter.setVariable(name, .matrix(Matrix(rows: shape.rows, cols: shape.cols, elements: values)))
                }
            }
            let want: Value
            switch scratch.evaluate(model, in: solutionProgram.source) {
            case .success(let v): want = v
            case .failure: continue  // the model is undefined for this draw; try another
            }
            compared += 1
            switch scratch.evaluate(answer, in: program.source) {
            case .failure(let f):
                return .wrong(LessonMessage.expressionFails.text(language, names.joined(separator: ", "), firstLine(f.text)))
            case .success(let have):
                if let why = AnswerComparison.difference(have, want, tolerance: exercise.tolerance, language: language) {
                    if trial == 0 { return .wrong(mistake(exercise, actual: have, before: before) ?? why) }
                    return .wrong(LessonMessage.onlyTheseNumbers.text(language, names.joined(separator: ", ")))
                }
            }
        }
        return compared > 0 ? .correct : .wrong(LessonMessage.modelNotEvaluable.text(language))
    }

    static func firstLine(_ s: String) -> String {
        String(s.split(separator: "\n").first ?? "").replacing("error: ", with: "")
    }
}

extension Program {
    /// The same program under another name in its errors; its lines and columns are the same.
    func renamed(_ name: String) -> Program {
        var copy = self
        copy.source = SourceFile(name: name, text: source.text, firstLine: source.firstLine)
        return copy
    }
}
