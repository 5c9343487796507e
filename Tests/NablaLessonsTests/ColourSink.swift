import NablaRuntime
import NablaSyntax

/// A sink that records, and styles as a colour terminal does (escape codes by style), so
/// tests can see what the library asked to be styled.
final class ColourSink: OutputSink {
    let record = RecordingSink()

    func write(_ text: String) { record.write(text) }
    func writeError(_ text: String) { record.writeError(text) }

    func styled(_ text: String, as style: TextStyle) -> String {
        let code =
            switch style {
            case .errorLabel: "1;31"
            case .success: "32"
            case .failure: "31"
            default: "1"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
