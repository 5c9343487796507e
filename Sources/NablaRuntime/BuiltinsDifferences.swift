import NablaNumerics

/// `diff`: differences of neighbours, the discrete derivative.
extension Builtins {
    static let differences: [Builtin] = [
        Builtin(
            "diff", "diff(x)  diff(x, k)", "Differences of neighbouring elements (along the first dimension longer than 1); k times.",
            example: "diff([1 4 9 16])", .reduction
        ) { call in
            try call.arity(1...2)
            var m = try call.matrix(0)
            let times = call.args.count == 2 ? try call.integer(1) : 1
            for _ in 0..<times {
                if m.rows == 1 {
                    let n = Swift.max(m.cols - 1, 0)
                    m = Matrix(rows: 1, cols: n, elements: (0..<n).map { m[0, $0 + 1] - m[0, $0] })
                } else {
                    let r = Swift.max(m.rows - 1, 0)
                    var out = Matrix(rows: r, cols: m.cols)
                    for j in 0..<m.cols { for i in 0..<r { out[i, j] = m[i + 1, j] - m[i, j] } }
                    m = out
                }
            }
            return [.matrix(m)]
        }
    ]
}
