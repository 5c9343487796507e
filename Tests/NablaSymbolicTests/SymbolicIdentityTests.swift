import Testing
import NablaNumerics
@testable import NablaSymbolic

/// The Matrix Cookbook's first-order derivatives and the standard neural-network results:
/// each prints in textbook form (golden text) and agrees with central finite differences.
@Suite struct SymbolicIdentityTests {
    enum Kind { case gradient, jacobian, hessian }

    struct Identity: CustomTestStringConvertible, Sendable {
        let label: String
        let kind: Kind
        let variable: String
        let golden: String
        let draws: [String: Draw]
        let build: @Sendable () throws -> Node
        var testDescription: String { label }
    }

    static func g(
        _ label: String, _ variable: String, _ golden: String, draws: [String: Draw] = [:],
        _ build: @escaping @Sendable () throws -> Node
    ) -> Identity {
        Identity(label: label, kind: .gradient, variable: variable, golden: golden, draws: draws, build: build)
    }
    static func j(
        _ label: String, _ variable: String, _ golden: String, draws: [String: Draw] = [:],
        _ build: @escaping @Sendable () throws -> Node
    ) -> Identity {
        Identity(label: label, kind: .jacobian, variable: variable, golden: golden, draws: draws, build: build)
    }
    static func h(
        _ label: String, _ variable: String, _ golden: String, draws: [String: Draw] = [:],
        _ build: @escaping @Sendable () throws -> Node
    ) -> Identity {
        Identity(label: label, kind: .hessian, variable: variable, golden: golden, draws: draws, build: build)
    }

    static let identities: [Identity] = IdentityTable.all + AttentionIdentities.all

    @Test(arguments: identities)
    func identity(_ id: Identity) throws {
        let f = try id.build()
        let d: Derivative
        switch id.kind {
        case .gradient: d = try Differentiate.gradient(of: f, withRespectTo: id.variable)
        case .jacobian: d = try Differentiate.jacobian(of: f, withRespectTo: id.variable)
        case .hessian: d = try Differentiate.hessian(of: f, withRespectTo: id.variable)
        }
        let printed = SharedForm(d.node, names: d.names).print(.unicode)
        #expect(printed == id.golden, "\(id.label)")
        for seed in [1, 2, 3] as [UInt64] {
            let bindings = randomBindings(f, seed: seed, draws: id.draws)
            let symbolic = try GraphEvaluator.evaluate(d.node, bindings)
            let numeric: Matrix
            switch id.kind {
            case .gradient: numeric = try FiniteDifference.gradient(of: f, variable: id.variable, bindings: bindings)
            case .jacobian: numeric = try FiniteDifference.jacobian(of: f, variable: id.variable, bindings: bindings)
            case .hessian:
                let gradient = try Differentiate.gradient(of: f, withRespectTo: id.variable).node
                numeric = try FiniteDifference.jacobian(of: gradient, variable: id.variable, bindings: bindings)
            }
            let err = FiniteDifference.relativeError(symbolic, numeric)
            #expect(err < 1e-6, "\(id.label): relative error \(err) at seed \(seed)")
        }
        if id.kind == .gradient { #expect(d.node.shape == f.variables[id.variable]) }
    }

    @Test func tableHasAtLeastForty() { #expect(Self.identities.count >= 40) }
}
