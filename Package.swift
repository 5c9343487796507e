// swift-tools-version:6.0
import PackageDescription

// Layers point one way: Numerics and Syntax at the bottom, Display and Symbolic on them,
// Runtime on those, Teaching on Runtime, Lessons on Teaching, the Jupyter kernel on Lessons,
// the `nabla` executable on top. Only the executable touches the terminal (libedit, argument
// parsing). Each target declares exactly the modules it imports (Docs/architecture.md;
// PackageImportsTests checks it).
let package = Package(
    name: "Nabla",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nabla", targets: ["nabla"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Jupyter's transport (ZeroMQ) and its message signatures (HMAC-SHA256), from Debian.
        .systemLibrary(name: "CZeroMQ", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CCrypto", providers: [.apt(["libssl-dev"])]),
        // Compressed MATLAB .mat files (miCOMPRESSED variables are zlib streams).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CVectorMath"),
        .target(name: "NablaNumerics", dependencies: ["COpenBLAS", "CVectorMath"]),
        .target(name: "NablaSyntax"),
        .target(name: "NablaDisplay", dependencies: ["NablaNumerics", "NablaSyntax"]),
        .target(name: "NablaSymbolic", dependencies: ["NablaNumerics", "NablaSyntax"]),
        .target(name: "NablaRuntime", dependencies: ["NablaNumerics", "NablaDisplay", "NablaSyntax", "NablaSymbolic", "CZlib"]),
        .target(name: "NablaTeaching", dependencies: ["NablaRuntime", "NablaSymbolic", "NablaNumerics", "NablaSyntax", "NablaDisplay"]),
        .target(name: "NablaLessons", dependencies: ["NablaNumerics", "NablaRuntime", "NablaSyntax", "NablaTeaching", "NablaDisplay"]),
        // `nabla kernel`: the Jupyter kernel and lesson notebooks; no terminal code.
        .target(name: "NablaKernel", dependencies: ["NablaNumerics", "NablaRuntime", "NablaLessons", "NablaSyntax", "NablaTeaching", "CZeroMQ", "CCrypto"]),
        .executableTarget(
            name: "nabla",
            dependencies: [
                "NablaNumerics",
                "NablaSyntax",
                "NablaRuntime",
                "NablaTeaching",
                "NablaLessons",
                "NablaKernel",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        // A replayer in a normal build; `make fuzz` builds it with libFuzzer (see Docs/robustness.md).
        .executableTarget(name: "NablaFuzz", dependencies: ["NablaRuntime", "NablaNumerics", "NablaLessons", "NablaTeaching"]),
        // What the test targets share (Tests/NablaTestSupport): running code in a session,
        // temporary folders, the large stack, approximate equality, pseudo-terminals and the
        // golden-file check with its one re-record switch, NABLA_RECORD. Only tests link it.
        .target(name: "NablaTestSupport", dependencies: ["NablaNumerics", "NablaRuntime", "NablaTeaching"], path: "Tests/NablaTestSupport"),
        .testTarget(name: "NablaNumericsTests", dependencies: ["NablaNumerics", "NablaTestSupport"]),
        .testTarget(name: "NablaDisplayTests", dependencies: ["NablaDisplay", "NablaNumerics"]),
        .testTarget(name: "NablaSyntaxTests", dependencies: ["NablaSyntax", "NablaTestSupport"]),
        .testTarget(
            name: "NablaRuntimeTests", dependencies: ["NablaNumerics", "NablaRuntime", "NablaSymbolic", "NablaSyntax", "NablaTestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "NablaCLITests", dependencies: ["nabla", "NablaRuntime", "NablaSyntax", "NablaTestSupport"]),
        .testTarget(
            name: "NablaLessonsTests",
            dependencies: ["NablaLessons", "NablaNumerics", "NablaRuntime", "NablaSyntax", "NablaTeaching", "NablaDisplay", "NablaTestSupport"]),
        .testTarget(
            name: "NablaTeachingTests", dependencies: ["NablaNumerics", "NablaRuntime", "NablaSymbolic", "NablaTeaching", "NablaTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "NablaKernelTests", dependencies: ["NablaKernel", "NablaRuntime", "NablaSyntax", "NablaTeaching"]),
        .testTarget(name: "NablaSymbolicTests", dependencies: ["NablaNumerics", "NablaSymbolic"])
    ],
    swiftLanguageModes: [.v6]
)
