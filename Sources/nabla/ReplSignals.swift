#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime

/// Signal handling for the interactive session.
///
/// The REPL runs on a worker thread (main.swift gives it a large stack) while the main
/// thread waits in `pthread_join`. The kernel delivers a terminal's signals to the main
/// thread first, so a blocking `read` on the REPL thread would never see `EINTR`: Ctrl-C
/// would not end the line, and libedit would miss resizes and returns from Ctrl-Z.
/// These handlers therefore re-send the signal to the REPL thread. They are installed
/// without SA_RESTART, so the read returns and libedit (which wraps them with its own
/// EL_SIGNAL handlers to restore the terminal) can react.
enum ReplSignals {
    nonisolated(unsafe) private static var replThread = pthread_self()

    /// Installs the handlers; call on the thread that reads input.
    static func install() {
        replThread = pthread_self()
        handle(SIGINT) { signal in
            Interrupt.request()
            ReplSignals.forward(signal)
        }
        // Resizes and returns from Ctrl-Z only need to wake the reader; libedit's own
        // handlers (active while it reads) redraw the line.
        handle(SIGWINCH) { signal in ReplSignals.forward(signal) }
        handle(SIGCONT) { signal in ReplSignals.forward(signal) }
    }

    /// Async-signal-safe: compares thread ids and sends a signal.
    private static func forward(_ signal: Int32) {
        if pthread_equal(pthread_self(), replThread) == 0 {
            pthread_kill(replThread, signal)
        }
    }

    private static func handle(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the reader must see EINTR
        sigaction(signal, &action, nil)
    }
}
