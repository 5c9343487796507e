import Foundation
import NablaRuntime

/// The session's output as a notebook shows it: printed text as `stream` messages, each
/// displayed result as a MIME bundle (`display_data`, the cell's last one as
/// `execute_result`), figures as SVG, and the error that stopped the cell kept apart so
/// the kernel can send it as an `error` with its located diagnostic.
///
/// Order is kept: every kind of output first sends whatever is waiting before it, so a
/// notebook shows things in the order a terminal would.
final class NotebookOutput: OutputSink {
    /// Sends one IOPub message (type, content), answering the current request.
    var publish: (String, [String: Any]) -> Void = { _, _ in }
    private var stdout = ""
    /// The latest text written to the error stream: the diagnostic if the cell fails, a
    /// warning (sent as `stderr`) if anything follows it or the cell succeeds.
    private var pendingError: String?
    /// The latest displayed result, held back so the cell's last one can be its `execute_result`.
    private var pendingResult: [String: Any]?

    func write(_ text: String) {
        releaseError()
        releaseResult()
        stdout += text
        if stdout.utf8.count >= 1 << 16 { flushStream() }
    }

    func writeError(_ text: String) {
        flushStream()
        releaseResult()
        releaseError()
        pendingError = text
    }

    /// Progress (`train`'s lines) is shown as it happens, not when the cell ends.
    func flush() { flushStream() }

    func displayed(name: String, value: Value, text: String) {
        releaseError()
        flushStream()
        releaseResult()
        pendingResult = MathMarkup.bundle(name: name, value: value, text: text)
    }

    func figure(text: String, svg: () -> String) {
        releaseError()
        flushStream()
        releaseResult()
        publish("display_data", ["data": ["text/plain": text, "image/svg+xml": svg()], "metadata": [String: Any](), "transient": [String: Any]()])
    }

    /// Ends a cell. Returns the diagnostic that stopped it when it failed; otherwise sends
    /// the last result as the cell's `execute_result` numbered `count`.
    func finish(failed: Bool, count: Int) -> String? {
        flushStream()
        if failed {
            releaseResult()
            defer { pendingError = nil }
            return pendingError ?? "error\n"
        }
        releaseError()
        if let data = pendingResult {
            publish("execute_result", ["data": data, "metadata": [String: Any](), "execution_count": count])
            pendingResult = nil
        }
        return nil
    }

    /// Forgets anything held back (a new cell starts clean even if the last one was cut short).
    func reset() {
        stdout = ""
        pendingError = nil
        pendingResult = nil
    }

    private func flushStream() {
        guard !stdout.isEmpty else { return }
        publish("stream", ["name": "stdout", "text": stdout])
        stdout = ""
    }

    private func releaseError() {
        guard let text = pendingError else { return }
        pendingError = nil
        publish("stream", ["name": "stderr", "text": text])
    }

    private func releaseResult() {
        guard let data = pendingResult else { return }
        pendingResult = nil
        publish("display_data", ["data": data, "metadata": [String: Any](), "transient": [String: Any]()])
    }
}
