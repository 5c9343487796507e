// Generated from GNU Octave 7.3 (octave-cli, terminal width 80): each case is the
// exact text Octave printed for the value (the procedure is described on
// `DisplayCase` in DisplayGoldenTests.swift). Do not edit by hand.
import NablaNumerics

let displayGoldenCases: [DisplayCase] = [
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [0.0]), class: .double, format: .short,
        expected: "ans = 0\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-0.0]), class: .double, format: .short,
        expected: "x = 0\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.0]), class: .double, format: .short,
        expected: "x = 1\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-1.0]), class: .double, format: .short,
        expected: "x = -1\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [3.0]), class: .double, format: .short,
        expected: "x = 3\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [42.0]), class: .double, format: .short,
        expected: "ans = 42\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-7.0]), class: .double, format: .short,
        expected: "x = -7\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [100.0]), class: .double, format: .short,
        expected: "x = 100\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [12345.0]), class: .double, format: .short,
        expected: "x = 12345\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [123456.0]), class: .double, format: .short,
        expected: "x = 123456\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [1234567.0]), class: .double, format: .short,
        expected: "ans = 1234567\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [12345678.0]), class: .double, format: .short,
        expected: "x = 1.2346e+07\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [123456789.0]), class: .double, format: .short,
        expected: "x = 1.2346e+08\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [10000000000.0]), class: .double, format: .short,
        expected: "x = 1.0000e+10\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1000000000000000.0]), class: .double, format: .short,
        expected: "x = 1.0000e+15\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [1e+16]), class: .double, format: .short,
        expected: "ans = 1.0000e+16\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e+20]), class: .double, format: .short,
        expected: "x = 1.0000e+20\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-1e+20]), class: .double, format: .short,
        expected: "x = -1.0000e+20\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e+100]), class: .double, format: .short,
        expected: "x = 1.0000e+100\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e-100]), class: .double, format: .short,
        expected: "x = 1.0000e-100\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [3.14159265358979]), class: .double, format: .short,
        expected: "ans = 3.1416\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-3.5]), class: .double, format: .short,
        expected: "x = -3.5000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.5]), class: .double, format: .short,
        expected: "x = 0.5000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.1]), class: .double, format: .short,
        expected: "x = 0.1000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.05]), class: .double, format: .short,
        expected: "x = 0.050000\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [0.01]), class: .double, format: .short,
        expected: "ans = 0.010000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.001]), class: .double, format: .short,
        expected: "x = 1.0000e-03\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e-05]), class: .double, format: .short,
        expected: "x = 1.0000e-05\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e-20]), class: .double, format: .short,
        expected: "x = 1.0000e-20\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [2.5]), class: .double, format: .short,
        expected: "x = 2.5000\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [100.5]), class: .double, format: .short,
        expected: "ans = 100.50\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1234.5]), class: .double, format: .short,
        expected: "x = 1234.5\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [12345.678]), class: .double, format: .short,
        expected: "x = 1.2346e+04\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [99999.5]), class: .double, format: .short,
        expected: "x = 1.0000e+05\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [100000.5]), class: .double, format: .short,
        expected: "x = 1.0000e+05\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [-0.25]), class: .double, format: .short,
        expected: "ans = -0.2500\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [2.00000001]), class: .double, format: .short,
        expected: "x = 2.0000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.999999]), class: .double, format: .short,
        expected: "x = 1.0000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [9.99999]), class: .double, format: .short,
        expected: "x = 10.0000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.3333333333333333]), class: .double, format: .short,
        expected: "x = 0.3333\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [-0.6666666666666666]), class: .double, format: .short,
        expected: "ans = -0.6667\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [100000.0]), class: .double, format: .short,
        expected: "x = 100000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [6.02214076e+23]), class: .double, format: .short,
        expected: "x = 6.0221e+23\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.6e-19]), class: .double, format: .short,
        expected: "x = 1.6000e-19\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [.nan]), class: .double, format: .short,
        expected: "x = NaN\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [.infinity]), class: .double, format: .short,
        expected: "ans = Inf\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-.infinity]), class: .double, format: .short,
        expected: "x = -Inf\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.5e+300]), class: .double, format: .short,
        expected: "x = 1.5000e+300\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [.leastNonzeroMagnitude]), class: .double, format: .short,
        expected: "x = 4.9407e-324\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.3]), class: .double, format: .short,
        expected: "x = 0.3000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.0]), class: .double, format: .long,
        expected: "x = 0\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.0]), class: .double, format: .long,
        expected: "x = 1\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-1.0]), class: .double, format: .long,
        expected: "x = -1\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [3.14159265358979]), class: .double, format: .long,
        expected: "x = 3.141592653589790\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [100.5]), class: .double, format: .long,
        expected: "x = 100.5000000000000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.01]), class: .double, format: .long,
        expected: "x = 1.000000000000000e-02\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1e-05]), class: .double, format: .long,
        expected: "x = 1.000000000000000e-05\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [123456789.0]), class: .double, format: .long,
        expected: "x = 123456789\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1234567890123456.0]), class: .double, format: .long,
        expected: "x = 1234567890123456\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.2345678901234568e+16]), class: .double, format: .long,
        expected: "x = 1.234567890123457e+16\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.1]), class: .double, format: .long,
        expected: "x = 0.100000000000000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-0.6666666666666666]), class: .double, format: .long,
        expected: "x = -0.666666666666667\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [.nan]), class: .double, format: .long,
        expected: "x = NaN\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [-.infinity]), class: .double, format: .long,
        expected: "x = -Inf\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [10000000000.0]), class: .double, format: .long,
        expected: "x = 10000000000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [2.5]), class: .double, format: .long,
        expected: "x = 2.500000000000000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1000000000000000.5]), class: .double, format: .long,
        expected: "x = 1.000000000000000e+15\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, format: .short,
        expected: "x =\n\n   1   2\n   3   4\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1.0, 2.0, 3.0]), class: .double, format: .short,
        expected: "x =\n\n   1   2   3\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 1, elements: [1.0, 2.0, 3.0]), class: .double, format: .short,
        expected: "x =\n\n   1\n   2\n   3\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [-1.0, 2.0, -3.0]), class: .double, format: .short,
        expected: "x =\n\n  -1   2  -3\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.0, 0.0]), class: .double, format: .short,
        expected: "x =\n\n   0   0\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   0   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-0.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   0   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-0.0, 1.5]), class: .double, format: .short,
        expected: "x =\n\n        0   1.5000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.5, 2.25]), class: .double, format: .short,
        expected: "x =\n\n   1.5000   2.2500\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.0, 2.5]), class: .double, format: .short,
        expected: "x =\n\n   1.0000   2.5000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.0, -3.0, 2.5, 4.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000   2.5000\n  -3.0000   4.0000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.01, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   0.010000   1.000000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.001, 0.002]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-03   2.0000e-03\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.001, 1000.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-03   1.0000e+03\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1000.5, 2.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0005e+03   2.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [10000.5, 2.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+04   2.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [123456.0, -1.0]), class: .double, format: .short,
        expected: "x =\n\n   123456       -1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1234567.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.2346e+06   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [12345678.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.2346e+07   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1000000000000000.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+15   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e+20, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+20   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e+100, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+100    1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-100, 1.0]), class: .double, format: .short,
        expected: "x =\n\n  1e-100   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-50, 1.0]), class: .double, format: .short,
        expected: "x =\n\n  1e-50   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-17, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-17   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-100, 2.5]), class: .double, format: .short,
        expected: "x =\n\n  1.0000e-100   2.5000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [2.00000001, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   2   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.0000001, 3.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000   3.0000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.0, .nan]), class: .double, format: .short,
        expected: "x =\n\n     1   NaN\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1.0, .nan, .infinity]), class: .double, format: .short,
        expected: "x =\n\n     1   NaN   Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1.5, .nan, -.infinity]), class: .double, format: .short,
        expected: "x =\n\n   1.5000      NaN     -Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [.nan, .nan]), class: .double, format: .short,
        expected: "x =\n\n   NaN   NaN\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [.infinity, -.infinity]), class: .double, format: .short,
        expected: "x =\n\n   Inf  -Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [100.0, .nan, -.infinity]), class: .double, format: .short,
        expected: "x =\n\n   100   NaN  -Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.5, .nan]), class: .double, format: .short,
        expected: "x =\n\n   0.5000      NaN\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [.nan, 0.5, 10000000000.0]), class: .double, format: .short,
        expected: "x =\n\n          NaN   5.0000e-01   1.0000e+10\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [100000.0, 0.5]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+05   5.0000e-01\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [99999.5, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+05   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [100000.0, 200000.0]), class: .double, format: .short,
        expected: "x =\n\n   100000   200000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [0.1, 0.2, 0.3]), class: .double, format: .short,
        expected: "x =\n\n   0.1000   0.2000   0.3000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [0.5, 0.125, -0.25, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   0.5000  -0.2500\n   0.1250   1.0000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [3.14159265358979, 2.71828182845905, 1.4142135623731]), class: .double, format: .short,
        expected: "x =\n\n   3.1416   2.7183   1.4142\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-1e-05, 1.0]), class: .double, format: .short,
        expected: "x =\n\n  -1.0000e-05   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [100000.0, -1e-05]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+05  -1.0000e-05\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [10000000000.0, 2.0, 1.0, 3.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+10   1.0000e+00\n   2.0000e+00   3.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 4, elements: [0.25, 0.5, 0.75, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   0.2500   0.5000   0.7500   1.0000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [10.0, 20.5]), class: .double, format: .short,
        expected: "x =\n\n   10.000   20.500\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [100.0, 200.25]), class: .double, format: .short,
        expected: "x =\n\n   100.00   200.25\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1000.0, 2000.125]), class: .double, format: .short,
        expected: "x =\n\n   1000.0   2000.1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-100.5, 0.001]), class: .double, format: .short,
        expected: "x =\n\n  -1.0050e+02   1.0000e-03\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-05, 1e-06]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-05   1.0000e-06\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [.nan, 1e-50]), class: .double, format: .short,
        expected: "x =\n\n   NaN  1e-50\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [12.0, -345.0, 6789.0]), class: .double, format: .short,
        expected: "x =\n\n     12   -345   6789\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.0, -1.0, -1.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1  -1\n  -1   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 4, elements: [0.0, 0.0, 0.0, 1e-10]), class: .double, format: .short,
        expected: "x =\n\n            0            0            0   1.0000e-10\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [9007199254740992.0, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   9.0072e+15   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e+16, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+16   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1e-10, .nan, .infinity]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-10          NaN          Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 10, elements: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]), class: .double, format: .short,
        expected: "x =\n\n    1    2    3    4    5    6    7    8    9   10\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [99.0, 100.0]), class: .double, format: .short,
        expected: "x =\n\n    99   100\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [9.5, 10.5]), class: .double, format: .short,
        expected: "x =\n\n    9.5000   10.5000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.0001, 0.001]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e-04   1.0000e-03\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.00999, 1.0]), class: .double, format: .short,
        expected: "x =\n\n   9.9900e-03   1.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [123.456, 7.89]), class: .double, format: .short,
        expected: "x =\n\n   123.4560     7.8900\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-0.5, -0.25]), class: .double, format: .short,
        expected: "x =\n\n  -0.5000  -0.2500\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e+308, -1e+308]), class: .double, format: .short,
        expected: "x =\n\n   1.0000e+308  -1.0000e+308\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [.leastNonzeroMagnitude, 1.0]), class: .double, format: .short,
        expected: "x =\n\n  4.9e-324   1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, format: .long,
        expected: "x =\n\n   1   2\n   3   4\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.0, 2.5]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000   2.500000000000000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.01, 1.0]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000e-02   1.000000000000000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [100000.0, 0.5]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000e+05   5.000000000000000e-01\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 1, elements: [3.14159265358979, -2.71828182845905, 100.0]), class: .double, format: .long,
        expected: "x =\n\n   3.141592653589790e+00\n  -2.718281828459050e+00\n   1.000000000000000e+02\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1.0, .nan, .infinity]), class: .double, format: .long,
        expected: "x =\n\n     1   NaN   Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e-05, 1.0]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000e-05   1.000000000000000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [123456789.0, 1.0]), class: .double, format: .long,
        expected: "x =\n\n   123456789           1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1000000000000000.0, 1.0]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000e+15   1.000000000000000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.1, 0.2]), class: .double, format: .long,
        expected: "x =\n\n   0.100000000000000   0.200000000000000\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1.5, -.infinity]), class: .double, format: .long,
        expected: "x =\n\n   1.500000000000000                -Inf\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [1e+16, 1.0]), class: .double, format: .long,
        expected: "x =\n\n   1.000000000000000e+16   1.000000000000000e+00\n\n"),
    DisplayCase(
        .display, "d",
        Matrix(
            rows: 1, cols: 30,
            elements: [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0,
                26.0, 27.0, 28.0, 29.0, 30.0
            ]), class: .double, format: .short,
        expected:
            "d =\n\n Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n Columns 17 through 30:\n\n   17   18   19   20   21   22   23   24   25   26   27   28   29   30\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 16, elements: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0]),
        class: .double, format: .short,
        expected: "x =\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 17, elements: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0]),
        class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n Column 17:\n\n   17\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 25,
            elements: [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n Columns 17 through 25:\n\n   17   18   19   20   21   22   23   24   25\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 20,
            elements: [
                1.0, 2.0, 2.0, 4.0, 3.0, 6.0, 4.0, 8.0, 5.0, 10.0, 6.0, 12.0, 7.0, 14.0, 8.0, 16.0, 9.0, 18.0, 10.0, 20.0, 11.0, 22.0, 12.0, 24.0, 13.0, 26.0,
                14.0, 28.0, 15.0, 30.0, 16.0, 32.0, 17.0, 34.0, 18.0, 36.0, 19.0, 38.0, 20.0, 40.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n    2    4    6    8   10   12   14   16   18   20   22   24   26   28   30   32\n\n Columns 17 through 20:\n\n   17   18   19   20\n   34   36   38   40\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 12, elements: [1000.5, 2001.0, 3001.5, 4002.0, 5002.5, 6003.0, 7003.5, 8004.0, 9004.5, 10005.0, 11005.5, 12006.0]),
        class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.0005e+03   2.0010e+03   3.0015e+03   4.0020e+03   5.0025e+03   6.0030e+03\n\n Columns 7 through 12:\n\n   7.0035e+03   8.0040e+03   9.0045e+03   1.0005e+04   1.1006e+04   1.2006e+04\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(rows: 1, cols: 20, elements: [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5]),
        class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 8:\n\n    1.5000    2.5000    3.5000    4.5000    5.5000    6.5000    7.5000    8.5000\n\n Columns 9 through 16:\n\n    9.5000   10.5000   11.5000   12.5000   13.5000   14.5000   15.5000   16.5000\n\n Columns 17 through 20:\n\n   17.5000   18.5000   19.5000   20.5000\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 25,
            elements: [
                0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0, 1.1, 1.2000000000000002, 1.3,
                1.4000000000000001, 1.5, 1.6, 1.7000000000000002, 1.8, 1.9000000000000001, 2.0, 2.1, 2.2, 2.3000000000000003, 2.4000000000000004
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 8:\n\n        0   0.1000   0.2000   0.3000   0.4000   0.5000   0.6000   0.7000\n\n Columns 9 through 16:\n\n   0.8000   0.9000   1.0000   1.1000   1.2000   1.3000   1.4000   1.5000\n\n Columns 17 through 24:\n\n   1.6000   1.7000   1.8000   1.9000   2.0000   2.1000   2.2000   2.3000\n\n Column 25:\n\n   2.4000\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 30,
            elements: [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0,
                26.0, 27.0, 28.0, 29.0, 30.0
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n Columns 17 through 30:\n\n   17   18   19   20   21   22   23   24   25   26   27   28   29   30\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(rows: 1, cols: 12, elements: [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0, 1.1]),
        class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 4:\n\n                   0   0.100000000000000   0.200000000000000   0.300000000000000\n\n Columns 5 through 8:\n\n   0.400000000000000   0.500000000000000   0.600000000000000   0.700000000000000\n\n Columns 9 through 12:\n\n   0.800000000000000   0.900000000000000   1.000000000000000   1.100000000000000\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 9,
            elements: [1.0, 1.4142135623730951, 1.7320508075688772, 2.0, 2.23606797749979, 2.449489742783178, 2.6457513110645907, 2.8284271247461903, 3.0]),
        class: .double, format: .short,
        expected: "x =\n\n Columns 1 through 8:\n\n   1.0000   1.4142   1.7321   2.0000   2.2361   2.4495   2.6458   2.8284\n\n Column 9:\n\n   3.0000\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 40,
            elements: [
                100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 111.0, 112.0, 113.0, 114.0, 115.0, 116.0, 117.0, 118.0, 119.0,
                120.0, 121.0, 122.0, 123.0, 124.0, 125.0, 126.0, 127.0, 128.0, 129.0, 130.0, 131.0, 132.0, 133.0, 134.0, 135.0, 136.0, 137.0, 138.0, 139.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 13:\n\n   100   101   102   103   104   105   106   107   108   109   110   111   112\n\n Columns 14 through 26:\n\n   113   114   115   116   117   118   119   120   121   122   123   124   125\n\n Columns 27 through 39:\n\n   126   127   128   129   130   131   132   133   134   135   136   137   138\n\n Column 40:\n\n   139\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [-1.0, -2.0, -3.0, -4.0, -5.0, -6.0, -7.0, -8.0, -9.0, -10.0, -11.0, -12.0, -13.0, -14.0, -15.0, -16.0, -17.0, -18.0, -19.0, -20.0, -21.0]
        ), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 16:\n\n   -1   -2   -3   -4   -5   -6   -7   -8   -9  -10  -11  -12  -13  -14  -15  -16\n\n Columns 17 through 21:\n\n  -17  -18  -19  -20  -21\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(rows: 1, cols: 20, elements: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, .nan]),
        class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 13:\n\n     1     2     3     4     5     6     7     8     9    10    11    12    13\n\n Columns 14 through 20:\n\n    14    15    16    17    18    19   NaN\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 40,
            elements: [
                1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0, 32768.0, 65536.0, 131072.0, 262144.0,
                524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0, 33554432.0, 67108864.0, 134217728.0, 268435456.0, 536870912.0, 1073741824.0,
                2147483648.0, 4294967296.0, 8589934592.0, 17179869184.0, 34359738368.0, 68719476736.0, 137438953472.0, 274877906944.0, 549755813888.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.0000e+00   2.0000e+00   4.0000e+00   8.0000e+00   1.6000e+01   3.2000e+01\n\n Columns 7 through 12:\n\n   6.4000e+01   1.2800e+02   2.5600e+02   5.1200e+02   1.0240e+03   2.0480e+03\n\n Columns 13 through 18:\n\n   4.0960e+03   8.1920e+03   1.6384e+04   3.2768e+04   6.5536e+04   1.3107e+05\n\n Columns 19 through 24:\n\n   2.6214e+05   5.2429e+05   1.0486e+06   2.0972e+06   4.1943e+06   8.3886e+06\n\n Columns 25 through 30:\n\n   1.6777e+07   3.3554e+07   6.7109e+07   1.3422e+08   2.6844e+08   5.3687e+08\n\n Columns 31 through 36:\n\n   1.0737e+09   2.1475e+09   4.2950e+09   8.5899e+09   1.7180e+10   3.4360e+10\n\n Columns 37 through 40:\n\n   6.8719e+10   1.3744e+11   2.7488e+11   5.4976e+11\n\n"
    ),
    DisplayCase(
        .disp, "",
        Matrix(
            rows: 1, cols: 30,
            elements: [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0,
                26.0, 27.0, 28.0, 29.0, 30.0
            ]), class: .double, format: .short,
        expected:
            " Columns 1 through 16:\n\n    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16\n\n Columns 17 through 30:\n\n   17   18   19   20   21   22   23   24   25   26   27   28   29   30\n"
    ),
    DisplayCase(
        .disp, "",
        Matrix(rows: 1, cols: 20, elements: [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75, 4.0, 4.25, 4.5, 4.75]),
        class: .double, format: .short,
        expected:
            " Columns 1 through 8:\n\n        0   0.2500   0.5000   0.7500   1.0000   1.2500   1.5000   1.7500\n\n Columns 9 through 16:\n\n   2.0000   2.2500   2.5000   2.7500   3.0000   3.2500   3.5000   3.7500\n\n Columns 17 through 20:\n\n   4.0000   4.2500   4.5000   4.7500\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1.0]), class: .logical, format: .short,
        expected: "x = 1\n"),
    DisplayCase(
        .display, "ans", Matrix(rows: 1, cols: 1, elements: [0.0]), class: .logical, format: .short,
        expected: "ans = 0\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [1.0, 0.0, 1.0]), class: .logical, format: .short,
        expected: "x =\n\n  1  0  1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.0, 0.0]), class: .logical, format: .short,
        expected: "x =\n\n  0  0\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.0, 0.0, 0.0, 1.0]), class: .logical, format: .short,
        expected: "x =\n\n  1  0\n  0  1\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 1, elements: [1.0, 0.0]), class: .logical, format: .short,
        expected: "x =\n\n  1\n  0\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 40,
            elements: [
                1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
                1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0
            ]), class: .logical, format: .short,
        expected:
            "x =\n\n Columns 1 through 26:\n\n  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1\n\n Columns 27 through 40:\n\n  1  1  1  1  1  1  1  1  1  1  1  1  1  1\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 0, cols: 0, elements: []), class: .logical, format: .short,
        expected: "x = [](0x0)\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 0, elements: []), class: .logical, format: .short,
        expected: "x = [](1x0)\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 2, elements: [1.0, 0.0]), class: .logical, format: .short,
        expected: "  1  0\n"),
    DisplayCase(
        .disp, "",
        Matrix(
            rows: 1, cols: 30,
            elements: [
                1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
                1.0
            ]), class: .logical, format: .short,
        expected:
            " Columns 1 through 26:\n\n  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1\n\n Columns 27 through 30:\n\n  1  1  1  1\n"
    ),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [0.0]), class: .logical, format: .short,
        expected: "0\n"),
    DisplayCase(
        .display, "s", Matrix(rows: 1, cols: 3, elements: [97.0, 98.0, 99.0]), class: .char, format: .short,
        expected: "s = abc\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 3, elements: [97.0, 100.0, 98.0, 101.0, 99.0, 102.0]), class: .char, format: .short,
        expected: "x =\n\nabc\ndef\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 1, elements: [97.0, 98.0]), class: .char, format: .short,
        expected: "x =\n\na\nb\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [120.0]), class: .char, format: .short,
        expected: "x = x\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 11, elements: [104.0, 101.0, 108.0, 108.0, 111.0, 32.0, 119.0, 111.0, 114.0, 108.0, 100.0]), class: .char,
        format: .short,
        expected: "x = hello world\n"),
    DisplayCase(
        .display, "m", Matrix(rows: 0, cols: 0, elements: []), class: .char, format: .short,
        expected: "m = \n"),
    DisplayCase(
        .display, "x", Matrix(rows: 0, cols: 3, elements: []), class: .char, format: .short,
        expected: "x = \n"),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 0, elements: []), class: .char, format: .short,
        expected: "x =\n\n\n\n\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 0, elements: []), class: .char, format: .short,
        expected: "x = \n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 3, elements: [97.0, 98.0, 99.0]), class: .char, format: .short,
        expected: "abc\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 2, cols: 2, elements: [97.0, 99.0, 98.0, 100.0]), class: .char, format: .short,
        expected: "ab\ncd\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 0, cols: 0, elements: []), class: .char, format: .short,
        expected: "\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 0, cols: 3, elements: []), class: .char, format: .short,
        expected: "\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 2, cols: 0, elements: []), class: .char, format: .short,
        expected: "\n\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 3, elements: [32.0, 120.0, 32.0]), class: .char, format: .short,
        expected: " x \n"),
    DisplayCase(
        .display, "e", Matrix(rows: 0, cols: 0, elements: []), class: .double, format: .short,
        expected: "e = [](0x0)\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 0, cols: 3, elements: []), class: .double, format: .short,
        expected: "x = [](0x3)\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 0, elements: []), class: .double, format: .short,
        expected: "x = [](1x0)\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 0, elements: []), class: .double, format: .short,
        expected: "x = [](3x0)\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 0, cols: 0, elements: []), class: .double, format: .short,
        expected: "[](0x0)\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 0, cols: 3, elements: []), class: .double, format: .short,
        expected: "[](0x3)\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 0, elements: []), class: .double, format: .short,
        expected: "[](1x0)\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [5.0]), class: .double, format: .short,
        expected: "5\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [3.14159265358979]), class: .double, format: .short,
        expected: "3.1416\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [-0.0]), class: .double, format: .short,
        expected: "0\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [.nan]), class: .double, format: .short,
        expected: "NaN\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [10000000000.0]), class: .double, format: .short,
        expected: "1.0000e+10\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [0.001]), class: .double, format: .short,
        expected: "1.0000e-03\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 1, elements: [3.14159265358979]), class: .double, format: .long,
        expected: "3.141592653589790\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 2, cols: 2, elements: [1.0, 3.0, 2.0, 4.0]), class: .double, format: .short,
        expected: "   1   2\n   3   4\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 2, elements: [1.5, .nan]), class: .double, format: .short,
        expected: "   1.5000      NaN\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 2, cols: 1, elements: [100000.0, 0.5]), class: .double, format: .short,
        expected: "   1.0000e+05\n   5.0000e-01\n"),
    DisplayCase(
        .disp, "", Matrix(rows: 1, cols: 2, elements: [1.0, 2.5]), class: .double, format: .long,
        expected: "   1.000000000000000   2.500000000000000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [-4.0, -46.0, 14.0, 5.0]), class: .double, format: .short,
        expected: "x =\n\n   -4   14\n  -46    5\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [31938857.0, 25354598.0]), class: .double, format: .long,
        expected: "x =\n\n   31938857   25354598\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 5,
            elements: [
                1.0, .nan, 0.0, 0.5, -.infinity, -.infinity, -.infinity, .nan, .infinity, 1.0, 1.0, 1.0, 1.0, 1.0, -.infinity, -.infinity, 1.0, 1.0, .infinity,
                -.infinity
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 4:\n\n   1.000000000000000                -Inf                 Inf   1.000000000000000\n                 NaN                -Inf   1.000000000000000   1.000000000000000\n                   0                -Inf   1.000000000000000                -Inf\n   0.500000000000000                 NaN   1.000000000000000                -Inf\n\n Column 5:\n\n   1.000000000000000\n   1.000000000000000\n                 Inf\n                -Inf\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [20601183.25]), class: .double, format: .short,
        expected: "x = 2.0601e+07\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                -3961.9052553751917, 630021848.0021821, -872652.5388525442, 60.67, -4.5233744781517926e+17, -1.417306736351209e-26, -2.8265622932661587e-08,
                -2.2959772375712065e-05, 493.69, 768.23, 738.36, -21693245123.296005, 2.1248371432129534e-05, -4652394448.498139, -1342561.5029666228,
                -142765765812.203, 82.98, 231.96, 12.06, 3.3852778203398484e-29, 145.68
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n  -3.961905255375192e+03   6.300218480021821e+08  -8.726525388525442e+05\n\n Columns 4 through 6:\n\n   6.067000000000000e+01  -4.523374478151793e+17  -1.417306736351209e-26\n\n Columns 7 through 9:\n\n  -2.826562293266159e-08  -2.295977237571207e-05   4.936900000000000e+02\n\n Columns 10 through 12:\n\n   7.682300000000000e+02   7.383600000000000e+02  -2.169324512329601e+10\n\n Columns 13 through 15:\n\n   2.124837143212953e-05  -4.652394448498139e+09  -1.342561502966623e+06\n\n Columns 16 through 18:\n\n  -1.427657658122030e+11   8.298000000000000e+01   2.319600000000000e+02\n\n Columns 19 through 21:\n\n   1.206000000000000e+01   3.385277820339848e-29   1.456800000000000e+02\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 8,
            elements: [
                6.269698609065781e-06, 2.0, -5.866183806101218e-13, 614.07, -7.929, 634.41, 190.61, 2.046, 440.63, 115.35, 340.05, 9.862, 102.38, -0.0,
                24788.060999685324, 102.19
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   6.2697e-06  -5.8662e-13  -7.9290e+00   1.9061e+02   4.4063e+02   3.4005e+02\n   2.0000e+00   6.1407e+02   6.3441e+02   2.0460e+00   1.1535e+02   9.8620e+00\n\n Columns 7 and 8:\n\n   1.0238e+02   2.4788e+04\n            0   1.0219e+02\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 5, elements: [-8.551666936630902e-06, -4.0, -47.0, -27463644.45331281, -12.0, 19.0, -39.0, -8.0, -17.0, -22.0]),
        class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n  -8.551666936630902e-06  -4.700000000000000e+01  -1.200000000000000e+01\n  -4.000000000000000e+00  -2.746364445331281e+07   1.900000000000000e+01\n\n Columns 4 and 5:\n\n  -3.900000000000000e+01  -1.700000000000000e+01\n  -8.000000000000000e+00  -2.200000000000000e+01\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                10902438.25, 28722727.0, 30706135.5, 12890752.0, 19200774.5, 6896715.0, 11805986.25, 15526893.0, 25134497.0, 26104611.5, 32200470.0, 30444032.0,
                10184498.25, 7105146.25, 17662610.0, 9898680.0, 9266079.25, 24715299.25, 9425856.0, 4672217.0, 18750533.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.0902e+07   2.8723e+07   3.0706e+07   1.2891e+07   1.9201e+07   6.8967e+06\n\n Columns 7 through 12:\n\n   1.1806e+07   1.5527e+07   2.5134e+07   2.6105e+07   3.2200e+07   3.0444e+07\n\n Columns 13 through 18:\n\n   1.0184e+07   7.1051e+06   1.7663e+07   9.8987e+06   9.2661e+06   2.4715e+07\n\n Columns 19 through 21:\n\n   9.4259e+06   4.6722e+06   1.8751e+07\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [271963.0, 62.0, 88915866.0]), class: .double, format: .long,
        expected: "x =\n\n     271963         62   88915866\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 5,
            elements: [
                0.211, 1.0, 2.1, -6.956035111600565, 33172584.690892503, -8.9, -4.4563, 3.687852517890153, 6.779215211866892e-06, 1.0, 6.1472,
                -47722187.57952338, 4.5039, -1.0, -28555138332.51558, -7.2373563786243974e-06, -443228.10873202956, -0.03252915240433142,
                -5.529536357264297e-06, -0.0002464657725674385
            ]), class: .double, format: .short,
        expected:
            "x =\n\n   2.1100e-01   3.3173e+07   6.7792e-06   4.5039e+00  -4.4323e+05\n   1.0000e+00  -8.9000e+00   1.0000e+00  -1.0000e+00  -3.2529e-02\n   2.1000e+00  -4.4563e+00   6.1472e+00  -2.8555e+10  -5.5295e-06\n  -6.9560e+00   3.6879e+00  -4.7722e+07  -7.2374e-06  -2.4647e-04\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(rows: 3, cols: 5, elements: [0.5, 0.5, 1.0, 1.0, .nan, 1.0, -.infinity, 1.0, .nan, .infinity, 0.0, .nan, -.infinity, 0.0, -.infinity]),
        class: .double, format: .short,
        expected:
            "x =\n\n   0.5000   1.0000     -Inf      Inf     -Inf\n   0.5000      NaN   1.0000        0        0\n   1.0000   1.0000      NaN      NaN     -Inf\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                4338739.0, 549.0, 93807.0, 2.0, 34.0, 33.0, 1091.0, 58.0, 579929.0, 81487.0, 8.0, 20.0, 2.0, 82401.0, 815505040.0, 58417.0, 45482.0, 4843.0,
                8.0, 509770356.0, 14264840.0
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 6:\n\n     4338739         549       93807           2          34          33\n\n Columns 7 through 12:\n\n        1091          58      579929       81487           8          20\n\n Columns 13 through 18:\n\n           2       82401   815505040       58417       45482        4843\n\n Columns 19 through 21:\n\n           8   509770356    14264840\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 12,
            elements: [
                3761.0, 16159274.0, 31923992.0, 2289.0, 15446205.25, 5239877.0, 57030.0, 20120701.5, 25572499.5, 4672626.0, 12521822.0, 16831515.25, 2738822.0,
                13058334.0, 25258672.0, 7029145.25, 17599674.0, 20612296.5, 4801.0, 4.0, 19526952.0, 19610986.0, 1384.0, 26316723.0, 13221677.25, 26257808.25,
                9758.0, 13027275.5, 20060604.0, 3362.0, 347391878.0, 44.0, 29018832.25, 5350144.5, 149580406.0, 1287481.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   3.7610e+03   2.2890e+03   5.7030e+04   4.6726e+06   2.7388e+06   7.0291e+06\n   1.6159e+07   1.5446e+07   2.0121e+07   1.2522e+07   1.3058e+07   1.7600e+07\n   3.1924e+07   5.2399e+06   2.5572e+07   1.6832e+07   2.5259e+07   2.0612e+07\n\n Columns 7 through 12:\n\n   4.8010e+03   1.9611e+07   1.3222e+07   1.3027e+07   3.4739e+08   5.3501e+06\n   4.0000e+00   1.3840e+03   2.6258e+07   2.0061e+07   4.4000e+01   1.4958e+08\n   1.9527e+07   2.6317e+07   9.7580e+03   3.3620e+03   2.9019e+07   1.2875e+06\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 21,
            elements: [
                1.0, -.infinity, -.infinity, 1.0, 0.5, .nan, 1.0, .infinity, .nan, 0.0, .nan, .nan, -.infinity, .nan, 0.5, 0.5, 0.5, 0.0, -.infinity, 0.5, 0.0,
                0.0, 0.0, 0.0, 1.0, .nan, -.infinity, .nan, 0.0, -.infinity, -.infinity, .nan, .nan, 0.5, -.infinity, 0.5, .infinity, -.infinity, .nan, .nan,
                .infinity, 0.0
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 4:\n\n   1.000000000000000                -Inf   0.500000000000000   1.000000000000000\n                -Inf   1.000000000000000                 NaN                 Inf\n\n Columns 5 through 8:\n\n                 NaN                 NaN                -Inf   0.500000000000000\n                   0                 NaN                 NaN   0.500000000000000\n\n Columns 9 through 12:\n\n   0.500000000000000                -Inf                   0                   0\n                   0   0.500000000000000                   0                   0\n\n Columns 13 through 16:\n\n   1.000000000000000                -Inf                   0                -Inf\n                 NaN                 NaN                -Inf                 NaN\n\n Columns 17 through 20:\n\n                 NaN                -Inf                 Inf                 NaN\n   0.500000000000000   0.500000000000000                -Inf                 NaN\n\n Column 21:\n\n                 Inf\n                   0\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [13331.0, 83225.0, 4353.0]), class: .double, format: .short,
        expected: "x =\n\n   13331   83225    4353\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 3, elements: [884.27, 933.47, 485.58, 255.74, 913.42, 450.86, 170.76, 406.21, 719.57, 644.49, 343.66, 300.84]),
        class: .double, format: .long,
        expected:
            "x =\n\n   884.2700000000000   913.4200000000000   719.5700000000001\n   933.4700000000000   450.8600000000000   644.4900000000000\n   485.5800000000000   170.7600000000000   343.6600000000000\n   255.7400000000000   406.2100000000000   300.8400000000000\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 1, elements: [102.82432200520802, 11.474176221007708, -3.5355784208527403]), class: .double, format: .long,
        expected: "x =\n\n   1.028243220052080e+02\n   1.147417622100771e+01\n  -3.535578420852740e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [0.02430831354392925, -153875292.5654693]), class: .double, format: .short,
        expected: "x =\n\n   2.4308e-02  -1.5388e+08\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(rows: 1, cols: 12, elements: [16839822.5, .nan, -.infinity, .infinity, 7301382.5, 17098021.25, 0.0, .nan, 5276216.25, 1.0, .nan, 17331571.25]),
        class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.6840e+07          NaN         -Inf          Inf   7.3014e+06   1.7098e+07\n\n Columns 7 through 12:\n\n            0          NaN   5.2762e+06   1.0000e+00          NaN   1.7332e+07\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                .infinity, 0.5, .nan, .nan, .infinity, 0.5, .infinity, 1.0, 0.5, .nan, -.infinity, 0.0, .infinity, .nan, 0.0, -.infinity, 0.0, 1.0, .nan, 0.5,
                .nan
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 8:\n\n      Inf   0.5000      NaN      NaN      Inf   0.5000      Inf   1.0000\n\n Columns 9 through 16:\n\n   0.5000      NaN     -Inf        0      Inf      NaN        0     -Inf\n\n Columns 17 through 21:\n\n        0   1.0000      NaN   0.5000      NaN\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 5, elements: [26587023.25, -21.0, -46.0, -2326188.1154451277, 37.0]), class: .double, format: .short,
        expected: "x =\n\n   2.6587e+07  -2.1000e+01  -4.6000e+01  -2.3262e+06   3.7000e+01\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [2.5461801200553892e-23]), class: .double, format: .short,
        expected: "x = 2.5462e-23\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 5, elements: [79.0, 917.0, 55972695.0, 944.0, 3.0]), class: .double, format: .short,
        expected: "x =\n\n   7.9000e+01   9.1700e+02   5.5973e+07   9.4400e+02   3.0000e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 2, elements: [-27.0, 732.72, 190.68, 839.13, 449.64, -29.0, 31.89, 442.44]), class: .double, format: .short,
        expected: "x =\n\n   -27.000   449.640\n   732.720   -29.000\n   190.680    31.890\n   839.130   442.440\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [1669.4687026723377]), class: .double, format: .short,
        expected: "x = 1669.5\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 3, elements: [27858784.25, -47.0, -46.0, 16700523.25, -19.0, -42.0, 15042760.5, -45.0, 12818328.0]),
        class: .double, format: .long,
        expected:
            "x =\n\n   2.785878425000000e+07   1.670052325000000e+07   1.504276050000000e+07\n  -4.700000000000000e+01  -1.900000000000000e+01  -4.500000000000000e+01\n  -4.600000000000000e+01  -4.200000000000000e+01   1.281832800000000e+07\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 8,
            elements: [
                0.0017516586230148254, -0.008873961188702791, 24.26, 107.26, -62513980.513743445, -4.509677634459528e-06, 1.4931507194260832e-08,
                13966.404783916134
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.7517e-03  -8.8740e-03   2.4260e+01   1.0726e+02  -6.2514e+07  -4.5097e-06\n\n Columns 7 and 8:\n\n   1.4932e-08   1.3966e+04\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 5, elements: [-2.2, -5.833, -2.0, 23245418.0, 584777643.0, -7.341, 436.0, 5.0, 9.76, 36621.0]), class: .double,
        format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n  -2.200000000000000e+00  -2.000000000000000e+00   5.847776430000000e+08\n  -5.833000000000000e+00   2.324541800000000e+07  -7.341000000000000e+00\n\n Columns 4 and 5:\n\n   4.360000000000000e+02   9.760000000000000e+00\n   5.000000000000000e+00   3.662100000000000e+04\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 3, elements: [-5.1, -5.0, 288.0, 83.0, 67952.0, 10.0]), class: .double, format: .short,
        expected: "x =\n\n  -5.1000e+00   2.8800e+02   6.7952e+04\n  -5.0000e+00   8.3000e+01   1.0000e+01\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 21,
            elements: [
                1.682139198326e+45, -2165106847.538973, -1.6986769994599326e-32, 1.114138966366129e-54, -5.841692678109887e+32, 1.8345205086362356e+37,
                4.660533292549654e-16, 1.5975276051998847e-54, 1.1336497050907993e-52, -2317728009480.657, -4.8276240150619795e-50, -6.91636059555237e-17,
                3.125181100091769e+16, 3.2093651715431537e-43, 7.554327265207047e-56, 3.1227794952951635e-56, 345.9911878598827, 4.519799614874603e+50,
                1.995186534020362e-55, 1.1173009567218267e-14, 3.2493143072578474e-54, 852715802211.3451, -1.577765826588223e-45, 1.2670051103338625e-57,
                1.819587415428607e+38, -5.534983963044062e-23, 1.7574233129536806e-37, -1.6497265131839819e-38, 3.209975043017688e+48, -6.262022355653047e+54,
                2.5640863953255216e-36, 336024179545125.6, 7.27687947401301e-53, -3.9131763794265635e-53, -9.033691035710065e-39, -1.127441234885846e-41,
                -4.821390419620123e+19, 9.321160136447731e-13, -1.6930719471975294e-43, 2.328102818934382e+18, -1.2732690988951753e-17, 106299688273.62569,
                -1.4951011190049747e-11, 3.04141491090152e+56, -4.699307019757819e-16, -1.3849878149737292e-10, 1.1574486736549473e+46, 2.6052782952492358e-12,
                -2.7574509714481216e+29, -1.3419052036834614e-46, -2.815609509026675e+47, -9.406885308531442e-11, -7.644390781089147e+17,
                -6.448283173926058e-47, 7.722074570017548e-14, 1.2268207383510368e-09, -8.681405763782641e+55, 1.0926705243058297e+53, -2.687866843826987,
                1.7530380211313177e-30, 7.088862651581205e-10, 2.6361582041366804e-60, -5.895142671617668e-29
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   1.6821e+45   1.1141e-54   4.6605e-16  -2.3177e+12   3.1252e+16   3.1228e-56\n  -2.1651e+09  -5.8417e+32   1.5975e-54  -4.8276e-50   3.2094e-43   3.4599e+02\n  -1.6987e-32   1.8345e+37   1.1336e-52  -6.9164e-17   7.5543e-56   4.5198e+50\n\n Columns 7 through 12:\n\n   1.9952e-55   8.5272e+11   1.8196e+38  -1.6497e-38   2.5641e-36  -3.9132e-53\n   1.1173e-14  -1.5778e-45  -5.5350e-23   3.2100e+48   3.3602e+14  -9.0337e-39\n   3.2493e-54   1.2670e-57   1.7574e-37  -6.2620e+54   7.2769e-53  -1.1274e-41\n\n Columns 13 through 18:\n\n  -4.8214e+19   2.3281e+18  -1.4951e-11  -1.3850e-10  -2.7575e+29  -9.4069e-11\n   9.3212e-13  -1.2733e-17   3.0414e+56   1.1574e+46  -1.3419e-46  -7.6444e+17\n  -1.6931e-43   1.0630e+11  -4.6993e-16   2.6053e-12  -2.8156e+47  -6.4483e-47\n\n Columns 19 through 21:\n\n   7.7221e-14   1.0927e+53   7.0889e-10\n   1.2268e-09  -2.6879e+00   2.6362e-60\n  -8.6814e+55   1.7530e-30  -5.8951e-29\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 2, elements: [442.28, 296.38, 747.12, 18209552.5, 615.37, 14598608.5, 149.36, 132.02]), class: .double,
        format: .short,
        expected: "x =\n\n   4.4228e+02   6.1537e+02\n   2.9638e+02   1.4599e+07\n   7.4712e+02   1.4936e+02\n   1.8210e+07   1.3202e+02\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 12,
            elements: [
                -50.0, -42.0, -43.0, -40.0, -12.0, 35.0, -49.0, -28.0, 16.0, 1.0, -32.0, -37.0, 18.0, -49.0, -25.0, -21.0, 2.0, 32.0, 28.0, -35.0, 25.0, 26.0,
                15.0, 45.0, -24.0, 27.0, -42.0, 41.0, 29.0, -19.0, 30.0, -16.0, -30.0, -50.0, 42.0, 37.0, -49.0, -43.0, 41.0, -13.0, 40.0, 1.0, -2.0, -40.0,
                7.0, -20.0, 45.0, -29.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n  -50  -12   16   18    2   25  -24   29  -30  -49   40    7\n  -42   35    1  -49   32   26   27  -19  -50  -43    1  -20\n  -43  -49  -32  -25   28   15  -42   30   42   41   -2   45\n  -40  -28  -37  -21  -35   45   41  -16   37  -13  -40  -29\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                -6.161, 2.025, 921.68, 841.52, 469.49, 697.62, 0.0, 233.83, 5.784, 585.33, 910.79, .nan, .nan, 1.0, -.infinity, 0.5, .nan, .infinity, 643.54,
                0.5, 0.5
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 7:\n\n    -6.1610     2.0250   921.6800   841.5200   469.4900   697.6200          0\n\n Columns 8 through 14:\n\n   233.8300     5.7840   585.3300   910.7900        NaN        NaN     1.0000\n\n Columns 15 through 21:\n\n       -Inf     0.5000        NaN        Inf   643.5400     0.5000     0.5000\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 21,
            elements: [
                96.0, 1797106.0, 205.72, 33.86, 96.0, 62536.0, 132.65, 4824.0, -3.27, 350.9, -9.03, 5.3848, 38607563.0, 6.0, 436.45, 346.78, 8.0, 1489.0,
                22330.0, -10.0, 5.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   9.6000e+01   1.7971e+06   2.0572e+02   3.3860e+01   9.6000e+01   6.2536e+04\n\n Columns 7 through 12:\n\n   1.3265e+02   4.8240e+03  -3.2700e+00   3.5090e+02  -9.0300e+00   5.3848e+00\n\n Columns 13 through 18:\n\n   3.8608e+07   6.0000e+00   4.3645e+02   3.4678e+02   8.0000e+00   1.4890e+03\n\n Columns 19 through 21:\n\n   2.2330e+04  -1.0000e+01   5.0000e+00\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 5,
            elements: [
                -127814700362.80394, -1.049558967954389e+47, 1.1157589043110961e-26, -4.110119502641566e+46, 0.6278739330154903, -5.42018297420735e-36,
                0.06839190117141693, -1.399207358456268e+48, -4.721146053153273e-18, -7.747957543279781e+57
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n  -1.278147003628039e+11   1.115758904311096e-26   6.278739330154903e-01\n  -1.049558967954389e+47  -4.110119502641566e+46  -5.420182974207350e-36\n\n Columns 4 and 5:\n\n   6.839190117141693e-02  -4.721146053153273e-18\n  -1.399207358456268e+48  -7.747957543279781e+57\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 5, elements: [24.0, 16.0, 7.0, -29.0, 6.0]), class: .double, format: .long,
        expected: "x =\n\n   24   16    7  -29    6\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 8,
            elements: [
                -71452.69951580718, -8.391094929433673e-05, 0.0022369467365574674, -0.0001345486335779183, 312857616328.3157, -4.771249332920198e-08,
                -1.653815619464706e-05, -739242.6646228906, 0.001491981132284864, -2.769146347719038e-08, 176894459293.1162, -1.2892976551977617e-08,
                0.48379112178985917, -1054965.7420640597, -4632889.430423705, 227989.47253695806
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n  -7.145269951580718e+04   2.236946736557467e-03   3.128576163283157e+11\n  -8.391094929433673e-05  -1.345486335779183e-04  -4.771249332920198e-08\n\n Columns 4 through 6:\n\n  -1.653815619464706e-05   1.491981132284864e-03   1.768944592931162e+11\n  -7.392426646228906e+05  -2.769146347719038e-08  -1.289297655197762e-08\n\n Columns 7 and 8:\n\n   4.837911217898592e-01  -4.632889430423705e+06\n  -1.054965742064060e+06   2.279894725369581e+05\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 21,
            elements: [
                -4.472774115688358, 155399007.68050522, 6890310.317549774, 0.04148827181391822, 7850269375.36929, -69820.93194232736, 1262.6292591791243,
                -3.559705018800515e-06, -1832354.6522614744, 0.11551392183199004, -0.0004825195972918504, 0.9496571157468162, -974606131.7139232,
                -837094766933.6042, -72.70000988383346, 0.9324847333174532, -2.472556475551916e-08, -0.1244295053311899, -21.97268846667508,
                8.470976614777052e-08, 7760476428.196787, -1213406.8853311844, -0.0008537530047945838, 60330890.584938325, 0.5945228156204435,
                -377026.8620574906, 1.6111951310040564e-05, 34378.37321090681, 5.793094090635569e-08, 128449209.829305, -827391.7057235705,
                6.158624651121595e-08, 2110190.022719628, -0.0007931303003984961, -647616226.6239126, 1.0647130981660532e-06, -1.0513320572568989e-06,
                -38.99430600408875, -2.378681236150874, 2.7004014919624413, 2217797.782673902, 153210.52216781047, 55057.731787161356, 0.2384439853866466,
                -271.4972299264776, 37542580439.65181, 15613.735351660787, -1745.940043336333, -0.0001591432800019958, 5.076900553585671e-07,
                163.12166339487578, -4.960511764092911e-05, -188.73042418354115, 410.16293238656635, 4.763651515657623e-08, -2.5576500430296275e-08,
                -56412.60959859209, 139979.4981577947, 0.05917401532619878, -2239.4823961601405, -0.4332452997015032, 131563.31189127703, -30.950703780736255,
                29891183.66754138, 3.189328004067996e-07, 3713.1482034356077, -5.055808969240475, -8.50029176312002, -4013.331694736484, 33582381.52777508,
                -1203.7940666143832, -7537.971391982031, 0.011746477645630724, 0.00014818980090901062, -0.12693178165769567, -24988081.59164542,
                766664016602.9598, 15497.711660190904, -0.047253812411144624, 77645.53625433843, -0.0001738823613569164, -8.859520352127214e-05,
                -316163041021.09033, 34506.40892515748
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n  -4.4728e+00   7.8503e+09  -1.8324e+06  -9.7461e+08  -2.4726e-08   7.7605e+09\n   1.5540e+08  -6.9821e+04   1.1551e-01  -8.3709e+11  -1.2443e-01  -1.2134e+06\n   6.8903e+06   1.2626e+03  -4.8252e-04  -7.2700e+01  -2.1973e+01  -8.5375e-04\n   4.1488e-02  -3.5597e-06   9.4966e-01   9.3248e-01   8.4710e-08   6.0331e+07\n\n Columns 7 through 12:\n\n   5.9452e-01   5.7931e-08   2.1102e+06  -1.0513e-06   2.2178e+06  -2.7150e+02\n  -3.7703e+05   1.2845e+08  -7.9313e-04  -3.8994e+01   1.5321e+05   3.7543e+10\n   1.6112e-05  -8.2739e+05  -6.4762e+08  -2.3787e+00   5.5058e+04   1.5614e+04\n   3.4378e+04   6.1586e-08   1.0647e-06   2.7004e+00   2.3844e-01  -1.7459e+03\n\n Columns 13 through 18:\n\n  -1.5914e-04  -1.8873e+02  -5.6413e+04  -4.3325e-01   3.1893e-07  -4.0133e+03\n   5.0769e-07   4.1016e+02   1.3998e+05   1.3156e+05   3.7131e+03   3.3582e+07\n   1.6312e+02   4.7637e-08   5.9174e-02  -3.0951e+01  -5.0558e+00  -1.2038e+03\n  -4.9605e-05  -2.5577e-08  -2.2395e+03   2.9891e+07  -8.5003e+00  -7.5380e+03\n\n Columns 19 through 21:\n\n   1.1746e-02   7.6666e+11  -1.7388e-04\n   1.4819e-04   1.5498e+04  -8.8595e-05\n  -1.2693e-01  -4.7254e-02  -3.1616e+11\n  -2.4988e+07   7.7646e+04   3.4506e+04\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [7.4]), class: .double, format: .short,
        expected: "x = 7.4000\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [187.41, -.infinity, 713.55]), class: .double, format: .short,
        expected: "x =\n\n   187.41     -Inf   713.55\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [.nan, 31.97, 9.996101307617195e+45]), class: .double, format: .long,
        expected: "x =\n\n                     NaN   3.197000000000000e+01   9.996101307617195e+45\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 1, elements: [81731644.0, 385420.0, -344817.411545585, 46.0]), class: .double, format: .long,
        expected: "x =\n\n   8.173164400000000e+07\n   3.854200000000000e+05\n  -3.448174115455850e+05\n   4.600000000000000e+01\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 12,
            elements: [
                -.infinity, -.infinity, .nan, 1.0, 1369232132276.1155, 1.0, .infinity, 0.0, 1.0, -9.933836380973505e-27, -3.675753347531971e-29, .infinity
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n                    -Inf                    -Inf                     NaN\n\n Columns 4 through 6:\n\n   1.000000000000000e+00   1.369232132276115e+12   1.000000000000000e+00\n\n Columns 7 through 9:\n\n                     Inf                       0   1.000000000000000e+00\n\n Columns 10 through 12:\n\n  -9.933836380973505e-27  -3.675753347531971e-29                     Inf\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 3, elements: [-0.0865097199551455, -88668952.17218973, 0.015467060941740905]), class: .double, format: .short,
        expected: "x =\n\n  -8.6510e-02  -8.8669e+07   1.5467e-02\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 5,
            elements: [
                0.0, 3099.0, 252.0, 528.4927476733085, .infinity, 0.0, 0.0004542852490255439, .infinity, 0.27124810999555715, 963070292.0, 47556.0,
                1.3276969479227193e-05, -34.01923383378124, 422042.0, 5.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n            0   5.2849e+02   4.5429e-04   9.6307e+08  -3.4019e+01\n   3.0990e+03          Inf          Inf   4.7556e+04   4.2204e+05\n   2.5200e+02            0   2.7125e-01   1.3277e-05   5.0000e+00\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 8,
            elements: [
                -5.9071, 9.0, 7.0, 8.0, 1.7, 8.0, 5.727, 4.3, 8.51, -3.6, -7.98, -6.9, -8.058, 9.1284, 8.79, 8.68, -5.0, -6.3, 5.0, 6.0, -6.0, 9.3, -3.52, 7.0,
                -8.0, -9.23, -7.517, 9.45, 1.148, -8.8145, -6.6, -0.45
            ]), class: .double, format: .short,
        expected:
            "x =\n\n  -5.9071   1.7000   8.5100  -8.0580  -5.0000  -6.0000  -8.0000   1.1480\n   9.0000   8.0000  -3.6000   9.1284  -6.3000   9.3000  -9.2300  -8.8145\n   7.0000   5.7270  -7.9800   8.7900   5.0000  -3.5200  -7.5170  -6.6000\n   8.0000   4.3000  -6.9000   8.6800   6.0000   7.0000   9.4500  -0.4500\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 2, elements: [1.1, -1.8, 7.41, -16.0]), class: .double, format: .long,
        expected: "x =\n\n   1.100000000000000e+00   7.410000000000000e+00\n  -1.800000000000000e+00  -1.600000000000000e+01\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 2, cols: 3, elements: [40.0, 512663781.0, 15323392.0, 32.0, 61045360.0, 453047.0]), class: .double, format: .short,
        expected: "x =\n\n   4.0000e+01   1.5323e+07   6.1045e+07\n   5.1266e+08   3.2000e+01   4.5305e+05\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [18140733.0, 32122435.5]), class: .double, format: .short,
        expected: "x =\n\n   1.8141e+07   3.2122e+07\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 5, elements: [8.0, 368.0, 6.0, 276.85, 138.07]), class: .double, format: .short,
        expected: "x =\n\n     8.0000   368.0000     6.0000   276.8500   138.0700\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 21,
            elements: [
                379680024.03448695, -2457664089.695639, 0.0010271237580519255, -0.12085547262846728, -3.2089211200463955e-05, 0.0028857680637604474,
                -0.0005408125148346621, 611130849444.0896, 4556.821402875499, -5224.463187583742, -1.8233777102061856e-06, -0.054994025042098035,
                2.060183801320543e-07, 2.758974184163112e-06, 2.556378624927235e-06, 321276.8178967021, 233.98266919100513, 679.1314181082738,
                21.29833213583723, 5961181.432098879, -0.004316733789673978, 8.798541604609271e-06, -3.0088531500480994e-06, -49985631.41526036,
                2.036586083029246e-08, -1.9340191915651456e-05, -20500453405.06387, -2609273106.521022, 2755963197.9666452, -754023.229018633,
                -0.0007379277109472576, -20584839.472329486, 5.2606983801087136e-05, -256942488453.89948, -623655092.8897036, -0.8909809839725336,
                1.8610652816228497e-05, -0.059016191422692044, -0.00010564214990765715, -997544274.6491698, 0.13278152154553544, -2044424.9348602986,
                -6857850456.46722, 0.3901633696709677, 2.6027897790434356e-06, -896630539.0132262, -23.950353178109783, -0.005771125225776098,
                -38237288.96495823, -222.58192058955677, 0.0006999852989024879, -0.11457068413442442, 0.0067738144613204414, 2569995590.894506,
                177.4148593332145, -1.365337212114165e-08, -8.487452445116617, -1.5153379414181827e-06, -1.7280764157780058e-08, -7.596579904216378,
                2.592722931302676e-08, 0.030690571133143718, 1727047541.9197757, -114565186.85279746, 24075.85345881163, 0.0003232726625934196,
                -1358.5134142445793, -4282.010037451768, 0.01730844575458695, -34008824.70788134, -0.004970494994657961, -0.030015001475012897,
                8.500174107605155e-07, 153239904.55461144, -1.374519188507634e-07, -0.00012195247171870444, -2.2581198372908527e-08, 2051792357.5049918,
                1053.3448838275708, 3.247166574217423e-08, 1129553.6093065862, -36727.12017062578, -142680.76512757535, -0.009916958579759515
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n   3.796800240344869e+08  -3.208921120046395e-05   4.556821402875499e+03\n  -2.457664089695639e+09   2.885768063760447e-03  -5.224463187583742e+03\n   1.027123758051925e-03  -5.408125148346621e-04  -1.823377710206186e-06\n  -1.208554726284673e-01   6.111308494440896e+11  -5.499402504209804e-02\n\n Columns 4 through 6:\n\n   2.060183801320543e-07   2.339826691910051e+02  -4.316733789673978e-03\n   2.758974184163112e-06   6.791314181082738e+02   8.798541604609271e-06\n   2.556378624927235e-06   2.129833213583723e+01  -3.008853150048099e-06\n   3.212768178967021e+05   5.961181432098879e+06  -4.998563141526036e+07\n\n Columns 7 through 9:\n\n   2.036586083029246e-08   2.755963197966645e+09   5.260698380108714e-05\n  -1.934019191565146e-05  -7.540232290186330e+05  -2.569424884538995e+11\n  -2.050045340506387e+10  -7.379277109472576e-04  -6.236550928897036e+08\n  -2.609273106521022e+09  -2.058483947232949e+07  -8.909809839725336e-01\n\n Columns 10 through 12:\n\n   1.861065281622850e-05   1.327815215455354e-01   2.602789779043436e-06\n  -5.901619142269204e-02  -2.044424934860299e+06  -8.966305390132262e+08\n  -1.056421499076571e-04  -6.857850456467220e+09  -2.395035317810978e+01\n  -9.975442746491698e+08   3.901633696709677e-01  -5.771125225776098e-03\n\n Columns 13 through 15:\n\n  -3.823728896495823e+07   6.773814461320441e-03  -8.487452445116617e+00\n  -2.225819205895568e+02   2.569995590894506e+09  -1.515337941418183e-06\n   6.999852989024879e-04   1.774148593332145e+02  -1.728076415778006e-08\n  -1.145706841344244e-01  -1.365337212114165e-08  -7.596579904216378e+00\n\n Columns 16 through 18:\n\n   2.592722931302676e-08   2.407585345881163e+04   1.730844575458695e-02\n   3.069057113314372e-02   3.232726625934196e-04  -3.400882470788134e+07\n   1.727047541919776e+09  -1.358513414244579e+03  -4.970494994657961e-03\n  -1.145651868527975e+08  -4.282010037451768e+03  -3.001500147501290e-02\n\n Columns 19 through 21:\n\n   8.500174107605155e-07  -2.258119837290853e-08   1.129553609306586e+06\n   1.532399045546114e+08   2.051792357504992e+09  -3.672712017062578e+04\n  -1.374519188507634e-07   1.053344883827571e+03  -1.426807651275753e+05\n  -1.219524717187044e-04   3.247166574217423e-08  -9.916958579759515e-03\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 8,
            elements: [
                -5.5221662247565625e-14, 725172.0, 9.0, 3.0667530466661633e-40, -2.332388569747514e-06, 78734.0, 26893112.0, 188533840.0, 7.515412942553983e-49,
                26203523.5, 430456310.0, -2.927912546146597e+38, 3.803750707098744e+45, -5396983766025511.0, 53907318.0, -8.700117298365979e+37
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n  -5.5222e-14   9.0000e+00  -2.3324e-06   2.6893e+07   7.5154e-49   4.3046e+08\n   7.2517e+05   3.0668e-40   7.8734e+04   1.8853e+08   2.6204e+07  -2.9279e+38\n\n Columns 7 and 8:\n\n   3.8038e+45   5.3907e+07\n  -5.3970e+15  -8.7001e+37\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 2,
            elements: [
                -2496.545880261029, -1632136.2432947801, 230212.0191206973, 32.0, -1.6393609662627905e-08, -0.8939681072052178, 90.62050549057605,
                1.6672830353951114
            ]), class: .double, format: .short,
        expected: "x =\n\n  -2.4965e+03  -1.6394e-08\n  -1.6321e+06  -8.9397e-01\n   2.3021e+05   9.0621e+01\n   3.2000e+01   1.6673e+00\n\n"),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [-6.5893, 9.0]), class: .double, format: .long,
        expected: "x =\n\n  -6.589300000000000   9.000000000000000\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 21,
            elements: [
                -32.0, 2.0, -39.0, -5.0, 1.0, -16.0, -29.0, -48.0, 21.0, -16.0, -39.0, 9.0, 24.0, -29.0, -30.0, -6.0, -2.0, -5.0, 7.0, -50.0, 42.0, -48.0, 0.0,
                -2.0, -22.0, -36.0, -12.0, 24.0, 18.0, 14.0, 6.0, -8.0, -21.0, 29.0, 33.0, 36.0, -19.0, -35.0, 40.0, -45.0, -6.0, 26.0, 25.0, -1.0, 25.0, -10.0,
                9.0, 18.0, 8.0, -6.0, 1.0, 3.0, 5.0, -34.0, 13.0, -15.0, 36.0, -19.0, -7.0, 19.0, 36.0, -20.0, 44.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 16:\n\n  -32   -5  -29  -16   24   -6    7  -48  -22   24    6   29  -19  -45   25  -10\n    2    1  -48  -39  -29   -2  -50    0  -36   18   -8   33  -35   -6   -1    9\n  -39  -16   21    9  -30   -5   42   -2  -12   14  -21   36   40   26   25   18\n\n Columns 17 through 21:\n\n    8    3   13  -19   36\n   -6    5  -15   -7  -20\n    1  -34   36   19   44\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 1, cols: 12,
            elements: [
                2.288781519503e+23, -5.838328912172529e-05, 1737.0537429273559, -1.3769618750962766e-37, -11.0, 0.005906959489205867, 1.0,
                -2.543185411761764e-12, 2.5633811557400855e+52, 0.21460342521351222, 38.0, -1.0755549303437306e-57
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n   2.288781519503000e+23  -5.838328912172529e-05   1.737053742927356e+03\n\n Columns 4 through 6:\n\n  -1.376961875096277e-37  -1.100000000000000e+01   5.906959489205867e-03\n\n Columns 7 through 9:\n\n   1.000000000000000e+00  -2.543185411761764e-12   2.563381155740085e+52\n\n Columns 10 through 12:\n\n   2.146034252135122e-01   3.800000000000000e+01  -1.075554930343731e-57\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 3, cols: 2, elements: [181.66, 712.59, 430.7, 270.89, 404.66, 4.886969093429561e-15]), class: .double, format: .short,
        expected: "x =\n\n   1.8166e+02   2.7089e+02\n   7.1259e+02   4.0466e+02\n   4.3070e+02   4.8870e-15\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 3,
            elements: [-0.0422, -4.0, 5663.0, -351.9591033077484, 9651517.0, 2.0, 8.273, 7424876.0, 1.0, 5.5286109084467126e-08, 4.8787, 793077214.0]),
        class: .double, format: .long,
        expected:
            "x =\n\n  -4.220000000000000e-02   9.651517000000000e+06   1.000000000000000e+00\n  -4.000000000000000e+00   2.000000000000000e+00   5.528610908446713e-08\n   5.663000000000000e+03   8.273000000000000e+00   4.878700000000000e+00\n  -3.519591033077484e+02   7.424876000000000e+06   7.930772140000000e+08\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 8,
            elements: [
                0.5, -.infinity, .infinity, 0.0, .nan, 0.5, .nan, 0.5, .infinity, .infinity, .infinity, 1.0, 0.5, 0.5, -.infinity, 1.0, 0.5, 1.0, .infinity,
                .infinity, .infinity, .infinity, .nan, 1.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n   0.5000        0      NaN      Inf   0.5000   1.0000      Inf      Inf\n     -Inf      NaN   0.5000      Inf   0.5000   0.5000      Inf      NaN\n      Inf   0.5000      Inf   1.0000     -Inf   1.0000      Inf   1.0000\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 21,
            elements: [
                -9.753, -1.5, 3.8, -9.13, 2.0, 1.098, -6.06, 3.8, 0.5996, 9.3, -1.136, -2.0, -1.0986, 9.581, -6.4, -4.2099, -6.18, -5.57, -9.088, -9.3596,
                -6.25, -8.32, -7.0, -5.46, -7.824, 0.292, 1.0, -0.2331, -9.0, 7.0, -10.0, 8.1, -7.3143, 2.55, -4.085, 2.5319, -8.0, 1.35, -0.8, 5.5, 0.8544,
                9.4, -2.6422, -1.4325, 5.5, -7.96, 9.4874, 6.0, -2.41, 6.0, -5.26, -5.4, 2.18, -9.6966, 6.76, 9.056, -1.0, -9.0, -4.01, -1.0, 8.1, 7.0, 1.26
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 8:\n\n   -9.7530   -9.1300   -6.0600    9.3000   -1.0986   -4.2099   -9.0880   -8.3200\n   -1.5000    2.0000    3.8000   -1.1360    9.5810   -6.1800   -9.3596   -7.0000\n    3.8000    1.0980    0.5996   -2.0000   -6.4000   -5.5700   -6.2500   -5.4600\n\n Columns 9 through 16:\n\n   -7.8240   -0.2331  -10.0000    2.5500   -8.0000    5.5000   -2.6422   -7.9600\n    0.2920   -9.0000    8.1000   -4.0850    1.3500    0.8544   -1.4325    9.4874\n    1.0000    7.0000   -7.3143    2.5319   -0.8000    9.4000    5.5000    6.0000\n\n Columns 17 through 21:\n\n   -2.4100   -5.4000    6.7600   -9.0000    8.1000\n    6.0000    2.1800    9.0560   -4.0100    7.0000\n   -5.2600   -9.6966   -1.0000   -1.0000    1.2600\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 12,
            elements: [
                8312181.0, 33512310.25, 21413798.5, 25.0, 5654048.5, 22261138.5, -5.0, 4657378.0, 31139218.0, 9258787.25, 36.0, 33489295.0, -18.0, -41.0,
                10675274.25, 29.0, 24.0, 32479306.25, 8005287.0, 38.0, 7899290.0, 17395157.0, 10410893.0, -4.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   8.3122e+06   2.1414e+07   5.6540e+06  -5.0000e+00   3.1139e+07   3.6000e+01\n   3.3512e+07   2.5000e+01   2.2261e+07   4.6574e+06   9.2588e+06   3.3489e+07\n\n Columns 7 through 12:\n\n  -1.8000e+01   1.0675e+07   2.4000e+01   8.0053e+06   7.8993e+06   1.0411e+07\n  -4.1000e+01   2.9000e+01   3.2479e+07   3.8000e+01   1.7395e+07  -4.0000e+00\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 2,
            elements: [2.4805967342040868e-05, 5933804.0, 237625.0, 3461481.4399775737, 44475620.0, 5.0, 15.422478459619967, -0.4882284819985577]),
        class: .double, format: .short,
        expected: "x =\n\n   2.4806e-05   4.4476e+07\n   5.9338e+06   5.0000e+00\n   2.3762e+05   1.5422e+01\n   3.4615e+06  -4.8823e-01\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 3,
            elements: [
                2803199703.5208035, 423327.0922826524, -2865745530.4993696, 503.73, 633.1, 962.96, 334.43, 856373156657.0835, -68872495.2647965, 739.53, 671.75,
                0.0001280095077912013
            ]), class: .double, format: .long,
        expected:
            "x =\n\n   2.803199703520803e+09   6.331000000000000e+02  -6.887249526479650e+07\n   4.233270922826524e+05   9.629600000000000e+02   7.395300000000000e+02\n  -2.865745530499370e+09   3.344300000000000e+02   6.717500000000000e+02\n   5.037300000000000e+02   8.563731566570835e+11   1.280095077912013e-04\n\n"
    ),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 3, cols: 5,
            elements: [
                600.0, 490599.0, 328.0, 9019931.5, 1136607.0, 5794661.25, 95244.0, 942780.0, 9877.0, 24.0, 13451033.5, 695885584.0, 23821061.0, 29645062.0,
                10794827.0
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n   6.000000000000000e+02   9.019931500000000e+06   9.524400000000000e+04\n   4.905990000000000e+05   1.136607000000000e+06   9.427800000000000e+05\n   3.280000000000000e+02   5.794661250000000e+06   9.877000000000000e+03\n\n Columns 4 and 5:\n\n   2.400000000000000e+01   2.382106100000000e+07\n   1.345103350000000e+07   2.964506200000000e+07\n   6.958855840000000e+08   1.079482700000000e+07\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 2, elements: [15641745.0, -26.0]), class: .double, format: .short,
        expected: "x =\n\n   1.5642e+07  -2.6000e+01\n\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 4, cols: 12,
            elements: [
                212.23, 156.68, 131.86, 778.11, 867.73, 156.19, 558.13, 441.56, 648.93, 529.48, 655.36, 213.14, 609.79, 357.84, 150.59, 901.03, 174.5, 423.23,
                400.84, 460.1, 796.26, 657.36, 936.95, 789.82, 626.31, 230.0, 122.22, 107.8, 775.96, 813.45, 555.25, 65.44, 257.02, 763.31, 259.11, 674.21,
                873.31, 651.64, 737.6, 59.99, 925.29, 559.3, 870.84, 409.93, 56.02, 523.32, 528.5, 944.95
            ]), class: .double, format: .long,
        expected:
            "x =\n\n Columns 1 through 3:\n\n   2.122300000000000e+02   8.677300000000000e+02   6.489299999999999e+02\n   1.566800000000000e+02   1.561900000000000e+02   5.294800000000000e+02\n   1.318600000000000e+02   5.581300000000000e+02   6.553600000000000e+02\n   7.781100000000000e+02   4.415600000000000e+02   2.131400000000000e+02\n\n Columns 4 through 6:\n\n   6.097900000000000e+02   1.745000000000000e+02   7.962600000000000e+02\n   3.578400000000000e+02   4.232300000000000e+02   6.573600000000000e+02\n   1.505900000000000e+02   4.008400000000000e+02   9.369500000000000e+02\n   9.010300000000000e+02   4.601000000000000e+02   7.898200000000001e+02\n\n Columns 7 through 9:\n\n   6.263099999999999e+02   7.759600000000000e+02   2.570200000000000e+02\n   2.300000000000000e+02   8.134500000000000e+02   7.633099999999999e+02\n   1.222200000000000e+02   5.552500000000000e+02   2.591100000000000e+02\n   1.078000000000000e+02   6.544000000000000e+01   6.742100000000000e+02\n\n Columns 10 through 12:\n\n   8.733099999999999e+02   9.252900000000000e+02   5.602000000000000e+01\n   6.516400000000000e+02   5.593000000000000e+02   5.233200000000001e+02\n   7.376000000000000e+02   8.708400000000000e+02   5.285000000000000e+02\n   5.999000000000000e+01   4.099300000000000e+02   9.449500000000000e+02\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 1, cols: 1, elements: [0.0004242416752286471]), class: .double, format: .short,
        expected: "x = 4.2424e-04\n"),
    DisplayCase(
        .display, "x",
        Matrix(
            rows: 2, cols: 21,
            elements: [
                423541547635.10614, 229.0, 35873201.0, 537653442.0, 37036.0, 379645784.0, 4123.0, 0.09746119994006322, 1.7059023803587333e-05, 1186.0,
                3841.356242455688, 2.0143847510604443e-08, 48432.0, 212087564140.16925, 4.967875769559279, 51385844.0, 89804.0, -0.0022088117841574865, 19.0,
                115422.26003899128, 933.0, -639382.3645292778, 112.8736492059851, -2.7493804525510446, 10618945.175025182, -287559098938.15063,
                -6.37716770166187e-07, -4301227347.957122, -4355383423.16465, 3.0, 3299.0, -661065733803.8378, 2.0, 11.0, 1759398.0, 6.0, 5.0,
                -952.7193034892101, 15.0, -270558619461.7733, 322.3401732186549, 86882907.0
            ]), class: .double, format: .short,
        expected:
            "x =\n\n Columns 1 through 6:\n\n   4.2354e+11   3.5873e+07   3.7036e+04   4.1230e+03   1.7059e-05   3.8414e+03\n   2.2900e+02   5.3765e+08   3.7965e+08   9.7461e-02   1.1860e+03   2.0144e-08\n\n Columns 7 through 12:\n\n   4.8432e+04   4.9679e+00   8.9804e+04   1.9000e+01   9.3300e+02   1.1287e+02\n   2.1209e+11   5.1386e+07  -2.2088e-03   1.1542e+05  -6.3938e+05  -2.7494e+00\n\n Columns 13 through 18:\n\n   1.0619e+07  -6.3772e-07  -4.3554e+09   3.2990e+03   2.0000e+00   1.7594e+06\n  -2.8756e+11  -4.3012e+09   3.0000e+00  -6.6107e+11   1.1000e+01   6.0000e+00\n\n Columns 19 through 21:\n\n   5.0000e+00   1.5000e+01   3.2234e+02\n  -9.5272e+02  -2.7056e+11   8.6883e+07\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 3, elements: [869.43, 677.2, 765.39, 476.62, 4.243, -8.5601, 8.175, 8962038.0, 266.41, 223.26, 347.78, 364.1]),
        class: .double, format: .short,
        expected:
            "x =\n\n   8.6943e+02   4.2430e+00   2.6641e+02\n   6.7720e+02  -8.5601e+00   2.2326e+02\n   7.6539e+02   8.1750e+00   3.4778e+02\n   4.7662e+02   8.9620e+06   3.6410e+02\n\n"
    ),
    DisplayCase(
        .display, "x", Matrix(rows: 4, cols: 2, elements: [.infinity, -.infinity, 123.03, 375.15, 177.71, 361.76, 0.5, 356.65]), class: .double, format: .long,
        expected:
            "x =\n\n                     Inf   1.777100000000000e+02\n                    -Inf   3.617600000000000e+02\n   1.230300000000000e+02   5.000000000000000e-01\n   3.751500000000000e+02   3.566500000000000e+02\n\n"
    )
]
