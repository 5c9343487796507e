import NablaRuntime

/// Functions the lessons use that later parts of Nabla add (the teaching views, the
/// neural-network vocabulary). A lesson that calls one before it exists is reported by
/// check mode as "skipped: needs NAME" instead of failing, so the curriculum can be
/// written ahead of the features and lights up as they land.
///
/// Only names on this list are excused: a misspelt variable in a lesson is still an error.
public enum PlannedFeatures {
    public static let names: Set<String> = [
        "forward", "backward", "step", "undo", "train", "plot", "saveplot", "graph",
        "xavier", "he", "accuracy", "precision", "recall", "f1", "confusion", "onehot", "argmax",
        "dlmread", "csvread", "csvwrite", "linear_data", "spiral_data", "blobs_data", "xor_data",
        "grad", "jacobian", "hessian", "gradcheck", "sym", "simplify", "expand", "latex",
        "sigmoid", "relu", "leaky_relu", "softmax", "mse", "bce", "cross_entropy", "tanh",
    ]

    /// The planned function an error message complains about, when it is one that does
    /// not exist yet in this build ("'train' undefined").
    public static func missing(in errorText: String) -> String? {
        var rest = Substring(errorText)
        while let open = rest.firstIndex(of: "'") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "'") else { return nil }
            let name = String(after[..<close])
            let tail = after[after.index(after: close)...]
            let complaint = tail.hasPrefix(" undefined") || rest[..<open].hasSuffix("undefined function ")
                || rest[..<open].hasSuffix("undefined ")
            if complaint, names.contains(name), Builtins.table[name] == nil { return name }
            rest = tail
        }
        return nil
    }
}
