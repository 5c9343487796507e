import Foundation
import Testing
import NablaTestSupport

/// The seed's example end to end: 100 points of y = 2x + 1 + noise, θ₀ = θ₁ = 0, MSE,
/// learning rate 0.01, 1000 steps of batch gradient descent.
@Suite("Linear regression")
struct LinearRegressionTests {
    /// The whole program a student types: at most 10 lines.
    static let program = """
        rng(42); [x, y] = linear_data(100);     % y = 2x + 1 + noise
        theta0 = 0; theta1 = 0;
        L := mse(theta0 + theta1*x, y);
        train(L, {theta0, theta1}, 'lr', 0.01, 'steps', 1000, 'every', 100);
        theta = [theta0 theta1]
        """

    @Test func theSeedExampleRunsInTenLines() {
        #expect(LinearRegressionTests.program.split(separator: "\n").count <= 10)
        let (out, errors, outcome) = runTeaching(LinearRegressionTests.program)
        #expect(outcome == .success, "\(errors)")
        // The loss every 100 steps: 11 lines, step 0 to step 1000.
        for step in stride(from: 0, through: 1000, by: 100) {
            #expect(out.contains("  step \(String(repeating: " ", count: 4 - String(step).count))\(step)   L = "), "no line for step \(step)")
        }
        #expect(out.contains("theta ="))
        #expect(out.contains("done: L "))
    }

    /// NumPy's numbers for the same arithmetic on the same data (Fixtures/linear.csv),
    /// from Fixtures/linear_numpy.py, recorded here so the test needs no Python.
    static let numpyLosses: [Int: Double] = [
        0: 8.351412518736373, 100: 0.08679997595811619, 200: 0.06564456184166664,
        300: 0.05651560174968132, 400: 0.05162498855034554, 500: 0.04900437267860662,
        600: 0.047600125661644635, 700: 0.046847665254798755, 800: 0.0464444622164218,
        900: 0.046228407406524445, 1000: 0.04611263526088858
    ]
    static let numpyTheta = (1.0268598141882732, 1.9405655093725354)

    @Test func matchesNumPyOnTheSameDataTo1e9() throws {
        let csv = fixtures.appendingPathComponent("linear.csv").path
        let s = TestSession.teaching()
        let out = s.run(
            """
            D = csvread('\(csv)'); x = D(:, 1); y = D(:, 2);
            theta0 = 0; theta1 = 0;
            L := mse(theta0 + theta1*x, y);
            losses = train(L, {theta0, theta1}, 'lr', 0.01, 'steps', 1000, 'every', 100);
            """)
        #expect(!out.contains("error"), "\(out)")
        let losses = try #require(s.matrix("losses"))
        try #require(losses.count == 1001)
        for (step, expected) in LinearRegressionTests.numpyLosses {
            #expect(abs(losses[step] - expected) <= 1e-9 * max(1, abs(expected)), "step \(step): \(losses[step]) vs NumPy \(expected)")
        }
        let t0 = try #require(s.matrix("theta0")?.first), t1 = try #require(s.matrix("theta1")?.first)
        #expect(abs(t0 - LinearRegressionTests.numpyTheta.0) <= 1e-9)
        #expect(abs(t1 - LinearRegressionTests.numpyTheta.1) <= 1e-9)
    }
}
