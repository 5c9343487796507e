#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin bridge to the C library's `vsnprintf`, which Octave itself relies
/// on (through C++ streams and `printf`), so digits, rounding and exponent
/// spelling come out exactly the same.
///
/// Callers build the conversion specification themselves and must pass an
/// argument of the type the specification expects (`%f/%e/%g` → Double,
/// `%lld` → Int64, `%llu/%llx/%llo` → UInt64); nothing from user input reaches
/// the specification unchecked.
enum CFormat {
    static func render(_ spec: String, _ value: Double) -> String {
        render(spec, [value])
    }

    static func render(_ spec: String, _ value: Int64) -> String {
        render(spec, [value])
    }

    static func render(_ spec: String, _ value: UInt64) -> String {
        render(spec, [value])
    }

    /// `%*.*f`-style helpers for the display code.
    static func fixed(_ x: Double, width: Int, precision: Int) -> String {
        render("%\(width).\(precision)f", x)
    }

    static func scientific(_ x: Double, width: Int, precision: Int) -> String {
        render("%\(width).\(precision)e", x)
    }

    static func general(_ x: Double, width: Int, precision: Int) -> String {
        render("%\(width).\(precision)g", x)
    }

    private static func render(_ spec: String, _ args: [CVarArg]) -> String {
        var size = 64
        // A second pass is needed only for very long results (e.g. "%f" of 1e300).
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: size)
            let written = buffer.withUnsafeMutableBufferPointer { out in
                withVaList(args) { vsnprintf(out.baseAddress, size, spec, $0) }
            }
            if written < 0 { return "" }
            if Int(written) < size {
                let bytes = buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }
                return String(decoding: bytes, as: UTF8.self)
            }
            size = Int(written) + 1
        }
        return ""
    }
}

extension String {
    /// Right-aligns `self` in a field of `width` characters (never truncates),
    /// as C++ `std::setw` does.
    func padded(toWidth width: Int) -> String {
        let n = count
        return n >= width ? self : String(repeating: " ", count: width - n) + self
    }

    /// Left-aligns `self` in a field of `width` characters (never truncates).
    func leftPadded(toWidth width: Int) -> String {
        let n = count
        return n >= width ? self : self + String(repeating: " ", count: width - n)
    }
}
