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
        if a.isScalar || b.isScalar {
            let a = ta ? a.transposed : a, b = tb ? b.transposed : b
            return a.isScalar ? a.elements[0] * b : b.elements[0] * a
        }
        let m = ta ? a.cols : a.rows
        let k = ta ? a.rows : a.cols
        let n = tb ? b.rows : b.cols
        guard k == (tb ? b.cols : b.rows) else {
            throw NumericError.nonconformant(op: "*", ta ? a.shape.transposed : a.shape, tb ? b.shape.transposed : b.shape)
        }
        // An outer product of two modest vectors can ask for more than memory holds.
        try Limits.check(rows: Double(m), cols: Double(n))
        if m == 0 || n == 0 || k == 0 { return Matrix(rows: m, cols: n) }
        let work = Double(m) * Double(n) * Double(k)
        let block = interruptible && work > Double(interruptibleWork) ? Swift.max(1, interruptibleWork / (m * k)) : n
        // BLAS writes every entry (beta = 0), so the buffer is not zero-filled first.
        let c = try [Double](unsafeUninitializedCapacity: m * n) { pc, initialized in
            initialized = m * n
            try a.elements.withUnsafeBufferPointer { pa in
                try b.elements.withUnsafeBufferPointer { pb in
                    if !ta && !tb && (n == 1 || m == 1) {
                        gemv(pa, m: m, k: k, pb, n: n, pc)
                        return
                    }
                    var start = 0
                    while start < n {
                        if interruptible { try Interrupt.check() }
                        let width = Swift.min(block, n - start)
                        // Columns start… of op(B): columns of B, or rows of B when transposed.
                        let bBlock = pb.baseAddress.map { $0 + (tb ? start : start * b.rows) }
                        cblas_dgemm(CblasColMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                                    Int32(m), Int32(width), Int32(k), 1,
                                    pa.baseAddress, Int32(a.rows), bBlock, Int32(b.rows),
                                    0, pc.baseAddress.map { $0 + start * m }, Int32(m))
                        start += width
                    }
                    if interruptible && block < n { try Interrupt.check() }
                }
            }
        }
        return Matrix(rows: m, cols: n, elements: c)
    }

    /// A matrix times a column, or a row times a matrix.
    private static func gemv(
        _ pa: UnsafeBufferPointer<Double>, m: Int, k: Int, _ pb: UnsafeBufferPointer<Double>, n: Int,
        _ pc: UnsafeMutableBufferPointer<Double>
    ) {
        if n == 1 {
            cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(m), Int32(k), 1,
                        pa.baseAddress, Int32(m), pb.baseAddress, 1, 0, pc.baseAddress, 1)
        } else {
            // row × matrix = (Bᵀ aᵀ)ᵀ, and a 1×k row has the same storage as its transpose.
            cblas_dgemv(CblasColMajor, CblasTrans, Int32(k), Int32(n), 1,
                        pb.baseAddress, Int32(k), pa.baseAddress, 1, 0, pc.baseAddress, 1)
        }
    }
}
