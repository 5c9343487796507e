import NablaNumerics
import NablaSymbolic

extension Builtins {
    static let linearAlgebra: [Builtin] = [
        named("inv", "inv(A)", "The inverse of a square matrix (warns when it is singular).", example: "inv([4 7; 2 6])", .linearAlgebra),
        named("det", "det(A)", "The determinant of a square matrix, by LU factorisation.", example: "det(magic(3))", .linearAlgebra),
        named("trace", "trace(A)", "The sum of the diagonal of a square matrix.", example: "trace([1 2; 3 4])", .linearAlgebra),
        Builtin(
            "transpose", "transpose(A)", "The transpose, the function form of .'",
            example: "transpose([1 2 3])", .linearAlgebra
        ) { call in
            try call.arity(1...1)
            let t = try call.tensor(0)
            return [.tensor(Tensor(t.matrix.transposed, class: t.elementClass))]
        },
        Builtin(
            "kron", "kron(A, B)", "The Kronecker product: every entry of A times the whole of B.",
            example: "kron([1 2], [1; 1])", .linearAlgebra
        ) { call in
            try call.arity(2...2)
            let a = try call.matrix(0), b = try call.matrix(1)
            do { try Limits.check(rows: Double(a.rows * b.rows), cols: Double(a.cols * b.cols)) } catch let e as NumericError {
                throw call.error(e.description)
            }
            return [.matrix(try call.interpreter.apply(.kron, [a, b], at: call.range))]
        },
        Builtin(
            "norm", "norm(x)  norm(x, p)  norm(x, 'fro')  norm(x, Inf)",
            "Vector p-norms; matrix 1-, 2- (largest singular value), Inf- and Frobenius norms.",
            example: "norm([3 4])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            var kind = NormKind.p(2)
            if call.args.count == 2 {
                if call.isString(1) {
                    let s = try call.string(1).lowercased()
                    switch s {
                    case "fro": kind = .frobenius
                    case "inf": kind = .infinity
                    case "-inf": kind = .negativeInfinity
                    default: throw call.error("unknown norm type '\(s)'", hint: "use 1, 2, Inf or 'fro'")
                    }
                } else {
                    let p = try call.number(1)
                    kind = p == .infinity ? .infinity : p == -.infinity ? .negativeInfinity : .p(p)
                }
            }
            return [.matrix(try call.interpreter.apply(.norm(kind), [try call.matrix(0)], at: call.range))]
        },
        Builtin(
            "diag", "diag(v)  diag(v, k)  diag(A)  diag(A, k)",
            "A diagonal matrix from a vector, or the diagonal of a matrix as a column.",
            example: "diag([1 2 3])", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let k = call.args.count == 2 ? try call.integer(1, min: -(1 << 53)) : 0
            let m = try call.matrix(0)
            if m.shape.isVector {
                do { try Limits.check(rows: Double(m.count + Swift.abs(k)), cols: Double(m.count + Swift.abs(k))) } catch let e as NumericError {
                    throw call.error(e.description)
                }
            }
            do { return [.matrix(try Matrix.diag(m, k: k))] } catch let e as NumericError { throw call.error(e.description) }
        },
        Builtin(
            "triu", "triu(A)  triu(A, k)", "The upper triangle of a matrix (on and above diagonal k).",
            example: "triu(magic(3))", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let k = call.args.count == 2 ? try call.integer(1, min: -(1 << 53)) : 0
            var m = try call.matrix(0)
            for j in 0..<m.cols { for i in 0..<m.rows where j - i < k { m[i, j] = 0 } }
            return [.matrix(m)]
        },
        Builtin(
            "tril", "tril(A)  tril(A, k)", "The lower triangle of a matrix (on and below diagonal k).",
            example: "tril(magic(3))", .linearAlgebra
        ) { call in
            try call.arity(1...2)
            let k = call.args.count == 2 ? try call.integer(1, min: -(1 << 53)) : 0
            var m = try call.matrix(0)
            for j in 0..<m.cols { for i in 0..<m.rows where j - i > k { m[i, j] = 0 } }
            return [.matrix(m)]
        },
        Builtin(
            "dot", "dot(x, y)", "The dot product of two vectors of equal length.",
            example: "dot([1 2 3], [4 5 6])", .linearAlgebra
        ) { call in
            try call.arity(2...2)
            let a = try call.matrix(0), b = try call.matrix(1)
            guard a.count == b.count else {
                throw call.error("sizes of x and y must match (\(a.shape) and \(b.shape))")
            }
            var s = 0.0
            for k in 0..<a.count { s += a.elements[k] * b.elements[k] }
            return [.number(s)]
        }
    ]
}
