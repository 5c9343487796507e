@testable import nabla
import NablaRuntime
import Testing

/// Tab completion's choices, without a terminal.
@Suite("Completion")
struct CompletionTests {
    var names: Completion.Names {
        var n = Completion.Names()
        n.variables = ["weights", "width", "x"]
        n.functions = ["train_step"]
        n.builtins = ["sum", "sqrt", "sort", "numel", "num2str", "sigmoid"]
        n.commands = [":help", ":lesson", ":load", ":save", ":quit", ":vars"]
        n.statements = ["for", "function", "while"]
        n.lessons = { ["01-vectors", "02-matrices", "10-backprop"] }
        n.listDirectory = { dir in
            switch dir {
            case ".": return [("data", true), ("train.m", false), ("test.m", false), (".hidden", false)]
            case "data/": return [("mnist.m", false)]
            default: return []
            }
        }
        return n
    }

    @Test func uniqueVariableCompletesFully() {
        let c = Completion.complete("y = wei", names: names)
        #expect(c == Completion(word: "wei", candidates: ["weights"]))
        #expect(c.insertion == "ghts")
    }

    @Test func ambiguousPrefixInsertsTheSharedPartOnly() {
        let c = Completion.complete("s", names: names)
        #expect(c.candidates == ["sigmoid", "sort", "sqrt", "sum"])
        #expect(c.insertion == "")
        #expect(Completion.complete("nu", names: names).insertion == "m")
    }

    @Test func keywordsOnlyStartAStatement() {
        #expect(Completion.complete("fo", names: names).candidates == ["for"])
        #expect(Completion.complete("y = fo", names: names).candidates == [])
        #expect(Completion.complete("x = 1; fu", names: names).candidates == ["function"])
    }

    @Test func replCommandsAndTheirFileArguments() {
        #expect(Completion.complete(":lo", names: names).candidates == [":load"])
        #expect(Completion.complete(":l", names: names).candidates == [":lesson", ":load"])
        #expect(Completion.complete(":load 'tr", names: names).candidates == ["train.m'"])
        #expect(Completion.complete(":load t", names: names).candidates == ["test.m", "train.m"])
        #expect(Completion.complete(":load 'da", names: names).candidates == ["data/"])
        #expect(Completion.complete(":load 'data/m", names: names).candidates == ["data/mnist.m'"])
        #expect(!Completion.complete(":load ", names: names).candidates.contains(".hidden"))
    }

    @Test func lessonNames() {
        #expect(Completion.complete(":lesson 0", names: names).candidates == ["01-vectors", "02-matrices"])
        #expect(Completion.complete(":lesson 01-v", names: names).insertion == "ectors")
    }

    @Test func commandSyntaxArguments() {
        #expect(Completion.complete("help sq", names: names).candidates == ["sqrt"])
        #expect(Completion.complete("format l", names: names).candidates == ["latex", "long"])
        // Every mode `format` accepts is offered.
        for mode in FormatMode.allCases.map(\.rawValue) {
            #expect(Completion.complete("format \(mode.prefix(1))", names: names).candidates.contains(mode), "\(mode)")
        }
        #expect(FormatMode.allCases.count == 7)
        #expect(Completion.complete("clear w", names: names).candidates == ["weights", "width"])
    }

    @Test func numbersAndFieldsAreNotCompleted() {
        #expect(Completion.complete("x = 12", names: names).candidates.isEmpty)
        #expect(Completion.complete("s.wi", names: names).candidates.isEmpty)
        #expect(Completion.complete("", names: names).candidates.isEmpty)
    }

    @Test func columnsFitTheWidth() {
        let text = Completion.columns(["alpha", "beta", "gamma", "delta"], width: 16)
        #expect(text == "alpha  gamma\nbeta   delta\n")
    }

    @Test func replCommandParsing() {
        #expect(ReplCommand.parse("exit") == .quit)
        #expect(ReplCommand.parse(" :q ") == .quit)
        #expect(ReplCommand.parse(":load 'a b.m'") == .load("a b.m"))
        #expect(ReplCommand.parse(":save ws.m") == .save("ws.m"))
        #expect(ReplCommand.parse(":help sum") == .help("sum"))
        #expect(ReplCommand.parse(":lesson 01") == .lesson("01"))
        #expect(ReplCommand.parse("x = 1") == nil)
        #expect(ReplCommand.parse("exit_code = 1") == nil)
        if case .mistake? = ReplCommand.parse(":load") {} else { Issue.record(":load without a file is accepted") }
        if case .mistake? = ReplCommand.parse(":frobnicate") {} else { Issue.record("unknown command accepted") }
    }

    @Test func historyPathFollowsTheEnvironment() {
        #expect(History.defaultPath { ["NABLA_HISTORY": ""][$0] } == nil)
        #expect(History.defaultPath { ["NABLA_HISTORY": "/tmp/h"][$0] } == "/tmp/h")
        #expect(History.defaultPath { ["XDG_STATE_HOME": "/s", "HOME": "/h"][$0] } == "/s/nabla/history")
        #expect(History.defaultPath { ["HOME": "/h"][$0] } == "/h/.local/state/nabla/history")
        #expect(History.defaultPath { ["XDG_STATE_HOME": "relative", "HOME": "/h"][$0] } == "/h/.local/state/nabla/history")
    }
}
