import NablaNumerics
import NablaRuntime

/// The examples a stochastic method samples from: several variables (`X`, `y`) whose
/// examples line up along one dimension.
///
/// Examples are rows when every variable has the same number of rows (`X` is 300×2,
/// `y` 300×1); otherwise columns when the column counts agree (`X` 2×300, `Y` 3×300,
/// the layout `W*X` uses).
struct TrainingData {
    let names: [String]
    let full: [Matrix]
    let byRows: Bool
    let count: Int

    init(_ names: [String], in call: BuiltinCall) throws {
        self.names = names
        full = try names.map { try call.parameterValue($0) }
        let rows = Set(full.map(\.rows)), cols = Set(full.map(\.cols))
        if rows.count == 1, let r = rows.first, r > 1 || cols.count != 1 {
            byRows = true
            count = r
        } else if cols.count == 1, let c = cols.first {
            byRows = false
            count = c
        } else {
            let shapes = zip(names, full).map { "\($0) is \($1.shape)" }.joined(separator: ", ")
            throw call.error(
                "the data variables do not line up: \(shapes)",
                hint: "examples must be the rows (or the columns) of every data variable")
        }
        guard count > 0 else { throw call.error("the data set is empty") }
    }

    /// The rows of `m` at `indices`, in that order.
    static func rows(_ m: Matrix, _ indices: [Int]) -> Matrix {
        var e = [Double](repeating: 0, count: indices.count * m.cols)
        for j in 0..<m.cols {
            for (i, r) in indices.enumerated() { e[i + j * indices.count] = m.elements[r + j * m.rows] }
        }
        return Matrix(rows: indices.count, cols: m.cols, elements: e)
    }

    /// The examples at `indices` of every variable.
    func batch(_ indices: [Int]) -> [Matrix] {
        full.map { m in
            if byRows { return TrainingData.rows(m, indices) }
            var e: [Double] = []
            e.reserveCapacity(indices.count * m.rows)
            for c in indices { e.append(contentsOf: m.elements[(c * m.rows)..<((c + 1) * m.rows)]) }
            return Matrix(rows: m.rows, cols: indices.count, elements: e)
        }
    }
}

/// Walks the data set in shuffled batches, reshuffling each epoch, with the session's
/// generator — so a run repeats exactly under the same `rng` seed.
struct BatchSampler {
    let count: Int
    let size: Int
    let random: RandomSource
    private var order: [Int] = []
    private var position = 0

    init(count: Int, size: Int, random: RandomSource) {
        self.count = count
        self.size = min(size, count)
        self.random = random
    }

    mutating func next() throws -> [Int] {
        if position + size > order.count {
            order = try random.randperm(count).elements.map { Int($0) - 1 }
            position = 0
        }
        defer { position += size }
        return Array(order[position..<(position + size)])
    }
}
