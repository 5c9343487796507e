#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The digamma function ψ = Γ′/Γ and its derivatives, the polygamma functions ψ⁽ᵏ⁾.
///
/// ψ⁽ᵏ⁾(x) is moved up to x ≥ 12 + k with the recurrence ψ⁽ᵏ⁾(x) = ψ⁽ᵏ⁾(x + 1) + (−1)ᵏ⁺¹ k!/xᵏ⁺¹
/// and there summed from its asymptotic series in Bernoulli numbers; below zero the digamma
/// uses the reflection ψ(x) = ψ(1 − x) − π cot(πx). The poles (0, −1, −2, …) give NaN, as
/// Octave's `psi` gives for the negative ones (at 0 digamma is −Inf).
public enum Polygamma {
    /// B₂, B₄, …, B₂₀.
    private static let bernoulli: [Double] = [
        1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6,
        -3617.0 / 510, 43867.0 / 798, -174611.0 / 330
    ]

    /// The largest order computed: beyond it k! overflows a double long before the value does.
    public static let maxOrder = 100

    /// ψ⁽ᵏ⁾(x); k = 0 is the digamma function.
    public static func value(order k: Int, _ x: Double) -> Double {
        guard k >= 0, k <= maxOrder, !x.isNaN else { return .nan }
        if x.isInfinite { return x > 0 ? (k == 0 ? .infinity : 0) : .nan }
        if x <= 0, x == x.rounded() { return k == 0 && x == 0 ? -.infinity : .nan }
        if k == 0, x < 0 {
            // Reflection keeps the recurrence short for any negative x.
            return value(order: 0, 1 - x) - Double.pi / tan(Double.pi * x)
        }
        // Far below zero the recurrence would take too many steps to be exact; there the
        // higher orders are not needed by anything Nabla differentiates.
        guard x > -1e4 else { return .nan }
        let sign: Double = k % 2 == 0 ? -1 : 1  // (−1)ᵏ⁺¹
        let kFactorial = factorial(k)
        var shifted = x, sum = 0.0
        let threshold = 12 + Double(k)
        while shifted < threshold {
            sum += k == 0 ? -1 / shifted : sign * kFactorial / pow(shifted, Double(k + 1))
            shifted += 1
        }
        return sum + asymptotic(order: k, shifted)
    }

    /// The asymptotic series at a large x.
    private static func asymptotic(order k: Int, _ x: Double) -> Double {
        if k == 0 {
            // ψ(x) ~ ln x − 1/(2x) − Σ B₂ⱼ / (2j x²ʲ)
            var s = log(x) - 0.5 / x
            let inverseSquare = 1 / (x * x)
            var power = inverseSquare
            for (j, b) in bernoulli.enumerated() {
                s -= b / Double(2 * (j + 1)) * power
                power *= inverseSquare
            }
            return s
        }
        // ψ⁽ᵏ⁾(x) ~ (−1)ᵏ⁺¹ [ (k−1)!/xᵏ + k!/(2xᵏ⁺¹) + Σ B₂ⱼ (2j+k−1)! / ((2j)! x²ʲ⁺ᵏ) ]
        let sign: Double = k % 2 == 0 ? -1 : 1
        var s = factorial(k - 1) / pow(x, Double(k)) + factorial(k) / (2 * pow(x, Double(k + 1)))
        for (index, b) in bernoulli.enumerated() {
            let j = index + 1
            s += b * factorial(2 * j + k - 1) / (factorial(2 * j) * pow(x, Double(2 * j + k)))
        }
        return sign * s
    }

    private static func factorial(_ n: Int) -> Double {
        var f = 1.0
        if n > 1 { for i in 2...n { f *= Double(i) } }
        return f
    }
}
