#if !canImport(Accelerate)
import COpenBLAS
#endif

/// What a CPU says about itself that matters for choosing a matrix-product kernel: its vendor,
/// family and model, and the widest vector instructions that both the CPU has and the operating
/// system supports (an AVX register state the OS does not save is as good as absent).
public struct CPUFeatures: Sendable, Equatable, CustomStringConvertible {
    /// The widest usable vector extension, in the order each one extends the last.
    public enum VectorLevel: Int, Sendable, Comparable, CustomStringConvertible {
        case sse, avx, avx2, avx512

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

        public var description: String {
            switch self {
            case .sse: "SSE"
            case .avx: "AVX"
            case .avx2: "AVX2+FMA"
            case .avx512: "AVX-512"
            }
        }
    }

    /// "GenuineIntel", "AuthenticAMD", …; empty when unknown (not x86-64).
    public var vendor: String
    public var family: Int
    public var model: Int
    public var vectors: VectorLevel

    public init(vendor: String, family: Int, model: Int, vectors: VectorLevel) {
        self.vendor = vendor
        self.family = family
        self.model = model
        self.vectors = vectors
    }

    public var isAMD: Bool { vendor == "AuthenticAMD" || vendor == "HygonGenuine" }

    public var description: String {
        vendor.isEmpty ? "unknown CPU" : "\(vendor) family \(family) model \(model), \(vectors)"
    }

    /// Decodes raw cpuid registers (each as EAX, EBX, ECX, EDX) and XCR0.
    /// - leaf0: cpuid(0) — vendor string in EBX, EDX, ECX.
    /// - leaf1: cpuid(1) — family and model in EAX; OSXSAVE (27), AVX (28), FMA (12) in ECX.
    /// - leaf7: cpuid(7, 0) — AVX2 (5) and AVX-512 F (16), DQ (17), CD (28), BW (30), VL (31) in EBX.
    /// - xcr0: the OS-saved register states; read only when OSXSAVE is set (otherwise pass 0).
    /// AVX-512 counts only with all five of F, DQ, CD, BW and VL (what OpenBLAS's SkylakeX kernels
    /// use) and the OS saving the opmask and ZMM state (XCR0 bits 5–7) as well as XMM/YMM (1–2).
    public init(leaf0: [UInt32], leaf1: [UInt32], leaf7: [UInt32], xcr0: UInt64) {
        func bit(_ word: UInt32, _ n: Int) -> Bool { word & (1 << UInt32(n)) != 0 }
        var vendorBytes: [UInt8] = []
        for word in [leaf0[1], leaf0[3], leaf0[2]] {
            for shift in stride(from: 0, to: 32, by: 8) { vendorBytes.append(UInt8((word >> UInt32(shift)) & 0xFF)) }
        }
        vendor = String(decoding: vendorBytes.filter { $0 != 0 }, as: UTF8.self)
        let eax = leaf1[0]
        let baseFamily = Int((eax >> 8) & 0xF)
        family = baseFamily == 0xF ? baseFamily + Int((eax >> 20) & 0xFF) : baseFamily
        let baseModel = Int((eax >> 4) & 0xF)
        model = baseFamily == 0x6 || baseFamily == 0xF ? baseModel | Int((eax >> 16) & 0xF) << 4 : baseModel
        let ecx1 = leaf1[2], ebx7 = leaf7[1]
        let osYMM = bit(ecx1, 27) && xcr0 & 0x6 == 0x6
        let osZMM = osYMM && xcr0 & 0xE0 == 0xE0
        let avx512 = [16, 17, 28, 30, 31].allSatisfy { bit(ebx7, $0) }
        if osZMM && avx512 && bit(ebx7, 5) && bit(ecx1, 12) {
            vectors = .avx512
        } else if osYMM && bit(ecx1, 28) && bit(ebx7, 5) && bit(ecx1, 12) {
            vectors = .avx2
        } else if osYMM && bit(ecx1, 28) {
            vectors = .avx
        } else {
            vectors = .sse
        }
    }

    /// The CPU this process runs on (an unknown CPU with SSE only where cpuid does not exist).
    public static let current: CPUFeatures = {
        #if canImport(Accelerate)
        return CPUFeatures(vendor: "", family: 0, model: 0, vectors: .sse)
        #else
        func cpuid(_ leaf: UInt32, _ subleaf: UInt32 = 0) -> [UInt32] {
            var regs: [UInt32] = [0, 0, 0, 0]
            _ = regs.withUnsafeMutableBufferPointer { nabla_cpuid(leaf, subleaf, $0.baseAddress) }
            return regs
        }
        let leaf1 = cpuid(1)
        let osxsave = leaf1[2] & (1 << 27) != 0
        return CPUFeatures(leaf0: cpuid(0), leaf1: leaf1, leaf7: cpuid(7), xcr0: osxsave ? nabla_xgetbv0() : 0)
        #endif
    }()
}
