import Testing
@testable import NablaLessons
import NablaRuntime

/// Check mode proves each check by running wrong variants of the model answer.
@Suite("Mutation testing")
struct MutationTests {
    @Test func variantsAreTheMistakesStudentsMake() {
        let changes = Mutants.of("d2 = (2/numel(y)) * (a2 - y) .* a2 .* (1 - a2)").map(\.change)
        #expect(changes.contains("flip the sign"))
        #expect(changes.contains { $0.hasPrefix("drop a factor: 2 / numel (y)") })
        #expect(changes.contains { $0.hasPrefix("* → .*") })
        #expect(changes.contains { $0.hasPrefix("drop a term") })
        #expect(changes.contains { $0.hasPrefix("change a scalar") })
        let product = Mutants.of("g = W'*d").map(\.code)
        #expect(product.contains("g = (W)*d"))  // a transpose dropped
        #expect(product.contains("g = (d * W')"))  // operands swapped
        #expect(Mutants.of("not ( valid").isEmpty)
    }

    func lesson(_ t0: String) throws -> Lesson {
        try LessonParser.parse(
            """
            ---
            id: 91
            lang: en
            title: Weak data
            ---

            # Weak data

            ```nabla
            t0 = \(t0); x = [0.5; 1.5; 2.5];
            ```

            ```exercise
            title: Sum of errors
            prompt: Set `g` to Σ (xᵢ − t0).
            check: value g
            hint: subtract, then sum
            solution: g = sum(x - t0)
            wrong: g = 0
            ```

            """, file: "weak.md")
    }

    /// With t0 = 0 the lesson cannot see a dropped t0: check mode says so and fails it.
    @Test func aCheckAVariantPassesFailsTheLesson() throws {
        let weak = LessonChecker.check(try lesson("0"))
        #expect(weak.status == .failed)
        #expect(weak.errors.contains { $0.message.contains("a wrong variant of the model answer passes the check: 'g = sum((x))' (drop a term: t0)") })
        let fixed = LessonChecker.check(try lesson("0.5"))
        #expect(fixed.status == .passed, "\(fixed.errors)")
        let m = try #require(fixed.mutation.first)
        #expect(m.tried > 0 && m.survivors.isEmpty && m.rejected + m.equivalent == m.tried)
        #expect(LessonChecker.Report(results: [fixed]).text.contains("wrong variants rejected: #1 \(m.rejected)/\(m.tried)"))
    }
}
