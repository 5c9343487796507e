import Foundation
import NablaTestSupport
import Testing

/// `Package.swift` says what each target uses: every module a target's files import is among
/// its declared dependencies, and every dependency is imported somewhere in it, so the
/// layer diagram in Docs/architecture.md is the one the compiler enforces.
@Suite("Package.swift declares exactly the imports")
struct PackageImportsTests {
    /// Modules of the platform and toolchain, never declared.
    static let platform: Set<String> = [
        "Foundation", "Glibc", "Darwin", "Musl", "Testing", "Synchronization",
        "Dispatch", "XCTest", "Accelerate", "_Concurrency"
    ]

    struct Target: Sendable, CustomStringConvertible {
        var name: String
        var folder: String
        var dependencies: Set<String>
        var description: String { name }
    }

    /// The targets of Package.swift with their folders and dependencies (products by name).
    static let targets: [Target] = {
        guard let text = try? String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8) else { return [] }
        let pattern = /\.(target|testTarget|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)"((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/
        return text.matches(of: pattern).map { match in
            let kind = String(match.1), name = String(match.2), rest = String(match.3)
            var folder = (kind == "testTarget" ? "Tests/" : "Sources/") + name
            if let path = rest.firstMatch(of: /path:\s*"([^"]+)"/) { folder = String(path.1) }
            var dependencies: Set<String> = []
            if let list = rest.firstMatch(of: /dependencies:\s*\[([^\]]*)\]/) {
                let products = String(list.1).replacing(/\.product\(name:\s*"([^"]+)"[^)]*\)/) { "\"\($0.1)\"" }
                dependencies = Set(products.matches(of: /"([^"]+)"/).map { String($0.1) })
            }
            return Target(name: name, folder: folder, dependencies: dependencies)
        }
    }()

    /// The modules imported by the Swift files under `folder`.
    static func imports(in folder: String) -> Set<String> {
        let root = packageRoot.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: Set<String> = []
        for case let file as String in walker where file.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            for match in text.matches(of: /(?m)^(?:@testable\s+)?import\s+([A-Za-z_][A-Za-z0-9_]*)/) {
                found.insert(String(match.1))
            }
        }
        return found.subtracting(platform)
    }

    @Test func theTargetsAreFound() {
        let names = Set(Self.targets.map(\.name))
        #expect(names.isSuperset(of: ["NablaNumerics", "NablaRuntime", "nabla", "NablaTestSupport", "NablaRuntimeTests"]))
    }

    @Test(arguments: targets.filter { !$0.name.hasPrefix("C") })
    func dependenciesAreExactlyTheImports(_ target: Target) {
        let imported = Self.imports(in: target.folder)
        #expect(
            imported.subtracting(target.dependencies).isEmpty,
            "\(target.name) imports \(imported.subtracting(target.dependencies).sorted()) without declaring them")
        #expect(
            target.dependencies.subtracting(imported).isEmpty,
            "\(target.name) declares \(target.dependencies.subtracting(imported).sorted()) but never imports them")
    }
}
