import NablaNumerics
import NablaSymbolic

extension Builtins {
    static let neural: [Builtin] = [
        mapped(
            .sigmoid, "The logistic function σ(x) = 1 / (1 + e^-x), computed without overflow.",
            example: "sigmoid([-1 0 1])", .neural),
        mapped(.relu, "The rectified linear unit max(x, 0).", example: "relu([-2 0 3])", .neural),
        named(
            "leaky_relu", "leaky_relu(x)  leaky_relu(x, alpha)",
            "x where x > 0, alpha·x elsewhere (alpha defaults to 0.01).", example: "leaky_relu([-2 0 3])", .neural),
        named(
            "softmax", "softmax(z)  softmax(Z, 2)",
            "Softmax exp(z) / sum(exp(z)) of each column (or of each row with dim 2), shifted for stability; −Inf entries (a mask) get weight 0.",
            example: "softmax([1 2 -Inf; 0 0 0], 2)", .neural),
        named(
            "gelu", "gelu(x)  gelu(x, 'tanh')",
            "The Gaussian error linear unit x·Φ(x) = ½x(1 + erf(x/√2)); with 'tanh' the approximation ½x(1 + tanh(√(2/π)(x + 0.044715x³))).",
            example: "gelu([-2 0 1 3])", .neural),
        mapped(
            .geluTanh, "GELU's tanh approximation ½x(1 + tanh(√(2/π)(x + 0.044715x³))), the same as gelu(x, 'tanh').", example: "gelu_tanh([-2 0 1 3])", .neural
        ),
        mapped(.erf, "The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt.", example: "erf([0 0.5 1])", .neural),
        mapped(.normcdf, "Φ(x), the standard normal distribution function ½(1 + erf(x/√2)).", example: "normcdf([-1 0 1])", .neural),
        mapped(.normpdf, "φ(x), the standard normal density e^(−x²/2)/√(2π).", example: "normpdf([-1 0 1])", .neural),
        named(
            "layernorm", "layernorm(X)  layernorm(X, 1)",
            "Layer normalisation of each row (each column with dim 1): (x − mean) / √(var + ε), ε = 1e-5, var the mean squared deviation.",
            example: "layernorm([1 2 3; 2 4 8])", .neural),
        named(
            "scatter_add", "scatter_add(G, ids, n)",
            "An n-row matrix of zeros with row k of G added into row ids(k): the adjoint of the row lookup E(ids, :).",
            example: "scatter_add([1 1; 2 2; 3 3], [2 1 2], 3)", .neural),
        Builtin(
            "causal_mask", "causal_mask(n)",
            "An n×n mask for attention: 0 where column ≤ row, −Inf above the diagonal, so softmax(S + M, 2) gives no weight to later positions.",
            example: "causal_mask(3)", .neural
        ) { call in
            try call.arity(1...1)
            let n = try call.integer(0)
            guard n <= 4096 else { throw call.error("causal_mask: n = \(n) is too large (at most 4096)") }
            var m = Matrix(shape: Shape(n, n))
            for j in 0..<n { for i in 0..<j { m[i, j] = -.infinity } }
            return [.matrix(m)]
        },
        // The language's name for the primitive cross_entropy is built on, so code() of its
        // derivatives pastes back.
        named(
            "logsumexp", "logsumexp(z)  logsumexp(z, dim)", "log(sum(exp(z), dim)), computed without overflow: the softmax's normaliser.",
            example: "logsumexp([1; 2; 1000])", .neural)
    ]
}
