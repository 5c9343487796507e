#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaRuntime

/// Signal handling for the whole program. Only the executable installs handlers.
enum Signals {
    /// Ctrl-C raises the runtime's interrupt flag; work in progress polls it and stops.
    /// Installed without SA_RESTART so a blocking read returns EINTR.
    static func installInterruptHandler() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in Interrupt.request() }
        #else
        action.__sigaction_u.__sa_handler = { _ in Interrupt.request() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// A closed pipe is reported by write() as EPIPE, which ends the program quietly. A
    /// file grown past `ulimit -f` is reported as EFBIG (instead of SIGXFSZ killing the
    /// session, variables and all), and the write that hit it says so.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }
}
