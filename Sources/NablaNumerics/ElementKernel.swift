/// A function applied to every element, as a type: a loop generic over the kernel is
/// specialised for it, so the function is inlined into a loop the compiler vectorises.
/// (A closure captured by a parallel loop is not, and costs twice as much per element.)
public protocol ElementKernel {
    static func apply(_ x: Double) -> Double
}

extension Matrix {
    /// `K.apply` of every element; large matrices are split across cores.
    @inlinable
    public func map<K: ElementKernel>(_ kernel: K.Type) -> Matrix {
        let count = self.count
        let e = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            let out = out
            elements.withUnsafeBufferPointer { source in
                Parallel.forEachRange(count, grain: 1 << 15) { range in
                    Matrix.apply(K.self, source, out, range)
                }
            }
            initialized = count
        }
        return Matrix(rows: rows, cols: cols, elements: e)
    }

    // A function of its own (not inlined into the closure above), so that its loop is
    // vectorised.
    @inlinable @inline(never)
    static func apply<K: ElementKernel>(
        _: K.Type, _ source: UnsafeBufferPointer<Double>, _ out: UnsafeMutableBufferPointer<Double>, _ range: Range<Int>
    ) {
        for k in range { out[k] = K.apply(source[k]) }
    }
}

extension Matrix {
    /// `f` over every element, as spans: `f(x, out, count)` writes `count` results from
    /// `count` operands; large matrices are split across cores as `map` splits them.
    public func map(spans f: (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) -> Matrix {
        let count = self.count
        let e = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            let out = out
            elements.withUnsafeBufferPointer { source in
                Parallel.forEachRange(count, grain: 1 << 15) { range in
                    guard let x = source.baseAddress, let o = out.baseAddress else { return }
                    f(x + range.lowerBound, o + range.lowerBound, range.count)
                }
            }
            initialized = count
        }
        return Matrix(rows: rows, cols: cols, elements: e)
    }
}

extension ElementKernel {
    /// `out[t] = apply(x[t])` for t below `count`, with the loop `Matrix.map` runs: a
    /// span of a fused chain (`ElementChain`).
    @inlinable
    public static func span(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        Matrix.apply(Self.self, UnsafeBufferPointer(start: x, count: count), UnsafeMutableBufferPointer(start: out, count: count), 0..<count)
    }
}
