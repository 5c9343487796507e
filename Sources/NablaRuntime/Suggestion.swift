/// "Did you mean …?" — the closest known name by edit distance, when close enough
/// to be a likely typo.
enum Suggestion {
    static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        // One- and two-letter names are too short for a typo to be recognisable
        // (`q` is one edit from `e`); only a difference of case is worth pointing out.
        if target.count < 3 {
            return candidates.first { $0 != name && $0.lowercased() == name.lowercased() }
        }
        var best: (String, Int)? = nil
        let limit = max(1, min(3, target.count / 3))
        for c in Set(candidates) where c != name {
            // The distance is at least the difference in length: skipping those candidates
            // keeps a 100 000-character name from costing seconds of quadratic work.
            let other = Array(c.lowercased())
            guard abs(other.count - target.count) <= limit else { continue }
            let d = distance(target, other)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) {
                best = (c, d)
            }
        }
        return best?.0
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
