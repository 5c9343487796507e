@testable import NablaKernel
import NablaRuntime
import NablaTeaching
import Testing

/// What a notebook receives for a displayed result, without a notebook.
@Suite("Rich results")
struct MathMarkupTests {
    /// Runs code in a session whose sink is the notebook's, and returns the bundles sent.
    func bundles(_ code: String) -> [[String: Any]] {
        let output = NotebookOutput()
        var sent: [[String: Any]] = []
        output.publish = { type, content in
            if type == "execute_result" || type == "display_data", let data = content["data"] as? [String: Any] { sent.append(data) }
        }
        let session = Session(output: output, vocabulary: NablaTeaching.vocabulary)
        session.run(code, name: "<test>")
        _ = output.finish(failed: false, count: 1)
        return sent
    }

    @Test("a gradient is typeset as a fraction of partials, with its numbers beneath")
    func gradient() throws {
        let data = try #require(bundles("W = [1 2; 3 4]; x = [1; 2]; L := sum(W*x); grad(L, W)").last)
        let latex = try #require(data["text/latex"] as? String)
        #expect(latex.hasPrefix("$$\\begin{aligned}\n\\frac{\\partial L}{\\partial W} &= "))
        #expect(latex.contains("\\begin{bmatrix} 1 & 2 \\\\ 1 & 2 \\end{bmatrix}"))
        #expect((data["text/plain"] as? String)?.hasPrefix("∂L/∂W = ") == true)
    }

    @Test("numbers alone get no LaTeX; every result gets its JSON record")
    func numbers() throws {
        let data = try #require(bundles("v = [1 2 3]").last)
        #expect(data["text/latex"] == nil)
        #expect(data["text/plain"] as? String == "v =\n\n   1   2   3\n\n")
        #expect((data[MathMarkup.jsonType] as? [String: Any])?["name"] as? String == "v")
        #expect(data["application/json"] == nil)
    }

    @Test(
        "titles and names as maths",
        arguments: [
            ("∂L/∂W", "\\frac{\\partial L}{\\partial W}"),
            ("∂²f/∂x²", "\\frac{\\partial^2 f}{\\partial x^2}"),
            ("∂loss/∂W1", "\\frac{\\partial \\mathrm{loss}}{\\partial W_{1}}"),
            ("∂sum(W(:,1))/∂W", "\\frac{\\partial \\texttt{sum(W(:,1))}}{\\partial W}")
        ])
    func titles(title: String, latex: String) {
        #expect(MathMarkup.derivativeTitle(title) == latex)
    }

    @Test("LaTeX's special characters in text are escaped")
    func escaping() {
        #expect(MathMarkup.escapeText("a_b & 50% {x}") == "a\\_b \\& 50\\% \\{x\\}")
    }

    @Test("history search patterns: * matches any text")
    func glob() {
        #expect(Kernel.matches("h_marker = 1;", glob: "h_mark*"))
        #expect(Kernel.matches("abc", glob: "*b*"))
        #expect(!Kernel.matches("abc", glob: "*d*"))
        #expect(Kernel.matches("abc", glob: "abc"))
        #expect(!Kernel.matches("abcd", glob: "abc"))
    }
}
