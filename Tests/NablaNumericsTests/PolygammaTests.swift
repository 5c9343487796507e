import Testing
import NablaNumerics
import NablaTestSupport

/// The digamma and polygamma functions against closed forms: ψ(1) = −γ, ψ(½) = −γ − 2 ln 2,
/// ψ(n) = Hₙ₋₁ − γ, ψ⁽¹⁾(1) = π²/6, ψ⁽¹⁾(½) = π²/2, ψ⁽²⁾(1) = −2ζ(3), ψ⁽³⁾(1) = π⁴/15, and the
/// recurrence and reflection they obey.
/// Closed forms are known to the last bits: agreement to 1e-13, relative.
private func closeTo(_ a: Double, _ b: Double, _ tolerance: Double = 1e-13) -> Bool { close(a, b, tolerance: tolerance) }

@Suite struct PolygammaTests {
    static let eulerGamma = 0.57721566490153286061
    static let zeta3 = 1.2020569031595942854

    @Test func digammaMatchesClosedForms() {
        #expect(closeTo(Polygamma.value(order: 0, 1), -Self.eulerGamma))
        #expect(closeTo(Polygamma.value(order: 0, 0.5), -Self.eulerGamma - 2 * 0.69314718055994530942))
        for n in [2, 5, 10, 37, 1000] {
            let harmonic = (1..<n).reduce(0.0) { $0 + 1 / Double($1) }
            #expect(closeTo(Polygamma.value(order: 0, Double(n)), harmonic - Self.eulerGamma), "ψ(\(n))")
        }
        // Below zero: ψ(x) = ψ(x + 1) − 1/x, so ψ(−½) = ψ(½) + 2.
        #expect(closeTo(Polygamma.value(order: 0, -0.5), Polygamma.value(order: 0, 0.5) + 2))
        #expect(closeTo(Polygamma.value(order: 0, -2.25), Polygamma.value(order: 0, -1.25) + 1 / 2.25))
    }

    @Test func polygammaMatchesClosedForms() {
        #expect(closeTo(Polygamma.value(order: 1, 1), Double.pi * Double.pi / 6))
        #expect(closeTo(Polygamma.value(order: 1, 0.5), Double.pi * Double.pi / 2))
        #expect(closeTo(Polygamma.value(order: 2, 1), -2 * Self.zeta3))
        #expect(closeTo(Polygamma.value(order: 3, 1), pow(Double.pi, 4) / 15))
        // ψ⁽¹⁾(n) = π²/6 − Σₖ₌₁ⁿ⁻¹ 1/k².
        let tail = (1..<10).reduce(0.0) { $0 + 1 / Double($1 * $1) }
        #expect(closeTo(Polygamma.value(order: 1, 10), Double.pi * Double.pi / 6 - tail, 1e-12))
    }

    /// Values from an independent arbitrary-precision evaluation (mpmath's psi, 25 digits).
    @Test(arguments: [
        (0, -0.4, 0.959380786106809365721384), (1, -0.4, 9.886209670902357203324324),
        (2, 0.3, -75.27253658872603891730031), (0, 1e-3, -1000.575571931810279654757),
        (1, 123.456, 0.008132945834278197807111006), (4, 2.5, -0.3137559995067313633754281),
        (0, -7.3, 4.337307305510050142181329)
    ])
    func matchesHighPrecisionValues(order: Int, x: Double, expected: Double) {
        #expect(closeTo(Polygamma.value(order: order, x), expected, 1e-12), "ψ⁽\(order)⁾(\(x))")
    }

    @Test func eachOrderIsTheDerivativeOfTheOneBefore() {
        for k in 0...3 {
            for x in [0.3, 1.7, 4.2, 15.5, -0.4] {
                let h = 1e-5
                let slope = (Polygamma.value(order: k, x + h) - Polygamma.value(order: k, x - h)) / (2 * h)
                let exact = Polygamma.value(order: k + 1, x)
                #expect(abs(slope - exact) <= 1e-6 * max(1, abs(exact)), "ψ⁽\(k)⁾′(\(x)) = \(exact), differences give \(slope)")
            }
        }
    }

    @Test func polesAndEdges() {
        #expect(Polygamma.value(order: 0, 0) == -.infinity)
        #expect(Polygamma.value(order: 0, -3).isNaN)
        #expect(Polygamma.value(order: 1, -2).isNaN)
        #expect(Polygamma.value(order: 0, .nan).isNaN)
        #expect(Polygamma.value(order: 0, .infinity) == .infinity)
        #expect(Polygamma.value(order: 2, .infinity) == 0)
        #expect(Polygamma.value(order: -1, 2).isNaN)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
