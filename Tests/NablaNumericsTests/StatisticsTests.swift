import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct StatisticsTests {
    @Test func varianceAndStandardDeviation() {
        // Octave: var([1 2 3 4]) = 1.6666666666666667, var([1 2 3 4], 1) = 1.25,
        // std([1 2 3 4]) = 1.2910, var([1 2; 3 4]) = [2 2], std([1 2; 3 5], 1, 2) = [0.5; 1]
        let v = Matrix(row: [1, 2, 3, 4])
        #expect(close(v.variance(opt: 0).scalar, 1.6666666666666667))
        #expect(close(v.variance(opt: 1).scalar, 1.25))
        #expect(close(v.standardDeviation(opt: 0).scalar, 1.2909944487358056))
        #expect(approximatelyEqual(M([[1, 2], [3, 4]]).variance(opt: 0), M([[2, 2]])))
        #expect(approximatelyEqual(M([[1, 2], [3, 5]]).standardDeviation(opt: 1, dim: 2), Matrix(column: [0.5, 1])))
        #expect(Matrix(row: [2, 2, 2]).standardDeviation(opt: 0) == Matrix(scalar: 0))
    }

    @Test func singleElementsAndNonFiniteValues() {
        // var(5) = 0, var(Inf) = NaN, var(NaN) = NaN, var([1 Inf]) = NaN, var([1 NaN 3]) = NaN
        #expect(Matrix(scalar: 5).variance(opt: 0) == Matrix(scalar: 0))
        #expect(Matrix(scalar: .infinity).variance(opt: 0).scalar.isNaN)
        #expect(Matrix(scalar: .nan).variance(opt: 0).scalar.isNaN)
        #expect(Matrix(row: [1, .infinity]).variance(opt: 0).scalar.isNaN)
        #expect(Matrix(row: [1, .nan, 3]).variance(opt: 0).scalar.isNaN)
        // var(ones(2,3), 0, 3) is zeros(2,3)
        #expect(Matrix(rows: 2, cols: 3, repeating: 1).variance(opt: 0, dim: 3) == Matrix(rows: 2, cols: 3))
    }

    @Test func emptyInputs() {
        // var([]) = NaN; std(zeros(0,3)) = [NaN NaN NaN]; std(zeros(3,0)) is 1x0;
        // var([], 0, 1) is 1x0; var([], 0, 2) is 0x1
        #expect(Matrix.empty.variance(opt: 0).scalar.isNaN)
        #expect(Matrix.empty.variance(opt: 0).shape == .scalar)
        #expect(approximatelyEqual(Matrix(rows: 0, cols: 3).standardDeviation(opt: 0), Matrix(row: [.nan, .nan, .nan])))
        #expect(Matrix(rows: 3, cols: 0).standardDeviation(opt: 0).shape == Shape(1, 0))
        #expect(Matrix.empty.variance(opt: 0, dim: 1).shape == Shape(1, 0))
        #expect(Matrix.empty.variance(opt: 0, dim: 2).shape == Shape(0, 1))
    }

    @Test func varianceIsShiftInvariantAndScalesQuadratically() throws {
        let x = try RandomSource(seed: 11).normal(rows: 20, cols: 3)
        let v = x.variance(opt: 0, dim: 1)
        #expect(approximatelyEqual(x.map { $0 + 100 }.variance(opt: 0, dim: 1), v, tolerance: 1e-9))
        #expect(approximatelyEqual(x.map { 3 * $0 }.variance(opt: 0, dim: 1), v.map { 9 * $0 }, tolerance: 1e-12))
    }
}
