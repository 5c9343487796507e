import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaTestSupport

/// The fast element kernels against the slow, obvious definitions they replace.
@Suite struct ElementKernelTests {
    /// Distance in units in the last place of `reference`.
    func ulps(_ x: Double, from reference: Double) -> Double {
        if x == reference || (x.isNaN && reference.isNaN) { return 0 }
        return (x - reference).magnitude / reference.ulp
    }

    @Test func tanhStaysWithinFourUlpOfTheCLibrary() throws {
        let source = RandomSource(seed: 11)
        var inputs = try source.uniform(rows: 200_000, cols: 1).elements.map { 50 * $0 - 25 }
        // Every scale from the subnormals up, where the two formulas' branches meet.
        var x = Double.leastNonzeroMagnitude
        while x < 1e3 {
            inputs += [x, -x, x.nextUp, 0.34657359027997264, 0.6931471805599453, 19.999, 20, 20.001]
            x = Swift.max(x * 1.37, x.nextUp.nextUp)
        }
        var worst = 0.0, worstAt = 0.0
        for x in inputs {
            let d = ulps(VectorMath.tanh(x), from: tanh(x))
            if d > worst { (worst, worstAt) = (d, x) }
        }
        #expect(worst <= 4, "tanh(\(worstAt)) is \(worst) ulp from the C library's")
    }

    @Test func tanhOverArraysIsTheScalarTanhBitForBitAtEveryWidthThisCPURuns() throws {
        let source = RandomSource(seed: 12)
        var inputs = try source.uniform(rows: 5000, cols: 1).elements.map { 60 * $0 - 30 }
        inputs += [
            0, -0.0, .infinity, -.infinity, .nan, -.nan, Double.leastNonzeroMagnitude, -Double.leastNormalMagnitude,
            19.999, 20, 20.001, 0.34657359027997264, 1e-300, -1e300, .greatestFiniteMagnitude
        ]
        let expected = inputs.map { VectorMath.tanh($0) }
        for width in VectorMath.Width.allCases where width <= VectorMath.widest {
            // Every length up to a few vectors, so each variant's remainder loop runs too.
            for count in [inputs.count, 1, 3, 7, 8, 9, 17] {
                var out = [Double](repeating: 7, count: count)
                inputs.withUnsafeBufferPointer { x in
                    out.withUnsafeMutableBufferPointer { o in VectorMath.tanh(x.baseAddress!, o.baseAddress!, count, width: width) }
                }
                let same = zip(out, expected.prefix(count)).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
                #expect(same, "\(width), \(count) elements")
            }
        }
    }

    @Test func tanhKeepsSignsInfinitiesAndNaN() {
        #expect(VectorMath.tanh(0).sign == .plus && VectorMath.tanh(0) == 0)
        #expect(VectorMath.tanh(-0.0).sign == .minus && VectorMath.tanh(-0.0) == 0)
        #expect(VectorMath.tanh(.infinity) == 1)
        #expect(VectorMath.tanh(-.infinity) == -1)
        #expect(VectorMath.tanh(-1e300) == -1)
        #expect(VectorMath.tanh(.nan).isNaN)
        #expect(VectorMath.tanh(-Double.leastNonzeroMagnitude) == -Double.leastNonzeroMagnitude)
    }

    /// Each broadcast the operators have a loop for, and the ones they hand on, give exactly
    /// what the generic element-by-element definition gives.
    @Test(arguments: [
        (Shape(3, 4), Shape(3, 4)), (Shape(3, 4), Shape(1, 1)), (Shape(1, 1), Shape(3, 4)),
        (Shape(3, 4), Shape(3, 1)), (Shape(3, 1), Shape(3, 4)), (Shape(3, 4), Shape(1, 4)),
        (Shape(1, 4), Shape(3, 4)), (Shape(3, 1), Shape(1, 4)), (Shape(1, 1), Shape(1, 1)),
        (Shape(0, 3), Shape(1, 1)), (Shape(1, 3), Shape(1, 3))
    ])
    func arithmeticMatchesTheGenericBroadcast(shapes: (Shape, Shape)) throws {
        let source = RandomSource(seed: 5)
        let a = try source.normal(rows: shapes.0.rows, cols: shapes.0.cols)
        var b = try source.normal(rows: shapes.1.rows, cols: shapes.1.cols)
        if b.count > 0 { b[linear: 0] = 0 }  // a division by zero, and -0 products
        let cases: [(ArithmeticOperator, (Double, Double) -> Double)] = [
            (.add, { $0 + $1 }), (.subtract, { $0 - $1 }), (.multiply, { $0 * $1 }), (.divide, { $0 / $1 })
        ]
        for (op, f) in cases {
            let fast = try Matrix.arithmetic(op, a, b)
            let slow = try Matrix.broadcast(a, b, op: "op", f)
            #expect(fast.shape == slow.shape)
            #expect(zip(fast.elements, slow.elements).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(op) on \(shapes)")
        }
    }

    @Test func arithmeticRejectsShapesThatDoNotBroadcast() {
        #expect(throws: NumericError.self) { try Matrix.arithmetic(.add, Matrix(rows: 2, cols: 3), Matrix(rows: 3, cols: 2)) }
    }

