import NablaNumerics
import NablaRuntime
import NablaSyntax

/// The lesson's own values at each exercise — what its demos and model answers leave in
/// the workspace, never what the student typed — and the same set-up re-run on fresh
/// data (`FreshData`). Answers are judged against these, so a wrong `d2` cannot make a
/// later `gW2` built on it look right, and a coincidence of the lesson's numbers cannot
/// pass a check.
///
/// Workspaces are built lazily, one pass over the lesson per data set, and cached.
public final class LessonReference {
    public let lesson: Lesson
    /// Fresh data sets used when judging. Check mode uses more to decide whether a
    /// mutant computes a different function.
    public static let judgedDraws = 1

    var passes: [Int: Pass] = [:]

    public init(lesson: Lesson) { self.lesson = lesson }

    /// The judging context of exercise `index` (0-based, in lesson order).
    public func context(exercise index: Int, draws: Int = LessonReference.judgedDraws) -> JudgeContext {
        let reference = workspace(before: index, draw: 0) ?? WorkspaceImage(script: "")
        let fresh = (1...max(draws, 1)).prefix(draws).compactMap { workspace(before: index, draw: $0) }
        return JudgeContext(reference: reference, fresh: fresh, origins: origins(before: index), language: lesson.language)
    }

    /// Which exercise sets each variable, for messages ("exercise 1, δ₂").
    func origins(before index: Int) -> [String: String] {
        var out: [String: String] = [:]
        for (k, e) in lesson.exercises.prefix(index).enumerated() {
            let label = LessonMessage.exerciseLabel.text(Language(code: lesson.language), k + 1, e.title)
            for name in Set(e.assignedNames) { out[name] = label }
        }
        return out
    }

    /// The workspace script before exercise `index` on data set `draw` (0: the lesson's
    /// own data); nil when the set-up fails on that data.
    func workspace(before index: Int, draw: Int) -> WorkspaceImage? {
        let pass = passes[draw] ?? Pass(lesson: lesson, draw: draw)
        passes[draw] = pass
        return pass.snapshot(before: index)
    }

    /// One run through the lesson on one data set, advanced only as far as asked.
    final class Pass {
        let session: ScratchSession
        let blocks: [Block]
        var next = 0
        var exercisesSeen = 0
        var snapshots: [WorkspaceImage?] = []
        var generator: SplitMix64
        let draw: Int
        var broken = false

        init(lesson: Lesson, draw: Int) {
            session = ScratchSession(workspace: "")
            blocks = lesson.steps.flatMap(\.blocks)
            generator = SplitMix64(seed: 0xF4E5_0000 &+ UInt64(draw))
            self.draw = draw
        }

        func snapshot(before index: Int) -> WorkspaceImage? {
            while snapshots.count <= index, next < blocks.count {
                switch blocks[next] {
                case .demo(let d):
                    let code = draw == 0 ? d.code : FreshData.rewrite(d.code, generator: &generator)
                    if session.run(code, name: "<reference>") != nil { broken = draw != 0 || broken }
                case .exercise(let e):
                    snapshots.append(broken ? nil : WorkspaceImage(copying: session.session.interpreter))
                    session.run(e.solution, name: "<reference>")
                    exercisesSeen += 1
                default: break
                }
                next += 1
            }
            return index < snapshots.count ? snapshots[index] : nil
        }
    }
}

/// What an answer is judged against: the lesson's workspace just before the exercise,
/// the same set-up on fresh data, and where earlier variables came from.
public struct JudgeContext: Sendable {
    /// The workspace with the lesson's own values.
    public var reference: WorkspaceImage
    /// The set-up re-run on fresh data of the same shapes.
    public var fresh: [WorkspaceImage]
    /// Variable → the exercise that sets it, for messages.
    public var origins: [String: String]
    /// `en` or `zh`: the language of the judge's own words.
    public var language: String
    /// `language` as the message catalogues take it.
    var lang: Language { Language(code: language) }

    /// - Parameters:
    ///   - reference: workspace script (the `:save` form) with the lesson's own values;
    ///   - fresh: scripts of the same set-up on fresh data.
    public init(reference: String, fresh: [String] = [], origins: [String: String] = [:], language: String = "en") {
        self.init(
            reference: WorkspaceImage(script: reference), fresh: fresh.map(WorkspaceImage.init(script:)),
            origins: origins, language: language)
    }

    public init(reference: WorkspaceImage, fresh: [WorkspaceImage], origins: [String: String], language: String) {
        self.reference = reference
        self.fresh = fresh
        self.origins = origins
        self.language = language
    }
}

extension Exercise {
    /// Names the model answer assigns.
    var assignedNames: [String] {
        guard let p = try? Parser.parse(SourceFile(name: "<solution>", text: solution)) else { return [answer] }
        return SyntaxWalk.assigned(in: p.statements)
    }
}
