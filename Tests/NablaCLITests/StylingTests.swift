@testable import nabla
import NablaRuntime
import Testing
import NablaSyntax
import NablaTestSupport

/// The library says what it shows; only a sink at a terminal someone watches draws with
/// escape codes. A pipe, a file and `--json` output never receive one.
@Suite("Styling behind the sink")
struct StylingTests {
    static let code =
        "clc; disp(1); x = [1; 2; 3]; y = [3; 5; 7]; w = 0; b = 0; L := mse(w*x + b, y);\n"
        + "train(L, {w, b}, 'lr', 0.05, 'steps', 200, 'every', 50); plot([1 2 3], [1 4 9])"

    @Test(arguments: [["--json", "-e", code], ["-e", code], ["--json", "-e", "disp(1); x = undefined_thing + 1"]])
    func noEscapeCodesOutsideATerminal(_ arguments: [String]) throws {
        let binary = try #require(nablaBinary())
        let result = try runWithPipe(binary, arguments: arguments, input: "", environment: [:])
        #expect(result.stdout.contains("1"))
        #expect(!result.stdout.contains("\u{1B}"), "\(result.stdout.debugDescription)")
        #expect(!result.stderr.contains("\u{1B}"), "\(result.stderr.debugDescription)")
    }

    /// A sink that is not a terminal (a test, a notebook, a lesson's capture) gets no codes either.
    @Test func aRecordingSinkGetsNoEscapeCodes() {
        let sink = RecordingSink()
        Session(output: sink).run("clc; disp(1)", name: "<test>")
        #expect(sink.output == "1\n")
        #expect(!sink.transcript.contains("\u{1B}"), "\(sink.transcript.debugDescription)")
    }

    /// At a terminal, `clc` clears it and a status line is redrawn in place.
    @Test func aTerminalSinkDrawsInPlace() {
        let live = TerminalOutput(live: true, colour: true)
        #expect(live.showsLiveStatus && live.showsColour)
        let plain = TerminalOutput(live: false, colour: true)
        #expect(!plain.showsLiveStatus && !plain.showsColour)
    }

    /// What a style looks like is the sink's choice: `--json` output styles nothing whatever
    /// the library asks; the terminal's sink styles only when the command says a person
    /// watches in colour.
    @Test func onlyAStylingTerminalSinkWritesEscapeCodes() {
        for style in TextStyle.allCases {
            #expect(JSONOutput().styled("x", as: style) == "x")
            if style.isFigure {
                // A figure's series are coloured where figures are (a live terminal in colour).
                #expect(TerminalOutput(styles: true).styled("x", as: style) == "x")
                #expect(TerminalOutput(live: true, colour: true).styled("x", as: style).hasPrefix("\u{1B}["))
                #expect(TerminalOutput(live: true, colour: false).styled("x", as: style) == "x")
            } else {
                #expect(TerminalOutput(live: true, colour: true).styled("x", as: style) == "x")
                #expect(TerminalOutput(styles: true).styled("x", as: style).hasPrefix("\u{1B}["))
            }
        }
        // Series take turns through the colours, and a region is a dim shade of its class's colour.
        let sink = TerminalOutput(live: true, colour: true)
        #expect(sink.styled("o", as: .series(0)) != sink.styled("o", as: .series(1)))
        #expect(sink.styled("o", as: .series(0)) == sink.styled("o", as: .series(7)))
        #expect(sink.styled("·", as: .region(1)) == "\u{1B}[2;31m·\u{1B}[0m")
    }
}
