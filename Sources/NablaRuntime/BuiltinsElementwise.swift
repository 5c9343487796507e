import NablaNumerics
import NablaSymbolic

extension Builtins {
    /// The builtin of one element function; its meaning comes from the name table.
    static func mapped(_ f: ElementFunction, _ summary: String, example: String, _ category: Builtin.Category = .elementwise) -> Builtin {
        named(f.rawValue, "\(f.rawValue)(x)", summary, example: example, category)
    }

    /// The builtin of a function of two operands, entry by entry, from the name table.
    static func binaryElementwise(_ name: String, _ summary: String, example: String) -> Builtin {
        named(name, "\(name)(x, y)", summary, example: example, .elementwise)
    }

    static let elementwise: [Builtin] = [
        mapped(.abs, "Absolute value.", example: "abs([-2 0 3])"),
        mapped(.sign, "Sign: -1, 0 or 1.", example: "sign([-2 0 3])"),
        mapped(.sqrt, "Square root (NaN for negatives: Nabla is real-only).", example: "sqrt([4 9 2])"),
        mapped(.exp, "Exponential e^x.", example: "exp([0 1])"),
        mapped(.log, "Natural logarithm (NaN for negatives).", example: "log([1 e 10])"),
        mapped(.log2, "Base-2 logarithm.", example: "log2([1 8 10])"),
        mapped(.log10, "Base-10 logarithm.", example: "log10([1 100 5])"),
        mapped(.log1p, "log(1 + x), accurate for small x.", example: "log1p(1e-10)"),
        mapped(.expm1, "exp(x) - 1, accurate for small x.", example: "expm1(1e-10)"),
        mapped(.sin, "Sine (radians).", example: "sin(pi/6)"),
        mapped(.cos, "Cosine (radians).", example: "cos([0 pi])"),
        mapped(.tan, "Tangent (radians).", example: "tan(pi/4)"),
        mapped(.asin, "Inverse sine.", example: "asin(1)"),
        mapped(.acos, "Inverse cosine.", example: "acos(0)"),
        mapped(.atan, "Inverse tangent.", example: "atan(1)"),
        mapped(.sinh, "Hyperbolic sine.", example: "sinh(1)"),
        mapped(.cosh, "Hyperbolic cosine.", example: "cosh(1)"),
        mapped(.tanh, "Hyperbolic tangent, an activation function with values in (-1, 1).", example: "tanh([-1 0 1])"),
        mapped(.gamma, "The gamma function; gamma(n) = (n-1)!.", example: "gamma(5)"),
        named(
            "psi", "psi(x)  psi(k, x)", "The digamma function ψ(x) = Γ′(x)/Γ(x); psi(k, x) is its k-th derivative (polygamma).",
            example: "psi([1 0.5 10])", .elementwise),
        mapped(.round, "Round to the nearest integer, halves away from zero.", example: "round([-2.5 -0.4 0.5 2.5])"),
        mapped(.floor, "Round towards minus infinity.", example: "floor([-1.5 1.5])"),
        mapped(.ceil, "Round towards plus infinity.", example: "ceil([-1.5 1.5])"),
        mapped(.fix, "Round towards zero.", example: "fix([-1.5 1.5])"),
        mapped(.isnan, "True where x is NaN.", example: "isnan([1 NaN 3])", .shape),
        mapped(.isinf, "True where x is infinite.", example: "isinf([1 Inf -Inf])", .shape),
        mapped(.isfinite, "True where x is neither infinite nor NaN.", example: "isfinite([1 Inf NaN])", .shape),
        binaryElementwise("mod", "Remainder after division, with the sign of the divisor.", example: "mod([-7 7], 3)"),
        binaryElementwise("rem", "Remainder after division, with the sign of the dividend.", example: "rem([-7 7], 3)"),
        binaryElementwise("atan2", "Four-quadrant inverse tangent of y/x.", example: "atan2(1, -1)"),
        binaryElementwise("power", "Element-wise power, the function form of .^", example: "power([1 2 3], 2)"),
        binaryElementwise("times", "Element-wise product, the function form of .*", example: "times([1 2], [3 4])"),
        binaryElementwise("plus", "Sum, the function form of +", example: "plus(1, [1 2])"),
        binaryElementwise("minus", "Difference, the function form of -", example: "minus(5, [1 2])"),
        binaryElementwise("rdivide", "Element-wise quotient, the function form of ./", example: "rdivide([2 4], 2)"),
        binaryElementwise("mtimes", "Matrix product, the function form of *", example: "mtimes([1 2], [3; 4])"),
        Builtin("hypot", "hypot(x, y)", "sqrt(x.^2 + y.^2) without overflow.", example: "hypot(3, 4)", .elementwise) { call in
            try call.arity(2...2)
            return [
                .matrix(
                    try Matrix.broadcast(try call.matrix(0), try call.matrix(1), op: "hypot") { a, b in
                        let m = Swift.max(Swift.abs(a), Swift.abs(b))
                        if m == 0 || m.isInfinite { return m }
                        let x = a / m, y = b / m
                        return m * (x * x + y * y).squareRoot()
                    })
            ]
        },
        Builtin(
            "double", "double(x)", "Converts to double precision (text becomes its character codes).",
            example: "double('AB')", .elementwise
        ) { call in
            try call.arity(1...1)
            return [.matrix(try call.matrix(0))]
        },
        Builtin("logical", "logical(x)", "Converts to logical: nonzero becomes true.", example: "logical([2 0 -1])", .elementwise) { call in
            try call.arity(1...1)
            let m = try call.matrix(0)
            if m.elements.contains(where: \.isNaN) { throw call.error("NaN can't be converted to logical value") }
            return [.logical(m.map { $0 != 0 ? 1 : 0 })]
        },
        named("not", "not(x)", "Logical negation, the function form of !", example: "not([1 0])", .elementwise),
        Builtin("xor", "xor(x, y)", "Exclusive or, element by element.", example: "xor([1 1 0], [1 0 0])", .elementwise) { call in
            try call.arity(2...2)
            return [.logical(try Matrix.broadcast(try call.matrix(0), try call.matrix(1), op: "xor") { ($0 != 0) != ($1 != 0) ? 1 : 0 })]
        }
    ]
}
