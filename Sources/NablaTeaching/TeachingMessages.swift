import NablaSyntax

/// What the teaching views say around their formulas and numbers, in each language
/// (see `MessageCatalogue`). Formulas, names and numbers are the same in every language.
public enum TeachingMessage: String, MessageCatalogue {
    case listSeparator
    case noValue
    // forward
    case forwardNothing, forwardTitle, forwardTitleOf, oneStep, manySteps, forwardInputs, entryExplanation
    // backward
    case backwardHeader, backwardNotFollowed, backwardStart, gradientsHeading, doesNotDepend, inEveryEntry
    // step, undo
    case gradientStepTitle, methodStepTitle, before, after, lossDown, lossUp, lossSame, undoNothing, undoDone
    case methodGD, methodMomentum, weightDecay
    // train
    case trainBatch, trainSGD, trainMinibatch, trainWithRule, trainWithDecay, trainFrozen, trainSchedule, trainSummary
    case scheduleStep, scheduleCosine, scheduleWarmup
    case trainStep, trainDone, trainTime, trainFullLoss, trainStoppedCtrlC
    case notANumber, infinite, stoppedBeforeFirstOne, stoppedBeforeFirstMany, stoppedAt, hadBeenGrowing, overshoot, keepValues
    // plots
    case axisStep, axisLoss, series
    // hints
    case averageOrSum, checkFormula, giveValues, passALoss
    // metrics
    case confusionClasses

    public static func table(_ language: Language) -> [TeachingMessage: String] { language == .zh ? zh : en }

    static let en: [TeachingMessage: String] = [
        .listSeparator: ", ",
        .noValue: "(no value: %1)",
        .forwardNothing: "nothing to trace: %1 is an input, not a computation",
        .forwardTitle: "forward pass",
        .forwardTitleOf: "forward pass of %1",
        .oneStep: "1 step",
        .manySteps: "%1 steps",
        .forwardInputs: "%1: %2, inputs %3",
        .entryExplanation: "(row %1 of %2 times column %3 of %4, entry by entry, summed over k = 1…%5)",
        .backwardHeader: "backward pass of %1: adjoints ∂%1/∂node, from %1 back to %2",
        .backwardNotFollowed: "(%1 is not followed: %2 uses it only through %3, taken as a fixed value)",
        .backwardStart: "(the start: %1 changes one-for-one with itself)",
        .gradientsHeading: "gradients:",
        .doesNotDepend: "(%1 does not depend on %2)",
        .inEveryEntry: "%1 in every entry",
        .gradientStepTitle: "gradient step, η = %1",
        .methodStepTitle: "%1 step, %2",
        .before: "%1 before",
        .after: "%1 after",
        .lossDown: "down",
        .lossUp: "UP — try a smaller η",
        .lossSame: "unchanged",
        .undoNothing: "undo: nothing to undo (no step or training run since the session began)",
        .undoDone: "undo: %1 back to the values before the last step",
        .methodGD: "gradient descent",
        .methodMomentum: "momentum",
        .weightDecay: "weight decay λ = %1",
        .trainBatch: "batch gradient descent",
        .trainSGD: "stochastic gradient descent (one example a step)",
        .trainMinibatch: "mini-batch gradient descent (%1 examples a step)",
        .trainWithRule: " with %1 (%2)",
        .trainWithDecay: " with %1",
        .trainFrozen: " (frozen: %1)",
        .trainSchedule: " (%1)",
        .trainSummary: "%1%2 on %3%4, lr = %5%6, %7 steps",
        .scheduleStep: "η × %1 every %2 steps",
        .scheduleCosine: "cosine schedule",
        .scheduleWarmup: "warm-up %1 steps",
        .trainStep: "step %1",
        .trainDone: "done%1: %2 %3 → %4 after %5 steps%6",
        .trainTime: " in %1",
        .trainFullLoss: " (%1 on all the data, as in the lines above)",
        .trainStoppedCtrlC: "stopped by Ctrl-C after %1 steps; the parameters keep the values they reached",
        .notANumber: "NaN (not a number)",
        .infinite: "infinite",
        .stoppedBeforeFirstOne:
            "stopped before the first step: the loss %1 is %2 because %3 holds NaN or Inf values. Clean the data first (isnan and isinf find them); the learning rate is not the cause.",
        .stoppedBeforeFirstMany:
            "stopped before the first step: the loss %1 is %2 because %3 hold NaN or Inf values. Clean the data first (isnan and isinf find them); the learning rate is not the cause.",
        .stoppedAt: "stopped at step %1: the loss %2 became %3.",
        .hadBeenGrowing: " It had been growing (%1 → %2):",
        .overshoot: " the steps overshoot the minimum. The learning rate is the usual suspect: try lr = %1.",
        .keepValues: " The parameters keep their values from step %1.",
        .axisStep: "step",
        .axisLoss: "loss",
        .series: "series %1",
        .averageOrSum: "average or sum it, e.g. mse(a, y) or sum(...)",
        .checkFormula: "check the formula of %1; := keeps it up to date with its inputs",
        .giveValues: "give every symbol a value before training",
        .passALoss: "pass a loss, e.g. mse(a, y)",
        .confusionClasses: "classes: %1   (rows: true class, columns: predicted)"
    ]

