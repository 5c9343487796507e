#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way a number a student typed becomes an `Int`.
///
/// `Int(x)` traps on NaN, ±Inf and anything beyond ±2⁶³, and every builtin that takes a
/// size, a count, an offset or a dimension meets such values sooner or later (issue #18
/// found 48 builtins that trapped, most of them while formatting their own error
/// message). Everything that turns a user's number into an integer goes through here,
/// and every message quotes the number as typed with `Double.asTyped`.
public enum IntegerArgument {
    /// Why a number is not an acceptable integer.
    public enum Problem: Error, Equatable, Sendable {
        /// NaN, ±Inf or a fraction.
        case notInteger
        case belowMinimum(Int)
        case aboveMaximum(Int)
    }

    /// `x` as an `Int` when it is a whole number in `min...max`; never traps.
    public static func convert(_ x: Double, min: Int = Int.min, max: Int = Int.max) -> Result<Int, Problem> {
        guard x.isFinite, x == x.rounded() else { return .failure(.notInteger) }
        if x < Double(min) { return .failure(.belowMinimum(min)) }
        // Double(Int.max) rounds up to 2⁶³, which Int cannot hold, hence `>=` against it.
        if x > Double(max) || x >= 9.223372036854775807e18 { return .failure(.aboveMaximum(max)) }
        guard let n = Int(exactly: x) else { return .failure(.aboveMaximum(max)) }
        if n < min { return .failure(.belowMinimum(min)) }
        if n > max { return .failure(.aboveMaximum(max)) }
        return .success(n)
    }

    /// `x` rounded toward zero and clamped to `min...max`; NaN gives nil. For sizes, where
    /// Octave treats negative counts as 0 and the element limit refuses the large ones.
    public static func clamped(_ x: Double, min: Int, max: Int) -> Int? {
        if x.isNaN { return nil }
        let t = x.rounded(.towardZero)
        if t <= Double(min) { return min }
        if t >= Double(max) { return max }
        return Int(t)
    }
}

extension Double {
    /// The number as an error message quotes it: whole numbers below 10¹⁵ in full, others
    /// as C's `%g` prints them (`-1e+308`, `1.5`, `9.22337e+18`), `NaN`, `Inf`, `-Inf`.
    public var asTyped: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Inf" : "Inf" }
        if self == rounded(), Swift.abs(self) < 1e15 { return String(Int(self)) }
        var buffer = [CChar](repeating: 0, count: 32)
        _ = withVaList([self]) { vsnprintf(&buffer, buffer.count, "%g", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
