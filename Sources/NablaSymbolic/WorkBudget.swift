import NablaNumerics

/// How much one symbolic request (a derivative, `expand`) may build before it is refused.
///
/// Sharing keeps the usual cases small: a gradient or Hessian is a graph that re-uses the
/// forward pass's nodes, so it grows with the formula, not with the formula written out.
/// What cannot be shared is bounded here, with a message that says what was too big and
/// what to do, instead of filling memory for minutes: multiplying out n binomials writes
/// 2ⁿ terms, and a derivative of a derivative of … may still outgrow any screen.
public struct WorkBudget: Sendable {
    /// The most graph nodes one request may create.
    public static let maxNewNodes = 1_000_000
    /// The most terms `expand` writes in one result.
    public static let maxTerms = 4096

    private let start: Int
    private let what: String
    private let limit: Int

    /// Starts counting the nodes created from now on, for the work named by `what`
    /// ("this Hessian", "expand"). The count is the running session's (`Node.tally`), so
    /// work of other sessions in the process does not count; outside a session it is the
    /// process's, where work running beside it can only make it stop sooner, never later.
    public init(_ what: String, limit: Int = WorkBudget.maxNewNodes) {
        start = Node.createdByThisWork
        self.what = what
        self.limit = limit
    }

    /// Throws when the work has created more than `limit` nodes, or Ctrl-C was pressed.
    public func check() throws {
        try Interrupt.check()
        let made = Node.createdByThisWork - start
        if made > limit {
            throw DerivativeError.invalid(
                "\(what) grew past \(limit) formula nodes and was stopped; take it of a smaller formula (fewer layers, or name a part with := and differentiate that), or check it numerically with gradcheck"
            )
        }
    }
}