    static let zh: [TeachingMessage: String] = [
        .listSeparator: "、",
        .noValue: "（无法求值：%1）",
        .forwardNothing: "没有可追踪的计算：%1 是输入，不是计算出来的",
        .forwardTitle: "前向传播",
        .forwardTitleOf: "%1 的前向传播",
        .oneStep: "1 步",
        .manySteps: "%1 步",
        .forwardInputs: "%1：%2，输入 %3",
        .entryExplanation: "（%2 的第 %1 行与 %4 的第 %3 列逐项相乘，再对 k = 1…%5 求和）",
        .backwardHeader: "%1 的反向传播：伴随量 ∂%1/∂节点，从 %1 一直回到 %2",
        .backwardNotFollowed: "（不追踪 %1：%2 只通过 %3 用到它，把它当作固定值）",
        .backwardStart: "（起点：%1 对自身的变化率是 1）",
        .gradientsHeading: "梯度：",
        .doesNotDepend: "（%1 不依赖于 %2）",
        .inEveryEntry: "每个元素都是 %1",
        .gradientStepTitle: "梯度下降一步，η = %1",
        .methodStepTitle: "%1 更新一步，%2",
        .before: "更新前 %1",
        .after: "更新后 %1",
        .lossDown: "下降",
        .lossUp: "上升了——试试更小的 η",
        .lossSame: "不变",
        .undoNothing: "undo：没有可撤销的（本次会话还没有做过 step 或训练）",
        .undoDone: "undo：%1 已恢复为上一步之前的值",
        .methodGD: "梯度下降",
        .methodMomentum: "动量法",
        .weightDecay: "权重衰减 λ = %1",
        .trainBatch: "批量梯度下降",
        .trainSGD: "随机梯度下降（每步一个样本）",
        .trainMinibatch: "小批量梯度下降（每步 %1 个样本）",
        .trainWithRule: "，使用%1（%2）",
        .trainWithDecay: "，使用%1",
        .trainFrozen: "（固定不变：%1）",
        .trainSchedule: "（%1）",
        .trainSummary: "%1%2，参数 %3%4，学习率 lr = %5%6，共 %7 步",
        .scheduleStep: "每 %2 步 η × %1",
        .scheduleCosine: "余弦调度",
        .scheduleWarmup: "预热 %1 步",
        .trainStep: "第 %1 步",
        .trainDone: "完成%1：%5 步后 %2 从 %3 变为 %4%6",
        .trainTime: "（用时 %1）",
        .trainFullLoss: "（%1 是全部数据上的损失，与上面各行一致）",
        .trainStoppedCtrlC: "已按 Ctrl-C 在 %1 步后停止；参数保留已达到的值",
        .notANumber: "NaN（非数）",
        .infinite: "无穷大",
        .stoppedBeforeFirstOne: "在第一步之前就停止了：损失 %1 是 %2，因为 %3 含有 NaN 或 Inf。请先清理数据（用 isnan 和 isinf 找出它们）；原因不在学习率。",
        .stoppedBeforeFirstMany: "在第一步之前就停止了：损失 %1 是 %2，因为 %3 含有 NaN 或 Inf。请先清理数据（用 isnan 和 isinf 找出它们）；原因不在学习率。",
        .stoppedAt: "在第 %1 步停止：损失 %2 变成了 %3。",
        .hadBeenGrowing: "它一直在增大（%1 → %2）：",
        .overshoot: "每一步都越过了最小值。通常是学习率太大：试试 lr = %1。",
        .keepValues: "参数保留第 %1 步时的值。",
        .axisStep: "步数",
        .axisLoss: "损失",
        .series: "序列 %1",
        .averageOrSum: "对它求平均或求和，例如 mse(a, y) 或 sum(...)",
        .checkFormula: "检查 %1 的公式；用 := 定义，它才会随输入更新",
        .giveValues: "训练之前先给每个符号赋值",
        .passALoss: "请传入一个损失，例如 mse(a, y)",
        .confusionClasses: "类别：%1   （行：真实类别，列：预测类别）"
    ]
}
