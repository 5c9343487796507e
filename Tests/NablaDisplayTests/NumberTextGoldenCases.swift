// Generated from GNU Octave 7.3 (num2str / mat2str). Do not edit by hand.
import NablaNumerics

let num2strGoldenCases: [Num2strCase] = [
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [42.0]), class: .double, .auto, expected: ["42"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [3.14159265358979]), class: .double, .auto, expected: ["3.1416"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [-7.0]), class: .double, .auto, expected: ["-7"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [1.0, 2.0, 3.0]), class: .double, .auto, expected: ["1  2  3"]),
    Num2strCase(Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, .auto, expected: ["1  2", "3  4"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [1.5, -2.25, 3.0]), class: .double, .auto, expected: ["1.5       -2.25           3"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [10000000000.0]), class: .double, .auto, expected: ["10000000000"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [1e-05]), class: .double, .auto, expected: ["1e-05"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [123456789.0]), class: .double, .auto, expected: ["123456789"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [1e+16]), class: .double, .auto, expected: ["1e+16"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [.nan, 1.0, .infinity]), class: .double, .auto, expected: ["NaN    1  Inf"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [.nan]), class: .double, .auto, expected: ["NaN"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [.infinity, -.infinity]), class: .double, .auto, expected: ["Inf -Inf"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [0.0]), class: .double, .auto, expected: ["0"]),
    Num2strCase(
        Matrix(rows: 2, cols: 3, elements: [1.0, 1000.0, 10.0, 10000.0, 100.0, 100000.0]), class: .double, .auto,
        expected: ["   1      10     100", "1000   10000  100000"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [0.1, 0.22, 0.333]), class: .double, .auto, expected: ["0.1        0.22       0.333"]),
    Num2strCase(Matrix(rows: 2, cols: 1, elements: [1.5, -22.75]), class: .double, .auto, expected: ["   1.5", "-22.75"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [99999.5]), class: .double, .auto, expected: ["99999.5"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [1.0, 0.0, 1.0]), class: .logical, .auto, expected: ["1  0  1"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [1.0]), class: .logical, .auto, expected: ["1"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [3.141592653589793]), class: .double, .precision(8), expected: ["3.1415927"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [3.141592653589793, 1.0]), class: .double, .precision(3), expected: ["3.14         1"]),
    Num2strCase(Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, .precision(2), expected: ["1        2", "3        4"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [3.141592653589793]), class: .double, .format("%10.5f"), expected: ["3.14159"]),
    Num2strCase(Matrix(rows: 1, cols: 3, elements: [1.0, 2.0, 3.0]), class: .double, .format("%d,"), expected: ["1,2,3,"]),
    Num2strCase(Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, .format("%d %d\\n"), expected: ["1 2", "3 4"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [3.141592653589793]), class: .double, .format("%e"), expected: ["3.141593e+00"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [-0.5, 0.5]), class: .double, .auto, expected: ["-0.5         0.5"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [1e-20, 1.0]), class: .double, .auto, expected: ["1e-20           1"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [2.5, .nan]), class: .double, .auto, expected: ["2.5         NaN"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [12345.6789]), class: .double, .auto, expected: ["12345.6789"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [-0.0]), class: .double, .auto, expected: ["-0"]),
    Num2strCase(Matrix(rows: 1, cols: 2, elements: [1000000000000000.0, 1.0]), class: .double, .auto, expected: ["1000000000000000                 1"]),
    Num2strCase(Matrix(rows: 1, cols: 1, elements: [0.00123456789]), class: .double, .auto, expected: ["0.0012346"])
]

let mat2strGoldenCases: [Mat2strCase] = [
    Mat2strCase(Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, precision: 15, expected: "[1 2;3 4]"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [3.141592653589793]), class: .double, precision: 15, expected: "3.14159265358979"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [3.141592653589793]), class: .double, precision: 4, expected: "3.142"),
    Mat2strCase(Matrix(rows: 1, cols: 3, elements: [1.0, 0.0, 1.0]), class: .logical, precision: 15, expected: "[true false true]"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [1.0]), class: .logical, precision: 15, expected: "true"),
    Mat2strCase(Matrix(rows: 0, cols: 0, elements: []), class: .double, precision: 15, expected: "[]"),
    Mat2strCase(
        Matrix(rows: 1, cols: 5, elements: [1.5, -2.5, .nan, .infinity, -.infinity]), class: .double, precision: 15, expected: "[1.5 -2.5 NaN Inf -Inf]"),
    Mat2strCase(Matrix(rows: 3, cols: 1, elements: [1.0, 2.0, 3.0]), class: .double, precision: 15, expected: "[1;2;3]"),
    Mat2strCase(Matrix(rows: 1, cols: 2, elements: [0.1, 0.3333333333333333]), class: .double, precision: 15, expected: "[0.1 0.333333333333333]"),
    Mat2strCase(
        Matrix(rows: 1, cols: 2, elements: [0.1, 0.3333333333333333]), class: .double, precision: 17, expected: "[0.10000000000000001 0.33333333333333331]"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [-0.0]), class: .double, precision: 15, expected: "-0"),
    Mat2strCase(Matrix(rows: 1, cols: 2, elements: [1e-20, 1e+20]), class: .double, precision: 15, expected: "[1e-20 1e+20]"),
    Mat2strCase(
        Matrix(rows: 2, cols: 2, elements: [3.141592653589793, 1.0, 2.718281828459045, 2.0]), class: .double, precision: 3, expected: "[3.14 2.72;1 2]"),
    Mat2strCase(Matrix(rows: 2, cols: 2, elements: [1.0, 0.0, 0.0, 1.0]), class: .logical, precision: 15, expected: "[true false;false true]"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [123456789012.0]), class: .double, precision: 15, expected: "123456789012"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [0.5]), class: .double, precision: 0, expected: "0.5"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [0.0]), class: .logical, precision: 15, expected: "false"),
    Mat2strCase(Matrix(rows: 1, cols: 3, elements: [100000.0, 1000000000000000.0, 1e+16]), class: .double, precision: 15, expected: "[100000 1e+15 1e+16]"),
    Mat2strCase(Matrix(rows: 1, cols: 2, elements: [2.0, 3.0]), class: .double, precision: 1, expected: "[2 3]"),
    Mat2strCase(Matrix(rows: 1, cols: 1, elements: [0.001]), class: .double, precision: 15, expected: "0.001")
]
