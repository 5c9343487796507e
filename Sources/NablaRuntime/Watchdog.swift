#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Stops one piece of work that runs too long, the way a student's Ctrl-C would.
///
/// `while 1, end` is legal, and the language is meant to run it until interrupted, so a
/// harness that runs code it did not write (the fuzzer, `nabla lesson --check`, the builtin
/// sweep) needs a clock: the watchdog raises `Interrupt` once the work has run for `budget`
/// seconds. Work that polls the flag then stops with `Interrupted`. Work that ignores it is
/// a bug; when `patience` is given, `onHang` is called (once) with the work's label after
/// `budget + patience` seconds, so the harness can report the hang instead of blocking.
///
/// Contract: `begin(_:)` before the work, `end()` after it; both clear the interrupt flag,
/// so a late request never leaks into the next piece of work. The watching thread lives
/// as long as the process.
public final class Watchdog: Sendable {
    private let budget: UInt64
    public let budgetSeconds: Double
    private let patience: UInt64?
    private let onHang: @Sendable (String) -> Void
    private let state = Mutex<(label: String, started: UInt64, raised: Bool, reported: Bool)?>(nil)

    public init(budgetSeconds: Double, patienceSeconds: Double? = nil, onHang: @escaping @Sendable (String) -> Void = { _ in }) {
        budget = UInt64(budgetSeconds * 1e9)
        self.budgetSeconds = budgetSeconds
        patience = patienceSeconds.map { UInt64($0 * 1e9) }
        self.onHang = onHang
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t? = nil
        #endif
        _ = pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                Unmanaged<Watchdog>.fromOpaque(raw).takeUnretainedValue().watch()
                return nil
            }, context)
    }

    public func begin(_ label: String = "") {
        Interrupt.clear()
        state.withLock { $0 = (label, Self.now(), false, false) }
    }

    /// Ends the work; true when the budget ran out and the interrupt was raised for it.
    @discardableResult
    public func end() -> Bool {
        let raised = state.withLock { s -> Bool in
            defer { s = nil }
            return s?.raised ?? false
        }
        Interrupt.clear()
        return raised
    }

    private func watch() {
        while true {
            usleep(20_000)
            let hung: String? = state.withLock { current in
                guard var c = current else { return nil }
                let elapsed = Self.now() &- c.started
                if elapsed > budget && !c.raised {
                    Interrupt.request()
                    c.raised = true
                }
                var hung: String?
                if let patience, elapsed > budget &+ patience, !c.reported {
                    c.reported = true
                    hung = c.label
                }
                current = c
                return hung
            }
            if let hung { onHang(hung) }
        }
    }

    private static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
