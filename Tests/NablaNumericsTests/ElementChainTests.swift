import Testing
import NablaNumerics

/// A fused chain against the same operations one at a time, and the kernels that write
/// into a kept buffer against their allocating twins: the same numbers, bit for bit, and
/// no buffer allocated when one can be reused.
@Suite struct ElementChainTests {
    /// Bit-for-bit equality (NaN payloads aside): fusion must not change a single rounding.
    func identical(_ a: Matrix, _ b: Matrix) -> Bool {
        a.shape == b.shape && zip(a.elements, b.elements).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    static let tanhSpan: ElementChain.SpanFunction = { x, out, n in for t in 0..<n { out[t] = VectorMath.tanh(x[t]) } }

    static let maxSpan: ElementChain.SpanFunction2 = { x, y, out, n in for t in 0..<n { out[t] = Swift.max(x[t], y[t]) } }

    /// A random chain over `shape`: its operations, its inputs, and the value the
    /// operations give one at a time through `Matrix.arithmetic` and `map`.
    struct Case {
        var chain: ElementChain
        var inputs: [Matrix]
        var expected: Matrix
    }

    static func randomCase(rows: Int, cols: Int, _ source: RandomSource, _ generator: inout SeededBits) throws -> Case {
        var inputs: [Matrix] = []
        var operations: [ElementChain.Operation] = []
        var values: [Matrix] = []
        // An input of a random broadcasting shape, with some NaN, Inf and zeros mixed in.
        func input() throws -> (ElementChain.Operand, Matrix) {
            let shapes = [(rows, cols), (1, 1), (rows, 1), (1, cols)]
            let (r, c) = shapes[generator.next(below: shapes.count)]
            var m = try source.normal(rows: r, cols: c)
            for k in m.elements.indices where generator.next(below: 40) == 0 {
                m.elements[k] = [Double.nan, .infinity, -.infinity, 0, -0.0][generator.next(below: 5)]
            }
            inputs.append(m)
            return (.input(inputs.count - 1), m)
        }
        func operand() throws -> (ElementChain.Operand, Matrix) {
            if !values.isEmpty, generator.next(below: 3) > 0 {
                let s = generator.next(below: values.count)
                return (.step(s), values[s])
            }
            return try input()
        }
        let length = 1 + generator.next(below: 6)
        for _ in 0..<length {
            let (a, x) = try operand()
            let value: Matrix
            switch generator.next(below: 8) {
            case 0, 1, 2, 3:
                let ops: [ArithmeticOperator] = [.add, .subtract, .multiply, .divide]
                let op = ops[generator.next(below: 4)]
                let (b, y) = try operand()
                let (first, second, u, v) = generator.next(below: 2) == 0 ? (a, b, x, y) : (b, a, y, x)
                operations.append(.arithmetic(op, first, second))
                value = try Matrix.arithmetic(op, u, v)
            case 4:
                operations.append(.square(a))
                value = try Matrix.arithmetic(.multiply, x, x)
            case 5:
                operations.append(.negate(a))
                value = -x
            case 6:
                let (b, y) = try operand()
                operations.append(.binary(ElementChainTests.maxSpan, a, b))
                value = try Matrix.broadcast(x, y, op: "max") { Swift.max($0, $1) }
            default:
                operations.append(.function(tanhSpan, a))
                value = x.map { VectorMath.tanh($0) }
            }
            values.append(value)
        }
        // The chain's value has the result's shape: broadcast the last value to it.
        var expected = values[values.count - 1]
        if expected.shape != Shape(rows, cols) {
            let (z, zm) = try input()
            operations.append(.arithmetic(.add, .step(values.count - 1), z))
            expected = try Matrix.arithmetic(.add, expected, zm)
        }
        if expected.shape != Shape(rows, cols) {
            // Both broadcast along the same side: add a whole matrix.
            let whole = try source.normal(rows: rows, cols: cols)
            inputs.append(whole)
            operations.append(.arithmetic(.add, .step(operations.count - 1), .input(inputs.count - 1)))
            expected = try Matrix.arithmetic(.add, expected, whole)
        }
        return Case(
            chain: ElementChain(rows: rows, cols: cols, operations: operations, inputCount: inputs.count),
            inputs: inputs, expected: expected)
    }

    /// Shapes around the tile size (512) and the split across cores (2¹⁵ elements).
    static let shapes = [(1, 1), (3, 1), (1, 7), (64, 300), (3, 300), (511, 3), (512, 2), (513, 3), (1100, 2), (256, 200), (40_000, 1)]

    @Test func aFusedChainComputesWhatItsOperationsComputeOneByOne() throws {
        let source = RandomSource(seed: 2024)
        var generator = SeededBits(seed: 7)
        for (rows, cols) in ElementChainTests.shapes {
            for _ in 0..<25 {
                let c = try ElementChainTests.randomCase(rows: rows, cols: cols, source, &generator)
                var out = Matrix.empty
                try c.chain.run(c.inputs, into: &out)
                #expect(identical(out, c.expected), "\(rows)×\(cols), \(c.chain.operations.count) operations")
            }
        }
    }

    @Test func aSecondRunReusesTheBufferAndAnUnsharedResultIsNeverOverwritten() throws {
        let source = RandomSource(seed: 5)
        var generator = SeededBits(seed: 9)
        let c = try ElementChainTests.randomCase(rows: 64, cols: 300, source, &generator)
        var out = Matrix.empty
        #expect(try c.chain.run(c.inputs, into: &out))
        #expect(try !c.chain.run(c.inputs, into: &out))
        // A result someone else still holds is left alone: the run takes a new buffer.
        let kept = out
        #expect(try c.chain.run(c.inputs, into: &out))
        #expect(identical(kept, c.expected) && identical(out, c.expected))
    }

    @Test func productsIntoAKeptBufferMatchTheAllocatingProducts() throws {
        let source = RandomSource(seed: 3)
        // Shapes of a network's forward and backward products, transposed either side,
        // the matrix-vector path, a product split across cores, and an empty inner size.
        let cases: [(Int, Int, Int, Bool, Bool)] = [
            (64, 2, 300, false, false), (3, 64, 300, false, false), (64, 3, 300, true, false),
            (64, 300, 2, false, true), (3, 300, 64, false, true), (256, 64, 512, false, false),
            (7, 5, 1, false, false), (1, 5, 7, false, false), (4, 0, 6, false, false)
        ]
        for (m, k, n, ta, tb) in cases {
            let a = try source.normal(rows: ta ? k : m, cols: ta ? m : k)
            let b = try source.normal(rows: tb ? n : k, cols: tb ? k : n)
            let expected = try Matrix.interruptibleMatmul(a, transposingLeft: ta, b, transposingRight: tb)
            var out = Matrix.empty
            #expect(try Matrix.interruptibleMatmul(into: &out, a, transposingLeft: ta, b, transposingRight: tb))
            #expect(identical(out, expected), "\(m)×\(k)·\(k)×\(n)")
            #expect(try !Matrix.interruptibleMatmul(into: &out, a, transposingLeft: ta, b, transposingRight: tb))
            #expect(identical(out, expected))
        }
    }

    @Test func sumsIntoAKeptBufferMatchSum() throws {
        let source = RandomSource(seed: 4)
        for (rows, cols) in [(64, 300), (3, 1), (1, 9), (513, 7)] {
            let x = try source.normal(rows: rows, cols: cols)
            for dim in [1, 2, 3] {
                var out = Matrix.empty
                Matrix.sum(x, dim: dim, into: &out)
                #expect(identical(out, x.sum(dim: dim)))
                let again = Matrix.sum(x, dim: dim, into: &out)
                #expect(identical(out, x.sum(dim: dim)) && again == (dim == 3))
            }
        }
    }

    @Test func anOperandThatDoesNotBroadcastIsRefused() {
        let chain = ElementChain(rows: 3, cols: 4, operations: [.negate(.input(0))], inputCount: 1)
        var out = Matrix.empty
        #expect(throws: NumericError.self) { try chain.run([Matrix(rows: 2, cols: 4)], into: &out) }
    }
}

/// A small reproducible generator of choices (SplitMix64), independent of the library's
/// random source so that choices and values do not disturb each other.
struct SeededBits {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }
}
