#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

extension Matrix {
    /// The matrix product, through BLAS (`dgemm`, or `dgemv` when one side is a vector).
    /// A scalar operand scales the other, as in Octave.
    public static func matmul(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        try product(a, transposed: false, b, transposed: false, interruptible: false)
    }

    /// `aᵀ b` without forming the transpose, for backprop (`W2ᵀ δ2`).
    public static func matmul(transposingLeft a: Matrix, _ b: Matrix) throws -> Matrix {
        try product(a, transposed: true, b, transposed: false, interruptible: false)
    }

    /// `a bᵀ` without forming the transpose (`δ xᵀ`).
    public static func matmul(_ a: Matrix, transposingRight b: Matrix) throws -> Matrix {
        try product(a, transposed: false, b, transposed: true, interruptible: false)
    }

    /// Multiply-adds one BLAS call may do before Ctrl-C is looked at again: about a tenth
    /// of a second on one core.
    static let interruptibleWork = 1 << 28

    /// The product of `a` (or `aᵀ`) and `b` (or `bᵀ`), stoppable: a product bigger than
    /// `interruptibleWork` runs as several BLAS calls on blocks of the result's columns,
    /// which are contiguous in column-major storage, and checks `Interrupt` between blocks.
    /// Throws `Interrupted` when asked to stop. A transposed operand goes to BLAS with the
    /// transpose flag (as Octave does for `A'*B`), never copied.
    public static func interruptibleMatmul(
        _ a: Matrix, transposingLeft ta: Bool = false, _ b: Matrix, transposingRight tb: Bool = false
    ) throws -> Matrix {
        try product(a, transposed: ta, b, transposed: tb, interruptible: true)
    }

    private static func product(
        _ a: Matrix, transposed ta: Bool, _ b: Matrix, transposed tb: Bool, interruptible: Bool
    ) throws -> Matrix {
        if a.isScalar || b.isScalar { return scaled(a, ta, b, tb) }
        let (m, n) = try productShape(a, ta, b, tb)
        if m == 0 || n == 0 { return Matrix(rows: m, cols: n) }
        // BLAS writes every entry (beta = 0), so the buffer is not zero-filled first.
        let c = try [Double](unsafeUninitializedCapacity: m * n) { pc, initialized in
            initialized = m * n
            try multiply(a, ta, b, tb, into: pc, m: m, n: n, interruptible: interruptible)
        }
        return Matrix(rows: m, cols: n, elements: c)
    }

    /// `op(a) op(b)` written into `c`, reusing its storage when it already has the
    /// product's size and is not shared (`prepare`); the same BLAS calls, blocks and
    /// Ctrl-C checks as `interruptibleMatmul`, so the same numbers. Returns whether a new
    /// buffer had to be allocated.
    @discardableResult
    public static func interruptibleMatmul(
        into c: inout Matrix, _ a: Matrix, transposingLeft ta: Bool = false, _ b: Matrix, transposingRight tb: Bool = false
    ) throws -> Bool {
        if a.isScalar || b.isScalar {
            c = scaled(a, ta, b, tb)
            return true
        }
        let (m, n) = try productShape(a, ta, b, tb)
        let allocated = c.prepare(rows: m, cols: n)
        if m == 0 || n == 0 { return allocated }
        try c.elements.withUnsafeMutableBufferPointer { pc in
            try multiply(a, ta, b, tb, into: pc, m: m, n: n, interruptible: true)
        }
        return allocated
    }

    /// A product with a 1×1 operand: the other operand scaled, as in Octave.
    private static func scaled(_ a: Matrix, _ ta: Bool, _ b: Matrix, _ tb: Bool) -> Matrix {
        let a = ta ? a.transposed : a, b = tb ? b.transposed : b
        return a.isScalar ? a.elements[0] * b : b.elements[0] * a
    }

    /// The m×n size of `op(a) op(b)`, or the nonconformant error Octave gives.
    private static func productShape(_ a: Matrix, _ ta: Bool, _ b: Matrix, _ tb: Bool) throws -> (Int, Int) {
        let m = ta ? a.cols : a.rows
        let k = ta ? a.rows : a.cols
        let n = tb ? b.rows : b.cols
        guard k == (tb ? b.cols : b.rows) else {
            throw NumericError.nonconformant(op: "*", ta ? a.shape.transposed : a.shape, tb ? b.shape.transposed : b.shape)
        }
        // An outer product of two modest vectors can ask for more than memory holds.
        try Limits.check(rows: Double(m), cols: Double(n))
        return (m, n)
    }

