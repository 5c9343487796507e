/// A chain of element-wise operations — `tanh(Z + b)`, `d .* (1 - a.^2)` — computed in one
/// pass over the result instead of one pass, and one full-size matrix, per operation.
///
/// The result is cut into tiles of about `tile` elements (whole columns, or part of one
/// long column); each operation runs over a tile at a time into a small scratch buffer
/// that stays in the first-level cache, and the last writes the result's tile. So the
/// intermediates never exist as matrices, and every loop is still a plain vectorised loop
/// over a contiguous span. Each element goes through exactly the IEEE operations, in the
/// same order, as the separate kernels (`Matrix.arithmetic`, `map`) give it, so a chain
/// computes the same numbers as the operations one by one.
///
/// Operands may broadcast as Octave does against the result's shape: the same shape, a
/// scalar, a column (rows×1) or a row (1×cols).
public struct ElementChain: Sendable {
    /// A function applied to `count` contiguous elements: `out[t] = f(x[t])`. `out` never
    /// overlaps `x`.
    public typealias SpanFunction = @Sendable (_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) -> Void

    /// A function of two operands over `count` contiguous elements: `out[t] = f(x[t], y[t])`.
    public typealias SpanFunction2 =
        @Sendable (
            _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
        ) -> Void

    /// Where an operation reads an operand: one of the chain's input matrices, or the
    /// result of an earlier operation.
    public enum Operand: Sendable, Equatable {
        case input(Int)
        case step(Int)
    }

    public enum Operation: Sendable {
        case arithmetic(ArithmeticOperator, Operand, Operand)
        /// x·x, which is how `x.^2` is computed.
        case square(Operand)
        case negate(Operand)
        case function(SpanFunction, Operand)
        /// Any other two-operand operation (a comparison, `max`).
        case binary(SpanFunction2, Operand, Operand)
    }

    public let rows: Int
    public let cols: Int
    /// The operations in order; the last one's value is the chain's.
    public let operations: [Operation]
    /// How many input matrices `run` takes.
    public let inputCount: Int

    /// Elements per tile: eight 4 KiB scratch buffers fit a first-level cache.
    static let tile = 512
    /// Elements below which a chain stays on one core.
    static let grain = 1 << 15

    public init(rows: Int, cols: Int, operations: [Operation], inputCount: Int) {
        precondition(!operations.isEmpty, "a chain has at least one operation")
        self.rows = rows
        self.cols = cols
        self.operations = operations
        self.inputCount = inputCount
    }

    /// Whether an input of this shape broadcasts to a rows×cols result.
    public static func reads(_ input: Shape, into rows: Int, _ cols: Int) -> Bool {
        (input.rows == rows || input.rows == 1) && (input.cols == cols || input.cols == 1)
    }

    private enum Reading: UInt8 { case whole, scalar, column, row }

    /// Computes the chain on `inputs` into `out`, reusing `out`'s storage when it can
    /// (`Matrix.prepare`). Returns whether a new buffer was allocated. Nothing else is
    /// allocated on the heap: scratch space is on the stack.
    @discardableResult
    public func run(_ inputs: [Matrix], into out: inout Matrix) throws -> Bool {
        precondition(inputs.count == inputCount, "a chain takes \(inputCount) inputs")
        try Limits.check(rows: Double(rows), cols: Double(cols))
        for m in inputs where !ElementChain.reads(m.shape, into: rows, cols) {
            throw NumericError.invalid("internal: a \(m.shape.ascii) operand does not broadcast to \(Shape(rows, cols).ascii)")
        }
        let allocated = out.prepare(rows: rows, cols: cols)
        let count = rows * cols
        guard count > 0 else { return allocated }
        out.elements.withUnsafeMutableBufferPointer { result in
            let result = UncheckedSendable(result.baseAddress!)
            withUnsafeTemporaryAllocation(of: Input.self, capacity: Swift.max(1, inputCount)) { table in
                fill(table, from: inputs, 0) {
                    run(UncheckedSendable(UnsafeBufferPointer(table)), into: result)
                }
            }
        }
        return allocated
    }

    /// An input's elements and how they are read.
    private struct Input {
        var base: UnsafePointer<Double>
        var reading: Reading
    }

    /// Fills `table` with every input's base address, each valid while `body` runs.
    private func fill(_ table: UnsafeMutableBufferPointer<Input>, from inputs: [Matrix], _ k: Int, _ body: () -> Void) {
        if k == inputs.count { return body() }
        let m = inputs[k]
        let reading: Reading = m.rows == rows && m.cols == cols ? .whole : m.isScalar ? .scalar : m.cols == 1 ? .column : .row
        m.elements.withUnsafeBufferPointer { p in
            table[k] = Input(base: p.baseAddress!, reading: reading)
            fill(table, from: inputs, k + 1, body)
        }
    }

