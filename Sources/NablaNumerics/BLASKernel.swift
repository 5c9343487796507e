#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if !canImport(Accelerate)
import COpenBLAS
#endif

/// Which OpenBLAS kernel runs Nabla's matrix products, and why.
///
/// OpenBLAS (built with DYNAMIC_ARCH, as Debian's is) picks a kernel per CPU model when it loads. A
/// release older than the CPU does not recognise it and falls back to a generic kernel: Debian's
/// 0.3.21 runs Prescott (SSE3, no AVX) on an AVX-512 Intel family 6 model 207, a quarter of the
/// machine's speed. When the library reports a kernel that uses none of the CPU's AVX2 units, Nabla
/// picks one from the CPU's features (cpuid) and asks the library to load it, once, before the first
/// product. An `OPENBLAS_CORETYPE` in the environment is always respected: some machines set it on
/// purpose. `Docs/performance.md` gives the reasons for this design.
public enum BLASKernel {
    /// What Nabla decided, from the kernel the library reported, the CPU and the environment.
    public struct Choice: Sendable, Equatable {
        /// The kernel to ask OpenBLAS for (an `OPENBLAS_CORETYPE` value), or nil to keep its own.
        public var coretype: String?
        /// Why, in a phrase for `nabla --version` and the benchmark header.
        public var reason: String
    }

    /// The vector instructions each OpenBLAS x86-64 kernel uses (names as `openblas_get_corename`
    /// prints them, compared case-insensitively); nil for a name not listed here (another
    /// architecture, or a kernel newer than this table), which is then never replaced.
    static func vectorLevel(ofKernel name: String) -> CPUFeatures.VectorLevel? {
        switch name.lowercased() {
        case "unknown", "katmai", "coppermine", "northwood", "prescott", "banias", "atom", "core2", "penryn",
            "dunnington", "nehalem", "athlon", "opteron", "opteron_sse3", "opteron(sse3)", "barcelona", "nano",
            "bobcat":
            return .sse
        case "sandybridge", "bulldozer", "piledriver", "steamroller", "excavator":
            return .avx
        case "haswell", "zen":
            return .avx2
        case "skylakex", "cooperlake", "sapphirerapids":
            return .avx512
        default:
            return nil
        }
    }

    /// The kernel that fits a CPU with these features, or nil when only SSE kernels would.
    static func fittingKernel(for cpu: CPUFeatures) -> String? {
        switch cpu.vectors {
        case .avx512: "SkylakeX"
        case .avx2: cpu.isAMD ? "Zen" : "Haswell"
        case .avx: "Sandybridge"
        case .sse: nil
        }
    }

    /// The decision, as a pure function of its inputs so that any machine can be tested anywhere.
    ///
    /// A reported kernel is replaced only when it is below AVX2+FMA and the CPU can run a wider one:
    /// a kernel the library chose knowingly (Zen on an AVX-512 Zen 4, Haswell on a Xeon it half
    /// knows) is its authors' judgement and stays. `OPENBLAS_CORETYPE` in `environment`, even empty,
    /// means the user chose: OpenBLAS itself treats any value as a request.
    public static func choose(reported: String, cpu: CPUFeatures, environment: [String: String]) -> Choice {
        if let forced = environment["OPENBLAS_CORETYPE"] {
            return Choice(coretype: nil, reason: "OPENBLAS_CORETYPE=\(forced) set in the environment")
        }
        guard let level = vectorLevel(ofKernel: reported) else {
            return Choice(coretype: nil, reason: "the library's choice")
        }
        guard level < .avx2, let kernel = fittingKernel(for: cpu),
            let fitting = vectorLevel(ofKernel: kernel), fitting > level
        else {
            return Choice(coretype: nil, reason: "the library's choice")
        }
        return Choice(
            coretype: kernel,
            reason: "chosen by nabla: the library picked \(reported), which leaves this CPU's \(cpu.vectors) unused")
    }

