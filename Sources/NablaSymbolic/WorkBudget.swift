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

    /// Starts counting the nodes created from now on, for the work named by `what`
    /// ("this Hessian", "expand").
    public init(_ what: String) {
        start = Node.created
        self.what = what
    }

    /// Throws when the work has created more than `maxNewNodes` nodes, or Ctrl-C was pressed.
    public func check() throws {
        try Interrupt.check()
        let made = Node.created - start
        if made > Self.maxNewNodes {
            throw DerivativeError.invalid("\(what) grew past \(Self.maxNewNodes) formula nodes and was stopped; take it of a smaller formula (fewer layers, or name a part with := and differentiate that), or check it numerically with gradcheck")
        }
    }
}
