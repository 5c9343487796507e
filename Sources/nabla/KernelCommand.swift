#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import NablaKernel
import NablaLessons
import NablaRuntime

/// `nabla kernel …` — Nabla as a Jupyter kernel (the work is in NablaKernel; this only
/// wires the command line, signals and standard error).
///
/// main.swift sends every command line whose first word is `kernel` here.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nabla kernel",
        abstract: "Nabla as a Jupyter kernel.",
        discussion: """
            nabla kernel install [--user | --prefix P]   register the kernel with Jupyter ("Nabla" in the launcher)
            nabla kernel -f CONNECTION_FILE              serve a notebook (Jupyter runs this itself)
            """
    )

    @Argument(help: "install: write the kernelspec.")
    var action: String?

    @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file Jupyter wrote.")
    var connectionFile: String?

    @Flag(help: "With install: into your own Jupyter data directory (the default).")
    var user = false

    @Option(help: "With install: into PREFIX/share/jupyter/kernels (e.g. a virtual environment).")
    var prefix: String?

    mutating func run() throws {
        switch (action, connectionFile) {
        case ("install"?, _):
            if user && prefix != nil { throw LessonCommand.fail("choose one of --user and --prefix") }
            var environment: [String: String] = [:]
            for name in ["JUPYTER_DATA_DIR", "XDG_DATA_HOME", "HOME"] {
                if let v = getenv(name) { environment[name] = String(cString: v) }
            }
            let directory = KernelSpec.directory(prefix: prefix, environment: environment)
            do {
                let file = try KernelSpec.install(executable: LessonCommand.executablePath(), into: directory)
                print("installed the Nabla kernel: \(file)")
            } catch {
                throw LessonCommand.fail("could not write the kernelspec in \(directory): \(error.localizedDescription)")
            }
        case (nil, let file?):
            Signals.ignoreBrokenPipe()
            // Jupyter interrupts a kernel with SIGINT (interrupt_mode "signal"): the running
            // cell stops as a Ctrl-C stops the REPL's computation, keeping the variables.
            Signals.installInterruptHandler()
            let kernel: Kernel
            do {
                let lessons = LessonLibrary.defaultDirectory(executable: LessonCommand.executablePath())
                kernel = try Kernel(connectionFile: file, banner: "∇ Nabla \(NablaCommand.version)", lessons: lessons) { text in
                    TerminalOutput.writeAll(2, Array(text.utf8))
                }
            } catch {
                throw LessonCommand.fail("cannot start the kernel: \(error)")
            }
            kernel.run()
        case (let other?, _):
            throw LessonCommand.fail("unknown kernel action '\(other)'; try: nabla kernel install")
        case (nil, nil):
            throw LessonCommand.fail("nabla kernel needs -f CONNECTION_FILE (Jupyter gives it), or install")
        }
    }
}