    private func run(_ table: UncheckedSendable<UnsafeBufferPointer<Input>>, into result: UncheckedSendable<UnsafeMutablePointer<Double>>) {
        let count = rows * cols, tile = ElementChain.tile
        // Tiles: a run of whole columns, or a piece of one column when columns are long.
        let columnsPerTile = rows >= tile ? 0 : tile / rows
        let piecesPerColumn = columnsPerTile == 0 ? (rows + tile - 1) / tile : 1
        let tiles = columnsPerTile == 0 ? cols * piecesPerColumn : (cols + columnsPerTile - 1) / columnsPerTile
        let capacity = columnsPerTile == 0 ? tile : columnsPerTile * rows
        let tileGrain = Swift.max(1, ElementChain.grain / Swift.min(count, capacity))
        let registers = inputCount + operations.count
        Parallel.forEachRange(tiles, grain: tileGrain) { part in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: registers * capacity) { scratch in
                withUnsafeTemporaryAllocation(of: UnsafePointer<Double>.self, capacity: Swift.max(1, inputCount)) { spans in
                    for t in part {
                        // The tile's columns j0..<j1 and rows i0..<i1: contiguous in storage.
                        let (j0, j1, i0, i1): (Int, Int, Int, Int)
                        if columnsPerTile == 0 {
                            let j = t / piecesPerColumn, piece = t % piecesPerColumn
                            (j0, j1, i0, i1) = (j, j + 1, piece * tile, Swift.min(rows, (piece + 1) * tile))
                        } else {
                            (j0, j1, i0, i1) = (t * columnsPerTile, Swift.min(cols, (t + 1) * columnsPerTile), 0, rows)
                        }
                        runTile(table.value, spans.baseAddress!, scratch.baseAddress!, capacity, result.value, j0, j1, i0, i1)
                    }
                }
            }
        }
    }

    private func runTile(
        _ table: UnsafeBufferPointer<Input>, _ spans: UnsafeMutablePointer<UnsafePointer<Double>>,
        _ scratch: UnsafeMutablePointer<Double>, _ capacity: Int,
        _ result: UnsafeMutablePointer<Double>, _ j0: Int, _ j1: Int, _ i0: Int, _ i1: Int
    ) {
        let start = j0 * rows + i0
        let length = (j1 - j0) * (i1 - i0)
        let height = i1 - i0
        // Each input as a contiguous span of the tile: read in place when it is, copied
        // into its scratch buffer when it broadcasts.
        for k in 0..<inputCount {
            let register = scratch + k * capacity, source = table[k].base
            switch table[k].reading {
            case .whole:
                spans[k] = source + start
            case .scalar:
                register.update(repeating: source[0], count: length)
                spans[k] = UnsafePointer(register)
            case .column:
                if j1 - j0 == 1 {
                    spans[k] = source + i0
                } else {
                    for c in 0..<(j1 - j0) { (register + c * height).update(from: source + i0, count: height) }
                    spans[k] = UnsafePointer(register)
                }
            case .row:
                for c in 0..<(j1 - j0) { (register + c * height).update(repeating: source[j0 + c], count: height) }
                spans[k] = UnsafePointer(register)
            }
        }
        func span(_ o: Operand) -> UnsafePointer<Double> {
            switch o {
            case .input(let k): return spans[k]
            case .step(let s): return UnsafePointer(scratch + (inputCount + s) * capacity)
            }
        }
        for (s, operation) in operations.enumerated() {
            let target = s == operations.count - 1 ? result + start : scratch + (inputCount + s) * capacity
            switch operation {
            case .arithmetic(let op, let a, let b):
                let x = span(a), y = span(b)
                switch op {
                case .add: ElementChain.combine(AddKernel.self, x, y, target, length)
                case .subtract: ElementChain.combine(SubtractKernel.self, x, y, target, length)
                case .multiply: ElementChain.combine(MultiplyKernel.self, x, y, target, length)
                case .divide: ElementChain.combine(DivideKernel.self, x, y, target, length)
                }
            case .square(let a):
                let x = span(a)
                ElementChain.combine(MultiplyKernel.self, x, x, target, length)
            case .negate(let a):
                ElementChain.negate(span(a), target, length)
            case .function(let f, let a):
                f(span(a), target, length)
            case .binary(let f, let a, let b):
                f(span(a), span(b), target, length)
            }
        }
    }

    // Functions of their own, generic over the operation, so each loop is specialised
    // and vectorised.
    @inline(never)
    private static func combine<K: BinaryKernel>(
        _: K.Type, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int
    ) {
        for t in 0..<n { out[t] = K.apply(x[t], y[t]) }
    }

    @inline(never)
    private static func negate(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
        for t in 0..<n { out[t] = -x[t] }
    }
}
