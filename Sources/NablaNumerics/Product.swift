#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

extension Matrix {
    /// The matrix product, through BLAS (`dgemm`, or `dgemv` when one side is a vector).
    /// A scalar operand scales the other, as in Octave.
    public static func matmul(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        if a.isScalar { return a.elements[0] * b }
        if b.isScalar { return b.elements[0] * a }
        guard a.cols == b.rows else {
            throw NumericError.nonconformant(op: "*", a.shape, b.shape)
        }
        let m = a.rows, n = b.cols, k = a.cols
        // An outer product of two modest vectors can ask for more than memory holds.
        try Limits.check(rows: Double(m), cols: Double(n))
        var c = [Double](repeating: 0, count: m * n)
        if m == 0 || n == 0 { return Matrix(rows: m, cols: n, elements: c) }
        if k == 0 { return Matrix(rows: m, cols: n, elements: c) }
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    if n == 1 {
                        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(m), Int32(k), 1,
                                    pa.baseAddress, Int32(m), pb.baseAddress, 1, 0, pc.baseAddress, 1)
                    } else if m == 1 {
                        // row × matrix = (Bᵀ aᵀ)ᵀ, and a 1×k row has the same storage as its transpose.
                        cblas_dgemv(CblasColMajor, CblasTrans, Int32(k), Int32(n), 1,
                                    pb.baseAddress, Int32(k), pa.baseAddress, 1, 0, pc.baseAddress, 1)
                    } else {
                        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans,
                                    Int32(m), Int32(n), Int32(k), 1,
                                    pa.baseAddress, Int32(m), pb.baseAddress, Int32(k),
                                    0, pc.baseAddress, Int32(m))
                    }
                }
            }
        }
        return Matrix(rows: m, cols: n, elements: c)
    }

    /// Multiply-adds one BLAS call may do before Ctrl-C is looked at again: about a tenth
    /// of a second on one core.
    static let interruptibleWork = 1 << 28

    /// `matmul`, stoppable: a product bigger than `interruptibleWork` runs as several BLAS
    /// calls on blocks of B's (and C's) columns, which are contiguous in column-major
    /// storage, and checks `Interrupt` between blocks. Throws `Interrupted` when asked to stop.
    public static func interruptibleMatmul(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        let m = a.rows, n = b.cols, k = a.cols
        guard !a.isScalar, !b.isScalar, a.cols == b.rows, m > 1, n > 1, k > 0,
              Double(m) * Double(n) * Double(k) > Double(interruptibleWork) else {
            return try matmul(a, b)
        }
        try Limits.check(rows: Double(m), cols: Double(n))
        let block = Swift.max(1, interruptibleWork / (m * k))
        var c = [Double](repeating: 0, count: m * n)
        var start = 0
        while start < n {
            try Interrupt.check()
            let width = Swift.min(block, n - start)
            a.elements.withUnsafeBufferPointer { pa in
                b.elements.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans,
                                    Int32(m), Int32(width), Int32(k), 1,
                                    pa.baseAddress, Int32(m), pb.baseAddress.map { $0 + start * k }, Int32(k),
                                    0, pc.baseAddress.map { $0 + start * m }, Int32(m))
                    }
                }
            }
            start += width
        }
        try Interrupt.check()
        return Matrix(rows: m, cols: n, elements: c)
    }

    /// `aᵀ b` without forming the transpose, for backprop (`W2ᵀ δ2`).
    public static func matmul(transposingLeft a: Matrix, _ b: Matrix) throws -> Matrix {
        guard a.rows == b.rows else {
            throw NumericError.nonconformant(op: "*", a.shape.transposed, b.shape)
        }
        return try gemm(a, transA: true, b, transB: false)
    }

    /// `a bᵀ` without forming the transpose (`δ xᵀ`).
    public static func matmul(_ a: Matrix, transposingRight b: Matrix) throws -> Matrix {
        guard a.cols == b.cols else {
            throw NumericError.nonconformant(op: "*", a.shape, b.shape.transposed)
        }
        return try gemm(a, transA: false, b, transB: true)
    }

    private static func gemm(_ a: Matrix, transA: Bool, _ b: Matrix, transB: Bool) throws -> Matrix {
        let m = transA ? a.cols : a.rows
        let k = transA ? a.rows : a.cols
        let n = transB ? b.rows : b.cols
        try Limits.check(rows: Double(m), cols: Double(n))
        var c = [Double](repeating: 0, count: m * n)
        if m == 0 || n == 0 || k == 0 { return Matrix(rows: m, cols: n, elements: c) }
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasColMajor, transA ? CblasTrans : CblasNoTrans,
                                transB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), 1,
                                pa.baseAddress, Int32(a.rows), pb.baseAddress, Int32(b.rows),
                                0, pc.baseAddress, Int32(m))
                }
            }
        }
        return Matrix(rows: m, cols: n, elements: c)
    }
}
