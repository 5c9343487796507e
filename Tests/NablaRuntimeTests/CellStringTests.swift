import Testing
import NablaRuntime
import NablaTestSupport

/// What `unique`, `ismember` and `strcmp` refuse about cell arrays, and that the session goes on.
/// (What they compute is compared with Octave 7.3 in Corpus/octave/734-cellstr-sets.)
@Suite("Cell arrays of strings")
struct CellStringTests {
    @Test func uniqueNamesTheElementThatIsNotAString() {
        let r = run("u = unique({'a', 1})\nok = 1")
        #expect(r.errors.contains("unique: argument 1 must be a cell array of strings, but element 2 is a double (1×1)"), "\(r.errors)")
        #expect(!r.output.contains("ok"))
    }

    @Test func ismemberRefusesStringsAgainstNumbers() {
        let r = run("ismember({'a'}, [1 2])")
        #expect(r.errors.contains("ismember: a cell array of strings cannot be combined with a double (argument 2)"), "\(r.errors)")
    }

    @Test func strcmpRefusesCellsOfDifferentShapes() {
        let r = run("strcmp({'a', 'b'}, {'a', 'b', 'c'})")
        #expect(r.errors.contains("strcmp: nonconformant cell arrays (1×2 and 1×3)"), "\(r.errors)")
    }

    @Test func theSessionGoesOnAfterARefusal() {
        let s = TestSession()
        s.run("unique({'a', {}})")
        #expect(s.run("[tf, loc] = ismember('b', {'a', 'b'})").contains("loc = 2"))
    }

    @Test func uniqueKeepsFirstOccurrencesAndMapsBack() {
        let s = TestSession()
        s.run("c = {'q', 'p', 'q', 'r', 'p'}; [u, i, j] = unique(c); ok = isequal(u(j), c) && isequal(c(i), u)")
        #expect(s.run("disp(ok), disp(i')").contains("1\n   2   1   4"), "\(s.sink.transcript)")
    }
}
