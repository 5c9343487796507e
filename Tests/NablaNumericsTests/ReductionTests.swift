import Testing
import NablaNumerics
import NablaTestSupport

/// Reductions checked against values printed by GNU Octave 7.3.
@Suite struct ReductionTests {
    let a = M([[1, 2, 3], [4, 5, 6]])

    @Test func defaultDimensionIsFirstNonSingleton() {
        #expect(Matrix.defaultDimension(of: Shape(2, 3)) == 1)
        #expect(Matrix.defaultDimension(of: Shape(1, 3)) == 2)
        #expect(Matrix.defaultDimension(of: Shape(1, 1)) == 1)
        #expect(Matrix.defaultDimension(of: Shape(1, 0)) == 2)
        #expect(Matrix.defaultDimension(of: Shape(0, 0)) == 1)
    }

    @Test func sumAlongEachDimension() {
        #expect(a.sum(dim: 1) == M([[5, 7, 9]]))
        #expect(a.sum(dim: 2) == Matrix(column: [6, 15]))
        #expect(a.sum(dim: 3) == a)  // Octave: sum(ones(2,3), 3) is the matrix itself
        #expect(Matrix(row: [1, 2, 3]).sum() == Matrix(scalar: 6))
    }

    @Test func emptySumsFollowOctave() {
        // sum([]) = 0 (1x1); sum([], 1) = 0 (1x1); sum([], 2) is 0x1;
        // sum(zeros(1,0)) = 0; sum(zeros(0,3)) = [0 0 0]; sum(zeros(3,0)) is 1x0
        #expect(Matrix.empty.sum() == Matrix(scalar: 0))
        #expect(Matrix.empty.sum(dim: 1) == Matrix(scalar: 0))
        #expect(Matrix.empty.sum(dim: 2).shape == Shape(0, 1))
        #expect(Matrix(rows: 1, cols: 0).sum() == Matrix(scalar: 0))
        #expect(Matrix(rows: 0, cols: 3).sum() == Matrix(row: [0, 0, 0]))
        #expect(Matrix(rows: 3, cols: 0).sum().shape == Shape(1, 0))
        // prod([]) = 1, prod(zeros(0,3)) = [1 1 1]
        #expect(Matrix.empty.prod() == Matrix(scalar: 1))
        #expect(Matrix(rows: 0, cols: 3).prod() == Matrix(row: [1, 1, 1]))
    }

    @Test func sumPropagatesNaN() {
        #expect(Matrix(row: [1, .nan, 2]).sum().scalar.isNaN)
    }

    @Test func prodAndCumulative() {
        #expect(a.prod(dim: 1) == M([[4, 10, 18]]))
        #expect(a.prod(dim: 2) == Matrix(column: [6, 120]))
        #expect(a.cumsum(dim: 1) == M([[1, 2, 3], [5, 7, 9]]))
        #expect(a.cumsum(dim: 2) == M([[1, 3, 6], [4, 9, 15]]))
        #expect(a.cumprod(dim: 2) == M([[1, 2, 6], [4, 20, 120]]))
        #expect(Matrix(row: [1, 2, 3]).cumsum() == Matrix(row: [1, 3, 6]))
        #expect(a.cumsum(dim: 3) == a)
        // cumsum([]) stays 0x0, cumprod(zeros(0,3)) stays 0x3
        #expect(Matrix.empty.cumsum().shape == Shape(0, 0))
        #expect(Matrix(rows: 0, cols: 3).cumprod().shape == Shape(0, 3))
    }

    @Test func meanUsesItsOwnDefaultDimension() {
        #expect(a.mean(dim: 1) == M([[2.5, 3.5, 4.5]]))
        #expect(a.mean(dim: 2) == Matrix(column: [2, 5]))
        // Octave 7.3: mean([]) = NaN (1x1); mean(zeros(0,3)) is 0x1; mean(zeros(1,0)) is 1x0;
        // mean(zeros(0,1)) = NaN; mean([], 2) is 0x1; mean(zeros(0,3), 1) = NaN(1,3)
        #expect(Matrix.empty.mean().scalar.isNaN && Matrix.empty.mean().shape == .scalar)
        #expect(Matrix(rows: 0, cols: 3).mean().shape == Shape(0, 1))
        #expect(Matrix(rows: 1, cols: 0).mean().shape == Shape(1, 0))
        #expect(Matrix(rows: 0, cols: 1).mean().scalar.isNaN)
        #expect(Matrix.empty.mean(dim: 2).shape == Shape(0, 1))
        #expect(approximatelyEqual(Matrix(rows: 0, cols: 3).mean(dim: 1), Matrix(row: [.nan, .nan, .nan])))
        #expect(Matrix(row: [1, .nan]).mean().scalar.isNaN)
    }

    @Test func anyAndAll() {
        let b = M([[0, 1], [0, 0]])
        #expect(b.any(dim: 1) == M([[0, 1]]))
        #expect(b.all(dim: 1) == M([[0, 0]]))
        #expect(b.any(dim: 2) == Matrix(column: [1, 0]))
        // NaN is nonzero: any([0 NaN]) = 1, all([1 NaN]) = 1
        #expect(Matrix(row: [0, .nan]).any() == Matrix(scalar: 1))
        #expect(Matrix(row: [1, .nan]).all() == Matrix(scalar: 1))
        // any([]) = 0, all([]) = 1 (1x1); all(zeros(0,3)) = [1 1 1]; all([], 2) is 0x1
        #expect(Matrix.empty.any() == Matrix(scalar: 0))
        #expect(Matrix.empty.all() == Matrix(scalar: 1))
        #expect(Matrix(rows: 0, cols: 3).all() == Matrix(row: [1, 1, 1]))
        #expect(Matrix.empty.all(dim: 2).shape == Shape(0, 1))
        #expect(Matrix(rows: 1, cols: 0).any() == Matrix(scalar: 0))
    }

    @Test func dimensionValidation() throws {
        #expect(try Matrix.validDimension(2, function: "sum") == 2)
        #expect(throws: NumericError.self) { try Matrix.validDimension(0, function: "sum") }
        #expect(throws: NumericError.self) { try Matrix.validDimension(1.5, function: "sum") }
        #expect(throws: NumericError.self) { try Matrix.validDimension(.nan, function: "sum") }
    }

    @Test func sumOfRandomMatrixMatchesTotal() throws {
        let r = try RandomSource(seed: 7).uniform(rows: 5, cols: 4)
        let total = r.elements.reduce(0, +)
        #expect(close(r.sum(dim: 1).sum(dim: 2).scalar, total))
        #expect(close(r.sum(dim: 2).sum(dim: 1).scalar, total))
    }
}
