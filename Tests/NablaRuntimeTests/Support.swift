import Foundation
import NablaRuntime

/// Runs code in a fresh session and returns standard output, standard error and the outcome.
func run(_ code: String, name: String = "<test>") -> (output: String, errors: String, outcome: Session.Outcome) {
    let sink = RecordingSink()
    let session = Session(output: sink)
    let outcome = session.run(code, name: name)
    return (sink.output, sink.errors, outcome)
}

/// The folder of this test target's data files.
let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

/// Names of files with `ext` in a corpus folder, sorted.
func corpusFiles(_ folder: String, ext: String) -> [String] {
    let dir = corpusRoot.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted()
}

func readCorpus(_ folder: String, _ name: String) -> String? {
    try? String(contentsOf: corpusRoot.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
}

/// A readable first difference between two texts, for failure messages.
func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(x.count, y.count) {
        let l = i < x.count ? String(x[i]) : "<missing>"
        let r = i < y.count ? String(y[i]) : "<missing>"
        if l != r { return "line \(i + 1):\n  nabla:  \(l.debugDescription)\n  octave: \(r.debugDescription)" }
    }
    return "(identical)"
}
