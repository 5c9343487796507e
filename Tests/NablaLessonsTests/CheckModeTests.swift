import Foundation
import Testing
@testable import NablaLessons
import NablaRuntime
import NablaTeaching

@Suite("Check mode")
struct CheckModeTests {
    @Test func theCurriculumPasses() {
        let report = LessonChecker.check([lessonsDirectory])
        #expect(report.results.count == 30)
        #expect(report.failed == 0, "\(report.text)")
    }

    /// A step that would scroll off an 80×24 projector screen is pointed out, without
    /// failing the lesson; split with a pause, it fits.
    @Test func aStepTallerThanTheScreenIsWarnedAbout() throws {
        let tall = """
            ---
            id: 90
            lang: en
            title: Tall
            ---

            # Tall

            ```nabla
            magic(4)
            eye(3)
            ones(2, 3)
            ```

            """
        let result = LessonChecker.check(try LessonParser.parse(tall, file: "tall.md"))
        #expect(result.status == .passed)
        #expect(result.warnings == ["step 1 takes 25 rows in classroom mode; on an 80×24 screen its first 4 rows scroll away (split it with <!-- pause -->)"])
        let split = tall.replacing("eye(3)\n", with: "eye(3)\n```\n\n<!-- pause -->\n\n```nabla\n")
        let fixed = LessonChecker.check(try LessonParser.parse(split, file: "split.md"))
        #expect(fixed.status == .passed && fixed.warnings.isEmpty, "\(fixed.warnings)")
        #expect(LessonChecker.Report(results: [result]).text.contains("  warning: step 1 takes 25 rows"))
    }

    @Test func theSampleLessonPasses() throws {
        let result = LessonChecker.check(try parseSample())
        #expect(result.status == .passed, "\(result.errors)")
    }

    @Test func aWrongAnswerThatPassesIsReportedAtItsLine() throws {
        let broken = sampleLesson.replacing("wrong: C = B*A", with: "wrong: C = A*B")
        let result = LessonChecker.check(try LessonParser.parse(broken, file: "broken.md"))
        #expect(result.status == .failed)
        #expect(result.errors.map(\.description).contains("broken.md:31: the wrong answer 'C = A*B' passes the check"))
    }

    @Test func aFailingModelAnswerAndAChangedOutputAreReported() throws {
        let broken = sampleLesson.replacing("solution: Z = zeros(3, 2)", with: "solution: Z = zeros(2, 3)")
            .replacing("   4   5   6", with: "   4   5   7")
        let result = LessonChecker.check(try LessonParser.parse(broken, file: "b.md"))
        let messages = result.errors.map(\.description)
        #expect(messages.contains { $0.hasPrefix("b.md:42: the model solution does not pass its own check: your answer has shape 2×3; expected 3×2") })
        #expect(messages.contains { $0.hasPrefix("b.md:19: the demo's output differs") })
    }

    /// A misspelt name fails the check: no function is excused for not existing yet.
    @Test func aTypoFails() throws {
        let typo = "---\nid: 1\nlang: en\ntitle: T\n---\n```nabla\nx = thetaa + 1\n```\n"
        #expect(LessonChecker.check(try LessonParser.parse(typo, file: "t.md")).status == .failed)
        let unknown = "---\nid: 1\nlang: en\ntitle: T\n---\n```nabla\nx = no_such_function(1)\n```\n"
        #expect(LessonChecker.check(try LessonParser.parse(unknown, file: "u.md")).status == .failed)
    }

    @Test func translationsMustShareTheirStructure() throws {
        let en = try LessonParser.parse(sampleLesson, file: "en.md")
        var zh = try LessonParser.parse(
            sampleLesson.replacing("lang: en", with: "lang: zh").replacing("solution: s = 1", with: "solution: s = 2"), file: "zh.md")
        #expect(LessonChecker.structureDifference(zh, en)?.message.contains("step 5 differs") == true)
        zh = try LessonParser.parse(sampleLesson.replacing("lang: en", with: "lang: zh").replacing("Some narration", with: "一些叙述"), file: "zh.md")
        #expect(LessonChecker.structureDifference(zh, en) == nil)
    }

    @Test func aTranslationMayTranslateTheWordsItsCodePrints() throws {
        let demo = "```nabla\nL = 0.5;\nprintf(\"test loss %.4f\\n\", L)\n```\n"
        let en = try LessonParser.parse("---\nid: 1\nlang: en\ntitle: T\n---\n" + demo, file: "en.md")
        let same = try LessonParser.parse("---\nid: 1\nlang: zh\ntitle: T\n---\n" + demo.replacing("test loss", with: "测试损失"), file: "zh.md")
        #expect(LessonChecker.structureDifference(same, en) == nil)
        let other = try LessonParser.parse("---\nid: 1\nlang: zh\ntitle: T\n---\n" + demo.replacing(", L)", with: ", 2*L)"), file: "zh.md")
        #expect(LessonChecker.structureDifference(other, en) != nil)
    }
}

@Suite("Authoring guide")
struct AuthoringGuideTests {
    /// The complete example lesson in Docs/lessons.md passes check mode.
    @Test func theGuidesExampleLessonPasses() throws {
        let guide = try #require(FileSystem.read(lessonsDirectory.replacing("/Lessons", with: "/Docs/lessons.md")))
        let start = try #require(guide.range(of: "````markdown\n"))
        let end = try #require(guide.range(of: "\n````", range: start.upperBound..<guide.endIndex))
        let lesson = try LessonParser.parse(String(guide[start.upperBound..<end.lowerBound]), file: "Docs/lessons.md")
        let result = LessonChecker.check(lesson)
        #expect(result.status == .passed, "\(result.errors)")
        #expect(lesson.exercises.count == 2)
    }
}

/// Issue #18, I: a block that never ends is stopped and named, never a hung checker.
@Suite("Check mode: time limit")
struct CheckModeTimeLimitTests {
    @Test func aDemoThatNeverEndsIsStoppedAndNamed() async {
        // The watchdog raises the process-wide Ctrl-C flag: a child process keeps it away
        // from the tests running beside this one.
        await #expect(processExitsWith: .success) {
            let endless = """
                ---
                id: 91
                lang: en
                title: Endless
                ---

                # Endless

                ```nabla
                while true, end
                ```

                """
            guard let lesson = try? LessonParser.parse(endless, file: "endless.md") else { exit(2) }
            let dog = LessonChecker.watchdog(budgetSeconds: 1) { _ in exit(3) }
            let result = LessonChecker.check(lesson, watchdog: dog)
            let named = result.errors.contains { $0.description.contains("endless.md:") && $0.description.contains("ran longer than 1 s") }
            exit(result.status == .failed && named ? 0 : 1)
        }
    }
}
