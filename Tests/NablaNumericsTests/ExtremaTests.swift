import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct ExtremaTests {
    @Test func maxAndMinAlongDimensions() {
        let a = M([[1, 5], [7, 2]])
        // Octave: max([1 5; 7 2]) = [7 5], indices [2 1]; max(.., [], 2) = [5; 7], indices [2; 1]
        #expect(a.max(dim: 1).values == M([[7, 5]]))
        #expect(a.max(dim: 1).indices == M([[2, 1]]))
        #expect(a.max(dim: 2).values == Matrix(column: [5, 7]))
        #expect(a.max(dim: 2).indices == Matrix(column: [2, 1]))
        #expect(a.min(dim: 1).values == M([[1, 2]]))
        #expect(a.min(dim: 1).indices == M([[1, 2]]))
    }

    @Test func nanIsIgnoredAndTiesTakeTheFirst() {
        // [m, i] = max([NaN 1 NaN 3 3]) gives 3 at 4; max([NaN NaN]) gives NaN at 1
        let r = Matrix(row: [.nan, 1, .nan, 3, 3]).max()
        #expect(r.values == Matrix(scalar: 3) && r.indices == Matrix(scalar: 4))
        let n = Matrix(row: [.nan, .nan]).max()
        #expect(n.values.scalar.isNaN && n.indices == Matrix(scalar: 1))
        // min([NaN NaN; 1 NaN]) = [1 NaN], indices [2 1]; min([NaN; NaN; 1]) at 3
        let m = M([[.nan, .nan], [1, .nan]]).min()
        #expect(approximatelyEqual(m.values, Matrix(row: [1, .nan])))
        #expect(m.indices == Matrix(row: [2, 1]))
        #expect(Matrix(column: [.nan, .nan, 1]).min().indices == Matrix(scalar: 3))
    }

    @Test func emptyShapesKeepZeroLengthDimensions() {
        // max([]) 0x0, max(zeros(0,3)) 0x3, max(zeros(3,0)) 1x0, max(zeros(1,0)) 1x0, max(zeros(0,1)) 0x1
        #expect(Matrix.empty.max().values.shape == Shape(0, 0))
        #expect(Matrix(rows: 0, cols: 3).max().values.shape == Shape(0, 3))
        #expect(Matrix(rows: 3, cols: 0).max().values.shape == Shape(1, 0))
        #expect(Matrix(rows: 1, cols: 0).max().values.shape == Shape(1, 0))
        #expect(Matrix(rows: 0, cols: 1).min().indices.shape == Shape(0, 1))
    }

    @Test func thirdDimensionIsIdentityWithIndexOne() {
        let a = M([[1, 2], [3, 4]])
        #expect(a.max(dim: 3).values == a)
        #expect(a.max(dim: 3).indices == Matrix(rows: 2, cols: 2, repeating: 1))
    }

    @Test func maxIsAnUpperBoundAttainedAtItsIndex() throws {
        let r = try RandomSource(seed: 3).normal(rows: 6, cols: 5)
        let (v, i) = r.max(dim: 1)
        for j in 0..<r.cols {
            #expect(r.column(j).allSatisfy { $0 <= v.elements[j] })
            #expect(r[Int(i.elements[j]) - 1, j] == v.elements[j])
        }
    }
}
