@testable import nabla
import Testing
import NablaTestSupport

/// What `nabla --help` tells a new user: every way in, with honest placeholder names.
@Suite("Command-line help")
struct CommandLineHelpTests {
    @Test func helpNamesTheLessonCommandAndTheCodeOption() throws {
        let binary = try #require(nablaBinary())
        let result = try runWithPipe(binary, arguments: ["--help"], input: "", environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("nabla lesson"), "\(result.stdout)")
        #expect(result.stdout.contains("-e <code>"), "\(result.stdout)")
        #expect(!result.stdout.contains("<e>"), "\(result.stdout)")
    }
}
