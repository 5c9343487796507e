extension Interpreter {
    /// Makes this interpreter's top-level variables, `:=` formulas and functions those of
    /// `other` — the fast way to start many throwaway sessions (exercise checks) from one
    /// workspace without re-running its `:save` script each time. Values are copied, so
    /// neither interpreter sees the other's later changes.
    public func adoptWorkspace(of other: Interpreter) {
        current.variables = other.current.variables
        current.formulas = other.current.formulas
        functions = other.functions
    }
}
