/// The data of a printf call seen as Octave's `printf_value_cache` sees it:
/// one stream of elements, taken in order by the conversions, where a char
/// array is either a run of character codes (for `%d`, `%c`, …) or — when a
/// `%s` reaches it — the whole remaining text at once.
struct PrintfValues {
    enum Value {
        case number(Double)
        case text(String)
        /// An empty argument: it uses up one conversion and prints nothing
        /// (or an empty, padded field for `%s`/`%c`).
        case empty
    }

    private let args: [PrintfArgument]
    private var argIndex = 0
    private var elementIndex = 0
    /// The current argument's elements (character codes for text).
    private var current: [Double]? = nil

    init(_ args: [PrintfArgument]) {
        self.args = args
    }

    /// True once the last element of the last argument has been taken. The
    /// template is recycled only while this is false, so text after the final
    /// conversion is printed once and the template does not start over.
    var exhausted: Bool { argIndex >= args.count }

    /// The next element, or nil when none is left. `wholeText` asks for the rest
    /// of a char argument as one string (the `%s` rule).
    mutating func next(wholeText: Bool) -> Value? {
        guard argIndex < args.count else { return nil }
        if current == nil {
            switch args[argIndex] {
            case let .number(x): current = [x]
            case let .string(s): current = s.unicodeScalars.map { Double($0.value) }
            }
            elementIndex = 0
        }
        let elements = current ?? []
        guard elementIndex < elements.count else {
            advanceArgument()
            return .empty
        }
        if wholeText, case let .string(s) = args[argIndex] {
            let rest = s.unicodeScalars.dropFirst(elementIndex)
            advanceArgument()
            return .text(String(String.UnicodeScalarView(rest)))
        }
        let x = elements[elementIndex]
        elementIndex += 1
        if elementIndex >= elements.count { advanceArgument() }
        return .number(x)
    }

    private mutating func advanceArgument() {
        argIndex += 1
        current = nil
        elementIndex = 0
    }
}
