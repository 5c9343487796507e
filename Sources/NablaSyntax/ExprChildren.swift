extension Expr {
    /// Calls `visit` with each expression directly inside this one, in source order, and
    /// the names that expression may not see from outside: an anonymous function's
    /// parameters for its body, nothing otherwise. Walks over the tree build on this, so a
    /// new kind of expression is added to the walks in one place.
    public func forEachChild(_ visit: (Expr, _ binds: [String]) -> Void) {
        switch kind {
        case .number, .string, .identifier, .colonAll, .end, .functionHandle: break
        case .matrix(let rows), .cell(let rows): rows.joined().forEach { visit($0, []) }
        case .range(let a, let s, let b): visit(a, []); s.map { visit($0, []) }; visit(b, [])
        case .binary(_, let a, let b): visit(a, []); visit(b, [])
        case .unary(_, let a), .postfix(_, let a), .field(let a, _): visit(a, [])
        case .dynamicField(let a, let n): visit(a, []); visit(n, [])
        case .call(let f, let args), .cellIndex(let f, let args): visit(f, []); args.forEach { visit($0, []) }
        case .anonymousFunction(let ps, let body): visit(body, ps)
        case .increment(let target, _, _): visit(target, [])
        }
    }
}
