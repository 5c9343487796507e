/// The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998): period 2¹⁹⁹³⁷−1,
/// equidistributed in 623 dimensions. Written from the published recurrence.
struct MersenneTwister: Sendable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// Seeds with Knuth's linear initialisation, as the reference implementation does.
    init(seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// The next 32 random bits.
    mutating func next() -> UInt32 {
        if index >= Self.n { twist() }
        var y = state[index]
        index += 1
        // Tempering improves the equidistribution of the output bits.
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        for i in 0..<Self.n {
            let y = (state[i] & Self.upperMask) | (state[(i + 1) % Self.n] & Self.lowerMask)
            var value = state[(i + Self.m) % Self.n] ^ (y >> 1)
            if y & 1 != 0 { value ^= Self.matrixA }
            state[i] = value
        }
        index = 0
    }

    /// A double uniformly distributed in the open interval (0, 1), with 53 random bits;
    /// the half-step offset keeps both 0 and 1 out (so `log(u)` is always finite).
    mutating func nextOpenUnit() -> Double {
        let a = Double(next() >> 5)  // 27 bits
        let b = Double(next() >> 6)  // 26 bits
        return (a * 67_108_864 + b + 0.5) / 9_007_199_254_740_992
    }
}
