import Foundation
import Testing
import NablaNumerics

/// Counts from a run of generated queries, for the suite's verdict and for the record.
struct MathsTally {
    var queries: [MathsCase.Kind: Int] = [:]
    var passed = 0
    var refusals: [String: Int] = [:]
    var skipped: [String: Int] = [:]
    var failures: [(MathsCase, String)] = []
    var formulas = 0
    var operations: [String: Int] = [:]

    var total: Int { queries.values.reduce(0, +) }
    /// Questions about derivatives: grad, jacobian and hessian.
    var derivativeQueries: Int { [MathsCase.Kind.gradient, .jacobian, .hessian].reduce(0) { $0 + (queries[$1] ?? 0) } }

    mutating func record(_ c: MathsCase, _ v: Verdict) {
        queries[c.kind, default: 0] += 1
        switch v {
        case .pass: passed += 1
        case .refused(let r): refusals[r, default: 0] += 1
        case .skipped(let r): skipped[r, default: 0] += 1
        case .failed(let m): failures.append((c, m))
        }
    }

    var report: String {
        var out = "\(formulas) formulas, \(total) queries (\(derivativeQueries) of grad, jacobian, hessian): \(passed) agreed, \(failures.count) failed\n"
        out += "queries: " + MathsCase.Kind.allCases.map { "\($0.rawValue) \(queries[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        for (r, n) in refusals.sorted(by: { $0.value > $1.value }) { out += "refused \(n)×: \(r)\n" }
        for (r, n) in skipped.sorted(by: { $0.value > $1.value }) { out += "skipped \(n)×: \(r)\n" }
        let unused = FormulaGenerator.operations.map(\.name).filter { operations[$0] == nil }
        out +=
            "operations drawn: \(operations.count) of \(FormulaGenerator.operations.count)"
            + (unused.isEmpty ? "" : " (never: \(unused.joined(separator: ", ")))") + "\n"
        return out
    }
}

/// Property-based differential testing of the derivatives: random well-shaped formulas,
/// each question answered by an oracle that shares no code with the differentiator.
///
/// `make test` runs a fixed seed. `make fuzz-maths SECONDS=n` sets NABLA_MATHS_SECONDS and
/// runs fresh seeds for that long; each failure is shrunk to a shortest formula and written
/// to `Corpus/maths/`, which `regressionCasesStillPass` replays from then on.
@Suite struct MathsPropertyTests {
    static let casesFolder = corpusRoot.appendingPathComponent("maths")

    /// The cases of one generated formula: every kind of question it supports.
    static func cases(seed: UInt64) -> (Formula, [MathsCase], [Formula]) {
        var g = FormulaGenerator(seed: seed)
        let shape = g.shape()
        let f = g.formula(shape, depth: g.random.int(1...4))
        var setup = FormulaGenerator.anonymous.joined(separator: " ")
        for (name, value) in g.variables { setup += " \(name) = \(literal(value));" }
        setup += " nabla_w = \(literal(g.random.matrix(shape)));"
        let used = Set(f.leaves)
        let candidates = g.variables.filter { used.contains($0.name) }
        let pool = g.variables.map { Formula.leaf($0.name, $0.value.shape) }
        var out = [
            MathsCase(kind: .value, setup: setup, formula: f.description, shape: shape, variable: ""),
            MathsCase(kind: .simplify, setup: setup, formula: f.description, shape: shape, variable: "")
        ]
        guard !candidates.isEmpty else { return (f, out, pool) }
        let v = g.random.pick(candidates)
        func add(_ k: MathsCase.Kind) { out.append(MathsCase(kind: k, setup: setup, formula: f.description, shape: shape, variable: v.name)) }
        add(.gradient)
        add(.pasteBack)
        if shape.count * v.value.count <= 36 { add(.jacobian) }
        if (v.value.shape.isVector || v.value.shape.isScalar) && v.value.count <= 3 { add(.hessian) }
        return (f, out, pool)
    }

    /// A matrix literal that reads back to exactly the same numbers.
    static func literal(_ m: Matrix) -> String {
        if m.isScalar { return "\(m.scalar)" }
        return "[" + (0..<m.rows).map { i in (0..<m.cols).map { j in "\(m[i, j])" }.joined(separator: " ") }.joined(separator: "; ") + "]"
    }

    /// Runs formulas from `firstSeed` until `enough` says stop; failures are shrunk.
    static func runQueries(firstSeed: UInt64, until enough: (MathsTally) -> Bool) -> MathsTally {
        var tally = MathsTally()
        var seed = firstSeed
        while !enough(tally) {
            let (f, cases, pool) = cases(seed: seed)
            tally.formulas += 1
            for op in f.operations { tally.operations[op, default: 0] += 1 }
            for c in cases {
                let v = MathsOracle.check(c)
                if v.isFailure {
                    tally.record(shrink(c, f, pool), v)
                } else {
                    tally.record(c, v)
                }
            }
            seed += 1
        }
        return tally
    }

