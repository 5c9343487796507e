#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small seeded generator (Steele, Lea and Flood's SplitMix64) for reproducible draws that
/// are not the session's: a lesson judge's fresh data, a mutation tester's inputs, a test's
/// generated programs. The same seed gives the same stream on every platform and every run.
///
/// The session's own `rand` is the Mersenne Twister (`RandomSource`), as in Octave; this one
/// is for code that must not disturb or depend on it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in (-1, 1).
    public mutating func signed() -> Double { 2 * uniform() - 1 }

    /// A standard normal draw (Box–Muller).
    public mutating func normal() -> Double {
        let u = Swift.max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A whole number in 0..<n (n > 0); the slight modulo bias does not matter for tests and judges.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// One of `items` (not empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
