import NablaSyntax

/// The common error hints, in each language (see `MessageCatalogue`). The error
/// messages themselves stay Octave's, so they can be looked up; the hint says what to do.
public enum RuntimeMessage: String, MessageCatalogue {
    case didYouMean
    case innerDimensionsTransposeFirst
    case innerDimensionsTransposeSecond
    case matmulShapes
    case elementwiseTransposed
    case elementwiseShapes
    case gradcheck, gradcheckAgrees, gradcheckDisagrees, oneEntry, manyEntries
    case largestDifference, gradientNotFinite, likelyCauses
    case forExample, bindWithColonEquals, derivativeZero, indexOutside, followableOperations

    public static func table(_ language: Language) -> [RuntimeMessage: String] { language == .zh ? zh : en }

    static let en: [RuntimeMessage: String] = [
        .didYouMean: "did you mean '%1'?",
        .innerDimensionsTransposeFirst:
            "the inner dimensions must agree (%1 ≠ %2); did you mean to transpose the first operand, or to use .* for an element-wise product?",
        .innerDimensionsTransposeSecond: "the inner dimensions must agree (%1 ≠ %2); transposing the second operand would make them agree",
        .matmulShapes: "for A*B the number of columns of A must equal the number of rows of B",
        .elementwiseTransposed: "one operand is the transpose of the other's shape — a transpose missing?",
        .elementwiseShapes: "element-wise operands must have equal sizes, or size 1 along each dimension where they differ",
        .forExample: "for example %1",
        .bindWithColonEquals: "bind the formula with := instead, as in  %1 := <its expression>;  then %2(%1, %3)",
        .derivativeZero: "the derivative would be 0; check the name of the variable",
        .indexOutside: "index outside the formula: give the part a name of its own (%1 = %2) and use that",
        .followableOperations: "write it with operators and functions a formula can follow: %1 and the element-wise functions",
        .gradcheck: "gradcheck: grad %1 with central differences, max relative error %2 over %3 of %4",
        .gradcheckAgrees: "agrees",
        .gradcheckDisagrees: "DISAGREES",
        .oneEntry: "1 entry",
        .manyEntries: "%1 entries",
        .largestDifference: "largest difference at %1: grad gives %2, central differences give %3",
        .gradientNotFinite: "a gradient is NaN or Inf there: the loss leaves its domain (log or division at 0) or overflows near this point",
        .likelyCauses:
            "likely causes: a kink at this point (relu or abs at 0, max with a tie) where the slopes on either side differ;\nvalues so large or small that finite differences lose precision (try rescaling); or a wrong derivative rule"
    ]

    static let zh: [RuntimeMessage: String] = [
        .didYouMean: "你是想写 '%1' 吗？",
        .innerDimensionsTransposeFirst: "内侧维数必须一致（%1 ≠ %2）；是要转置第一个操作数，还是要用 .* 做逐元素乘法？",
        .innerDimensionsTransposeSecond: "内侧维数必须一致（%1 ≠ %2）；把第二个操作数转置就一致了",
        .matmulShapes: "A*B 要求 A 的列数等于 B 的行数",
        .elementwiseTransposed: "一个操作数的形状正好是另一个的转置——是不是少了一个转置？",
        .elementwiseShapes: "逐元素运算的两个操作数大小必须相同，或在大小不同的维度上为 1",
        .forExample: "例如 %1",
        .bindWithColonEquals: "改用 := 绑定公式，例如  %1 := <它的表达式>;  然后再 %2(%1, %3)",
        .derivativeZero: "导数会是 0；请检查变量名",
        .indexOutside: "在公式外做索引：给这一部分起个名字（%1 = %2），然后用这个名字",
        .followableOperations: "请用公式能追踪的运算和函数来写：%1 和逐元素函数",
        .gradcheck: "gradcheck：grad 与中心差分%1，%4 的 %3中最大相对误差为 %2",
        .gradcheckAgrees: "一致",
        .gradcheckDisagrees: "不一致！",
        .oneEntry: "1 个元素",
        .manyEntries: "%1 个元素",
        .largestDifference: "差别最大处在 %1：grad 给出 %2，中心差分给出 %3",
        .gradientNotFinite: "那里的梯度是 NaN 或 Inf：损失函数在这一点附近超出了定义域（在 0 处取 log 或做除法）或溢出了",
        .likelyCauses: "可能的原因：这一点是个折点（relu 或 abs 在 0 处、max 取值相等），两侧斜率不同；\n数值太大或太小，有限差分失去精度（试试重新缩放）；或者某条求导规则错了"
    ]
}
