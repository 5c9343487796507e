import NablaNumerics
import NablaSymbolic

extension Builtins {
    /// The builtin of a name whose numeric meaning is the name table's (`NameTable`): the
    /// call is resolved by the table and run through the same primitive a formula of it
    /// builds, so `v = softmax(Z, 2)` and `v := softmax(Z, 2)` cannot mean different things.
    static func named(
        _ name: String, _ signature: String, _ summary: String, example: String,
        _ category: Builtin.Category
    ) -> Builtin {
        let found = NameTable.entry(name)
        return Builtin(name, signature, summary, example: example, category) { call in
            guard let entry = found else { throw call.error("has no entry in the name table") }
            try call.arity(entry.arity)
            var arguments: [CallArgument] = []
            var operands: [Matrix?] = []
            for k in call.args.indices {
                if entry.takesText, call.isString(k) {
                    arguments.append(.text(try call.string(k)))
                    operands.append(nil)
                } else {
                    let m = try call.matrix(k)
                    arguments.append(.operand(m.shape, m))
                    operands.append(m)
                }
            }
            let meaning: CallMeaning?
            do {
                meaning = try entry.meaning(of: arguments)
            } catch let e as NameTableError {
                throw call.error(e.message)
            }
            func pick(_ at: [Int]) throws -> [Matrix] {
                let picked = at.compactMap { $0 < operands.count ? operands[$0] : nil }
                guard picked.count == at.count else { throw call.error("an argument that must be numeric is text") }
                return picked
            }
            switch meaning {
            case .primitive(let p, let at)?:
                let result = try call.interpreter.apply(p, try pick(at), at: call.range)
                return [p.producesLogical || p.isPredicate ? .logical(result) : .matrix(result)]
            case .operand(let k)?:
                return [.matrix(try pick([k])[0])]
            case .derived?:
                return try derivedLoss(&call)
            case .number(let v)?:
                return [.number(v)]
            case nil:
                throw call.error("this form of the call is not supported", hint: "usage: \(signature)")
            }
        }
    }
}

extension Primitive {
    /// `isnan` and its kin: element functions whose results are logical.
    var isPredicate: Bool { if case .function(let f) = self { return f.producesLogical } else { return false } }
}