    /// The smallest formula, by repeated one-step reductions, that still fails the same question.
    static func shrink(_ c: MathsCase, _ f: Formula, _ pool: [Formula]) -> MathsCase {
        var best = f
        var current = c
        var improved = true
        var attempts = 0
        while improved && attempts < 400 {
            improved = false
            for candidate in best.smaller(leaves: pool).sorted(by: { $0.size < $1.size }) where candidate.size < best.size {
                attempts += 1
                if c.kind != .value && c.kind != .simplify && !candidate.leaves.contains(c.variable) { continue }
                var trial = c
                trial.formula = candidate.description
                if MathsOracle.check(trial).isFailure {
                    best = candidate
                    current = trial
                    improved = true
                    break
                }
                if attempts >= 400 { break }
            }
        }
        return current
    }

    /// The fixed-seed run, in four parts so they run side by side: together at least 2,000
    /// questions about derivatives.
    @Test(arguments: 0..<4) func generatedFormulasAgreeWithTheirOracles(part: Int) throws {
        let environment = ProcessInfo.processInfo.environment
        if part == 0, let text = environment["NABLA_MATHS_SECONDS"], let seconds = Double(text) {
            // The long mode: fresh seeds for as long as asked, every failure kept as a case.
            let start = Date()
            let firstSeed = environment["NABLA_MATHS_SEED"].flatMap(UInt64.init) ?? UInt64(start.timeIntervalSince1970 * 1000)
            let tally = Self.runQueries(firstSeed: firstSeed) { _ in Date().timeIntervalSince(start) >= seconds }
            try FileManager.default.createDirectory(at: Self.casesFolder, withIntermediateDirectories: true)
            for (c, _) in tally.failures {
                let name = "\(c.kind.rawValue)-\(String(UInt64(bitPattern: Int64(c.fileText.hashValue)) % 1_000_000_007)).case"
                try ("# found by make fuzz-maths from seed \(firstSeed)\n" + c.fileText)
                    .write(to: Self.casesFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            print("fuzz-maths: first seed \(firstSeed), \(Int(Date().timeIntervalSince(start))) s\n" + tally.report)
            for (c, m) in tally.failures { Issue.record("\(c.kind.rawValue) of \(c.formula) by \(c.variable): \(m)\n\(c.fileText)") }
            return
        }
        if environment["NABLA_MATHS_SECONDS"] != nil { return }
        let tally = Self.runQueries(firstSeed: 20261201 + UInt64(part) * 100_000) { $0.derivativeQueries >= 500 }
        #expect(tally.derivativeQueries >= 500, "\(tally.report)")
        for (c, m) in tally.failures.prefix(10) { Issue.record("\(c.kind.rawValue) of \(c.formula) by \(c.variable): \(m)\n\(c.fileText)") }
        #expect(tally.failures.isEmpty, "\(tally.report)")
        if environment["NABLA_MATHS_REPORT"] != nil { print(tally.report) }
    }

    /// Every failure the long mode ever found, replayed.
    @Test func regressionCasesStillPass() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.casesFolder.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".case") {
            let text = try String(contentsOf: Self.casesFolder.appendingPathComponent(file), encoding: .utf8)
            guard let c = MathsCase(fileText: text) else { Issue.record("\(file) is not a case"); continue }
            let v = MathsOracle.check(c)
            #expect(!v.isFailure, "\(file): \(c.formula): \(v)")
        }
    }

    /// A sample where a step leaves the real numbers but a later `min` hides it is not asked
    /// about (there is no real derivative there); the same formula on real ground is.
    @Test func aStepOutsideTheRealsIsNotAsked() {
        let outside = MathsCase(
            kind: .gradient, setup: "p1 = [-0.5; -0.2]; p2 = [0.3; 0.4];", formula: "sum(min(p1.^0.5, p2))",
            shape: .scalar, variable: "p2")
        #expect(MathsOracle.check(outside) == .skipped("a step leaves the real numbers"))
        let inside = MathsCase(
            kind: .gradient, setup: "p1 = [0.5; 0.2]; p2 = [0.3; 0.4];", formula: "sum(min(p1.^0.5, p2))",
            shape: .scalar, variable: "p2")
        #expect(MathsOracle.check(inside) == .pass)
    }

