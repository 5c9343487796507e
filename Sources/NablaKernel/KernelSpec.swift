import Foundation

/// The kernelspec that tells Jupyter how to start Nabla: `kernels/nabla/kernel.json`.
public enum KernelSpec {
    /// Nabla's language is Octave's, so notebooks borrow Octave's highlighting and `.m` files.
    static var languageInfo: [String: Any] {
        [
            "name": "nabla",
            "version": Kernel.version,
            "mimetype": "text/x-octave",
            "file_extension": ".m",
            "codemirror_mode": "octave",
            "pygments_lexer": "octave"
        ]
    }

    /// Where `install` writes: `--prefix P` → `P/share/jupyter/kernels/nabla` (a virtual
    /// environment's Jupyter looks there); otherwise the user's Jupyter data directory
    /// (`$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`, else `~/.local/share/jupyter`).
    public static func directory(prefix: String?, environment: [String: String]) -> String {
        if let prefix { return prefix + "/share/jupyter/kernels/nabla" }
        if let d = environment["JUPYTER_DATA_DIR"], !d.isEmpty { return d + "/kernels/nabla" }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/jupyter/kernels/nabla" }
        return (environment["HOME"] ?? ".") + "/.local/share/jupyter/kernels/nabla"
    }

    /// The kernel.json text for an executable at `executable` (an absolute path).
    public static func json(executable: String) -> String {
        let spec: [String: Any] = [
            "argv": [executable, "kernel", "-f", "{connection_file}"],
            "display_name": "Nabla",
            "language": "nabla",
            "interrupt_mode": "signal",
            "metadata": ["debugger": false]
        ]
        let data = (try? JSONSerialization.data(withJSONObject: spec, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes the kernelspec into `directory`, creating it; returns the file written.
    public static func install(executable: String, into directory: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/kernel.json"
        try json(executable: executable).write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }
}
