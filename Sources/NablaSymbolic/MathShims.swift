#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

// The C maths library under names that cannot clash with Nabla's own `exp`, `log`, …
// (ElementFunction has cases with those names).
@inline(__always) func libm_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) func libm_log(_ x: Double) -> Double { log(x) }
@inline(__always) func libm_sin(_ x: Double) -> Double { sin(x) }
@inline(__always) func libm_cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func libm_tan(_ x: Double) -> Double { tan(x) }
@inline(__always) func libm_log2(_ x: Double) -> Double { log2(x) }
@inline(__always) func libm_log10(_ x: Double) -> Double { log10(x) }
@inline(__always) func libm_log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) func libm_expm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) func libm_asin(_ x: Double) -> Double { asin(x) }
@inline(__always) func libm_acos(_ x: Double) -> Double { acos(x) }
@inline(__always) func libm_atan(_ x: Double) -> Double { atan(x) }
@inline(__always) func libm_atan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
@inline(__always) func libm_sinh(_ x: Double) -> Double { sinh(x) }
@inline(__always) func libm_cosh(_ x: Double) -> Double { cosh(x) }
@inline(__always) func libm_erf(_ x: Double) -> Double { erf(x) }
@inline(__always) func libm_erfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) func libm_tgamma(_ x: Double) -> Double { tgamma(x) }
@inline(__always) func libm_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
