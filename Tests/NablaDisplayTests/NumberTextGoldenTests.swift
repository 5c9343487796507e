import NablaNumerics
import Testing

@testable import NablaDisplay

/// How num2str was called: num2str(x), num2str(x, precision) or num2str(x, format).
enum Num2strArgument: Sendable {
    case auto
    case precision(Int)
    case format(String)
}

struct Num2strCase: CustomStringConvertible, Sendable {
    let matrix: Matrix
    let cls: ElementClass
    let argument: Num2strArgument
    let expected: [String]

    init(_ matrix: Matrix, class cls: ElementClass, _ argument: Num2strArgument, expected: [String]) {
        self.matrix = matrix
        self.cls = cls
        self.argument = argument
        self.expected = expected
    }

    var description: String { "num2str(\(matrix.rows)x\(matrix.cols) \(matrix.elements), \(argument))" }
}

struct Mat2strCase: CustomStringConvertible, Sendable {
    let matrix: Matrix
    let cls: ElementClass
    let precision: Int
    let expected: String

    init(_ matrix: Matrix, class cls: ElementClass, precision: Int, expected: String) {
        self.matrix = matrix
        self.cls = cls
        self.precision = precision
        self.expected = expected
    }

    var description: String { "mat2str(\(matrix.rows)x\(matrix.cols) \(matrix.elements), \(precision))" }
}

@Suite("num2str and mat2str match Octave 7.3")
struct NumberTextGoldenTests {
    @Test("num2str", arguments: num2strGoldenCases)
    func num2str(_ c: Num2strCase) throws {
        let rows: [String]
        switch c.argument {
        case .auto: rows = try NumberText.num2str(c.matrix, class: c.cls)
        case let .precision(p): rows = try NumberText.num2str(c.matrix, precision: p)
        case let .format(f): rows = try NumberText.num2str(c.matrix, format: f)
        }
        #expect(rows == c.expected)
    }

    @Test("mat2str", arguments: mat2strGoldenCases)
    func mat2str(_ c: Mat2strCase) throws {
        #expect(try NumberText.mat2str(c.matrix, class: c.cls, precision: c.precision) == c.expected)
    }

    @Test func charInputPassesThroughNum2str() throws {
        let m = Matrix(rowMajor: [[104, 105]])
        #expect(try NumberText.num2str(m, class: .char) == ["hi"])
    }

    @Test func emptyInputGivesNoRows() throws {
        #expect(try NumberText.num2str(Matrix.empty, class: .double) == [])
        #expect(try NumberText.num2str(Matrix(rows: 0, cols: 3), format: "%d") == [])
    }

    @Test func malformedNum2strFormatThrows() throws {
        #expect(throws: PrintfError.self) { try NumberText.num2str(Matrix(scalar: 1), format: "%q") }
    }

    @Test func mat2strQuotesCharArrays() throws {
        let m = Matrix(rowMajor: [[105, 39, 115]])  // i's
        #expect(try NumberText.mat2str(m, class: .char, precision: 15) == "'i''s'")
    }
}
