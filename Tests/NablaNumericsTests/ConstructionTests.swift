import Testing
import NablaNumerics
import NablaTestSupport

@Suite struct ConstructionTests {
    @Test func eye() throws {
        #expect(try Matrix.eye(2, 3) == M([[1, 0, 0], [0, 1, 0]]))
        #expect(try Matrix.eye(0, 3).shape == Shape(0, 3))
        #expect(try Matrix.eye(-1, 2).shape == Shape(0, 2))
        #expect(throws: NumericError.self) { try Matrix.eye(1 << 20, 1 << 20) }
    }

    @Test func linspaceMatchesOctaveBitForBit() throws {
        // Octave: linspace(0, 0.3, 4) = [0 0.099999999999999992 0.20000000000000001 0.29999999999999999]
        #expect(try Matrix.linspace(0, 0.3, 4) == Matrix(row: [0, 0.099999999999999992, 0.20000000000000001, 0.29999999999999999]))
        // linspace(0, 1, 7)
        #expect(
            try Matrix.linspace(0, 1, 7)
                == Matrix(row: [
                    0, 0.16666666666666666, 0.33333333333333331, 0.5,
                    0.66666666666666674, 0.83333333333333337, 1
                ]))
        // linspace(0.1, 0.7, 6)
        #expect(
            try Matrix.linspace(0.1, 0.7, 6)
                == Matrix(row: [
                    0.10000000000000001, 0.22, 0.33999999999999997,
                    0.45999999999999996, 0.57999999999999996, 0.69999999999999996
                ]))
        #expect(try Matrix.linspace(-1, 1, 5) == Matrix(row: [-1, -0.5, 0, 0.5, 1]))
        #expect(try Matrix.linspace(0, 1, 5) == Matrix(row: [0, 0.25, 0.5, 0.75, 1]))
        // linspace(1, 2, 1) = 2; linspace(1, 0, 0) and linspace(0, 1, -2) are 1x0; linspace(5, 5, 3) = [5 5 5]
        #expect(try Matrix.linspace(1, 2, 1) == Matrix(scalar: 2))
        #expect(try Matrix.linspace(1, 0, 0).shape == Shape(1, 0))
        #expect(try Matrix.linspace(0, 1, -2).shape == Shape(1, 0))
        #expect(try Matrix.linspace(5, 5, 3) == Matrix(row: [5, 5, 5]))
        #expect(throws: NumericError.self) { try Matrix.linspace(0, 1, Int.max) }
    }

    @Test func repmat() throws {
        // repmat([1 2], 2, 2) = [1 2 1 2; 1 2 1 2]; repmat([1 2], -1, 2) and (0, 2) are 0x4
        #expect(try Matrix(row: [1, 2]).repmat(2, 2) == M([[1, 2, 1, 2], [1, 2, 1, 2]]))
        #expect(try Matrix(row: [1, 2]).repmat(-1, 2).shape == Shape(0, 4))
        #expect(try Matrix(row: [1, 2]).repmat(0, 2).shape == Shape(0, 4))
        #expect(try M([[1], [2]]).repmat(1, 3) == M([[1, 1, 1], [2, 2, 2]]))
        #expect(throws: NumericError.self) { try Matrix(row: [1, 2]).repmat(Int.max, Int.max) }
    }

    @Test func kron() throws {
        // kron([1 2], [1; 2]) = [1 2; 2 4]; kron([1 2; 3 4], [1 -1]) = [1 -1 2 -2; 3 -3 4 -4]; kron([], [1 2]) is 0x0
        #expect(try Matrix.kron(Matrix(row: [1, 2]), Matrix(column: [1, 2])) == M([[1, 2], [2, 4]]))
        #expect(try Matrix.kron(M([[1, 2], [3, 4]]), Matrix(row: [1, -1])) == M([[1, -1, 2, -2], [3, -3, 4, -4]]))
        #expect(try Matrix.kron(.empty, Matrix(row: [1, 2])).shape == Shape(0, 0))
        let big = Matrix(rows: 1 << 14, cols: 1, repeating: 1)
        #expect(throws: NumericError.self) { try Matrix.kron(big, big.transposed) }
    }

    @Test func kronMixedProductProperty() throws {
        // (A ⊗ B)(C ⊗ D) = (AC) ⊗ (BD)
        let s = RandomSource(seed: 12)
        let a = try s.normal(rows: 2, cols: 3), b = try s.normal(rows: 3, cols: 2)
        let c = try s.normal(rows: 3, cols: 2), d = try s.normal(rows: 2, cols: 2)
        let lhs = try Matrix.matmul(try Matrix.kron(a, b), try Matrix.kron(c, d))
        let rhs = try Matrix.kron(try Matrix.matmul(a, c), try Matrix.matmul(b, d))
        #expect(approximatelyEqual(lhs, rhs, tolerance: 1e-12))
    }

    @Test func diagBuildsFromVectors() throws {
        // diag([1 2], 1) = [0 1 0; 0 0 2; 0 0 0]; diag([1; 2], -1) = [0 0 0; 1 0 0; 0 2 0]
        #expect(try Matrix.diag(Matrix(row: [1, 2]), k: 1) == M([[0, 1, 0], [0, 0, 2], [0, 0, 0]]))
        #expect(try Matrix.diag(Matrix(column: [1, 2]), k: -1) == M([[0, 0, 0], [1, 0, 0], [0, 2, 0]]))
        // diag(7) = 7; diag(7, 2) is 3x3 with 7 at (1, 3); diag([1 2 3], -5) is 8x8
        #expect(try Matrix.diag(Matrix(scalar: 7), k: 0) == Matrix(scalar: 7))
        #expect(try Matrix.diag(Matrix(scalar: 7), k: 2) == M([[0, 0, 7], [0, 0, 0], [0, 0, 0]]))
        let wide = try Matrix.diag(Matrix(row: [1, 2, 3]), k: -5)
        #expect(wide.shape == Shape(8, 8) && wide[5, 0] == 1 && wide[7, 2] == 3 && wide.sum().sum().scalar == 6)
        // diag([]) is 0x0, diag([], 1) is 0x0, diag(zeros(1,0)) is 0x0, diag(zeros(1,0), 1) = 0 (1x1)
        #expect(try Matrix.diag(.empty, k: 0).shape == Shape(0, 0))
        #expect(try Matrix.diag(.empty, k: 1).shape == Shape(0, 0))
        #expect(try Matrix.diag(Matrix(rows: 1, cols: 0), k: 0).shape == Shape(0, 0))
        #expect(try Matrix.diag(Matrix(rows: 1, cols: 0), k: 1) == Matrix(scalar: 0))
        #expect(throws: NumericError.self) { try Matrix.diag(Matrix(row: [1, 2]), k: Int.max) }
        #expect(throws: NumericError.self) { try Matrix.diag(Matrix(row: [1, 2]), k: Int.min) }
    }

    @Test func diagExtractsFromMatrices() throws {
        // diag([1 2; 3 4]) = [1; 4]; diag(.., 1) = 2; diag(.., 5) and diag(.., -5) are 0x1;
        // diag([1 2 3; 4 5 6], -1) = 4; diag(ones(2,3), 2) is 1x1; diag(ones(2,3), 3) is 0x1; diag(zeros(0,3)) is 0x1
        let a = M([[1, 2], [3, 4]])
        #expect(try Matrix.diag(a, k: 0) == Matrix(column: [1, 4]))
        #expect(try Matrix.diag(a, k: 1) == Matrix(scalar: 2))
        #expect(try Matrix.diag(a, k: 5).shape == Shape(0, 1))
        #expect(try Matrix.diag(a, k: -5).shape == Shape(0, 1))
        #expect(try Matrix.diag(M([[1, 2, 3], [4, 5, 6]]), k: -1) == Matrix(scalar: 4))
        #expect(try Matrix.diag(Matrix(rows: 2, cols: 3, repeating: 1), k: 2).shape == Shape(1, 1))
        #expect(try Matrix.diag(Matrix(rows: 2, cols: 3, repeating: 1), k: 3).shape == Shape(0, 1))
        #expect(try Matrix.diag(Matrix(rows: 0, cols: 3), k: 0).shape == Shape(0, 1))
    }

    @Test func diagRoundTrip() throws {
        let v = Matrix(row: [3, -1, 4, 1, 5])
        for k in -3...3 {
            #expect(try Matrix.diag(try Matrix.diag(v, k: k), k: k) == v.transposed)
        }
    }
}
