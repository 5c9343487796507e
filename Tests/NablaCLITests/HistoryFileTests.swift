@testable import nabla
import Foundation
import Testing
import NablaTestSupport

/// The history file shared by sessions open at the same time.
@Suite("History file")
struct HistoryFileTests {
    @Test func twoSessionsAtOnceKeepEveryInputInOrder() throws {
        let dir = HistorySafeWriteTests.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let path = dir.appendingPathComponent("state/history").path
        let first = try #require(History(path: path)), second = try #require(History(path: path))
        first.add("alpha_one")
        second.add("beta_one")
        first.add("alpha_two")
        second.add("beta_two")
        // Each session recalls its own inputs; the file has everyone's, in typed order.
        #expect(first.count == 2 && second.count == 2)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let order = ["alpha_one", "beta_one", "alpha_two", "beta_two"].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(text)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        let restarted = try #require(History(path: path))
        #expect(restarted.count == 4)
    }
}

/// Issue #18, D: the history is written by the safe-write rules and never loses entries.
@Suite("History file: safe writes")
struct HistorySafeWriteTests {
    static func scratch() -> URL { URL(fileURLWithPath: makeTemporaryDirectory("history"), isDirectory: true) }

    @Test func anUnreadableHistoryIsReportedNotOverwritten() throws {
        guard geteuid() != 0 else { return }  // root reads every file
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let path = dir.appendingPathComponent("history").path
        let first = try #require(History(path: path))
        for k in 1...5 { first.add("entry_\(k)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        chmod(path, 0o000)
        defer { chmod(path, 0o600) }
        let second = try #require(History(path: path))
        #expect(second.notice?.contains("cannot be read") == true, "\(String(describing: second.notice))")
        #expect(second.add("lost_entry") == nil, "the notice at start already said so")
        chmod(path, 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "every entry is still there")
    }

    @Test func aSymlinkedHistoryIsWrittenThroughAndStaysPrivate() throws {
        let dir = Self.scratch()
        defer { removeTemporaryDirectory(dir.path) }
        let real = dir.appendingPathComponent("real-history").path
        let link = dir.appendingPathComponent("history").path
        #expect(symlink(real, link) == 0)  // dangling until the first input
        let h = try #require(History(path: link))
        h.add("through_the_link")
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(stat(real, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("through_the_link"))
    }

    @Test func aHistoryOnDevNullLeavesTheDeviceAlone() throws {
        let h = try #require(History(path: "/dev/null"))
        h.add("nothing_kept")
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
    }
}
