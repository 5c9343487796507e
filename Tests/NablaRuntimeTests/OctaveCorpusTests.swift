import Testing
import NablaRuntime
import NablaTestSupport

/// Every snippet in Corpus/octave prints exactly what GNU Octave printed for it
/// (recorded once with Tests/record-octave.sh; CI does not need Octave).
@Suite("Octave compatibility corpus")
struct OctaveCorpusTests {
    static let snippets = corpusFiles("octave", ext: "m")

    @Test func corpusIsLargeEnough() {
        #expect(Self.snippets.count >= 150)
    }

    @Test(arguments: snippets)
    func matchesOctave(_ file: String) throws {
        let code = try #require(readCorpus("octave", file))
        let expected = try #require(readCorpus("octave", String(file.dropLast(2)) + ".out"))
        let result = run(code, name: file)
        #expect(result.errors == "", "\(file) reported: \(result.errors)")
        #expect(result.output == expected, "\(file) differs from Octave at \(firstDifference(result.output, expected))")
    }
}
