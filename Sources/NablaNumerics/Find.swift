/// Locating nonzero entries, the kernel of Octave's `find`.
extension Matrix {
    /// 0-based column-major positions of the nonzero entries, in increasing order.
    /// NaN counts as nonzero (it is not equal to 0), as in Octave.
    public func nonzeroIndices() -> [Int] {
        var found: [Int] = []
        for (i, x) in elements.enumerated() where x != 0 { found.append(i) }
        return found
    }
}
