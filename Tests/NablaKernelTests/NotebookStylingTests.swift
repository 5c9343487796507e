@testable import NablaKernel
import NablaRuntime
import NablaSyntax
import NablaTeaching
import Testing

/// A notebook shows text as it is: whatever the library asks to be styled (an error's
/// label, its caret), no escape code reaches a cell.
@Suite("Notebook output is never styled")
struct NotebookStylingTests {
    @Test func anErrorInACellCarriesNoEscapeCodes() {
        let sink = NotebookOutput()
        var sent = ""
        sink.publish = { _, content in sent += "\(content)" }
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary)
        #expect(session.run("disp(1); x = undefined_thing + 1", name: "<cell 1>") == .failure)
        let error = sink.finish(failed: true, count: 1) ?? ""
        #expect(error.contains("error: ") && error.contains("^"))
        #expect(!error.contains("\u{1B}") && !sent.contains("\u{1B}"))
        for style in TextStyle.allCases { #expect(sink.styled("x", as: style) == "x") }
    }
}
