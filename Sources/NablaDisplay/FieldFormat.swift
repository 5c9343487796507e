#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How every number of one displayed value is written: one field width and
/// one notation, chosen from the whole value so that columns line up.
///
/// The rules are those of Octave 7's `pr-output.cc` (`make_real_format`,
/// `make_real_matrix_format`), rediscovered and checked case by case against
/// `octave-cli`; the golden tests in `DisplayGoldenTests` pin them down.
struct FieldFormat: Equatable {
    enum Notation: Equatable {
        /// `%{width}.{precision}g` — used for integer-valued data.
        case general(precision: Int)
        /// `%{width}.{decimals}f`.
        case fixed(decimals: Int)
        /// `%{width}.{decimals}e`.
        case scientific(decimals: Int)
    }

    /// Minimum characters per number; longer text overflows, as `setw` does.
    var width: Int
    var notation: Notation

    /// Octave's upper limits for a fixed layout before it switches to e-notation.
    private static let digits10 = 16
    private static let maxFieldWidth = 21

    /// Writes one number in this format. Zero is always "0" (so -0 shows as 0),
    /// and NaN / Inf / -Inf are words right-aligned in the field.
    func render(_ x: Double) -> String {
        if x == 0 { return "0".padded(toWidth: width) }
        if x.isNaN { return "NaN".padded(toWidth: width) }
        if x.isInfinite { return (x < 0 ? "-Inf" : "Inf").padded(toWidth: width) }
        switch notation {
        case let .general(precision):
            return CFormat.general(x, width: width, precision: max(precision, 1))
        case let .fixed(decimals):
            return CFormat.fixed(x, width: width, precision: decimals)
        case let .scientific(decimals):
            return CFormat.scientific(x, width: width, precision: decimals)
        }
    }

    /// Number of digits before the decimal point of |x| (x > 0): 1 + floor(log10 x).
    /// Negative for numbers below 0.1.
    static func digits(_ x: Double) -> Int {
        Int(floor(log10(x))) + 1
    }

    // MARK: Scalars

    /// The format for a single number shown on its own (`x = 3.1416`).
    static func scalar(_ x: Double, format: NumberFormat) -> FieldFormat {
        let prec = format.precision
        let infOrNaN = !x.isFinite
        let isInteger = !infOrNaN && x.rounded() == x
        let magnitude = abs(x)
        let digits = (infOrNaN || magnitude == 0) ? 0 : Self.digits(magnitude)

        var width: Int
        var ld = 0, rd = 0
        if infOrNaN {
            width = 3
        } else if isInteger {
            width = digits
            ld = digits
        } else {
            if digits > 0 {
                ld = digits
                rd = prec > digits ? prec - digits : prec
            } else if digits < 0 {
                ld = 1
                rd = prec > digits ? prec - digits : prec
            } else {
                ld = 1
                rd = prec > 1 ? prec - 1 : prec
            }
            width = ld + 1 + rd
        }

        if ld + rd > digits10 || width > maxFieldWidth || Double(ld + rd) > 1.5 * Double(prec) {
            // e-notation: "d." + (prec-1) decimals + "e+dd".
            width = infOrNaN ? 3 : prec + 5
            return FieldFormat(width: width, notation: .scientific(decimals: prec - 1))
        }
        if infOrNaN || isInteger {
            return FieldFormat(width: width, notation: .general(precision: ld))
        }
        return FieldFormat(width: width, notation: .fixed(decimals: rd))
    }

    // MARK: Matrices

    /// Summary of a matrix's values that decides its display format.
    struct Survey {
        var hasInfOrNaN = false
        /// Octave 7.3 tests "all integers" in single precision, rounding with
        /// floor(f + 0.5) in float arithmetic. So in a matrix (not alone) 2.00000001
        /// and 1e-50 count as integers, while odd integers between 2^23 and 2^24
        /// (e.g. 9665301, where f + 0.5 rounds to even) do not. Matching this quirk
        /// is what makes the columns come out as Octave's do.
        var allIntegers = true
        var maxAbs = -Double.greatestFiniteMagnitude
        var minAbs = Double.greatestFiniteMagnitude
        var sawFinite = false

        mutating func add(_ x: Double) {
            if !x.isFinite {
                hasInfOrNaN = true
            } else {
                let f = Float(x)
                if f.isFinite && (f + 0.5).rounded(.down) != f { allIntegers = false }
                let a = abs(x)
                sawFinite = true
                if a > maxAbs { maxAbs = a }
                if a < minAbs { minAbs = a }
            }
        }
    }

    /// The format shared by all elements of a matrix with at least two elements.
    /// A range (`0:0.25:1`) that is not all integers gets one more column: Octave's
    /// make_range_format leaves room for a sign whether or not one appears.
    static func matrix(_ survey: Survey, format: NumberFormat, isRange: Bool = false) -> FieldFormat {
        let prec = format.precision
        let maxAbs = survey.sawFinite ? survey.maxAbs : 0
        let minAbs = survey.sawFinite ? survey.minAbs : 0
        var xMax = maxAbs == 0 ? 0 : digits(maxAbs)
        var xMin = minAbs == 0 ? 0 : digits(minAbs)
        let infOrNaN = survey.hasInfOrNaN

        var width: Int
        var ld = 0, rd = 0
        if survey.allIntegers {
            let d = max(xMax, xMin)
            width = d <= 0 ? 2 : d + 1
            if infOrNaN && width < 4 { width = 4 }
            rd = width
        } else {
            let (ldMax, rdMax, xMaxNext) = leadAndTrail(xMax, prec)
            let (ldMin, rdMin, xMinNext) = leadAndTrail(xMin, prec)
            xMax = xMaxNext
            xMin = xMinNext
            ld = max(ldMax, ldMin)
            rd = max(rdMax, rdMin)
            width = 1 + ld + 1 + rd + (isRange ? 1 : 0)
            if infOrNaN && width < 4 { width = 4 }
        }

        if ld + rd > digits10 || width > maxFieldWidth || Double(ld + rd) > 1.5 * Double(prec) {
            // Three-digit exponents need one more column.
            let exponentWidth = (xMax > 100 || xMin > 100) ? 5 : 4
            width = max(2 + prec + exponentWidth, infOrNaN ? 4 : 0)
            return FieldFormat(width: width, notation: .scientific(decimals: prec - 1))
        }
        if survey.allIntegers {
            return FieldFormat(width: width, notation: .general(precision: rd))
        }
        return FieldFormat(width: width, notation: .fixed(decimals: rd))
    }

    /// Digits left and right of the point for a number with `x` integer digits,
    /// and the adjusted digit count Octave uses to size the exponent.
    private static func leadAndTrail(_ x: Int, _ prec: Int) -> (Int, Int, Int) {
        if x > 0 {
            return (x, prec > x ? prec - x : prec, x + 1)
        } else if x < 0 {
            return (1, prec > x ? prec - x : prec, -x + 1)
        } else {
            return (1, prec > 1 ? prec - 1 : prec, 1)
        }
    }

    /// Logical arrays: one character per value.
    static let logical = FieldFormat(width: 1, notation: .general(precision: 1))
}
