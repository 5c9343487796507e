import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct SortingTests {
    @Test func nanGoesLastAscendingAndFirstDescending() {
        // Octave: [s, i] = sort([NaN 1 NaN 2]) gives [1 2 NaN NaN], [2 4 1 3];
        // with "descend": [NaN NaN 2 1], [1 3 4 2]
        let x = Matrix(row: [.nan, 1, .nan, 2])
        let up = x.sorted(descending: false)
        #expect(approximatelyEqual(up.values, Matrix(row: [1, 2, .nan, .nan])))
        #expect(up.indices == Matrix(row: [2, 4, 1, 3]))
        let down = x.sorted(descending: true)
        #expect(approximatelyEqual(down.values, Matrix(row: [.nan, .nan, 2, 1])))
        #expect(down.indices == Matrix(row: [1, 3, 4, 2]))
        // sort([1; NaN; -Inf; Inf]) = [-Inf; 1; Inf; NaN]
        #expect(
            approximatelyEqual(
                Matrix(column: [1, .nan, -.infinity, .infinity]).sorted().values,
                Matrix(column: [-.infinity, 1, .infinity, .nan])))
        // sort([Inf NaN -Inf], "descend") = [NaN Inf -Inf], indices [2 1 3]
        #expect(Matrix(row: [.infinity, .nan, -.infinity]).sorted(descending: true).indices == Matrix(row: [2, 1, 3]))
    }

    @Test func stableInBothDirections() {
        // sort([1 2 1 2], "descend") indices [2 4 1 3]; sort([0 -0 0]) indices [1 2 3]
        #expect(Matrix(row: [1, 2, 1, 2]).sorted(descending: true).indices == Matrix(row: [2, 4, 1, 3]))
        #expect(Matrix(row: [1, 2, 1, 2]).sorted(descending: false).indices == Matrix(row: [1, 3, 2, 4]))
        #expect(Matrix(row: [0, -0.0, 0]).sorted().indices == Matrix(row: [1, 2, 3]))
    }

    @Test func alongRowsAndEmpties() {
        // sort([2 1; 1 2], 2) = [1 2; 1 2]
        #expect(M([[2, 1], [1, 2]]).sorted(dim: 2, descending: false).values == M([[1, 2], [1, 2]]))
        #expect(M([[3, 1], [1, 2]]).sorted(dim: 1, descending: false).indices == M([[2, 1], [1, 2]]))
        #expect(Matrix(row: [3, 1, 2]).sorted(dim: 3, descending: false).values == Matrix(row: [3, 1, 2]))
        #expect(Matrix.empty.sorted().values.shape == Shape(0, 0))
        #expect(Matrix(rows: 0, cols: 3).sorted().values.shape == Shape(0, 3))
    }

    @Test func sortIsAnOrderedPermutation() throws {
        let source = RandomSource(seed: 5)
        for _ in 0..<20 {
            var x = try source.randi(6, 7, 3)  // many ties
            x[0, 0] = .nan
            for descending in [false, true] {
                let (v, i) = x.sorted(dim: 1, descending: descending)
                for j in 0..<x.cols {
                    let idx = i.column(j).map { Int($0) - 1 }
                    #expect(idx.sorted() == Array(0..<x.rows))
                    #expect(zip(idx, v.column(j)).allSatisfy { x[$0, j].isNaN ? $1.isNaN : x[$0, j] == $1 })
                    let finite = v.column(j).filter { !$0.isNaN }
                    #expect(finite == (descending ? finite.sorted(by: >) : finite.sorted()))
                }
            }
        }
    }

    @Test func nonzeroIndices() {
        // find([0 3; NaN 0]) = [2; 3] (1-based), so 0-based [1, 2]
        #expect(M([[0, 3], [.nan, 0]]).nonzeroIndices() == [1, 2])
        #expect(Matrix.empty.nonzeroIndices().isEmpty)
    }
}
