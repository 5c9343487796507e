#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import NablaNumerics
import NablaTestSupport

/// The kernel decision is a pure function of the reported kernel, the CPU and the environment, so
/// every machine the issue names is tested here, whatever CPU runs the tests.
@Suite struct BLASKernelChoiceTests {
    static let intelSapphire = CPUFeatures(vendor: "GenuineIntel", family: 6, model: 207, vectors: .avx512)
    static let amdZen4 = CPUFeatures(vendor: "AuthenticAMD", family: 25, model: 17, vectors: .avx512)

    @Test func prescottOnAnAVX512XeonIsReplacedBySkylakeX() {
        let choice = BLASKernel.choose(reported: "Prescott", cpu: Self.intelSapphire, environment: [:])
        #expect(choice.coretype == "SkylakeX")
        #expect(choice.reason.contains("Prescott"))
    }

    @Test func aCoretypeTheUserSetIsAlwaysRespected() {
        for value in ["Prescott", "Haswell", ""] {
            let choice = BLASKernel.choose(
                reported: "Prescott", cpu: Self.intelSapphire, environment: ["OPENBLAS_CORETYPE": value])
            #expect(choice.coretype == nil)
            #expect(choice.reason.contains("OPENBLAS_CORETYPE=\(value)"))
        }
    }

    @Test func aKernelTheLibraryChoseKnowinglyStays() {
        for reported in ["Zen", "Cooperlake", "SkylakeX", "Haswell", "SapphireRapids"] {
            #expect(BLASKernel.choose(reported: reported, cpu: Self.amdZen4, environment: [:]).coretype == nil)
        }
    }

    @Test func genericKernelsGetTheWidestTheCPUCanRun() {
        func chosen(_ reported: String, _ vendor: String, _ vectors: CPUFeatures.VectorLevel) -> String? {
            let cpu = CPUFeatures(vendor: vendor, family: 6, model: 1, vectors: vectors)
            return BLASKernel.choose(reported: reported, cpu: cpu, environment: [:]).coretype
        }
        #expect(chosen("Prescott", "GenuineIntel", .avx2) == "Haswell")
        #expect(chosen("Barcelona", "AuthenticAMD", .avx2) == "Zen")
        #expect(chosen("Nehalem", "GenuineIntel", .avx) == "Sandybridge")
        #expect(chosen("Sandybridge", "GenuineIntel", .avx512) == "SkylakeX")
        #expect(chosen("Prescott", "GenuineIntel", .sse) == nil)
        #expect(chosen("Sandybridge", "GenuineIntel", .avx) == nil)
        #expect(chosen("ARMV8", "", .sse) == nil)
        #expect(chosen("NewKernelFrom2030", "GenuineIntel", .avx512) == nil)
    }

    /// Law over every listed kernel and CPU: a replacement is always wider than what it replaces,
    /// never wider than the CPU runs, and only replaces kernels below AVX2.
    @Test func aReplacementIsAlwaysWiderAndRunnable() {
        let kernels = [
            "Prescott", "Core2", "Nehalem", "Atom", "Opteron", "Barcelona", "Bobcat", "Sandybridge",
            "Bulldozer", "Piledriver", "Haswell", "Zen", "SkylakeX", "Cooperlake"
        ]
        for kernel in kernels {
            for vendor in ["GenuineIntel", "AuthenticAMD"] {
                for vectors in [CPUFeatures.VectorLevel.sse, .avx, .avx2, .avx512] {
                    let cpu = CPUFeatures(vendor: vendor, family: 6, model: 1, vectors: vectors)
                    let reported = BLASKernel.vectorLevel(ofKernel: kernel)!
                    guard let chosen = BLASKernel.choose(reported: kernel, cpu: cpu, environment: [:]).coretype else {
                        #expect(reported >= .avx2 || reported >= vectors, "\(kernel) on \(cpu) kept")
                        continue
                    }
                    let level = BLASKernel.vectorLevel(ofKernel: chosen)!
                    #expect(reported < .avx2 && level > reported && level <= vectors, "\(kernel) → \(chosen) on \(cpu)")
                }
            }
        }
    }
}

