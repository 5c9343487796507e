@testable import nabla
import Foundation
import Testing

/// The history file shared by sessions open at the same time.
@Suite("History file")
struct HistoryFileTests {
    @Test func twoSessionsAtOnceKeepEveryInputInOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nabla-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
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
