import NablaRuntime

/// The teaching layer: traces, gradient steps, training, data sets and plots, as builtins
/// a session can be given.
public enum NablaTeaching {
    /// The core language with the teaching builtins: what the REPL, scripts, lessons,
    /// notebooks and the fuzzer speak. Immutable, so sessions may share it.
    public static let vocabulary = Vocabulary.core.adding(TeachingBuiltins.all)
}
