import Testing
import NablaRuntime

/// A session owns its vocabulary: what one session can call, another cannot see or change.
@Suite struct VocabularyTests {
    static let shout = Builtin("shout", "shout(s)", "Upper-case text, for this test.", example: "shout('a')", .text) { call in
        [.string(try call.string(0).uppercased())]
    }

    @Test func twoSessionsSpeakDifferently() {
        let core = RecordingSink(), extended = RecordingSink()
        let plain = Session(output: core)
        let rich = Session(output: extended, vocabulary: .core.adding([Self.shout]))
        rich.run("disp(shout('hi'))", name: "<test>")
        plain.run("disp(shout('hi'))", name: "<test>")
        #expect(extended.output == "HI\n")
        #expect(core.errors.contains("undefined function 'shout'"), "\(core.errors)")
        // Help and completion read the same vocabulary.
        #expect(rich.interpreter.vocabulary.names.contains("shout"))
        #expect(!Builtins.names.contains("shout") && !Vocabulary.core.names.contains("shout"))
        #expect(Completion.names(in: rich.interpreter).builtins.contains("shout"))
    }
}
