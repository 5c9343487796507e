import Testing
@testable import NablaLessons
import NablaSyntax

@Suite("Text layout")
struct TextLayoutTests {
    @Test func latinWrapsAtSpaces() {
        let lines = TextLayout.wrap("the quick brown fox jumps over the lazy dog", width: 15)
        #expect(lines == ["the quick brown", "fox jumps over", "the lazy dog"])
    }

    @Test func chineseWrapsByDisplayWidth() {
        let text = "反向传播是训练神经网络的核心算法，它用链式法则计算损失函数对每个参数的梯度。"
        let lines = TextLayout.wrap(text, width: 20)
        for l in lines { #expect(displayWidth(l) <= 20, "\(l)") }
        #expect(lines.joined() == text)
        // Closing punctuation never starts a line.
        for l in lines { #expect(!(l.first.map { "，。、；：！？）".contains($0) } ?? false)) }
    }

    @Test func mixedScriptsKeepTheirSpaces() {
        let lines = TextLayout.render("梯度下降 (gradient descent) 更新参数 θ。", width: 80)
        #expect(lines == ["梯度下降 (gradient descent) 更新参数 θ。"])
    }

    @Test func chineseParagraphLinesJoinWithoutSpaces() {
        #expect(TextLayout.render("前向传播\n反向传播", width: 80) == ["前向传播反向传播"])
        #expect(TextLayout.render("forward\npass", width: 80) == ["forward pass"])
    }

    @Test func listsQuotesAndCode() {
        let lines = TextLayout.render("- one item that wraps around\n- two\n\n    code  kept\n> quoted", width: 20)
        #expect(lines == ["  • one item that", "    wraps around", "  • two", "", "    code  kept", "│ quoted"])
    }

    @Test func emphasisMarksAreDroppedButProductsAreNot() {
        #expect(TextLayout.render("the *mean* of **all** 2*x", width: 80) == ["the mean of all 2*x"])
    }

    @Test func emphasisInChineseTextIsDroppedToo() {
        // After a full-width comma, and closing straight into Chinese text: no raw marks.
        #expect(
            TextLayout.render("M. Nielsen，*Neural Networks and Deep Learning* 第 1 章。", width: 40)
                == ["M. Nielsen，Neural Networks and Deep", "Learning 第 1 章。"])
        #expect(TextLayout.render("损失*大于*初始损失", width: 80) == ["损失大于初始损失"])
        #expect(TextLayout.render("a*b 与 2*x", width: 80) == ["a*b 与 2*x"])
    }

    @Test func punctuationNeverStartsALine() {
        let text = "✗ 还不对：形状是对的（3×1），但你的答案是正确答案的 3 倍——是不是差了一个常数因子，比如 2 或 1/n？"
        for width in 20...80 {
            let lines = TextLayout.render(text, width: width)
            #expect(!lines.dropFirst().contains { "，。：；？）".contains($0.first ?? " ") }, "width \(width): \(lines)")
        }
    }
}
