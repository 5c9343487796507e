import NablaNumerics
import NablaSymbolic

extension Builtins {
    static let neural: [Builtin] = [
        mapped(.sigmoid, "The logistic function σ(x) = 1 / (1 + e^-x), computed without overflow.",
               example: "sigmoid([-1 0 1])", .neural),
        mapped(.relu, "The rectified linear unit max(x, 0).", example: "relu([-2 0 3])", .neural),
        Builtin("leaky_relu", "leaky_relu(x)  leaky_relu(x, alpha)",
                "x where x > 0, alpha·x elsewhere (alpha defaults to 0.01).", example: "leaky_relu([-2 0 3])", .neural) { call in
            try call.arity(1...2)
            let alpha = call.args.count == 2 ? try call.number(1) : 0.01
            return [.matrix(try call.interpreter.apply(.leakyRelu(alpha: alpha), [try call.matrix(0)], at: call.range))]
        },
        Builtin("softmax", "softmax(z)", "Column-wise softmax: exp(z) / sum(exp(z)), shifted for stability.",
                example: "softmax([1; 2; 3])", .neural) { call in
            try call.arity(1...1)
            return [.matrix(try call.interpreter.apply(.softmax, [try call.matrix(0)], at: call.range))]
        },
    ]
}
