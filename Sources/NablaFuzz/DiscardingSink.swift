import NablaRuntime

/// Output for fuzzing: nothing is kept, but everything is rendered, so the display and
/// printf code paths run on whatever values the fuzzer builds.
final class DiscardingSink: OutputSink {
    /// Characters written so far, so the work is not optimised away.
    private(set) var characters = 0
    func write(_ text: String) { characters &+= text.utf8.count }
    func writeError(_ text: String) { characters &+= text.utf8.count }
}
