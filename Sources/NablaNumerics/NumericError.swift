/// A failure inside a numeric kernel. The runtime turns these into located
/// diagnostics; the kernels themselves know nothing of source text.
public enum NumericError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `operator *: nonconformant arguments (op1 is 2x3, op2 is 2x3)`
    case nonconformant(op: String, Shape, Shape)
    /// A square matrix was required.
    case notSquare(op: String, Shape)
    /// Anything else, already worded for a person.
    case invalid(String)
    /// The result would need `bytes` bytes, more than the limit in force (`Limits.maxBytes`).
    case tooLarge(bytes: Double, limit: Double)

    public var description: String {
        switch self {
        case let .nonconformant(op, a, b):
            return "operator \(op): nonconformant arguments (op1 is \(a), op2 is \(b))"
        case let .notSquare(op, s):
            return "\(op): argument must be a square matrix (it is \(s))"
        case let .invalid(message):
            return message
        case let .tooLarge(bytes, limit):
            return "out of memory or dimension too large for Nabla's limit of \(Limits.describe(bytes: limit))"
                + " (this needs \(Limits.describe(bytes: bytes)))"
        }
    }
}

/// Resource limits read by every kernel that allocates.
///
/// The limit is in bytes, whatever the elements are: a matrix of doubles costs 8 bytes an
/// element, a cell array `bytesPerCell` (its slot and the empty matrix each cell starts
/// with), so `cell(1e4, 1e4)` is refused as surely as `zeros(1e5)`.
///
/// The limit belongs to a session, not to the process: `Session` binds its own around each
/// input it runs (`Limits.$maxBytes.withValue`), so two sessions in one process (notebooks,
/// tests, the fuzzer) each get theirs. A task-local value rather than a parameter because
/// every allocating kernel reads it, many calls below the session, and threading it through
/// all of them would put a limit argument on every `Matrix` constructor. Outside any session
/// the default applies.
public enum Limits {
    /// The most memory one value (or one intermediate result) may take unless a session
    /// says otherwise: 1 GiB.
    public static let defaultMaxBytes = 1 << 30

    /// The limit in force for the code running now: the running session's, else the default.
    @TaskLocal public static var maxBytes: Int = defaultMaxBytes

    /// What one element of a cell array costs, measured: its slot plus the storage of the
    /// empty matrix it holds.
    public static let bytesPerCell = 128

    /// How many doubles fit in the limit in force.
    public static var maxElements: Int { maxBytes / 8 }

    /// Checks a requested size before allocating anything.
    public static func check(rows: Double, cols: Double, bytesPerElement: Int = 8) throws {
        guard rows.isFinite, cols.isFinite else {
            throw NumericError.invalid("dimensions must be finite (got \(rows.asTyped)×\(cols.asTyped))")
        }
        try check(elements: max(rows, 0) * max(cols, 0), bytesPerElement: bytesPerElement)
    }

    /// Checks a requested number of elements (a product of sizes, so possibly beyond any Int).
    public static func check(elements: Double, bytesPerElement: Int = 8) throws {
        let bytes = elements * Double(bytesPerElement)
        if !(bytes <= Double(maxBytes)) { throw NumericError.tooLarge(bytes: bytes, limit: Double(maxBytes)) }
    }

    /// `1 GiB`, `80 GB`-style sizes for messages (binary units, three significant digits).
    public static func describe(bytes: Double) -> String {
        guard bytes.isFinite else { return "more bytes than exist" }
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = bytes, unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == units.count - 1 && value >= 1024 { return "\(value.asTyped) EiB" }
        let tenths = Int((value * 10).rounded())
        let shown = value >= 100 || tenths % 10 == 0 ? String(Int(value.rounded())) : "\(tenths / 10).\(tenths % 10)"
        return "\(shown) \(units[unit])"
    }
}
