import Testing
import NablaNumerics

@Suite struct MagicTests {
    @Test func smallSquaresMatchOctave() throws {
        #expect(try Matrix.magic(0).shape == Shape(0, 0))
        #expect(try Matrix.magic(-3).shape == Shape(0, 0))
        #expect(try Matrix.magic(1) == Matrix(scalar: 1))
        #expect(try Matrix.magic(2) == M([[4, 3], [1, 2]]))
        #expect(try Matrix.magic(3) == M([[8, 1, 6], [3, 5, 7], [4, 9, 2]]))
        #expect(try Matrix.magic(4) == M([[16, 2, 3, 13], [5, 11, 10, 8], [9, 7, 6, 12], [4, 14, 15, 1]]))
        #expect(
            try Matrix.magic(5)
                == M([
                    [17, 24, 1, 8, 15], [23, 5, 7, 14, 16], [4, 6, 13, 20, 22],
                    [10, 12, 19, 21, 3], [11, 18, 25, 2, 9]
                ]))
        #expect(
            try Matrix.magic(6)
                == M([
                    [35, 1, 6, 26, 19, 24], [3, 32, 7, 21, 23, 25], [31, 9, 2, 22, 27, 20],
                    [8, 28, 33, 17, 10, 15], [30, 5, 34, 12, 14, 16], [4, 36, 29, 13, 18, 11]
                ]))
        #expect(
            try Matrix.magic(10)
                == M([
                    [92, 99, 1, 8, 15, 67, 74, 51, 58, 40], [98, 80, 7, 14, 16, 73, 55, 57, 64, 41],
                    [4, 81, 88, 20, 22, 54, 56, 63, 70, 47], [85, 87, 19, 21, 3, 60, 62, 69, 71, 28],
                    [86, 93, 25, 2, 9, 61, 68, 75, 52, 34], [17, 24, 76, 83, 90, 42, 49, 26, 33, 65],
                    [23, 5, 82, 89, 91, 48, 30, 32, 39, 66], [79, 6, 13, 95, 97, 29, 31, 38, 45, 72],
                    [10, 12, 94, 96, 78, 35, 37, 44, 46, 53], [11, 18, 100, 77, 84, 36, 43, 50, 27, 59]
                ]))
    }

    /// Octave: `sum(A(:) .* ((1:n^2).^2)')` for A = magic(n), n = 1…14. The squared
    /// weights make the checksum depend on where every number sits.
    @Test func positionChecksumsMatchOctave() throws {
        let octave: [Double] = [
            1, 67, 1425, 12716, 71825, 297381, 1010625, 2906800, 7398081,
            17115425, 36469521, 72914700, 137975825, 249868885
        ]
        for n in 1...14 {
            let a = try Matrix.magic(n)
            var checksum = 0.0
            for (k, x) in a.elements.enumerated() { checksum += x * Double((k + 1) * (k + 1)) }
            #expect(checksum == octave[n - 1], "magic(\(n))")
        }
    }

    @Test func allLinesSumToTheMagicConstant() throws {
        for n in 3...12 {
            let a = try Matrix.magic(n)
            let constant = Double(n * (n * n + 1) / 2)
            #expect(a.sum(dim: 1) == Matrix(rows: 1, cols: n, repeating: constant))
            #expect(a.sum(dim: 2) == Matrix(rows: n, cols: 1, repeating: constant))
            #expect(try Matrix.diag(a, k: 0).sum().scalar == constant)
            var anti = 0.0
            for i in 0..<n { anti += a[i, n - 1 - i] }
            #expect(anti == constant)
            #expect(a.sorted(dim: 1, descending: false).values.elements.count == n * n)
            #expect(a.elements.sorted() == (1...(n * n)).map(Double.init))
        }
    }

    @Test func refusesHugeSizes() {
        #expect(throws: NumericError.self) { try Matrix.magic(1 << 20) }
    }
}
