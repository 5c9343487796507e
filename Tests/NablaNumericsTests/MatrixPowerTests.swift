import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct MatrixPowerTests {
    @Test func integerPowersMatchOctave() throws {
        // [1 2; 3 4]^3 = [37 54; 81 118]; ^0 = eye(2); [2 1; 1 3]^5 = [175 275; 275 450];
        // [2 1; 1 3]^-3 = [0.28 -0.16; -0.16 0.12];
        // [1 2; 3 4]^-2 = [5.4999999999999973 -2.4999999999999991; -3.7499999999999987 1.7499999999999996]
        #expect(try Matrix.power(M([[1, 2], [3, 4]]), 3) == M([[37, 54], [81, 118]]))
        #expect(try Matrix.power(M([[1, 2], [3, 4]]), 0) == Matrix.identity(2))
        #expect(try Matrix.power(M([[2, 1], [1, 3]]), 5) == M([[175, 275], [275, 450]]))
        #expect(approximatelyEqual(try Matrix.power(M([[2, 1], [1, 3]]), -3), M([[0.28, -0.16], [-0.16, 0.12]]), tolerance: 1e-13))
        #expect(approximatelyEqual(try Matrix.power(M([[1, 2], [3, 4]]), -2), M([[5.5, -2.5], [-3.75, 1.75]]), tolerance: 1e-13))
        #expect(try Matrix.power(Matrix(scalar: 2), 0.5) == Matrix(scalar: 2.0.squareRoot()))
    }

    @Test func singularNegativePowerReportsCondition() throws {
        let r = try Matrix.powerReportingCondition(M([[1, 2], [2, 4]]), -1)
        #expect(r.value == Matrix(rows: 2, cols: 2, repeating: .infinity))
        #expect(r.rcond == 0)
        #expect(try Matrix.powerReportingCondition(M([[1, 2], [3, 4]]), 2).rcond == nil)
    }

    @Test func unsupportedPowersThrow() throws {
        #expect(throws: NumericError.self) { try Matrix.power(Matrix(row: [1, 2]), 2) }
        #expect(throws: NumericError.self) { try Matrix.power(M([[1, 2], [3, 4]]), 0.5) }
        #expect(throws: NumericError.self) { try Matrix.power(M([[1, 2], [3, 4]]), .nan) }
        #expect(throws: NumericError.self) { try Matrix.power(scalar: 2, M([[1, 2], [3, 4]])) }
        #expect(try Matrix.power(scalar: 2, Matrix(scalar: 3)) == Matrix(scalar: 8))
    }

    @Test func powersAddExponents() throws {
        let x = try wellConditioned(4, RandomSource(seed: 8))
        let lhs = try Matrix.matmul(try Matrix.power(x, 3), try Matrix.power(x, -5))
        #expect(approximatelyEqual(lhs, try Matrix.power(x, -2), tolerance: 1e-10))
    }
}
