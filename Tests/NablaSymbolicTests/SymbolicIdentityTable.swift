import NablaNumerics
@testable import NablaSymbolic

/// The identities of `SymbolicIdentityTests`, Matrix Cookbook section numbers where they apply.
enum IdentityTable {
    typealias I = SymbolicIdentityTests
    static let x = G.v("x", 3, 1), y = G.v("y", 3, 1), a = G.v("a", 3, 1), b = G.v("b", 3, 1)
    static let A = G.v("A", 3, 3), B = G.v("B", 3, 3), X = G.v("X", 3, 3), W = G.v("W", 3, 2)
    static let Xr = G.v("X", 3, 2), C = G.v("C", 2, 4), u = G.v("u", 2, 1), z = G.v("z", 3, 1)

    static let all: [I.Identity] = [
        // Linear forms (Cookbook 2.4.1)
        I.g("aᵀx", "x", "a") { try G.mm(G.t(a), x) },
        I.g("xᵀa", "x", "a") { try G.mm(G.t(x), a) },
        I.g("aᵀXb", "X", "abᵀ") { try G.mm(G.t(a), X, b) },
        I.g("aᵀXᵀb", "X", "baᵀ") { try G.mm(G.t(a), G.t(X), b) },
        I.g("sum(Ax)", "x", "Aᵀ𝟏") { try G.sum(G.mm(A, x)) },
        I.j("Ax + b", "x", "A") { try G.add(G.mm(A, x), b) },
        I.j("xᵀA", "x", "Aᵀ") { try G.mm(G.t(x), A) },
        I.j("AXB", "X", "Cᵀ ⊗ A") { try G.mm(A, Xr, C) },
        I.j("AX", "X", "I ⊗ A") { try G.mm(A, Xr) },
        I.j("XC", "X", "Cᵀ ⊗ I") { try G.mm(Xr, C) },
        // Quadratic forms (Cookbook 2.4.2)
        I.g("xᵀAx", "x", "(A + Aᵀ)x") { try G.mm(G.t(x), A, x) },
        I.h("xᵀAx Hessian", "x", "A + Aᵀ") { try G.mm(G.t(x), A, x) },
        I.g("xᵀx", "x", "2x") { try G.mm(G.t(x), x) },
        I.h("xᵀx Hessian", "x", "2I") { try G.mm(G.t(x), x) },
        I.g("bᵀXᵀXc", "X", "X(bcᵀ + cbᵀ)") { try G.mm(G.mm(G.t(b), G.t(X)), G.mm(X, G.v("c", 3, 1))) },
        I.g("(Ax + b)ᵀ(Ax + b)", "x", "2Aᵀ(Ax + b)") {
            let r = try G.add(G.mm(A, x), b); return try G.mm(G.t(r), r)
        },
        I.g("‖Wu + b − y‖² as sum of squares", "W", "2(Wu + b − y)uᵀ") {
            try G.sum(G.sq(G.sub(G.add(G.mm(W, u), b), y)))
        },
        I.g("aᵀXᵀXa", "X", "2Xaaᵀ") { try G.mm(G.mm(G.t(a), G.t(X)), G.mm(X, a)) },
        // Traces (Cookbook 2.5)
        I.g("tr(X)", "X", "I") { try G.ap(.trace, X) },
        I.g("tr(AX)", "X", "Aᵀ") { try G.ap(.trace, G.mm(A, X)) },
        I.g("tr(XA)", "X", "Aᵀ") { try G.ap(.trace, G.mm(X, A)) },
        I.g("tr(AXB)", "X", "AᵀBᵀ") { try G.ap(.trace, G.mm(A, X, B)) },
        I.g("tr(XᵀA)", "X", "A") { try G.ap(.trace, G.mm(G.t(X), A)) },
        I.g("tr(XX)", "X", "2Xᵀ") { try G.ap(.trace, G.mm(X, X)) },
        I.g("tr(XᵀX)", "X", "2X") { try G.ap(.trace, G.mm(G.t(X), X)) },
        I.g("tr(XᵀAX)", "X", "(A + Aᵀ)X") { try G.ap(.trace, G.mm(G.t(X), A, X)) },
        // Norms (Cookbook 2.6)
        I.g("‖x‖", "x", "x ⊘ ‖x‖") { try G.ap(.norm(.p(2)), x) },
        I.g("‖X‖_F", "X", "X ⊘ ‖X‖_F") { try G.ap(.norm(.frobenius), X) },
        I.g("‖x‖₁", "x", "sign(x)") { try G.ap(.norm(.p(1)), x) },
        I.g("‖x − a‖²", "x", "2(x − a)") { try G.sq(G.ap(.norm(.p(2)), G.sub(x, a))) },
        // Determinants and inverses (Cookbook 2.1.2, 2.2)
        I.g("det(X)", "X", "det(X)X⁻ᵀ", draws: ["X": .spd]) { try G.ap(.determinant, X) },
        I.g("log det(X)", "X", "X⁻ᵀ", draws: ["X": .spd]) { try G.f(.log, G.ap(.determinant, X)) },
        I.g("det(AXB)", "X", "det(AXB)Aᵀ(AXB)⁻ᵀBᵀ", draws: ["X": .spd, "A": .spd, "B": .spd]) { try G.ap(.determinant, G.mm(A, X, B)) },
        I.g("aᵀX⁻¹b", "X", "−X⁻ᵀabᵀX⁻ᵀ", draws: ["X": .spd]) { try G.mm(G.t(a), G.ap(.inverse, X), b) },
        I.g("tr(AX⁻¹B)", "X", "−X⁻ᵀAᵀBᵀX⁻ᵀ", draws: ["X": .spd]) { try G.ap(.trace, G.mm(A, G.ap(.inverse, X), B)) },
        I.g("tr(X⁻¹)", "X", "−X⁻ᵀX⁻ᵀ", draws: ["X": .spd]) { try G.ap(.trace, G.ap(.inverse, X)) },
        // Element-wise functions
        I.j("σ(Wu)", "u", "diag(σ(Wu) ⊙ (1 − σ(Wu)))W") { try G.f(.sigmoid, G.mm(W, u)) },
        I.j("tanh(x)", "x", "diag(1 − tanh(x)∘²)") { try G.f(.tanh, x) },
        I.j("exp(Ax)", "x", "diag(exp(Ax))A") { try G.f(.exp, G.mm(A, x)) },
        I.g("sum(log(x))", "x", "1 ⊘ x", draws: ["x": .positive]) { try G.sum(G.f(.log, x)) },
        I.g("sum(x ⊙ y)", "x", "y") { try G.sum(G.had(x, y)) },
        I.g("bias broadcast over columns", "b", "2sum(WC + b, 2)") {
            let Wm = G.v("W", 3, 2), Cm = G.v("C", 2, 4)
            return try G.sum(G.sq(G.add(G.mm(Wm, Cm), b)))
        },
        // Copies pass their adjoints back, summed: the bias written with repmat, a matrix
        // tiled both ways, and the largest entry (a subgradient, 1 where it is attained).
        I.g("bias tiled with repmat", "b", "2sum(WC + repmat(b, 1, 4), 2)") {
            let Wm = G.v("W", 3, 2), Cm = G.v("C", 2, 4)
            return try G.sum(G.sq(G.add(G.mm(Wm, Cm), G.ap(.repmat(rows: 1, cols: 4), b))))
        },
        I.g("repmat(X, 2, 3) weighted", "X", "reshape(sum(reshape(reshape(sum(reshape(D, 12, 3), 2), 6, 2)ᵀ, 6, 2), 2), 2, 3)ᵀ") {
            let Xs = G.v("X", 3, 2), D = G.v("D", 6, 6)
            return try G.sum(G.had(G.ap(.repmat(rows: 2, cols: 3), Xs), D))
        },
        I.g("max(x)", "x", "t1 ⊘ sum(t1) where t1 = [x == max(x)]") { try G.ap(.maxAlong(dim: 1), x) },
        I.g("sum of column maxima", "X", "t1 ⊘ sum(t1) where t1 = [X == max(X)]") { try G.sum(G.ap(.maxAlong(dim: 1), Xr)) },
        // Neural-network losses and layers
        I.g("MSE", "a", "(2/n)(a − y)") { try DerivedOperations.mse(a, y) },
        I.g("binary cross-entropy", "a", "(1/n)((1 − y) ⊘ (1 − a) − y ⊘ a)", draws: ["a": .probability, "y": .probability]) { try DerivedOperations.bce(a, y) },
        I.g("softmax cross-entropy", "z", "softmax(z) − y", draws: ["y": .oneHot]) { try DerivedOperations.crossEntropy(z, y) },
        I.j("softmax Jacobian", "z", "diag(softmax(z)) − softmax(z)softmax(z)ᵀ") { try G.ap(.softmax(dim: 1), z) },
        // Written by hand with a log: the quotient of log's derivative cancels in softmax's.
        I.g("−Σ y ⊙ log(softmax(z))", "z", "softmax(z) ⊙ sum(y) − y", draws: ["y": .oneHot]) {
            try Node.apply(.negate, [try G.sum(G.had(y, G.f(.log, G.ap(.softmax(dim: 1), z))))])
        },
        I.g("−Σ t ⊙ log(softmax(z)), any weights", "z", "softmax(z) ⊙ sum(t) − t", draws: ["t": .positive]) {
            let t = G.v("t", 3, 1)
            return try Node.apply(.negate, [try G.sum(G.had(t, G.f(.log, G.ap(.softmax(dim: 1), z))))])
        },
        // The quotients of ∂bce/∂p cancel against σ' = σ(1 − σ).
        I.g("logistic regression", "w", "(σ(wx) − t)xᵀ", draws: ["y": .probability]) {
            let t = G.v("t", 1, 1)
            let p = try G.f(.sigmoid, G.mm(G.v("w", 1, 3), x))
            return try DerivedOperations.bce(p, t)
        },
        I.g("logistic regression, n examples", "w", "(1/n)(σ(wX + b) − t)Xᵀ", draws: ["t": .probability]) {
            let t = G.v("t", 1, 5), X = G.v("X", 3, 5)
            let p = try G.f(.sigmoid, G.add(G.mm(G.v("w", 1, 3), X), G.v("b", 1, 1)))
            return try DerivedOperations.bce(p, t)
        },
        I.g("weighted log-likelihood of σ", "w", "(u ⊙ σ(wX) − v ⊙ (1 − σ(wX)))Xᵀ", draws: ["u": .positive, "v": .positive]) {
            let u = G.v("u", 1, 5), v = G.v("v", 1, 5), X = G.v("X", 3, 5)
            let p = try G.f(.sigmoid, G.mm(G.v("w", 1, 3), X))
            let positive = try G.had(v, G.f(.log, p))
            let negative = try G.had(u, G.f(.log, try Node.apply(.subtract, [.scalar(1), p])))
            return try Node.apply(.negate, [try G.sum(try Node.apply(.add, [positive, negative]))])
        },
        I.g("one layer: mse(σ(Wu + b), y)", "W", "δuᵀ where δ = (2/n)(a − y) ⊙ a ⊙ (1 − a)") {
            let yy = G.v("y", 3, 1)
            let z1 = Node.named("z", try G.add(G.mm(W, u), b))
            let a1 = Node.named("a", try G.f(.sigmoid, z1))
            return try DerivedOperations.mse(a1, yy)
        },
        I.g("two layers, W1", "W1", "δ1 xᵀ where δ2 = (2/n)(a2 − y) ⊙ a2 ⊙ (1 − a2), δ1 = (W2ᵀ δ2) ⊙ a1 ⊙ (1 − a1)") {
            try TwoLayer.loss()
        },
        I.g("two layers, b2", "b2", "(2/n)(a2 − y) ⊙ a2 ⊙ (1 − a2)") { try TwoLayer.loss() },
        I.g("relu layer", "W", "δuᵀ where δ = [z > 0]") {
            let zr = Node.named("z", try G.mm(W, u))
            return try G.sum(G.f(.relu, zr))
        }
    ]
}

/// The two-layer network, in the user's names.
enum TwoLayer {
    static func loss() throws -> Node {
        let x = G.v("x", 2, 1), y = G.v("y", 2, 1)
        let W1 = G.v("W1", 3, 2), b1 = G.v("b1", 3, 1), W2 = G.v("W2", 2, 3), b2 = G.v("b2", 2, 1)
        let z1 = Node.named("z1", try G.add(G.mm(W1, x), b1))
        let a1 = Node.named("a1", try G.f(.sigmoid, z1))
        let z2 = Node.named("z2", try G.add(G.mm(W2, a1), b2))
        let a2 = Node.named("a2", try G.f(.sigmoid, z2))
        return Node.named("L", try DerivedOperations.mse(a2, y))
    }
}
