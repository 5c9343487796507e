/// A failure inside a numeric kernel. The runtime turns these into located
/// diagnostics; the kernels themselves know nothing of source text.
public enum NumericError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `operator *: nonconformant arguments (op1 is 2x3, op2 is 2x3)`
    case nonconformant(op: String, Shape, Shape)
    /// A square matrix was required.
    case notSquare(op: String, Shape)
    /// Anything else, already worded for a person.
    case invalid(String)
    /// The result would exceed the configured element limit.
    case tooLarge(requested: Double, limit: Int)

    public var description: String {
        switch self {
        case let .nonconformant(op, a, b):
            return "operator \(op): nonconformant arguments (op1 is \(a), op2 is \(b))"
        case let .notSquare(op, s):
            return "\(op): argument must be a square matrix (it is \(s))"
        case let .invalid(message):
            return message
        case let .tooLarge(requested, limit):
            let req = requested.asTyped
            return "out of memory or dimension too large for Nabla's limit of \(limit) elements (requested \(req))"
        }
    }
}

/// Resource limits shared by every kernel that allocates.
public enum Limits {
    /// The largest number of elements a single matrix may have. 2^27 doubles is 1 GiB.
    nonisolated(unsafe) public static var maxElements: Int = 1 << 27

    /// Checks a requested size before allocating anything.
    public static func check(rows: Double, cols: Double) throws {
        guard rows.isFinite, cols.isFinite else {
            throw NumericError.invalid("dimensions must be finite (got \(rows)×\(cols))")
        }
        let r = max(rows, 0), c = max(cols, 0)
        if r * c > Double(maxElements) {
            throw NumericError.tooLarge(requested: r * c, limit: maxElements)
        }
    }
}
