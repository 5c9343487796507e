import Testing
@testable import NablaTeaching

@Test func scratch() {
    let s = TestSession()
    print(s.run("rng(1); [x, y] = linear_data(100); theta0 = 0; theta1 = 0; L := mse(theta0 + theta1*x, y); train(L, {theta0, theta1}, 'lr', 0.01, 'steps', 1000, 'every', 100); theta0, theta1"))
}
