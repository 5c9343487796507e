import NablaNumerics
@testable import NablaSymbolic

/// Attention, layer normalisation, GELU and embeddings in the names a textbook uses, each
/// with its printed form and a finite-difference check (run by `SymbolicIdentityTests`).
///
/// Rows are tokens: Q, K, V are n×d, S = QKᵀ/√d, A = softmax(S, 2) normalises each row,
/// O = AV. The softmax Jacobian is applied row by row: S̄ = A ⊙ (Ā − sum(Ā ⊙ A, 2)).
enum AttentionIdentities {
    typealias I = SymbolicIdentityTests
    static let X = G.v("X", 4, 3), T = G.v("T", 4, 2), d = G.v("d", 1, 1)
    static let Q = G.v("Q", 4, 2), K = G.v("K", 4, 2), V = G.v("V", 4, 2)
    static let WQ = G.v("W_Q", 3, 2), WK = G.v("W_K", 3, 2), WV = G.v("W_V", 3, 2)
    static let positive: [String: Draw] = ["d": .positive]

    /// mse(O, T) with O = softmax(QKᵀ/√d + M, 2)V in the user's names; M a causal mask when asked.
    static func attention(_ q: Node, _ k: Node, _ v: Node, masked: Bool = false) throws -> Node {
        var scores = try Node.apply(.divide, [try G.mm(q, try G.t(k)), try G.f(.sqrt, d)])
        if masked {
            var m = Matrix(shape: Shape(4, 4))
            for j in 0..<4 { for i in 0..<j { m[i, j] = -.infinity } }
            scores = try G.add(scores, .constant(m, label: "M"))
        }
        let S = Node.named("S", scores)
        let A = Node.named("A", try G.ap(.softmax(dim: 2), S))
        let O = Node.named("O", try G.mm(A, v))
        return try DerivedOperations.mse(O, T)
    }

    static func projected(masked: Bool = false) throws -> Node {
        try attention(Node.named("Q", try G.mm(X, WQ)), Node.named("K", try G.mm(X, WK)), Node.named("V", try G.mm(X, WV)), masked: masked)
    }

    static let scoreAdjoint = "δ = (2/n)A ⊙ ((O − T)Vᵀ − sum(((O − T)Vᵀ) ⊙ A, 2))"

    static let all: [I.Identity] = [
        // ∂L/∂V = Aᵀ ∂L/∂O, with ∂L/∂O = (2/n)(O − T).
        I.g("attention by V", "V", "(2/n)Aᵀ(O − T)", draws: positive) { try attention(Q, K, V) },
        // ∂L/∂Q = ∂L/∂S K/√d, ∂L/∂K = (∂L/∂S)ᵀ Q/√d, with δ = ∂L/∂S.
        I.g("attention by Q", "Q", "(δ ⊘ √d)K where " + scoreAdjoint, draws: positive) { try attention(Q, K, V) },
        I.g("attention by K", "K", "(δ ⊘ √d)ᵀQ where " + scoreAdjoint, draws: positive) { try attention(Q, K, V) },
        I.g("attention by W_V", "W_V", "(2/n)XᵀAᵀ(O − T)", draws: positive) { try projected() },
        I.g("attention by W_Q", "W_Q", "Xᵀ(δ ⊘ √d)K where " + scoreAdjoint, draws: positive) { try projected() },
        I.g("attention by W_K", "W_K", "Xᵀ(δ ⊘ √d)ᵀQ where " + scoreAdjoint, draws: positive) { try projected() },
        // Masked positions have weight 0, so they pass nothing back.
        I.g("causal attention by W_Q", "W_Q", "Xᵀ(δ ⊘ √d)K where " + scoreAdjoint, draws: positive) { try projected(masked: true) },
        I.g("row softmax, weighted", "S", "A ⊙ (R − sum(R ⊙ A, 2))") {
            let S = G.v("S", 4, 3), R = G.v("R", 4, 3)
            return try G.sum(G.had(R, Node.named("A", try G.ap(.softmax(dim: 2), S))))
        },
        I.j("row softmax Jacobian", "s", "diag(t1) − t1ᵀ t1 where t1 = softmax(s, 2)") {
            try G.ap(.softmax(dim: 2), G.v("s", 1, 3))
        },
        // Layer norm: X̄ = (H̄ − mean(H̄, 2) − H ⊙ mean(H̄ ⊙ H, 2)) ⊘ σ, σ = √(var + ε) by row.
        I.g("layer norm", "X", "(R − mean(R, 2) − H ⊙ mean(R ⊙ H, 2)) ⊘ √(mean((X − mean(X, 2))∘², 2) + ε)") {
            let R = G.v("R", 4, 3)
            return try G.sum(G.had(R, Node.named("H", try G.ap(.layerNorm(dim: 2), X))))
        },
        I.g("GELU", "z", "Φ(z) + z ⊙ φ(z)") { try G.sum(G.f(.gelu, G.v("z", 3, 1))) },
        I.g("erf", "z", "(2/√π)exp(−z∘²)") { try G.sum(G.f(.erf, G.v("z", 3, 1))) },
        // An embedding: only the rows looked up get a gradient, added once per use.
        I.g("embedding lookup", "E", "scatter_add(R, ids, 5)") {
            let E = G.v("E", 5, 3), R = G.v("R", 4, 3)
            return try G.sum(G.had(R, try G.ap(.gatherRows, E, .constant(Matrix(column: [2, 5, 2, 1]), label: "ids"))))
        }
    ]
}
