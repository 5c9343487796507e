import Testing
import NablaNumerics
import NablaTestSupport

/// `trace`, `det`, `inv`, `\` and `/`, with reference values from Octave 7.3.
@Suite struct LinearAlgebraTests {
    let a = M([[4, -2, 1], [3, 6, -4], [2, 1, 8]])

    @Test func traceAndDeterminant() throws {
        #expect(try M([[1, 2], [3, 4]]).trace() == 5)
        #expect(try Matrix.empty.trace() == 0)
        #expect(try Matrix(scalar: 5).trace() == 5)
        #expect(throws: NumericError.self) { try Matrix(rows: 2, cols: 3).trace() }
        #expect(close(try M([[1, 2], [3, 4]]).determinant(), -2))
        #expect(close(try a.determinant(), 263))
        #expect(try Matrix.empty.determinant() == 1)  // det([]) = 1
        #expect(try M([[1, 2], [2, 4]]).determinant() == 0)
        #expect(try M([[1, .nan], [2, 3]]).determinant().isNaN)
        #expect(throws: NumericError.notSquare(op: "det", Shape(2, 3))) { try Matrix(rows: 2, cols: 3).determinant() }
    }

    @Test func inverseMatchesOctave() throws {
        let (x, rcond) = try a.inverse()
        let octave = M([
            [0.19771863117870722, 0.064638783269961975, 0.0076045627376425846],
            [-0.12167300380228138, 0.11406844106463879, 0.07224334600760457],
            [-0.034220532319391643, -0.030418250950570346, 0.1140684410646388]
        ])
        #expect(approximatelyEqual(x, octave, tolerance: 1e-14))
        #expect(close(rcond, 0.39668174962292596, tolerance: 1e-12))
        // [~, r] = inv([1 2; 3 4]) = 0.047619047619047623
        #expect(close(try M([[1, 2], [3, 4]]).inverse().rcond, 0.047619047619047623))
    }

    @Test func conditionEstimateOfHilbertMatrix() throws {
        // [~, r] = inv(hilb(6)) = 3.4399394653521437e-08 (LAPACK's estimate)
        var h = Matrix(rows: 6, cols: 6)
        for i in 0..<6 { for j in 0..<6 { h[i, j] = 1 / Double(i + j + 1) } }
        let rcond = try h.inverse().rcond
        #expect(rcond > 3.4399394653521437e-08 / 2 && rcond < 3.4399394653521437e-08 * 2)
    }

    @Test func singularInverseIsInfinite() throws {
        // inv([1 2; 2 4]) is all Inf with rcond 0; inv(0) = Inf
        let (x, r) = try M([[1, 2], [2, 4]]).inverse()
        #expect(x == Matrix(rows: 2, cols: 2, repeating: .infinity))
        #expect(r == 0)
        #expect(try Matrix(scalar: 0).inverse().value == Matrix(scalar: .infinity))
        #expect(try M([[1, .nan], [2, 3]]).inverse().value == Matrix(rows: 2, cols: 2, repeating: .infinity))
        #expect(try Matrix.empty.inverse().value.shape == Shape(0, 0))
        #expect(throws: NumericError.self) { try Matrix(rows: 2, cols: 3).inverse() }
    }

    @Test func nearlySingularInverseStillComputes() throws {
        // inv([1 0; 0 1e-17]) = diag([1 1e17]) with rcond = 1e-17 and a warning
        let (x, r) = try M([[1, 0], [0, 1e-17]]).inverse()
        #expect(approximatelyEqual(x, M([[1, 0], [0, 1e17]])))
        #expect(close(r, 1e-17))
        #expect(singularMatrixWarning(rcond: r) == "warning: matrix singular to machine precision, rcond = 1e-17")
    }

    @Test func warningText() {
        #expect(singularMatrixWarning(rcond: 0) == "warning: matrix singular to machine precision")
        #expect(singularMatrixWarning(rcond: .nan) == "warning: matrix singular to machine precision")
        #expect(singularMatrixWarning(rcond: 2.498e-15) == nil)  // Octave is silent here
        #expect(singularMatrixWarning(rcond: 0.3) == nil)
    }

