import NablaNumerics
import NablaSyntax

/// A lesson's set-up code rewritten to run on fresh data of the same shapes, so a check
/// cannot be passed by a coincidence of the lesson's numbers.
///
/// Two kinds of data are replaced, nothing else: a matrix literal of two or more numbers
/// assigned to a variable (`W1 = [0.5 -0.2; 0.1 0.4]`) becomes random numbers of the
/// same shape and kind — 0/1 stays 0/1, integers stay integers in the same range,
/// positive stays positive, a symmetric matrix stays symmetric — and the seed of
/// `rng(N)` becomes another seed. Scalars (learning rates, step sizes, counts) and every
/// computation are kept, so derived values are recomputed from the fresh data.
enum FreshData {
    /// The code with its data replaced; the code itself when it does not parse.
    static func rewrite(_ code: String, generator: inout SplitMix64) -> String {
        let source = SourceFile(name: "<fresh>", text: code)
        guard let program = try? Parser.parse(source) else { return code }
        var edits: [(Range<Int>, String)] = []
        collect(program.statements, source: source, generator: &generator, into: &edits)
        return edits.isEmpty ? code : SyntaxWalk.splice(source, edits)
    }

    static func collect(
        _ statements: [Statement], source: SourceFile, generator: inout SplitMix64,
        into edits: inout [(Range<Int>, String)]
    ) {
        for s in statements {
            switch s.kind {
            case .assignment(let targets, .plain, let e, _) where targets.count == 1 && targets[0].steps.isEmpty:
                if let m = literal(e), m.rows * m.cols >= 2 {
                    edits.append((SyntaxWalk.span(of: e, in: source), text(fresh(m, &generator))))
                }
            case .expression(let e, _):
                if case .call(let f, let args) = e.kind, case .identifier("rng") = f.kind, args.count == 1,
                    case .number(let seed) = args[0].kind
                {
                    let next = Double(Int(seed) &+ 1 + Int(generator.next() % 100_000))
                    edits.append((SyntaxWalk.span(of: args[0], in: source), OctaveCode.number(next)))
                }
            default:
                continue
            }
        }
    }

    /// A literal matrix of numbers: rows × cols entries, column-major.
    static func literal(_ e: Expr) -> (rows: Int, cols: Int, values: [Double])? {
        guard case .matrix(let rows) = e.kind, !rows.isEmpty else { return nil }
        let width = rows[0].count
        guard width > 0, rows.allSatisfy({ $0.count == width }) else { return nil }
        var byRow: [[Double]] = []
        for row in rows {
            var r: [Double] = []
            for item in row {
                switch item.kind {
                case .number(let v): r.append(v)
                case .unary(.negate, let inner):
                    guard case .number(let v) = inner.kind else { return nil }
                    r.append(-v)
                default: return nil
                }
            }
            byRow.append(r)
        }
        var values: [Double] = []
        for j in 0..<width { for i in 0..<rows.count { values.append(byRow[i][j]) } }
        return (rows.count, width, values)
    }

    /// Random values like `m`'s.
    static func fresh(_ m: (rows: Int, cols: Int, values: [Double]), _ g: inout SplitMix64) -> (rows: Int, cols: Int, values: [Double]) {
        let v = m.values
        let lo = v.min() ?? 0, hi = v.max() ?? 0
        let draw: () -> Double
        var local = g
        if v.allSatisfy({ $0 == 0 || $0 == 1 }) {
            draw = { Double(local.next() % 2) }
        } else if v.allSatisfy({ $0 == $0.rounded() }) {
            let a = Int(lo) - (lo == hi ? 2 : 0), b = Int(hi) + (lo == hi ? 2 : 0)
            draw = { Double(a + Int(local.next() % UInt64(b - a + 1))) }
        } else if lo > 0 {
            let top = hi < 1 ? 1.0 : hi * 1.5
            draw = { 0.05 * top + 0.9 * top * local.uniform() }
        } else {
            let rms = (v.reduce(0) { $0 + $1 * $1 } / Double(v.count)).squareRoot()
            draw = { rms * local.normal() }
        }
        var out = v
        // A draw that repeats the lesson's own numbers would test nothing; try again.
        for _ in 0..<8 {
            out = (0..<v.count).map { _ in draw() }
            if m.rows == m.cols, m.rows > 1, isSymmetric(m) {
                for i in 0..<m.rows { for j in 0..<i { out[i + j * m.rows] = out[j + i * m.rows] } }
            }
            if out != v, Set(out).count > 1 || Set(v).count == 1 { break }
        }
        g = local
        return (m.rows, m.cols, out)
    }

    static func isSymmetric(_ m: (rows: Int, cols: Int, values: [Double])) -> Bool {
        for i in 0..<m.rows { for j in 0..<m.cols where m.values[i + j * m.rows] != m.values[j + i * m.rows] { return false } }
        return true
    }

    static func text(_ m: (rows: Int, cols: Int, values: [Double])) -> String {
        "["
            + (0..<m.rows).map { i in (0..<m.cols).map { j in OctaveCode.number(m.values[i + j * m.rows]) }.joined(separator: " ") }
            .joined(separator: "; ") + "]"
    }
}
