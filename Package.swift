// swift-tools-version:6.0
import PackageDescription

// Layers point one way: Numerics and Syntax at the bottom, Symbolic on Numerics,
// Runtime on all three, the `nabla` executable on top. Only the executable touches
// the terminal (libedit, argument parsing).
let package = Package(
    name: "Nabla",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nabla", targets: ["nabla"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .target(name: "NablaNumerics", dependencies: ["COpenBLAS"]),
        .target(name: "NablaSyntax"),
        .target(name: "NablaDisplay", dependencies: ["NablaNumerics", "NablaSyntax"]),
        .target(name: "NablaSymbolic", dependencies: ["NablaNumerics", "NablaSyntax"]),
        .target(name: "NablaRuntime", dependencies: ["NablaNumerics", "NablaDisplay", "NablaSyntax", "NablaSymbolic"]),
        .target(name: "NablaTeaching", dependencies: ["NablaRuntime", "NablaSymbolic", "NablaNumerics", "NablaSyntax"]),
        .target(name: "NablaLessons", dependencies: ["NablaRuntime", "NablaSyntax", "NablaTeaching"]),
        // `nabla kernel`: the Jupyter kernel and lesson notebooks; no terminal code.
        .target(name: "NablaKernel", dependencies: ["NablaRuntime", "NablaTeaching", "NablaLessons", "NablaSyntax", "CZeroMQ", "CCrypto"]),
        .executableTarget(
            name: "nabla",
            dependencies: [
                "NablaNumerics",
                "NablaRuntime",
                "NablaLessons",
                "NablaKernel",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A replayer in a normal build; `make fuzz` builds it with libFuzzer (see Docs/robustness.md).
        .executableTarget(name: "NablaFuzz", dependencies: ["NablaRuntime", "NablaNumerics", "NablaLessons"]),
        .testTarget(name: "NablaNumericsTests", dependencies: ["NablaNumerics"]),
        .testTarget(name: "NablaDisplayTests", dependencies: ["NablaDisplay"]),
        .testTarget(name: "NablaSyntaxTests", dependencies: ["NablaSyntax"]),
        .testTarget(name: "NablaRuntimeTests", dependencies: ["NablaRuntime"], exclude: ["Corpus"]),
        .testTarget(name: "NablaCLITests", dependencies: ["nabla"]),
        .testTarget(name: "NablaLessonsTests", dependencies: ["NablaLessons", "NablaTeaching"]),
        .testTarget(name: "NablaTeachingTests", dependencies: ["NablaTeaching"], exclude: ["Fixtures"]),
        .testTarget(name: "NablaKernelTests", dependencies: ["NablaKernel"]),
        .testTarget(name: "NablaSymbolicTests", dependencies: ["NablaSymbolic", "NablaRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