    @Test func squareSolve() throws {
        // [4 -2 1; 3 6 -4; 2 1 8] \ [12; -25; 32] = [1; -2; 4]
        let (x, r) = try Matrix.leftDivide(a, Matrix(column: [12, -25, 32]))
        #expect(approximatelyEqual(x, Matrix(column: [1, -2, 4]), tolerance: 1e-14))
        #expect(singularMatrixWarning(rcond: r) == nil)
        // [1 2; 3 4] \ [5; 6] = [-4; 4.5]
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(M([[1, 2], [3, 4]]), Matrix(column: [5, 6])).value,
                Matrix(column: [-3.9999999999999987, 4.4999999999999991])))
        // a scalar divides element-wise: 2 \ [2 4] = [1 2]
        #expect(try Matrix.leftDivide(Matrix(scalar: 2), Matrix(row: [2, 4])).value == Matrix(row: [1, 2]))
    }

    @Test func singularSolveFallsBackToMinimumNorm() throws {
        // Octave warns, then [1 2; 2 4] \ [1; 2] = [0.2; 0.4]; [1 1; 1 1] \ [1; 1] = [0.5; 0.5];
        // zeros(2) \ [1; 1] = [0; 0]; [1 2; 2 4] \ eye(2) = [0.04 0.08; 0.08 0.16]
        // Wide systems take the minimum-norm solution from the short side's decomposition.
        #expect(approximatelyEqual(try Matrix.leftDivide(M([[1, 2, 3]]), Matrix(scalar: 14)).value, Matrix(column: [1, 2, 3])))
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(M([[1, 2, 3], [2, 4, 6]]), Matrix(column: [1, 2])).value,
                Matrix(column: [1.0 / 14, 2.0 / 14, 3.0 / 14])))
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(M([[1, 0, 1], [0, 1, 1]]), M([[1, 2], [1, 0]])).value,
                M([[1.0 / 3, 4.0 / 3], [1.0 / 3, -2.0 / 3], [2.0 / 3, 2.0 / 3]])))
        let (x, r) = try Matrix.leftDivide(M([[1, 2], [2, 4]]), Matrix(column: [1, 2]))
        #expect(approximatelyEqual(x, Matrix(column: [0.2, 0.4])))
        #expect(singularMatrixWarning(rcond: r) == "warning: matrix singular to machine precision")
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(M([[1, 1], [1, 1]]), Matrix(column: [1, 1])).value,
                Matrix(column: [0.5, 0.5])))
        #expect(try Matrix.leftDivide(Matrix(rows: 2, cols: 2), Matrix(column: [1, 1])).value == Matrix(column: [0, 0]))
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(M([[1, 2], [2, 4]]), Matrix.identity(2)).value,
                M([[0.04, 0.08], [0.08, 0.16]])))
        // [1 NaN; 2 3] \ [1; 2] = [NaN; NaN]
        #expect(try Matrix.leftDivide(M([[1, .nan], [2, 3]]), Matrix(column: [1, 2])).value.elements.allSatisfy { $0.isNaN })
    }

    @Test func leastSquares() throws {
        // [1 2; 3 4; 5 6; 7 8.5] \ [1; 0; 2; 1] = [-0.33333333333333243; 0.44444444444444359]
        let b = M([[1, 2], [3, 4], [5, 6], [7, 8.5]])
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(b, Matrix(column: [1, 0, 2, 1])).value,
                Matrix(column: [-0.33333333333333243, 0.44444444444444359]), tolerance: 1e-13))
        // rank deficient: [1 2; 2 4; 3 6] \ [1; 2; 3] = [0.2; 0.4] (minimum norm, no warning)
        let (x, r) = try Matrix.leftDivide(M([[1, 2], [2, 4], [3, 6]]), Matrix(column: [1, 2, 3]))
        #expect(approximatelyEqual(x, Matrix(column: [0.2, 0.4]), tolerance: 1e-12))
        #expect(singularMatrixWarning(rcond: r) == nil)
        // underdetermined: [1 2 3] \ 6 = [0.4285714285714286; 0.85714285714285721; 1.285714285714286]
        #expect(
            approximatelyEqual(
                try Matrix.leftDivide(Matrix(row: [1, 2, 3]), Matrix(scalar: 6)).value,
                Matrix(column: [0.4285714285714286, 0.85714285714285721, 1.285714285714286])))
        // empty operands: zeros(0,3) \ zeros(0,2) = zeros(3,2); zeros(3,0) \ ones(3,2) is 0x2
        #expect(try Matrix.leftDivide(Matrix(rows: 0, cols: 3), Matrix(rows: 0, cols: 2)).value == Matrix(rows: 3, cols: 2))
        #expect(try Matrix.leftDivide(Matrix(rows: 3, cols: 0), Matrix(rows: 3, cols: 2, repeating: 1)).value.shape == Shape(0, 2))
    }

    @Test func shapeErrorsNameTheOperator() {
        #expect(throws: NumericError.nonconformant(op: "\\", Shape(2, 2), Shape(3, 1))) {
            try Matrix.leftDivide(M([[1, 2], [3, 4]]), Matrix(column: [1, 2, 3]))
        }
        #expect(throws: NumericError.nonconformant(op: "/", Shape(1, 2), Shape(1, 3))) {
            try Matrix.rightDivide(Matrix(row: [1, 2]), Matrix(row: [1, 2, 3]))
        }
    }

    @Test func rightDivide() throws {
        // [1 2; 3 4] / [5 6; 7 8] = [3 -2; 2 -1] (up to rounding)
        #expect(
            approximatelyEqual(
                try Matrix.rightDivide(M([[1, 2], [3, 4]]), M([[5, 6], [7, 8]])).value,
                M([[3, -2], [2, -1]]), tolerance: 1e-13))
        #expect(try Matrix.rightDivide(Matrix(row: [2, 4]), Matrix(scalar: 2)).value == Matrix(row: [1, 2]))
    }

    @Test func inverseTimesMatrixIsIdentity() throws {
        let source = RandomSource(seed: 1)
        for n in 1...8 {
            let x = try wellConditioned(n, source)
            let (inv, rcond) = try x.inverse()
            #expect(rcond > 0.01)
            #expect(approximatelyEqual(try Matrix.matmul(inv, x), Matrix.identity(n), tolerance: 1e-12))
        }
    }

    @Test func determinantOfProductIsProductOfDeterminants() throws {
        let source = RandomSource(seed: 2)
        for n in 1...6 {
            let x = try source.normal(rows: n, cols: n), y = try source.normal(rows: n, cols: n)
            let lhs = try Matrix.matmul(x, y).determinant()
            #expect(close(lhs, try x.determinant() * y.determinant(), tolerance: 1e-10))
            #expect(close(try x.transposed.determinant(), try x.determinant(), tolerance: 1e-10))
        }
    }

    @Test func solveResidualIsSmall() throws {
        let source = RandomSource(seed: 4)
        for n in 2...8 {
            let x = try wellConditioned(n, source), b = try source.normal(rows: n, cols: 2)
            let sol = try Matrix.leftDivide(x, b).value
            let residual = try Matrix.matmul(x, sol) - b
            #expect(try residual.norm(.frobenius) < 1e-12 * (try b.norm(.frobenius) + 1))
        }
    }

    @Test func leastSquaresSatisfiesNormalEquations() throws {
        let source = RandomSource(seed: 6)
        for (m, n) in [(5, 2), (8, 3), (10, 10), (12, 4)] {
            let x = try source.normal(rows: m, cols: n), b = try source.normal(rows: m, cols: 1)
            let sol = try Matrix.leftDivide(x, b).value
            // Aᵀ (A x − b) = 0 at the least-squares solution.
            let gradient = try Matrix.matmul(transposingLeft: x, try Matrix.matmul(x, sol) - b)
            #expect(try gradient.norm(.infinity) < 1e-10)
        }
        // Minimum-norm solution of an underdetermined system solves it exactly and lies in the row space.
        let w = try source.normal(rows: 3, cols: 6), c = try source.normal(rows: 3, cols: 1)
        let sol = try Matrix.leftDivide(w, c).value
        #expect(try (try Matrix.matmul(w, sol) - c).norm() < 1e-10)
        let projected = try Matrix.matmul(transposingLeft: w, try Matrix.leftDivide(try Matrix.matmul(w, transposingRight: w), try Matrix.matmul(w, sol)).value)
        #expect(approximatelyEqual(projected, sol, tolerance: 1e-9))
    }
}
