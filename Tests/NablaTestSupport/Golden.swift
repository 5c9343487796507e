import Foundation
import Testing

/// Golden files: text a test's output must match exactly, kept beside the test.
///
/// `NABLA_RECORD=1 swift test --filter …` is the one way to re-record: every golden file the
/// run reaches is rewritten, and every test that rewrote one FAILS, so a recording run can
/// never pass for a test run. Run again without it, and read the diff before committing.
public enum Golden {
    /// True when this run records instead of comparing (`NABLA_RECORD` is set).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["NABLA_RECORD"] != nil }

    /// Checks `actual` against the golden file at `file`: records it (and fails) under
    /// `NABLA_RECORD` (`recording`), otherwise fails with a line diff when they differ or the
    /// file is missing.
    public static func check(
        _ actual: String, against file: URL, recording: Bool = isRecording, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let name = file.lastPathComponent
        if recording {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("re-recorded \(name): run again without NABLA_RECORD and read the diff", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("\(file.path) is missing: record it with NABLA_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("output differs from \(name) (- golden, + now):\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
        }
    }
}

/// The lines that differ between two texts, as a diff: `-` for lines only in `old`, `+` for
/// lines only in `new`, two lines of context around each change; empty when they are equal.
/// Line endings and trailing spaces count, so `⏎` marks a line that ends in white space.
public func lineDiff(_ old: String, _ new: String, context: Int = 2) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if a == b { return "" }
    // Longest common subsequence by dynamic programming: texts here are a few hundred lines.
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    enum Line { case same(String), removed(String), added(String) }
    var lines: [Line] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            lines.append(.same(a[i])); i += 1; j += 1
        } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
            lines.append(.added(b[j])); j += 1
        } else {
            lines.append(.removed(a[i])); i += 1
        }
    }
    func shown(_ s: String) -> String { s.last == " " || s.last == "\t" ? s + "⏎" : s }
    let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
    var out: [String] = []
    var last = -1
    for k in lines.indices where changed.contains(where: { abs($0 - k) <= context }) {
        if last >= 0 && k > last + 1 { out.append("…") }
        switch lines[k] {
        case .same(let s): out.append("  " + shown(s))
        case .removed(let s): out.append("- " + shown(s))
        case .added(let s): out.append("+ " + shown(s))
        }
        last = k
    }
    return out.joined(separator: "\n")
}

/// The first line where two texts differ, both sides quoted; for one-line failure messages.
public func firstDifference(_ a: String, _ b: String, labels: (String, String) = ("nabla", "octave")) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(x.count, y.count) {
        let l = i < x.count ? String(x[i]) : "<missing>"
        let r = i < y.count ? String(y[i]) : "<missing>"
        if l != r { return "line \(i + 1):\n  \(labels.0):  \(l.debugDescription)\n  \(labels.1): \(r.debugDescription)" }
    }
    return "(identical)"
}
