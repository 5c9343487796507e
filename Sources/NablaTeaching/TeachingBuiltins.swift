import NablaRuntime

/// Every builtin of the teaching layer, gathered from the files that define them.
public enum TeachingBuiltins {
    public static var all: [Builtin] {
        traces + steps + training + datasets + splits + metrics + initialisers + encoding + files + plots + graphs
            + octavePlotCalls
    }
}
