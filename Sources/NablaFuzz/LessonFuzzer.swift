import NablaLessons

/// The libFuzzer target for lesson files: arbitrary bytes go through the lesson parser.
///
/// Lesson files are data a teacher (or a download) supplies; the parser promises never to
/// trap and to report every problem as a `LessonError` at `file:line`. A parsed lesson is
/// also walked (steps, exercises) so the derived views run on every shape of input.
/// Running the lesson's code is the language fuzzer's job, not this one's.
enum LessonFuzzer {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            let lesson = try LessonParser.parse(text, file: "fuzz.md")
            var count = lesson.steps.count
            for exercise in lesson.exercises { count &+= String(describing: exercise).utf8.count }
            sink = count
        } catch {
            // `error.description` must render for any input: it is what a teacher reads.
            sink = String(describing: error).utf8.count
        }
    }

    /// Keeps the walk above from being optimised away.
    nonisolated(unsafe) static var sink = 0
}