    /// What runs, after the choice has been applied: filled in once, on first use.
    public struct Report: Sendable {
        /// "OpenBLAS 0.3.21", or the name of another BLAS.
        public var library: String
        /// The kernel the library runs now (nil when it cannot say).
        public var kernel: String?
        /// The kernel the library picked for itself when it loaded.
        public var reported: String?
        public var choice: Choice
        public var cpu: CPUFeatures

        /// One line: "OpenBLAS 0.3.21, kernel SkylakeX (chosen by nabla: …)".
        public var summary: String {
            guard let kernel else { return "\(library) (\(choice.reason))" }
            var text = "\(library), kernel \(kernel) (\(choice.reason))"
            if let wanted = choice.coretype, wanted.lowercased() != kernel.lowercased() {
                text += "; asked for \(wanted), the library kept \(kernel)"
            }
            return text
        }
    }

    /// Applies the choice once per process and says what runs. Every product goes through this
    /// first (`Matrix.matmul`), and `nabla` touches it before starting any thread, because
    /// switching sets `OPENBLAS_CORETYPE` for a moment (the only way to ask OpenBLAS for a kernel),
    /// and the environment must not change under another thread.
    public static let active: Report = {
        #if canImport(Accelerate)
        return Report(
            library: "Accelerate", kernel: nil, reported: nil,
            choice: Choice(coretype: nil, reason: "the system's choice"), cpu: CPUFeatures.current)
        #else
        let cpu = CPUFeatures.current
        let library = openblasVersion()
        let reported = corename()
        var environment: [String: String] = [:]
        if let forced = getenv("OPENBLAS_CORETYPE") { environment["OPENBLAS_CORETYPE"] = String(cString: forced) }
        var choice = choose(reported: reported ?? "", cpu: cpu, environment: environment)
        if let coretype = choice.coretype {
            if !switchKernel(to: coretype) {
                choice = Choice(coretype: nil, reason: "the library's choice; it was built for one CPU, so \(coretype) could not be loaded")
            }
        }
        return Report(library: library, kernel: corename(), reported: reported, choice: choice, cpu: cpu)
        #endif
    }()

    /// Touched before every BLAS call: the kernel chosen, and BLAS set to one thread (products are
    /// split across cores by `Matrix.matmul` itself; see Product.swift for why).
    static let ready: Void = {
        _ = active
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }()

    #if !canImport(Accelerate)
    private static func corename() -> String? {
        guard let name = openblas_get_corename() else { return nil }
        return String(cString: name).trimmingSpaces
    }

    /// "OpenBLAS 0.3.21" from the build configuration ("OpenBLAS 0.3.21 DYNAMIC_ARCH …").
    private static func openblasVersion() -> String {
        guard let config = openblas_get_config() else { return "OpenBLAS" }
        let words = String(cString: config).split(separator: " ")
        return words.count >= 2 ? "\(words[0]) \(words[1])" : "OpenBLAS"
    }

    /// Reloads OpenBLAS's kernel table as `OPENBLAS_CORETYPE=coretype` would have at start-up, then
    /// removes the variable again so that child processes (Octave, a shell) see the environment the
    /// user gave. The entry points exist only in DYNAMIC_ARCH builds, hence looked up, not linked;
    /// false when they are missing.
    private static func switchKernel(to coretype: String) -> Bool {
        typealias Hook = @convention(c) () -> Void
        let everything = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        guard let quit = dlsym(everything, "gotoblas_dynamic_quit"),
            let initialise = dlsym(everything, "gotoblas_dynamic_init")
        else { return false }
        unsafeBitCast(quit, to: Hook.self)()
        setenv("OPENBLAS_CORETYPE", coretype, 1)
        unsafeBitCast(initialise, to: Hook.self)()
        unsetenv("OPENBLAS_CORETYPE")
        return true
    }
    #endif
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
}
