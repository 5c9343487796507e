@testable import NablaKernel
import Testing

/// Lesson formulas, as written in the lesson files, and the LaTeX a notebook shows.
@Suite("Formulas as LaTeX")
struct UnicodeMathTests {
    @Test(
        "lesson formulas",
        arguments: [
            ("J(θ₀, θ₁) = (1/n) Σᵢ (yᵢ − ŷᵢ)²", "$$J(\\theta_{0}, \\theta_{1}) = (1/n) \\sum_{i} (y_{i} - \\hat{y}_{i})^{2}$$"),
            ("softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)", "$$\\mathrm{softmax}(z)_{i} = e^{z_{i}} / \\sum_{j} e^{z_{j}}$$"),
            ("∂(xᵀAx)/∂x = (A + Aᵀ)x", "$$\\partial(x^{\\top}Ax)/\\partial x = (A + A^{\\top})x$$"),
            ("∂ log det X/∂X = X⁻ᵀ", "$$\\partial \\log \\det X/\\partial X = X^{-\\top}$$"),
            (
                "W ~ N(0, σ²),   σ = √(2 / (n_in + n_out))",
                "$$W \\sim N(0, \\sigma^{2}), \\qquad \\sigma = \\sqrt{2 / (n_{\\mathrm{in}} + n_{\\mathrm{out}})}$$"
            ),
            ("C_ij = Σ_k A_ik B_kj", "$$C_{ij} = \\sum_{k} A_{ik} B_{kj}$$"),
            ("∂z/∂x = A        (m×n: one row per output)", "$$\\partial z/\\partial x = A \\qquad \\text{(m×n: one row per output)}$$"),
            ("relu(z) = 1（z > 0）", "$$\\mathrm{relu}(z) = 1(z > 0)$$"),
            ("x = 50% of {a}", "$$x = 50\\% \\mathrm{of} \\{a\\}$$".replacingOccurrences(of: "\\mathrm{of}", with: "of"))
        ])
    func formula(unicode: String, latex: String) {
        #expect(UnicodeMath.displayMath([unicode]) == latex)
    }

    @Test("code in an indented block is not a formula")
    func code() {
        #expect(!UnicodeMath.isFormula("    J = mean((y - theta0 - theta1*x).^2);"))
        #expect(!UnicodeMath.isFormula("    printf(\"step %4d: θ = %.4f\\n\", k, theta0)"))
        #expect(!UnicodeMath.isFormula("    precision = TP / (TP + FP)"))
        #expect(UnicodeMath.isFormula("    θ ← θ − η ∂J/∂θ"))
    }
}
