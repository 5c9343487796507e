import Testing
import NablaTestSupport

/// `step` and `train` share one update rule: steps taken one by one agree with a training
/// run of the same length, the running averages survive between steps and `undo` takes
/// them back with the parameters; frozen parameters keep their values.
@Suite("Optimisers in step and train")
struct OptimiserBehaviourTests {
    static let setup = "w = [1; -2]; A = [1 2; 3 4; -1 0]; y = [1; 0; 2]; L := mse(A*w, y);"

    @Test(arguments: ["'gd'", "'momentum'", "'rmsprop'", "'adam'", "'adam', 'weight_decay', 0.1"])
    func threeStepsEqualAThreeStepRun(method: String) throws {
        let s = TestSession.teaching()
        s.run(OptimiserBehaviourTests.setup + "for k = 1:3, step(L, w, 0.05, 'method', \(method)); end; stepped = w;")
        s.run(OptimiserBehaviourTests.setup + "train(L, w, 'lr', 0.05, 'steps', 3, 'method', \(method)); trained = w;")
        let a = try #require(s.matrix("stepped")), b = try #require(s.matrix("trained"))
        #expect(a == b)
        #expect(a != [1, -2])
    }

    @Test func undoRestoresTheRunningAverages() throws {
        let s = TestSession.teaching()
        s.run(OptimiserBehaviourTests.setup + "step(L, w, 0.05, 'method', 'adam'); step(L, w, 0.05, 'method', 'adam'); first = w;")
        let out = s.run("undo; step(L, w, 0.05, 'method', 'adam'); again = w;")
        #expect(out.contains("t = 2"), "\(out)")
        #expect(s.matrix("first") == s.matrix("again"))
    }

    @Test func changingTheRuleStartsFresh() {
        let s = TestSession.teaching()
        s.run(OptimiserBehaviourTests.setup + "step(L, w, 0.05, 'method', 'adam');")
        #expect(s.run("step(L, w, 0.05, 'method', 'adam', 'beta1', 0.5)").contains("t = 1"))
    }

    @Test func adamStepPrintsItsRuleAndState() {
        let out = TestSession.teaching().run(OptimiserBehaviourTests.setup + "step(L, w, 0.1, 'method', 'adam')")
        for text in [
            "Adam step, t = 1, η = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-08",
            "m ← β₁ m + (1 − β₁) g,   g = ∂L/∂w", "w ← w − η m̂ ⊘ (√v̂ + ε)",
            "m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)", "    v̂              = ["
        ] {
            #expect(out.contains(text), "\(text) in\n\(out)")
        }
    }

    @Test func frozenParametersKeepTheirValues() throws {
        let s = TestSession.teaching()
        let out = s.run("x = [1 2 3]; y = [2 4 6]; a = 0.5; b = 0.3; L := mse(a*x + b, y); train(L, {a, b}, 'freeze', b, 'steps', 20);")
        #expect(out.contains("on a (frozen: b)"), "\(out)")
        #expect(s.matrix("b") == [0.3])
        #expect(s.matrix("a") != [0.5])
    }

    @Test func aMinibatchRunCanUseAdam() {
        let out = TestSession.teaching().run(
            "rng(1); X = randn(20, 2); y = X*[1; -1]; w = [0; 0]; L := mse(X*w, y); "
                + "train(L, w, 'method', {'minibatch', 'adam'}, 'batch_size', 5, 'data', {X, y}, 'steps', 10, 'lr', 0.1)")
        #expect(out.contains("mini-batch gradient descent (5 examples a step) with Adam"), "\(out)")
    }

    @Test func schedulesScaleTheRate() {
        #expect(scheduleFactors("'schedule', 'step', 'decay', 0.5, 'decay_every', 2", steps: 6) == [1, 1, 0.5, 0.5, 0.25, 0.25])
        #expect(scheduleFactors("'schedule', 'cosine'", steps: 4).first == 1)
        #expect(scheduleFactors("'warmup', 4", steps: 6) == [0.25, 0.5, 0.75, 1, 1, 1])
    }

    @Test(arguments: [
        ("x = 1; L := x^2; train(L, x, 'method', 'adagrad')", "'method' must be"),
        ("x = 1; L := x^2; train(L, x, 'method', {'adam', 'rmsprop'})", "at most one of each"),
        ("x = 1; L := x^2; train(L, x, 'beta1', 0.5)", "'beta1' belongs to Adam"),
        ("x = 1; L := x^2; train(L, x, 'method', 'adam', 'beta2', 1)", "'beta2' must be a number in [0, 1)"),
        ("x = 1; L := x^2; train(L, x, 'method', 'adam', 'momentum', 0.9)", "Adam's own momentum is 'beta1'"),
        ("x = 1; L := x^2; train(L, x, 'decay', 0.5)", "'decay' belongs to"),
        ("x = 1; L := x^2; train(L, x, 'schedule', 'linear')", "'schedule' must be"),
        ("x = 1; L := x^2; train(L, x, 'freeze', x)", "every parameter is frozen"),
        ("x = 1; z = 2; L := x^2 + z; train(L, x, 'freeze', z)", "'z' is frozen but not among the parameters"),
        ("x = 1; L := x^2; step(L, x, 0.1, 'method', 'minibatch')", "'method' must be 'gd'"),
        ("x = 1; L := x^2; step(L, x, 0.1, 'schedule', 'cosine')", "unknown option 'schedule'"),
        ("x = 1; L := x^2; train(L, x, 'method', 'adam', 'epsilon', 0)", "'epsilon' must be positive")
    ])
    func badOptionsAreExplained(code: String, message: String) {
        let (_, errors, outcome) = runTeaching(code)
        #expect(outcome == .failure)
        #expect(errors.contains(message), "\(code) → \(errors)")
    }
}

/// Reads a schedule's factors off a training run of L = w: plain descent moves w by
/// exactly η times the factor each step, and the loss history is w after each step.
func scheduleFactors(_ options: String, steps: Int) -> [Double] {
    let s = TestSession.teaching()
    s.run("w = 0; L := 1*w; h = train(L, w, 'lr', 1, 'steps', \(steps), \(options));")
    let h = s.matrix("h") ?? []
    return zip(h, h.dropFirst()).map { $0 - $1 }
}

@Suite("Quiet training")
struct QuietTrainingTests {
    @Test func aQuietRunPrintsNothingButStillTrains() {
        let s = TestSession.teaching()
        let out = s.run("w = 0; x = [1; 2]; y = [2; 4]; L := mse(w*x, y); train(L, w, 'lr', 0.1, 'steps', 20, 'quiet', 1);")
        #expect(out == "")
        #expect(s.matrix("w") != [0])
        #expect(s.run("w = 0; train(L, w, 'lr', 5, 'steps', 1000, 'quiet', 1);").contains("stopped at step"))
    }
}
