/// Text from files written on any system.
///
/// Swift treats `"\r\n"` as one `Character`, so `text.split(separator: "\n")` never splits
/// a Windows (CRLF) file: the whole file comes back as one line. Everything that reads a
/// file line by line goes through `lines`, which works on Unicode scalars.
extension String {
    /// The lines of the text, split at LF or CRLF, without their line ends. A final line
    /// end does not start an extra empty line.
    public var lines: [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var pendingCR = false
        for s in unicodeScalars {
            if s == "\n" {
                out.append(String(current))
                current = String.UnicodeScalarView()
                pendingCR = false
                continue
            }
            if pendingCR { current.append("\r") }
            pendingCR = s == "\r"
            if !pendingCR { current.append(s) }
        }
        if pendingCR { current.append("\r") }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// The text without a leading UTF-8 byte-order mark (U+FEFF), which Windows editors
    /// put at the start of files saved as "UTF-8".
    public var droppingByteOrderMark: String {
        unicodeScalars.first == "\u{FEFF}" ? String(String.UnicodeScalarView(unicodeScalars.dropFirst())) : self
    }
}