    /// A derivative that central differences cannot resolve beside a large value is not asked;
    /// an ordinary one is, and a wrong one beside a moderately large value still fails.
    @Test func aDerivativeBelowTheDifferencesResolutionIsNotAsked() {
        // 1/p2 makes gamma's argument about 41 in one entry (Γ ≈ 1e48): the p1 entries' change
        // is far below the rounding of the sum, and differences read exactly 0.
        let formula = "gamma(1.5 + (min(p1, (p2).^-1)).^2)"
        let large = MathsCase(
            kind: .gradient, setup: "p1 = [-0.14 -0.31; -0.69 -0.71]; p2 = [0.44 -0.27; -0.16 0.48]; nabla_w = [-0.74 0.99; 0.08 -0.88];",
            formula: formula, shape: Shape(2, 2), variable: "p1")
        #expect(MathsOracle.check(large) == .skipped("differences cannot resolve the derivative beside a large value"))
        let ordinary = MathsCase(
            kind: .gradient, setup: "p1 = [-0.14 -0.31; -0.69 -0.71]; p2 = [2.2 -3.7; -6.3 2.1]; nabla_w = [-0.74 0.99; 0.08 -0.88];",
            formula: formula, shape: Shape(2, 2), variable: "p1")
        #expect(MathsOracle.check(ordinary) == .pass)
        let probe = MathsProbe("p1 = [0.3; -0.2];")
        let d = Matrix(column: [1, 0])
        // 1e20 + p1(1)² moves by 6e-6 over the step; 1e20's rounding is 16384.
        #expect(
            MathsOracle.differences(analytic: Matrix(scalar: 0.6), probe, "1e20 + sum(p1 .* p1)", "p1", d)
                == .skipped("differences cannot resolve the derivative beside a large value"))
        // Beside 1e6 differences resolve about 1e-3: 1 for 0.6 is still caught.
        #expect(MathsOracle.differences(analytic: Matrix(scalar: 1.0), probe, "1e6 + sum(p1 .* p1)", "p1", d).isFailure)
        #expect(MathsOracle.differences(analytic: Matrix(scalar: 0.6), probe, "1e6 + sum(p1 .* p1)", "p1", d) == .pass)
    }

    /// A least-squares solve is Octave's A⁺B, and A⁺ is continuous only where A's rank is
    /// locally constant. A rank-deficient A whose rank holds under every step (a product of a
    /// column and a row) is asked, and its derivative agrees; one that gains rank under the step
    /// (p6 = 0 below) has no derivative: its differences blow up like 1/h² and disagree at h and
    /// 2h, so the sample is not asked ("not smooth at the sample"), never failed.
    @Test func aRankChangeAtTheSampleIsNotAsked() {
        let setup =
            "p1 = [0.3; -0.7; 0.5]; p2 = [0.4 -0.9]; p3 = [0.2 -0.4; 0.9 0.1; -0.3 0.6]; p5 = [0.3 -0.2 0.8; 0.1 0.5 -0.6]; p6 = 0; nabla_w = [0.3 -0.8; 0.5 0.2];"
        for (formula, variable) in [
            ("((p1 * p2) \\ p3)", "p1"), ("((p1 * p2) \\ p3)", "p2"), ("(p5 / (p1 * p2)')", "p1"),
            ("((p1 * p2 + p6 * [1 0; 0 1; 0 0]) \\ p3)", "p1")
        ] {
            for kind in [MathsCase.Kind.gradient, .jacobian, .pasteBack] {
                let c = MathsCase(kind: kind, setup: setup, formula: formula, shape: Shape(2, 2), variable: variable)
                #expect(MathsOracle.check(c) == .pass, "\(kind) of \(formula) by \(variable)")
            }
        }
        for formula in ["((p1 * p2 + p6 * [1 0; 0 1; 0 0]) \\ p3)", "(p5 / (p1 * p2 + p6 * [1 0; 0 1; 0 0])')"] {
            for kind in [MathsCase.Kind.gradient, .jacobian] {
                let c = MathsCase(kind: kind, setup: setup, formula: formula, shape: Shape(2, 2), variable: "p6")
                #expect(MathsOracle.check(c) == .skipped("not smooth at the sample"), "\(kind) of \(formula) by p6")
            }
        }
    }

    /// The oracles can fail: a wrong derivative planted in a formula is caught.
    @Test func theOraclesCatchAWrongAnswer() {
        let c = MathsCase(kind: .gradient, setup: "p1 = [0.3; -0.2];", formula: "sum(p1 .* p1)", shape: .scalar, variable: "p1")
        #expect(MathsOracle.check(c) == .pass)
        let probe = MathsProbe("p1 = [0.3; -0.2];")
        #expect(MathsOracle.differences(analytic: Matrix(scalar: 1.0), probe, "sum(p1 .* p1)", "p1", Matrix(column: [1, 0])).isFailure)
        #expect(MathsOracle.differences(analytic: Matrix(scalar: 0.6), probe, "sum(p1 .* p1)", "p1", Matrix(column: [1, 0])) == .pass)
    }
}