@Suite struct CPUFeaturesDecodingTests {
    // "GenuineIntel" as cpuid(0) returns it: EBX "Genu", EDX "ineI", ECX "ntel", little-endian.
    static let intel: [UInt32] = [0x1B, 0x756E_6547, 0x6C65_746E, 0x4965_6E69]
    // Family 6, model 0xCF (extended model 0xC, base 0xF), stepping 2; OSXSAVE, AVX and FMA in ECX.
    static let leaf1: [UInt32] = [0x000C_06F2, 0, (1 << 27) | (1 << 28) | (1 << 12), 0]
    // AVX2, AVX-512 F, DQ, CD, BW, VL.
    static let leaf7: [UInt32] = [0, (1 << 5) | (1 << 16) | (1 << 17) | (1 << 28) | (1 << 30) | (1 << 31), 0, 0]

    @Test func anEmeraldRapidsXeonDecodes() {
        let cpu = CPUFeatures(leaf0: Self.intel, leaf1: Self.leaf1, leaf7: Self.leaf7, xcr0: 0xE7)
        #expect(cpu == CPUFeatures(vendor: "GenuineIntel", family: 6, model: 207, vectors: .avx512))
    }

    @Test func vectorStateTheOSDoesNotSaveDoesNotCount() {
        #expect(CPUFeatures(leaf0: Self.intel, leaf1: Self.leaf1, leaf7: Self.leaf7, xcr0: 0x7).vectors == .avx2)
        #expect(CPUFeatures(leaf0: Self.intel, leaf1: Self.leaf1, leaf7: Self.leaf7, xcr0: 0x3).vectors == .sse)
        var noOSXSAVE = Self.leaf1
        noOSXSAVE[2] &= ~(1 << 27)
        #expect(CPUFeatures(leaf0: Self.intel, leaf1: noOSXSAVE, leaf7: Self.leaf7, xcr0: 0xE7).vectors == .sse)
    }

    @Test func anAMDFamilyUsesTheExtendedFamily() {
        // "AuthenticAMD"; family 0xF + 0xA = 25, model 0x11 = 17.
        let amd: [UInt32] = [0x10, 0x6874_7541, 0x444D_4163, 0x6974_6E65]
        let cpu = CPUFeatures(leaf0: amd, leaf1: [0x00A1_0F11, 0, Self.leaf1[2], 0], leaf7: Self.leaf7, xcr0: 0xE7)
        #expect(cpu == CPUFeatures(vendor: "AuthenticAMD", family: 25, model: 17, vectors: .avx512))
    }
}

/// The kernel this machine really runs, checked against a plain triple loop on every `make test`.
@Suite struct RunningKernelTests {
    @Test func theRunningKernelIsTheChosenOne() {
        let report = BLASKernel.active
        #if !canImport(Accelerate)
        #expect(report.kernel != nil)
        if let wanted = report.choice.coretype {
            #expect(report.kernel?.lowercased() == wanted.lowercased(), "\(report.summary)")
        }
        if getenv("OPENBLAS_CORETYPE") == nil, report.cpu.vectors >= .avx2,
            let level = report.kernel.flatMap(BLASKernel.vectorLevel(ofKernel:))
        {
            #expect(level >= .avx2, "\(report.summary) on \(report.cpu)")
        }
        #endif
    }

    @Test(arguments: [(3, 4, 5), (1, 7, 9), (9, 7, 1), (64, 33, 17), (130, 257, 40), (160, 160, 160)])
    func productsMatchAPlainLoop(m: Int, k: Int, n: Int) throws {
        let source = RandomSource(seed: UInt32(m * 1000 + k * 10 + n))
        let a = try source.normal(rows: m, cols: k), b = try source.normal(rows: k, cols: n)
        var reference = Matrix(rows: m, cols: n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k { sum += a[i, p] * b[p, j] }
                reference[i, j] = sum
            }
        }
        let tolerance = 1e-13 * Double(k)
        #expect(approximatelyEqual(try Matrix.matmul(a, b), reference, tolerance: tolerance))
        #expect(approximatelyEqual(try Matrix.matmul(transposingLeft: a.transposed, b), reference, tolerance: tolerance))
        #expect(approximatelyEqual(try Matrix.matmul(a, transposingRight: b.transposed), reference, tolerance: tolerance))
    }
}
