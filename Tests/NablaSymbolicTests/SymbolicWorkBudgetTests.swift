import NablaNumerics
@testable import NablaSymbolic
import Testing

/// Issue #18 G: symbolic work that used to grow exponentially grows with the graph, and
/// what cannot be shared is refused with a message that says how big it would be.
/// Everything here is counted in nodes and terms, never timed.
@Suite("Symbolic work is shared or bounded")
struct SymbolicWorkBudgetTests {
    /// f_k = σ(f_{k-1}) ⊙ f_{k-1}: written out, f_k has twice f_{k-1}'s nodes.
    static func chain(depth: Int, named: Bool) throws -> Node {
        var f = G.v("x", 3, 1)
        for k in 1...max(depth, 1) {
            let next = try G.had(try G.f(.sigmoid, f), f)
            f = named ? .named("f\(k)", next) : next
        }
        return try G.sum(f)
    }

    static func graphSize(_ n: Node) -> Int { n.topologicalOrder.count }

    @Test(arguments: [false, true])
    func theHessianOfADeepChainGrowsWithItsDepthNotItsTree(named: Bool) throws {
        let shallow = try Self.chain(depth: 20, named: named)
        let deep = try Self.chain(depth: 40, named: named)
        if !named {
            // Written out, the deep chain has more than 2⁴⁰ nodes: any walk of the tree
            // (printing a term to compare it with another, say) would never end.
            #expect(deep.treeSize == Node.hugeTreeSize)
        }
        let h20 = try Differentiate.hessian(of: shallow, withRespectTo: "x").node
        let h40 = try Differentiate.hessian(of: deep, withRespectTo: "x").node
        #expect(h40.shape == Shape(3, 3))
        let small = Self.graphSize(h20), large = Self.graphSize(h40)
        // Twice the depth gives about twice the graph (3× allows for the constant part).
        #expect(large <= 3 * small, "depth 20: \(small) nodes, depth 40: \(large)")
        #expect(large < 100 * 40)
    }

    @Test func theHessianOfADeepChainHasTheRightValue() throws {
        // Sharing must not change the answer: compare with central differences of the gradient.
        let L = try Self.chain(depth: 12, named: false)
        let x = Matrix(column: [0.3, -0.2, 0.5])
        let h = try Differentiate.hessian(of: L, withRespectTo: "x").node
        let g = try Differentiate.gradient(of: L, withRespectTo: "x").node
        let exact = try GraphEvaluator.evaluate(h, ["x": x])
        let numeric = try FiniteDifference.jacobian(of: g, variable: "x", bindings: ["x": x])
        #expect(FiniteDifference.relativeError(exact, numeric) < 1e-6)
    }

    /// (A1 + B1)(A2 + B2)⋯(An + Bn), 2×2 symbols.
    static func binomials(_ n: Int) throws -> Node {
        var product: Node?
        for k in 1...n {
            let factor = try G.add(G.v("A\(k)", 2, 2), G.v("B\(k)", 2, 2))
            product = try product.map { try G.mm($0, factor) } ?? factor
        }
        return product!
    }

    @Test func expandWritesEveryTermWithinTheBudget() throws {
        let e = try Expander.expand(try Self.binomials(8))
        #expect(Expander.terms(e).count == 256)
    }

    @Test(arguments: [13, 20, 40])
    func expandRefusesWhatWouldPassTheBudgetBeforeBuildingIt(n: Int) throws {
        let before = Node.created
        do {
            _ = try Expander.expand(try Self.binomials(n))
            Issue.record("expand of \(n) binomials was not refused")
        } catch let e as DerivativeError {
            #expect(e.description.contains("at least 8192 terms"), "\(e.description)")
            #expect(e.description.contains("factored"))
        }
        // It stopped at the first product past the budget: a few thousand terms were built
        // (in a process shared with other tests, hence the margin), not 2ⁿ.
        #expect(Node.created - before < 200_000)
    }

    @Test func workPastTheNodeBudgetStopsWithAMessageSayingWhatToDo() throws {
        let budget = WorkBudget("this Hessian", limit: 50)
        // Fresh nodes, never built before in this process.
        let x = G.v("budget_test_\(UInt64.random(in: 0...UInt64.max))", 2, 1)
        var f = x
        for _ in 0..<60 { f = try G.add(try G.f(.sigmoid, f), x) }
        do {
            try budget.check()
            Issue.record("120 new nodes passed a budget of 50")
        } catch let e as DerivativeError {
            #expect(e.description.contains("this Hessian grew past 50 formula nodes"))
            #expect(e.description.contains("gradcheck"))
        }
    }

    /// The budget counts the work of its own session (`Node.tally`): nodes another session
    /// builds meanwhile in the same process do not use it up.
    @Test func anotherSessionsNodesDoNotCountAgainstABudget() throws {
        let mine = NodeTally(), theirs = NodeTally()
        let tag = UInt64.random(in: 0...UInt64.max)
        try Node.$tally.withValue(mine) {
            let budget = WorkBudget("this Hessian", limit: 50)
            // Another session's work: 120 fresh nodes, counted in its own tally.
            try Node.$tally.withValue(theirs) {
                let y = G.v("theirs_\(tag)", 2, 1)
                var g = y
                for _ in 0..<60 { g = try G.add(try G.f(.sigmoid, g), y) }
            }
            #expect(theirs.created >= 120)
            try budget.check()
            // This session's own work past 50 nodes is stopped.
            let x = G.v("mine_\(tag)", 2, 1)
            var f = x
            for _ in 0..<30 { f = try G.add(try G.f(.sigmoid, f), x) }
            #expect(mine.created >= 60)
            #expect(throws: DerivativeError.self) { try budget.check() }
        }
    }
}
