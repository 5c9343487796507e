import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct NormTests {
    @Test func vectorNorms() throws {
        // Octave: norm([3 4]) = 5, 1 → 7, Inf → 4, norm([3 -4], -Inf) = 3, norm([1 2 3], 3) = 3.3019272488946267,
        // norm([1 2 3], 0.5) = 17.191508225450299, norm([2 3 4], 2.5) = 4.9035719142187943
        let v = Matrix(row: [3, 4])
        #expect(close(try v.norm(), 5))
        #expect(close(try v.norm(.p(1)), 7))
        #expect(close(try v.norm(.infinity), 4))
        #expect(close(try Matrix(row: [3, -4]).norm(.negativeInfinity), 3))
        #expect(close(try Matrix(column: [1, 2, 3]).norm(.p(3)), 3.3019272488946267))
        #expect(close(try Matrix(row: [1, 2, 3]).norm(.p(0.5)), 17.191508225450299))
        #expect(close(try Matrix(row: [2, 3, 4]).norm(.p(2.5)), 4.9035719142187943))
        #expect(close(try v.norm(.frobenius), 5))
        #expect(close(try Matrix(scalar: -5).norm(.negativeInfinity), 5))
        // norm([NaN 1]) = NaN, norm([Inf 1]) = Inf, norm([]) = 0
        #expect(try Matrix(row: [.nan, 1]).norm().isNaN)
        #expect(try Matrix(row: [.infinity, 1]).norm() == .infinity)
        #expect(try Matrix.empty.norm() == 0)
        #expect(try Matrix(rows: 0, cols: 3).norm() == 0)
        // norm([1 0 3], 0) = 2 (the count of nonzeros); negative finite p is refused
        #expect(try Matrix(row: [1, 0, 3]).norm(.p(0)) == 2)
        #expect(throws: NumericError.self) { try Matrix(row: [1, 2, 3]).norm(.p(-2)) }
    }

    @Test func vectorTwoNormDoesNotOverflow() throws {
        #expect(close(try Matrix(row: [3e200, 4e200]).norm(), 5e200))
        #expect(close(try Matrix(row: [3e-200, 4e-200]).norm(), 5e-200))
    }

    @Test func matrixNorms() throws {
        // norm([1 2; 3 4]) = 5.4649857042190426, 1 → 6, Inf → 7, "fro" → 5.4772255750516612
        let a = M([[1, 2], [3, 4]])
        #expect(close(try a.norm(), 5.4649857042190426))
        #expect(close(try a.norm(.p(1)), 6))
        #expect(close(try a.norm(.infinity), 7))
        #expect(close(try a.norm(.frobenius), 5.4772255750516612))
        // norm([1 2; 3 4; 5 6]) = 9.5255180915651074; norm([1 2 3 4; 5 6 7 8]) = 14.22740741263374;
        // norm([1 -2 3; 4 5 -6; 7 8 10]) = 14.676937961680069
        #expect(close(try M([[1, 2], [3, 4], [5, 6]]).norm(), 9.5255180915651074))
        #expect(close(try M([[1, 2, 3, 4], [5, 6, 7, 8]]).norm(), 14.22740741263374))
        #expect(close(try M([[1, -2, 3], [4, 5, -6], [7, 8, 10]]).norm(), 14.676937961680069))
        // norm([Inf 1; 1 1]) = NaN and norm([Inf 1; 1 1], 1) = Inf in Octave
        #expect(try M([[.infinity, 1], [1, 1]]).norm().isNaN)
        #expect(try M([[.infinity, 1], [1, 1]]).norm(.p(1)) == .infinity)
        #expect(throws: NumericError.self) { try a.norm(.negativeInfinity) }
        #expect(throws: NumericError.self) { try a.norm(.p(0.5)) }
        #expect(throws: NumericError.self) { try a.norm(.p(3)) }
    }

    @Test func twoNormBoundsAndOrthogonalInvariance() throws {
        let source = RandomSource(seed: 9)
        for (m, n) in [(3, 3), (5, 2), (2, 6), (7, 7)] {
            let a = try source.normal(rows: m, cols: n)
            let two = try a.norm()
            // ‖A‖₂ ≤ ‖A‖_F ≤ √rank ‖A‖₂ and ‖A‖₂² ≤ ‖A‖₁ ‖A‖∞
            #expect(two <= (try a.norm(.frobenius)) * (1 + 1e-12))
            #expect(try a.norm(.frobenius) <= Double(Swift.min(m, n)).squareRoot() * two * (1 + 1e-12))
            #expect(two * two <= (try a.norm(.p(1))) * (try a.norm(.infinity)) * (1 + 1e-12))
            #expect(close(try a.transposed.norm(), two, tolerance: 1e-12))
            // ‖A‖₂² is the largest eigenvalue of AᵀA: ‖AᵀA‖₂ = ‖A‖₂².
            #expect(close(try Matrix.matmul(transposingLeft: a, a).norm(), two * two, tolerance: 1e-11))
        }
    }
}
