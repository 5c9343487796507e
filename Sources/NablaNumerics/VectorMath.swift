import CVectorMath

/// Element functions written so that a loop over them vectorises: no calls into the C
/// library, no branches (both sides of a choice are computed and one is selected).
///
/// A tanh layer applies tanh to every unit of every example on every step; through
/// libm that is the largest single cost of training a small network.
public enum VectorMath {
    /// tanh x, within 4 ulp of glibc's tanh (checked in the tests over the whole range):
    /// far below what any display shows.
    ///
    /// tanh|x| = t / (t + 2) with t = e^{2|x|} − 1, and t comes from the usual range
    /// reduction 2|x| = k·ln 2 + r, |r| ≤ ln 2 / 2: t = 2^k (e^r − 1) + (2^k − 1), where
    /// e^r − 1 is its Taylor polynomial to r¹³ (truncation below 10⁻¹⁷ relative) and
    /// 2^k is built from its bits. Beyond |x| = 20, tanh is 1 to double precision.
    @inlinable @inline(__always)
    public static func tanh(_ x: Double) -> Double {
        let magnitude = x.magnitude
        let y = 2 * (magnitude < 20 ? magnitude : 20)
        // Adding 1.5·2⁵² rounds y/ln 2 to an integer k and leaves k in the low bits.
        let shifter = 6755399441055744.0
        let shifted = y * 1.4426950408889634 + shifter
        let k = shifted - shifter
        // ln 2 in two parts, so that k·ln2High is exact.
        let r = (y - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10
        // e^r − 1 = r + r²·q(r), q evaluated by Estrin's scheme for a short dependency chain.
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let q0 = 1.0 / 2 + r * (1.0 / 6), q1 = 1.0 / 24 + r * (1.0 / 120)
        let q2 = 1.0 / 720 + r * (1.0 / 5040), q3 = 1.0 / 40320 + r * (1.0 / 362880)
        let q4 = 1.0 / 3628800 + r * (1.0 / 39916800), q5 = 1.0 / 479001600 + r * (1.0 / 6227020800)
        let q = (q0 + q1 * r2) + r4 * (q2 + q3 * r2) + r8 * (q4 + q5 * r2)
        let expm1r = r + r2 * q
        let scale = Double(bitPattern: (shifted.bitPattern &- shifter.bitPattern &+ 1023) << 52)
        let t = scale * expm1r + (scale - 1)
        let result = Double(signOf: x, magnitudeOf: t / (t + 2))
        return x.isNaN ? x : result
    }
}

extension VectorMath {
    /// How many elements at a time the array functions below work on: the baseline loops
    /// are Swift's (two doubles, SSE2); wider ones are compiled in C for AVX2 and AVX-512
    /// (`CVectorMath`) and run only where the CPU and the operating system support them.
    public enum Width: Int, Sendable, Comparable, CaseIterable {
        case baseline, avx2, avx512
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// The widest variant this process runs.
    public static let widest: Width = {
        switch CPUFeatures.current.vectors {
        case .avx512: .avx512
        case .avx2: .avx2
        default: .baseline
        }
    }()

    /// `out[i] = tanh(x[i])` for i below `count`, bit for bit what `tanh(_:)` gives each
    /// element (the same operations, in the same order, with no fused multiply-add), with
    /// the widest vectors `width` allows. `out` must not overlap `x`.
    public static func tanh(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, width: Width = widest) {
        switch width {
        case .avx512 where nabla_tanh_avx512(x, out, count) != 0: return
        case .avx2 where nabla_tanh_avx2(x, out, count) != 0: return
        default: baselineTanh(x, out, count)
        }
    }

    // A function of its own, so that its loop is vectorised.
    @inline(never)
    private static func baselineTanh(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = tanh(x[i]) }
    }
}
