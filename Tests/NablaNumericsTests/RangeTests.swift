import Testing
import NablaNumerics

@Suite struct RangeTests {
    @Test func elementsMatchOctaveBitForBit() throws {
        // 0:0.1:1 in Octave 7.3
        #expect(
            try Matrix.range(0, 0.1, 1)
                == Matrix(row: [
                    0, 0.10000000000000001, 0.20000000000000001, 0.30000000000000004,
                    0.40000000000000002, 0.5, 0.60000000000000009, 0.70000000000000007,
                    0.80000000000000004, 0.90000000000000002, 1
                ]))
        // 0:0.1:0.3 ends at exactly 0.3 (the last element is clipped to the limit)
        #expect(try Matrix.range(0, 0.1, 0.3) == Matrix(row: [0, 0.10000000000000001, 0.20000000000000001, 0.29999999999999999]))
        // -0.3:0.1:0 = [-0.29999999999999999 -0.19999999999999998 -0.099999999999999978 0]
        #expect(try Matrix.range(-0.3, 0.1, 0) == Matrix(row: [-0.29999999999999999, -0.19999999999999998, -0.099999999999999978, 0]))
        // 0.1:0.1:0.5
        #expect(
            try Matrix.range(0.1, 0.1, 0.5)
                == Matrix(row: [
                    0.10000000000000001, 0.20000000000000001, 0.30000000000000004,
                    0.40000000000000002, 0.5
                ]))
        #expect(try Matrix.range(1, 0.5, 3) == Matrix(row: [1, 1.5, 2, 2.5, 3]))
        #expect(try Matrix.range(10, -2.5, 0) == Matrix(row: [10, 7.5, 5, 2.5, 0]))
        #expect(try Matrix.range(0, -1, -3) == Matrix(row: [0, -1, -2, -3]))
        #expect(try Matrix.range(1, 1, 3.5) == Matrix(row: [1, 2, 3]))
        // 1e16:1:1e16+3 = [1e16 1e16 10000000000000002 10000000000000004 10000000000000004]
        #expect(try Matrix.range(1e16, 1, 1e16 + 3) == Matrix(row: [1e16, 1e16, 10000000000000002, 10000000000000004, 10000000000000004]))
    }

    @Test func countsUseTheTolerance() throws {
        // numel(0:0.1:2.9999999999) = 30, numel(0:1e-17:1e-16) = 11, numel(0:1/3:1) = 4,
        // numel(0:0.1:0.30000000000000004) = 4, 0:0.1:0.2999999999999 has 3
        #expect(try Matrix.range(0, 0.1, 2.9999999999).count == 30)
        #expect(try Matrix.range(0, 1e-17, 1e-16).count == 11)
        #expect(try Matrix.range(0, 1.0 / 3, 1).count == 4)
        #expect(try Matrix.range(0, 0.1, 0.30000000000000004).count == 4)
        #expect(try Matrix.range(0, 0.1, 0.2999999999999).count == 3)
    }

    @Test func emptyAndDegenerateRanges() throws {
        // 1:0 is 1x0; 1:0:5 is 1x0; 0:-1:0 = 0; 5:-1:5 = 5; -0:1:0 = -0; 1:-1:Inf and 1:Inf:-5 are 1x0
        #expect(try Matrix.range(1, 1, 0).shape == Shape(1, 0))
        #expect(try Matrix.range(1, 0, 5).shape == Shape(1, 0))
        #expect(try Matrix.range(0, -1, 0) == Matrix(scalar: 0))
        #expect(try Matrix.range(5, -1, 5) == Matrix(scalar: 5))
        #expect(try Matrix.range(-0.0, 1, 0).scalar.sign == .minus)
        #expect(try Matrix.range(1, -1, .infinity).shape == Shape(1, 0))
        #expect(try Matrix.range(1, .infinity, -5).shape == Shape(1, 0))
        // 1:Inf:5 = 1, 5:-Inf:1 = 5; NaN anywhere gives NaN
        #expect(try Matrix.range(1, .infinity, 5) == Matrix(scalar: 1))
        #expect(try Matrix.range(5, -.infinity, 1) == Matrix(scalar: 5))
        #expect(try Matrix.range(1, .nan, 5).scalar.isNaN)
        #expect(try Matrix.range(.nan, 1, 5).scalar.isNaN)
        #expect(try Matrix.range(1, 1, .nan).scalar.isNaN)
    }

    @Test func hugeRangesAreRefused() {
        // Octave: 1:Inf → "range with infinite number of elements cannot be stored"
        #expect(throws: NumericError.invalid("range with infinite number of elements cannot be stored")) {
            try Matrix.range(1, 1, .infinity)
        }
        #expect(throws: NumericError.self) { try Matrix.range(1, 1, 1e12) }
        #expect(throws: NumericError.self) { try Matrix.range(0, 1e-300, 1) }
    }

    @Test func integerRangesAreExactAndEvenlySpaced() throws {
        let source = RandomSource(seed: 13)
        for _ in 0..<50 {
            let v = try source.randi(100, 1, 3).elements
            let a = v[0] - 50, s = v[1] / 10, b = v[2]
            let r = try Matrix.range(a, s, b)
            let expected = b >= a ? Int(((b - a) / s + 1e-10).rounded(.down)) + 1 : 0
            #expect(r.count == expected)
            if let last = r.elements.last { #expect(last <= b + 1e-12) }
        }
    }
}