    /// Writes `op(a) op(b)` (m×n, neither operand a scalar) into `pc`, every entry.
    private static func multiply(
        _ a: Matrix, _ ta: Bool, _ b: Matrix, _ tb: Bool, into pc: UnsafeMutableBufferPointer<Double>,
        m: Int, n: Int, interruptible: Bool
    ) throws {
        let k = ta ? a.rows : a.cols
        if k == 0 {
            pc.update(repeating: 0)
            return
        }
        let work = Double(m) * Double(n) * Double(k)
        let block = interruptible && work > Double(interruptibleWork) ? Swift.max(1, interruptibleWork / (m * k)) : n
        try a.elements.withUnsafeBufferPointer { pa in
            try b.elements.withUnsafeBufferPointer { pb in
                if !ta && !tb && (n == 1 || m == 1) {
                    _ = BLASKernel.ready
                    gemv(pa, m: m, k: k, pb, n: n, pc)
                    return
                }
                guard let pa = pa.baseAddress, let pb = pb.baseAddress, let pc = pc.baseAddress else { return }
                var start = 0
                while start < n {
                    if interruptible { try Interrupt.check() }
                    let width = Swift.min(block, n - start)
                    // Columns start… of op(B): columns of B, or rows of B when transposed.
                    gemm(
                        pa, ta, lda: a.rows, pb + (tb ? start : start * b.rows), tb, ldb: b.rows,
                        pc + start * m, m: m, n: width, k: k)
                    start += width
                }
                if interruptible && block < n { try Interrupt.check() }
            }
        }
    }

    /// Products with at least this many multiply-adds are split across cores.
    static let parallelWork = 1 << 20

    /// C = op(A) op(B) for an m×n C, one BLAS call per core: large products are split into
    /// blocks of C's columns (or rows, when C is tall), each a product of its own. BLAS
    /// itself runs single-threaded: its own threads are slower than this on the narrow
    /// products a network makes (10×4096 · 4096×256 takes 2.5× longer on two of them),
    /// and they busy-wait between calls, taking time from the element-wise work.
    private static func gemm(
        _ pa: UnsafePointer<Double>, _ ta: Bool, lda: Int, _ pb: UnsafePointer<Double>, _ tb: Bool, ldb: Int,
        _ pc: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int
    ) {
        _ = BLASKernel.ready
        let ldc = m
        // The block of C with `rows` rows and `cols` columns starting at c.
        func block(
            _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
            rows: Int, cols: Int
        ) {
            cblas_dgemm(
                CblasColMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                Int32(rows), Int32(cols), Int32(k), 1, a, Int32(lda), b, Int32(ldb), 0, c, Int32(ldc))
        }
        if m * n * k < parallelWork {
            block(pa, pb, pc, rows: m, cols: n)
        } else if n >= m {
            Parallel.forEachRange(n, grain: 8) { cols in
                let j = cols.lowerBound
                block(pa, pb + (tb ? j : j * ldb), pc + j * ldc, rows: m, cols: cols.count)
            }
        } else {
            Parallel.forEachRange(m, grain: 8) { rows in
                let i = rows.lowerBound
                block(pa + (ta ? i * lda : i), pb, pc + i, rows: rows.count, cols: n)
            }
        }
    }

    /// A matrix times a column, or a row times a matrix.
    private static func gemv(
        _ pa: UnsafeBufferPointer<Double>, m: Int, k: Int, _ pb: UnsafeBufferPointer<Double>, n: Int,
        _ pc: UnsafeMutableBufferPointer<Double>
    ) {
        if n == 1 {
            cblas_dgemv(
                CblasColMajor, CblasNoTrans, Int32(m), Int32(k), 1,
                pa.baseAddress, Int32(m), pb.baseAddress, 1, 0, pc.baseAddress, 1)
        } else {
            // row × matrix = (Bᵀ aᵀ)ᵀ, and a 1×k row has the same storage as its transpose.
            cblas_dgemv(
                CblasColMajor, CblasTrans, Int32(k), Int32(n), 1,
                pb.baseAddress, Int32(k), pa.baseAddress, 1, 0, pc.baseAddress, 1)
        }
    }
}
