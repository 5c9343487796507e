import NablaNumerics
import NablaRuntime
import NablaSymbolic
import Testing

/// A session's limits are its own: the memory cap and the symbolic work count are bound by
/// each `Session` around the inputs it runs, so sessions sharing a process (notebooks, the
/// fuzzer, these tests) never see each other's.
@Suite("Each session has its own limits")
struct SessionLimitsTests {
    /// 1000×1000 doubles are 7.6 MiB: over a 1 MiB cap, well under the default 1 GiB.
    static let allocation = "z = zeros(1000); size(z)"

    @Test func twoSessionsWithDifferentMemoryLimitsEachKeepTheirOwn() {
        let smallSink = RecordingSink(), largeSink = RecordingSink()
        let small = Session(output: smallSink, maxBytes: 1 << 20)
        let large = Session(output: largeSink)
        // Interleaved, so a limit left behind by one session would show in the other.
        for _ in 0..<2 {
            smallSink.reset(); largeSink.reset()
            #expect(small.run(Self.allocation, name: "small") == .failure)
            #expect(smallSink.errors.contains("Nabla's limit of 1 MiB (this needs 7.6 MiB)"), "\(smallSink.errors)")
            #expect(large.run(Self.allocation, name: "large") == .success, "\(largeSink.errors)")
            #expect(largeSink.output.contains("1000   1000"), "\(largeSink.output)")
        }
        #expect(Limits.maxBytes == Limits.defaultMaxBytes, "a session's limit leaked out of its run")
    }

    @Test func sessionsRunningAtOnceEachKeepTheirOwnLimit() async {
        // Two sessions on two threads at the same time, many inputs each.
        async let small: [Session.Outcome] = Task.detached {
            let session = Session(output: RecordingSink(), maxBytes: 1 << 20)
            return (0..<20).map { _ in session.run(Self.allocation, name: "small") }
        }.value
        async let large: [Session.Outcome] = Task.detached {
            let session = Session(output: RecordingSink())
            return (0..<20).map { _ in session.run(Self.allocation, name: "large") }
        }.value
        #expect(await small.allSatisfy { $0 == .failure })
        #expect(await large.allSatisfy { $0 == .success })
    }

    @Test func aSessionsSymbolicWorkIsCountedAsItsOwn() {
        let busy = Session(output: RecordingSink()), idle = Session(output: RecordingSink())
        let idleBefore = idle.nodeTally.created
        // A fresh variable name, so the graph cannot have been built by another test.
        let name = "w\(UInt32.random(in: 0...UInt32.max))"
        #expect(busy.run("\(name) = sym(3, 1); L := sum(sigmoid(\(name)).^2); g = grad(L, \(name));", name: "busy") == .success)
        #expect(busy.nodeTally.created > 0)
        #expect(idle.nodeTally.created == idleBefore)
    }
}
