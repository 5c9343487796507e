import Foundation

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
