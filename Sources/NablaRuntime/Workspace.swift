import NablaSyntax

/// The variables of one scope: the session's top level, or one call of a user function.
public final class Frame {
    // Used by one session's thread, never in overlapping accesses, and touched at every compiled
    // call: the dynamic exclusivity check would cost more than the access.
    @exclusivity(unchecked) public var variables: [String: Value] = [:]
    /// Formulas bound with `:=`, by name, with the source they came from.
    @exclusivity(unchecked) public var formulas: [String: Formula] = [:]
    /// How many outputs the caller asked for (Octave's nargout) and got (nargin).
    @exclusivity(unchecked) var nargin = 0
    @exclusivity(unchecked) var nargout = 0
    /// The `.m` file whose function is running: its subfunctions are visible here.
    var file: String?

    public init() {}
}

/// A name bound to an expression with `:=`; evaluated afresh each time it is used.
public struct Formula: Sendable {
    public var expr: Expr
    public var source: SourceFile
}

/// A user-defined function together with the source it was read from.
public struct UserFunction: Sendable {
    public var definition: FunctionDefinition
    public var source: SourceFile
    /// The `.m` file it was read from, if any: its body may call that file's subfunctions.
    public var file: String?

    public init(definition: FunctionDefinition, source: SourceFile) {
        self.definition = definition
        self.source = source
    }
}
