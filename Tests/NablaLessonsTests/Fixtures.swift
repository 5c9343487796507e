@testable import NablaLessons
import NablaRuntime
import NablaTeaching
import NablaTestSupport

/// A small lesson with one exercise of each check kind.
let sampleLesson = """
    ---
    id: 99
    lang: en
    title: Sample
    prerequisites: 01, 02
    minutes: 10
    ---

    # Sample

    Some narration with `code`.

    ```nabla
    A = [1 2 3; 4 5 6];
    B = [1 0; 2 1; 0 3];
    A
    ```

    ```output
    A =

       1   2   3
       4   5   6

    ```

    <!-- pause -->

    ## Products

    ```exercise
    title: Multiply
    prompt: Set C to A times B.
    check: value C
    hint: first hint
    hint: second hint
    solution: C = A*B
    wrong: C = B*A
    mistake: B*A => that is BA: order matters
    ```

    ```exercise
    title: Shape
    prompt: Make Z 3×2.
    check: shape Z 3x2
    hint: rows first
    solution: Z = zeros(3, 2)
    wrong: Z = zeros(2, 3)
    ```

    ```exercise
    title: Transpose of a product
    check: expression
    hint: reverse the order
    solution: B'*A'
    wrong: A'*B'
    ```

    ```exercise
    title: Set it
    check: set s
    hint: any value
    solution: s = 1
    ```

    <!-- play -->

    ```exercise
    title: Predicate
    check: predicate abs(k - 3) < 0.5
    why: k should be close to 3
    hint: k = 3
    solution: k = 3
    wrong: k = 5
    ```
    """

func parseSample() throws -> Lesson { try LessonParser.parse(sampleLesson, file: "sample.md") }

/// A session with the sample's matrices.
func sampleSession() -> Session {
    let session = Session(output: RecordingSink(), vocabulary: NablaTeaching.vocabulary)
    session.run("A = [1 2 3; 4 5 6]; B = [1 0; 2 1; 0 3];", name: "setup")
    return session
}

/// The package's Lessons/ directory.
let lessonsDirectory = packageRoot.appendingPathComponent("Lessons").path
