import NablaNumerics
import NablaSyntax

/// A function built into the language, with the documentation `help` shows.
///
/// This one table drives evaluation, `help NAME`, tab completion and the test that
/// runs every documented example, so documentation cannot drift from behaviour.
public struct Builtin: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case construction = "Building arrays"
        case elementwise = "Element-wise maths"
        case reduction = "Sums, means and other reductions"
        case linearAlgebra = "Linear algebra"
        case shape = "Shapes and indexing"
        case text = "Text and printing"
        case session = "Session"
        case neural = "Neural networks"
        case symbolic = "Symbolic maths and derivatives"
    }

    public let name: String
    /// How it is called, e.g. `sum(x)  sum(x, dim)`.
    public let signature: String
    /// One line: what it does.
    public let summary: String
    /// Code that `help` runs to show a real result.
    public let example: String
    public let category: Category
    let body: @Sendable (inout BuiltinCall) throws -> [Value]

    init(_ name: String, _ signature: String, _ summary: String, example: String, _ category: Category,
         _ body: @escaping @Sendable (inout BuiltinCall) throws -> [Value]) {
        self.name = name
        self.signature = signature
        self.summary = summary
        self.example = example
        self.category = category
        self.body = body
    }
}

public enum Builtins {
    /// Every builtin by name.
    public static let table: [String: Builtin] = {
        var t: [String: Builtin] = [:]
        for b in construction + elementwise + reductions + linearAlgebra + shapes + text + session + neural + symbolic {
            t[b.name] = b
        }
        return t
    }()

    public static var names: [String] { table.keys.sorted() }
}
