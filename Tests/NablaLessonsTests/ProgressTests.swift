#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import NablaLessons
import NablaTestSupport

@Suite("Progress")
struct ProgressTests {
    @Test func roundTripsThroughItsFileForm() {
        let p = Progress(
            lesson: "06", step: 3, steps: 9, attempts: 2, hints: 1, solutions: 0, solved: 2,
            workspace: "x = 1;\ny = [1, 2];\n")
        #expect(Progress(text: p.text) == p)
    }

    @Test func saveLoadAndCorruptFilesSetAside() throws {
        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        let store = ProgressStore(directory: dir + "/nabla/lessons")
        #expect(store.load("06") == .none)
        let p = Progress(lesson: "06", step: 4, steps: 9, workspace: "theta0 = 1.5;\n")
        #expect(store.save(p) == nil)
        #expect(store.load("06") == .found(p))
        // No temporary file is left behind by the atomic write.
        #expect(FileSystem.list(dir + "/nabla/lessons") == ["06.progress"])

        // A damaged file is reported and moved aside, never fatal, never deleted.
        #expect(FileSystem.writeAtomically("nabla-progress 1\nstep: banana\n", to: dir + "/nabla/lessons/06.progress") == nil)
        guard case .corrupt(let aside?) = store.load("06") else {
            Issue.record("expected the corrupt file to be set aside")
            return
        }
        #expect(FileSystem.exists(aside))
        #expect(!FileSystem.exists(dir + "/nabla/lessons/06.progress"))
        #expect(store.load("06") == .none)
    }

    @Test(arguments: [
        "", "garbage", "nabla-progress 1\n",
        "nabla-progress 1\nlesson: 06\nstep: -1\nsteps: 3\ncompleted: no\nattempts: 0\nhints: 0\nsolutions: 0\nsolved: 0\n--- workspace ---\n",
        "nabla-progress 2\nlesson: 06\n"
    ])
    func malformedTextIsRejected(text: String) {
        #expect(Progress(text: text) == nil)
    }
}
