import Testing
@testable import NablaLessons
import NablaRuntime
import NablaTestSupport

/// Each student's JSON report, and the class table merged from a folder of them.
@Suite("Class report", .serialized)
struct ClassReportTests {
    /// Runs the sample lesson for one student with scripted input; their JSON report.
    func student(_ name: String, _ lines: [String]) throws -> String {
        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        let store = ProgressStore(directory: dir)
        let lesson = try parseSample()
        _ = LessonRunner(lesson: lesson, output: RecordingSink(), input: ScriptedInput(lines + ["bye"]), store: store).run()
        return ClassReport.json(LessonLibrary(lessons: [lesson]), language: "en", store: store, student: name)
    }

    @Test func threeStudentsMergeIntoOneTable() throws {
        let ana = try student("ana", ["", "C = B*A", "hint", "C = A*B", ""])
        let ben = try student("ben", ["", "C = B*A", "C = A'*B'", "C = A*B", "", "Z = ones(2, 3)", "Z = ones(3, 2)"])
        let cai = try student("cai", ["", "C = B*A", "hint", "hint"])
        let doc = try #require(JSONValue.parse(ben))
        #expect(doc["student"]?.string == "ben")
        let first = doc["lessons"]?.array.first?["exercises"]?.array.first
        #expect(first?["attempts"]?.int == 2 && first?["solved"]?.bool == true)
        #expect(first?["wrong"]?.array.compactMap(\.string) == ["C = B*A", "C = A'*B'"])

        let dir = makeTemporaryDirectory("lesson")
        defer { removeTemporaryDirectory(dir) }
        for (n, text) in [("ana", ana), ("ben", ben), ("cai", cai)] { _ = FileSystem.writeAtomically(text, to: "\(dir)/\(n).json") }
        _ = FileSystem.writeAtomically("not json", to: "\(dir)/notes.json")
        let table = ClassReport.table(ClassReport.files(in: dir))
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first == "3 students")
        let multiply = try #require(lines.first { $0.hasPrefix("99      1 Multiply") })
        // Solved by two of three; wrong attempts 1, 2, 1 → median 1; hints 1 + 0 + 2.
        #expect(multiply.contains("2/3") && multiply.contains("  1  ") && multiply.contains("  3  "), "\(table)")
        #expect(multiply.hasSuffix("C = B*A ×3; C = A'*B' ×1"))
        let shape = try #require(lines.first { $0.contains("2 Shape") })
        #expect(shape.contains("1/3") && shape.hasSuffix("Z = ones(2, 3) ×1"))
        #expect(table.contains("skipped notes.json: not a nabla lesson report"))
    }

    @Test func recordsSurviveTheProgressFile() {
        var p = Progress(lesson: "99", steps: 6)
        p.record(1) {
            $0.attempts = 2; $0.hints = 1; $0.wrong = ["C = B*A", "for k = 1:2\n  C = k;\nend"]
        }
        p.record(3) { $0.solution = true }
        let back = Progress(text: p.text)
        #expect(back?.records == p.records)
    }
}
