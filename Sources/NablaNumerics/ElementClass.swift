/// What the numbers of an array stand for, as Octave's `class` reports it.
/// The storage is always `Double`; the class changes display, indexing
/// (a logical array selects) and concatenation.
public enum ElementClass: String, Hashable, Sendable {
    case double
    case logical
    /// Unicode scalar values, one per element: Octave's char arrays.
    case char
}