    @Test func sumsAddInStorageOrder() throws {
        // 1e16 + 1 + 1 … loses each 1 when added in order; a pairwise sum would not.
        let m = Matrix(rowMajor: [[1e16, 1, 1, 1], [1, 2, 3, 4]])
        #expect(m.sum(dim: 2) == Matrix(column: [1e16, 10]))
        #expect(m.transposed.sum(dim: 1) == Matrix(row: [1e16, 10]))
        // Columns are summed four at a time, each still top to bottom.
        let columns: [[Double]] = [
            [1e16, 1, 1, 1], [1, 1, 1, 1e16], [2, 3, 4, 5], [-1e16, 1, 1e16, 1],
            [1e16, 1, 1, 1], [0.1, 0.2, 0.3, 0.4], [1, 1, 1e16, 1]
        ]
        let wide = Matrix(rows: 4, cols: 7, elements: columns.flatMap { $0 })
        let expected = columns.map { $0.reduce(0, +) }
        #expect(wide.sum(dim: 1) == Matrix(row: expected))
        #expect(expected[0] == 1e16 && expected[1] == 1e16 + 4)
    }

    /// A product with a transposed operand is the product with the transpose formed first.
    @Test func transposedProductsNeedNoCopy() throws {
        let source = RandomSource(seed: 3)
        let a = try source.normal(rows: 7, cols: 5), b = try source.normal(rows: 7, cols: 4)
        let c = try source.normal(rows: 6, cols: 5), d = try source.normal(rows: 3, cols: 7)
        let v = try source.normal(rows: 7, cols: 1)
        #expect(
            approximatelyEqual(
                try Matrix.interruptibleMatmul(a, transposingLeft: true, b),
                try Matrix.matmul(a.transposed, b)))
        #expect(
            approximatelyEqual(
                try Matrix.interruptibleMatmul(a, c, transposingRight: true),
                try Matrix.matmul(a, c.transposed)))
        #expect(
            approximatelyEqual(
                try Matrix.interruptibleMatmul(b, transposingLeft: true, d, transposingRight: true),
                try Matrix.matmul(b.transposed, d.transposed)))
        #expect(
            approximatelyEqual(
                try Matrix.interruptibleMatmul(v, transposingLeft: true, b),
                try Matrix.matmul(v.transposed, b)))
        #expect(throws: NumericError.self) { try Matrix.interruptibleMatmul(a, b, transposingRight: true) }
    }

    // Large enough to be split across cores (when the machine has several); each element
    // must still be exactly what the one-element definition gives.

    enum TanhKernel: ElementKernel {
        static func apply(_ x: Double) -> Double { VectorMath.tanh(x) }
    }

    @Test func largeMapsAreSplitWithoutChangingAnElement() throws {
        let a = try RandomSource(seed: 8).normal(rows: 700, cols: 500)
        let fast = a.map(TanhKernel.self)
        #expect(fast.shape == a.shape)
        #expect(zip(fast.elements, a.elements).allSatisfy { $0.bitPattern == VectorMath.tanh($1).bitPattern })
    }

    @Test(arguments: [Shape(700, 500), Shape(700, 1), Shape(1, 500), Shape(1, 1)])
    func largeArithmeticIsSplitWithoutChangingAnElement(other: Shape) throws {
        let source = RandomSource(seed: 9)
        let a = try source.normal(rows: 700, cols: 500), b = try source.normal(rows: other.rows, cols: other.cols)
        for (x, y) in [(a, b), (b, a)] {
            let fast = try Matrix.arithmetic(.divide, x, y)
            let slow = try Matrix.broadcast(x, y, op: "./") { $0 / $1 }
            #expect(fast.shape == slow.shape)
            #expect(zip(fast.elements, slow.elements).allSatisfy { $0.bitPattern == $1.bitPattern })
        }
    }

    /// Large products are split into blocks of rows or columns; each block must land in
    /// its place, and the same product must give the same bits every time.
    @Test(arguments: [(300, 90, 80), (90, 300, 80), (7, 2000, 150), (2000, 7, 150)])
    func largeProductsAreSplitIntoTheRightPlaces(size: (m: Int, n: Int, k: Int)) throws {
        let source = RandomSource(seed: 10)
        let a = try source.normal(rows: size.m, cols: size.k), b = try source.normal(rows: size.k, cols: size.n)
        var naive = Matrix(rows: size.m, cols: size.n)
        for j in 0..<size.n {
            for i in 0..<size.m {
                var sum = 0.0
                for p in 0..<size.k { sum += a[i, p] * b[p, j] }
                naive[i, j] = sum
            }
        }
        let product = try Matrix.interruptibleMatmul(a, b)
        #expect(approximatelyEqual(product, naive, tolerance: 1e-12))
        #expect(try Matrix.interruptibleMatmul(a, b) == product)
        #expect(approximatelyEqual(try Matrix.interruptibleMatmul(a.transposed, transposingLeft: true, b), naive))
        #expect(approximatelyEqual(try Matrix.interruptibleMatmul(a, b.transposed, transposingRight: true), naive))
        #expect(approximatelyEqual(try Matrix.matmul(a, b), naive))
    }
}
