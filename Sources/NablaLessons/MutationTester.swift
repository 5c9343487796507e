import NablaSyntax
import NablaNumerics
import NablaRuntime

/// Proves an exercise's check by mutation: every wrong variant of the model answer
/// (`Mutants`) is run as a student's answer and judged as the runner judges it. A
/// variant that passes is a defect of the check only if it computes a different
/// function — different from the model on the lesson's data, on more fresh data sets
/// than the judge uses, or with the non-integer numbers (and zeros) the answer reads replaced by
/// independent random ones (so `t0 = 0` in the lesson cannot hide a dropped `t0`).
/// Variants equal on all of them (`x'` for a scalar `x`) are counted as equivalent,
/// not as failures.
///
/// `predicate` and `set` checks accept many answers by design and are not mutated.
public struct MutationResult: Sendable, Equatable {
    public var exercise: Int
    public var title: String
    public var tried: Int
    public var rejected: Int
    public var equivalent: Int
    public var survivors: [Mutant]
}

enum MutationTester {
    /// Fresh data sets used to tell a different function from an equivalent one; more
    /// than the judge uses, so a variant that only the judge's data cannot see is caught.
    static let draws = 3

    static func test(_ exercise: Exercise, number: Int, context: JudgeContext, wider: JudgeContext) -> MutationResult? {
        switch exercise.check {
        case .predicate, .set: return nil
        default: break
        }
        var result = MutationResult(exercise: number, title: exercise.title, tried: 0, rejected: 0, equivalent: 0, survivors: [])
        // Each piece of code is parsed once and run as parsed on every workspace.
        let solution = try? Parser.parse(SourceFile(name: "<solution>", text: exercise.solution))
        let workspaces = [wider.reference] + wider.fresh + (solution.map { randomized(wider.reference, readBy: $0) } ?? [])
        let models = workspaces.map { workspace in solution.flatMap { observed(exercise, program: $0, on: workspace) } }
        for mutant in Mutants.of(exercise.solution) {
            guard let program = try? Parser.parse(SourceFile(name: "<mutant>", text: mutant.code)) else { continue }
            result.tried += 1
            let student = ScratchSession(image: context.reference)
            guard AnswerJudge.isAttempt(program, for: exercise), student.run(program) == nil,
                AnswerJudge.judge(exercise, program: program, student: student.session.interpreter, context: context) == .correct
            else {
                result.rejected += 1
                continue
            }
            let differs = zip(workspaces, models).contains { workspace, model in
                guard let model else { return false }
                guard let value = observed(exercise, program: program, on: workspace) else { return true }
                return !same(value, model, exercise)
            }
            if differs {
                result.survivors.append(mutant)
            } else {
                result.equivalent += 1;
                if FileSystem.environment("NABLA_DEBUG_MUTANTS") != nil { print("EQUIV ex\(number): \(mutant.code)  [\(mutant.change)]") }
            }
        }
        return result
    }

    /// Copies of `workspace` with every double variable the code reads that holds a
    /// non-integer number (or only zeros) replaced by normal draws of the same shape and
    /// scale. Other integers (counts, indices, sizes) are kept: they choose what the code
    /// computes, not the data.
    static func randomized(_ workspace: WorkspaceImage, readBy program: Program, draws: Int = 2) -> [WorkspaceImage] {
        let names = SyntaxWalk.names(in: program.statements).sorted()
        var generator = SplitMix64(seed: 0x4D55_7A4E)
        return (0..<draws).map { _ in
            let s = ScratchSession(image: workspace)
            let interpreter = s.session.interpreter
            for name in names {
                guard case .tensor(let t)? = interpreter.variable(name), t.elementClass == .double else { continue }
                let m = t.matrix
                guard !m.elements.isEmpty, m.elements.contains(where: { $0 != $0.rounded() }) || m.elements.allSatisfy({ $0 == 0 }) else { continue }
                let scale = Swift.max((m.elements.reduce(0) { $0 + $1 * $1 } / Double(m.elements.count)).squareRoot(), 1e-3)
                let values = m.elements.map { _ in scale * generator.normal() }
                interpreter.setVariable(name, .matrix(Matrix(rows: m.rows, cols: m.cols, elements: values)))
            }
            return WorkspaceImage(copying: interpreter)
        }
    }

    /// What the check looks at after `program` runs on `workspace`: the answer's value (or,
    /// for a `value NAME = EXPR` check, the value it must equal). Nil when the code fails.
    static func observed(_ exercise: Exercise, program: Program, on workspace: WorkspaceImage) -> Value? {
        let s = ScratchSession(image: workspace)
        guard s.run(program) == nil else { return nil }
        return s.variable(exercise.answer)
    }

    static func same(_ a: Value, _ b: Value, _ exercise: Exercise) -> Bool {
        if case .shape = exercise.check { return a.shape == b.shape }
        return AnswerComparison.difference(a, b, tolerance: exercise.tolerance) == nil
    }
}
