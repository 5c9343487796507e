import NablaNumerics
import NablaRuntime
import NablaTeaching

/// The libFuzzer target for the language: arbitrary bytes are lexed, parsed and run.
///
/// Each input gets a fresh session (no state carried between inputs, so every finding
/// reproduces from its file alone) with file writes turned off, a smaller element cap
/// than the interactive default (so allocations and displays stay small)
/// and a one-second budget enforced through the same interrupt flag Ctrl-C raises.
///
/// A failing input shows up as a trap, a sanitizer report, a leak or a libFuzzer timeout;
/// errors the language reports to the student are the expected outcome, not findings.
enum LanguageFuzzer {
    nonisolated(unsafe) private static var watchdog: Watchdog?

    /// Each session's memory cap: 2^16 elements, large enough for every code path, small
    /// enough that showing the biggest legal value (65 536 numbers, in Octave's column blocks)
    /// stays well under the budget. Display does not poll Ctrl-C, so at 2^20 a million-element
    /// result took 11 s to render under ASan and was reported as a hang (Fuzz/README.md, finding 2).
    static let maxBytes = (1 << 16) * 8

    static func setUp() {
        watchdog = Watchdog(budgetSeconds: 1)
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Invalid UTF-8 becomes U+FFFD, as the CLI does when it reads a file.
        let text = String(decoding: bytes, as: UTF8.self)
        let sink = DiscardingSink()
        let session = Session(output: sink, vocabulary: NablaTeaching.vocabulary, maxBytes: maxBytes)
        session.interpreter.allowsFileWrites = false
        watchdog?.begin()
        session.run(text, name: "fuzz.m")
        watchdog?.end()
    }
}
