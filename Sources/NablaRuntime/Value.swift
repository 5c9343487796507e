import NablaNumerics
import NablaSyntax

/// A value of the language.
///
/// Numbers, logicals and text are all matrices (`Tensor`), as in Octave. Cell arrays
/// hold other values; functions are first-class.
public enum Value: Sendable {
    case tensor(Tensor)
    case cell(CellArray)
    case function(FunctionValue)
    /// A formula (`sym`, `grad`, …): see `SymbolicValue`.
    case symbolic(SymbolicValue)
    /// A struct or struct array: `s.a = 1`, `struct('a', {1, 2})`.
    case structure(StructArray)

    public static func number(_ x: Double) -> Value { .tensor(Tensor(Matrix(scalar: x))) }
    public static func matrix(_ m: Matrix) -> Value { .tensor(Tensor(m)) }
    public static func logical(_ m: Matrix) -> Value { .tensor(Tensor(m, class: .logical)) }
    public static func bool(_ b: Bool) -> Value { .tensor(Tensor(Matrix(scalar: b ? 1 : 0), class: .logical)) }
    public static func string(_ s: String) -> Value { .tensor(Tensor(string: s)) }
    public static let empty = Value.tensor(Tensor(Matrix.empty))

    /// Octave's class name: double, logical, char, cell, function_handle.
    public var className: String {
        switch self {
        case .tensor(let t): return t.elementClass.rawValue
        case .cell: return "cell"
        case .function: return "function_handle"
        case .symbolic: return "sym"
        case .structure: return "struct"
        }
    }

    public var shape: Shape {
        switch self {
        case .tensor(let t): return t.matrix.shape
        case .cell(let c): return c.shape
        case .function: return .scalar
        case .symbolic(let s): return s.node.shape
        case .structure(let s): return s.shape
        }
    }

    /// Storage size as `whos` reports it.
    public var bytes: Int {
        switch self {
        case .tensor(let t):
            switch t.elementClass {
            case .double: return t.matrix.count * 8
            case .logical, .char: return t.matrix.count
            }
        case .cell(let c): return c.elements.reduce(0) { $0 + $1.bytes }
        case .function: return 0
        case .symbolic(let s): return (s.value?.count ?? 0) * 8
        case .structure(let s): return s.elements.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.bytes } }
        }
    }
}

/// A numeric, logical or character matrix.
public struct Tensor: Sendable, Equatable {
    public var matrix: Matrix
    public var elementClass: ElementClass
    /// How Octave would store this value, which changes only how it is shown: a range
    /// (`0:0.25:1`) and a diagonal matrix (`eye(3)`) print differently from a full matrix.
    public var storage: Storage = .full

    public enum Storage: Sendable, Equatable {
        case full, range, diagonal
    }

    public init(_ matrix: Matrix, class elementClass: ElementClass = .double, storage: Storage = .full) {
        self.matrix = matrix
        self.elementClass = elementClass
        self.storage = storage
    }

    /// A 1×n char row holding the string's Unicode scalars.
    public init(string: String) {
        let codes = string.unicodeScalars.map { Double($0.value) }
        self.init(Matrix(rows: codes.isEmpty ? 0 : 1, cols: codes.count, elements: codes), class: .char)
    }

    /// The text of a char array, row after row (rows joined by newlines).
    public var stringValue: String {
        var rows: [String] = []
        for i in 0..<matrix.rows {
            var s = String.UnicodeScalarView()
            for j in 0..<matrix.cols {
                let v = matrix[i, j]
                if v >= 0, v < 0x110000, let u = Unicode.Scalar(UInt32(v)) { s.append(u) }
            }
            rows.append(String(s))
        }
        return rows.joined(separator: "\n")
    }

    public var isString: Bool { elementClass == .char && matrix.rows <= 1 }
}

/// A two-dimensional cell array, column-major like everything else.
public struct CellArray: Sendable {
    public var rows: Int
    public var cols: Int
    public var elements: [Value]

    public init(rows: Int, cols: Int, elements: [Value]) {
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    public var shape: Shape { Shape(rows, cols) }
}

/// A callable: an anonymous function with the values it captured, or a handle to a
/// named function (builtin or user-defined), resolved when called.
public enum FunctionValue: Sendable {
    case anonymous(AnonymousFunction)
    case handle(String)
}

public final class AnonymousFunction: Sendable {
    public let parameters: [String]
    public let body: Expr
    /// Variables the body refers to, captured by value when the function was created.
    public let captured: [String: Value]
    public let source: SourceFile
    /// The `.m` file whose function created it: its body may call that file's subfunctions.
    public let file: String?

    public init(parameters: [String], body: Expr, captured: [String: Value], source: SourceFile, file: String? = nil) {
        self.parameters = parameters
        self.body = body
        self.captured = captured
        self.source = source
        self.file = file
    }

    /// The function as it was written: `@(x) x .^ 2`.
    public var text: String {
        "@(" + parameters.joined(separator: ", ") + ") " + source.text(in: body.range)
    }
}

extension OctaveCode {
    /// An anonymous function as Octave shows it: `@(x) x .^ 2`.
    static func anonymous(_ f: AnonymousFunction) -> String {
        "@(" + f.parameters.joined(separator: ", ") + ") " + OctaveCode.print(f.body)
    }
}
