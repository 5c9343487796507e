import Foundation

/// Reproducible random numbers for a session: a Mersenne Twister, seeded with 42 by
/// default so a whole classroom sees the same "random" weights.
///
/// The numbers do not match Octave's (its generator state is seeded differently); they
/// are only guaranteed to repeat under the same seed. Thread-safe: every draw holds a lock.
public final class RandomSource: @unchecked Sendable {
    public static let defaultSeed: UInt32 = 42

    private let lock = NSLock()
    private var generator: MersenneTwister
    /// The seed in use, so a lesson can print it.
    public private(set) var currentSeed: UInt32

    public init(seed: UInt32 = RandomSource.defaultSeed) {
        generator = MersenneTwister(seed: seed)
        currentSeed = seed
    }

    /// Restarts the sequence from `value`.
    public func seed(_ value: UInt32) {
        lock.lock(); defer { lock.unlock() }
        generator = MersenneTwister(seed: value)
        currentSeed = value
    }

    /// Seeds from the clock, for genuinely different numbers each run; returns the seed.
    @discardableResult
    public func shuffleSeed() -> UInt32 {
        let now = Date().timeIntervalSince1970
        let value = UInt32(truncatingIfNeeded: Int64((now * 1_000_000).truncatingRemainder(dividingBy: 9e18)))
        seed(value)
        return value
    }

    /// `rand(rows, cols)`: uniform in the open interval (0, 1). Negative sizes count as 0.
    public func uniform(rows: Int, cols: Int) throws -> Matrix {
        try fill(rows: rows, cols: cols) { $0.nextOpenUnit() }
    }

    /// `randn(rows, cols)`: standard normal, by the Box–Muller transform
    /// `√(−2 ln u₁) · cos(2π u₂)` (one value per pair, so no hidden state survives a reseed).
    public func normal(rows: Int, cols: Int) throws -> Matrix {
        try fill(rows: rows, cols: cols) { g in
            let u1 = g.nextOpenUnit(), u2 = g.nextOpenUnit()
            return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
        }
    }

    /// `randi(imax, rows, cols)`: integers uniform on 1…imax. imax must be an integer in
    /// 1…2⁵³ (Octave's `randi: require IMAX >= 1` otherwise).
    public func randi(_ imax: Double, _ rows: Int, _ cols: Int) throws -> Matrix {
        guard imax.isFinite, imax >= 1, imax == imax.rounded(), imax <= 9_007_199_254_740_992 else {
            throw NumericError.invalid("randi: require IMAX >= 1 and an integer (got \(Matrix.formatted(imax)))")
        }
        return try fill(rows: rows, cols: cols) { g in
            Swift.min((g.nextOpenUnit() * imax).rounded(.down) + 1, imax)
        }
    }

    /// `randperm(n)`: a 1×n row holding 1…n in random order (Fisher–Yates).
    public func randperm(_ n: Int) throws -> Matrix {
        guard n >= 0 else {
            throw NumericError.invalid("randperm: N must be a non-negative integer (got \(n))")
        }
        try Limits.check(rows: 1, cols: Double(n))
        var p = (1...Swift.max(n, 1)).map(Double.init)
        if n == 0 { p = [] }
        lock.lock(); defer { lock.unlock() }
        var i = n - 1
        while i > 0 {
            let j = Swift.min(Int(generator.nextOpenUnit() * Double(i + 1)), i)
            p.swapAt(i, j)
            i -= 1
        }
        return Matrix(row: p)
    }

    private func fill(rows: Int, cols: Int, _ draw: (inout MersenneTwister) -> Double) throws -> Matrix {
        let r = Swift.max(rows, 0), c = Swift.max(cols, 0)
        try Limits.check(rows: Double(r), cols: Double(c))
        lock.lock(); defer { lock.unlock() }
        var e = [Double](repeating: 0, count: r * c)
        for k in 0..<e.count { e[k] = draw(&generator) }
        return Matrix(rows: r, cols: c, elements: e)
    }
}
