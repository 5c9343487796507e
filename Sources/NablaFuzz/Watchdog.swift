#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import NablaRuntime

/// Stops one fuzz input that runs too long, the way a student's Ctrl-C would.
///
/// A fuzzer easily writes `while 1, end`; the language is meant to run such loops until
/// the user interrupts them, so a hang there is not a bug. What would be a bug is a long
/// operation that ignores the interrupt. The watchdog raises `Interrupt` once an input
/// has run for `budget` seconds; libFuzzer's own `-timeout` (set well above the budget)
/// then catches only work that does not poll the flag.
///
/// Contract: `begin()` before running an input, `end()` after it; between inputs the
/// interrupt flag is cleared so a late request never leaks into the next input.
final class Watchdog: Sendable {
    private let budgetNanoseconds: UInt64
    /// Start time of the running input in nanoseconds; 0 while idle.
    private let startedAt = Atomic<UInt64>(0)

    init(budgetSeconds: Double) {
        budgetNanoseconds = UInt64(budgetSeconds * 1e9)
    }

    /// Starts the background thread that watches the clock.
    func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t? = nil
        #endif
        _ = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Watchdog>.fromOpaque(raw).takeUnretainedValue().watch()
            return nil
        }, context)
    }

    func begin() {
        Interrupt.clear()
        startedAt.store(Self.now(), ordering: .sequentiallyConsistent)
    }

    func end() {
        startedAt.store(0, ordering: .sequentiallyConsistent)
        Interrupt.clear()
    }

    private func watch() {
        while true {
            usleep(20_000)
            let start = startedAt.load(ordering: .sequentiallyConsistent)
            if start != 0, Self.now() &- start > budgetNanoseconds {
                Interrupt.request()
            }
        }
    }

    private static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
