import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Large element-wise loops and products split across the machine's cores.
///
/// Every piece of work is divided into fixed, disjoint parts that depend only on the
/// sizes, and each element is computed by exactly the same operations whichever thread
/// does it, so results never depend on scheduling.
public enum Parallel {
    /// How many cores the loops may use.
    public static let cores: Int = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Calls `body` on consecutive ranges that together cover `0..<count`: one range
    /// when `count` is below twice `grain`, otherwise up to one per core, run at once.
    /// `body` must only write what belongs to its own range.
    @inlinable
    public static func forEachRange(_ count: Int, grain: Int, _ body: (Range<Int>) -> Void) {
        let parts = Swift.min(cores, count / Swift.max(grain, 1))
        if parts < 2 {
            body(0..<count)
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                shared.value(count * part / parts..<count * (part + 1) / parts)
            }
        }
    }
}

/// A value handed to other threads by code that guarantees they use it safely (each
/// part of a `Parallel` loop touches only its own elements).
@usableFromInline
struct UncheckedSendable<Value>: @unchecked Sendable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
}
