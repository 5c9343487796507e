/// The runner's own words, in the lesson's language. Lessons bring their narration;
/// these are the frame around it.
struct RunnerText: Sendable {
    var commands: String
    var continueHint: String
    var freePlay: String
    var exercise: String
    var correct: String
    var notYet: String
    var askHint: String
    var noMoreHints: String
    var hint: String
    var solution: String
    var skipped: String
    var teacherOff: String
    var notAnExercise: String
    var errorNotCounted: String
    var typeAnswer: String
    var resuming: String
    var corrupt: String
    var finished: String
    var saved: String
    var menuPrompt: String
    var goodbye: String
    var needs: String
    var modelAnswer: String
    var step: String
    var showAnswer: String
    var demoNext: String

    static func forLanguage(_ language: String) -> RunnerText { language == "zh" ? chinese : english }

    static let english = RunnerText(
        commands: "Enter: next · hint · solution · skip · again · back · menu · :export FILE · bye",
        continueHint: "(Enter ↵ to continue — or try something at the prompt)",
        freePlay: "Free play: try anything — variables, help, your own ideas. Enter on an empty line goes on.",
        exercise: "Exercise",
        correct: "✓ Correct.",
        notYet: "✗ Not yet: ",
        askHint: "(type hint for a hint)",
        noMoreHints: "No more hints. Type solution to see the model answer.",
        hint: "Hint",
        solution: "Model answer (type it, or your own, to go on):",
        skipped: "Skipped. The model answer was run:",
        teacherOff: "Your teacher has turned skip and solution off for this class.",
        notAnExercise: "There is no exercise on this step.",
        errorNotCounted: "That raised an error — it does not count as an answer. Fix it and try again.",
        typeAnswer: "Type your answer (or hint, solution, skip).",
        resuming: "Resuming at step %1 of %2 (type menu to go elsewhere, back to go back).",
        corrupt: "Your saved progress for this lesson could not be read; it was set aside as %1. Starting from the beginning.",
        finished: "Lesson complete: %1 of %2 exercises solved, %3 wrong attempts, %4 hints.",
        saved: "Progress saved. Come back with: nabla lesson %1",
        menuPrompt: "Step number to go to (Enter stays here): ",
        goodbye: "Bye.",
        needs: "This step needs %1, which this version of Nabla does not have yet.",
        modelAnswer: "✓ the model answer passes its check",
        step: "step",
        showAnswer: "(Enter shows the answer · or type code to try it live)",
        demoNext: "(Enter: next · back · bye · or type code to run it live)")

    static let chinese = RunnerText(
        commands: "回车：下一步 · hint 提示 · solution 答案 · skip 跳过 · again 重来 · back 上一步 · menu 目录 · :export 文件 · bye 退出",
        continueHint: "（按回车继续——也可以先在提示符下试一试）",
        freePlay: "自由练习：随便试——变量、help、你自己的想法。在空行按回车继续。",
        exercise: "练习",
        correct: "✓ 正确。",
        notYet: "✗ 还不对：",
        askHint: "（输入 hint 获取提示）",
        noMoreHints: "没有更多提示了。输入 solution 查看参考答案。",
        hint: "提示",
        solution: "参考答案（输入它或你自己的答案以继续）：",
        skipped: "已跳过。已运行参考答案：",
        teacherOff: "老师已为本课堂关闭 skip 和 solution。",
        notAnExercise: "这一步没有练习。",
        errorNotCounted: "出错了——不算作答案。改正后再试。",
        typeAnswer: "请输入你的答案（或 hint、solution、skip）。",
        resuming: "从第 %1 步（共 %2 步）继续（输入 menu 跳转，back 返回上一步）。",
        corrupt: "本课的进度文件无法读取，已另存为 %1。从头开始。",
        finished: "本课完成：%2 个练习中完成 %1 个，错误尝试 %3 次，使用提示 %4 次。",
        saved: "进度已保存。继续学习：nabla lesson %1",
        menuPrompt: "要跳到第几步（回车留在这里）：",
        goodbye: "再见。",
        needs: "这一步需要 %1，当前版本的 Nabla 还没有。",
        modelAnswer: "✓ 参考答案通过检查",
        step: "步",
        showAnswer: "（回车显示答案 · 也可以先输入代码现场试一试）",
        demoNext: "（回车继续 · back 上一步 · bye 退出 · 也可以输入代码现场运行）")
}

extension String {
    /// Replaces `%1`, `%2`, … with the arguments.
    func filled(_ args: Any...) -> String {
        var s = self
        for (k, a) in args.enumerated().reversed() { s = s.replacing("%\(k + 1)", with: "\(a)") }
        return s
    }
}

extension Verdict {
    /// The runner's words for this verdict, in the lesson's language (`en`, `zh`): what a
    /// lesson notebook's `check(…)` prints under the answer.
    public func feedback(for exercise: Exercise, language: String) -> String {
        let text = RunnerText.forLanguage(language)
        switch self {
        case .correct: return text.correct + (exercise.explanation.map { " " + $0 } ?? "")
        case .wrong(let why): return text.notYet + why
        case .notAnAttempt:
            return text.notYet + (language == "zh" ? "请在本单元格的 check(…) 之前写下你的答案。" : "write your answer in this cell, before check(…).")
        }
    }
}
