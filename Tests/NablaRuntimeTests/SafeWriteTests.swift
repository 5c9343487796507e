import Foundation
import NablaRuntime
import Testing
import NablaTestSupport

/// Issue #18, D: every writer (`csvwrite`, `saveplot`, `:save`, `:export`, progress and
/// history) goes through `AtomicFile`, so this matrix of targets is checked once on it and
/// once through each writer the runtime can reach (history: `HistorySafeWriteTests`;
/// `csvwrite` and `saveplot`: `HostileTeachingInputTests`).
@Suite("Safe writes: links, devices, permissions, folders, full disks")
struct SafeWriteTests {
    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    static func mode(_ path: String) -> mode_t { var st = stat(); stat(path, &st); return st.st_mode }

    /// The writers that take a path: each must follow the rules below.
    static let writers: [(name: String, write: @Sendable (String, String) -> String?)] = [
        ("AtomicFile", { text, path in AtomicFile.write(text, to: path) }),
        (
            ":save",
            { _, path in
                let s = Session(output: RecordingSink())
                s.run("x = 1;", name: "<t>")
                do { try WorkspaceScript.write(s.interpreter, to: path) } catch { return "\(error)" }
                return nil
            }
        )
    ]

    @Test(arguments: writers.indices)
    func aSymlinkIsWrittenThrough(_ k: Int) {
        let dir = TemporaryDirectory("write")
        let target = dir.file("target.txt"), link = dir.file("link.txt")
        #expect(AtomicFile.write("old\n", to: target) == nil)
        #expect(symlink(target, link) == 0)
        #expect(Self.writers[k].write("new\n", link) == nil)
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "\(Self.writers[k].name) replaced the link")
        #expect(Self.read(target) != "old\n", "\(Self.writers[k].name) left the target stale")
    }

    @Test(arguments: writers.indices)
    func aDanglingSymlinkCreatesItsTarget(_ k: Int) {
        let dir = TemporaryDirectory("write")
        let target = dir.file("made.txt"), link = dir.file("link.txt")
        #expect(symlink("made.txt", link) == 0)  // relative, as `ln -s` makes them
        #expect(Self.writers[k].write("new\n", link) == nil)
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        #expect(Self.read(target) != nil, "\(Self.writers[k].name)")
    }

    @Test(arguments: writers.indices)
    func aPrivateFileStaysPrivate(_ k: Int) {
        let dir = TemporaryDirectory("write")
        let path = dir.file("secret.txt")
        #expect(AtomicFile.write("old\n", to: path) == nil)
        chmod(path, 0o600)
        #expect(Self.writers[k].write("new\n", path) == nil)
        #expect(Self.mode(path) & 0o777 == 0o600, "\(Self.writers[k].name)")
    }

    @Test(arguments: writers.indices)
    func aReadOnlyFileIsRefusedAsOctaveRefusesIt(_ k: Int) {
        guard geteuid() != 0 else { return }  // root may write anything, in Octave too
        let dir = TemporaryDirectory("write")
        let path = dir.file("locked.txt")
        #expect(AtomicFile.write("old\n", to: path) == nil)
        chmod(path, 0o444)
        let problem = Self.writers[k].write("new\n", path)
        #expect(problem?.contains("permission denied") == true, "\(Self.writers[k].name): \(String(describing: problem))")
        #expect(Self.read(path) == "old\n")
    }

    @Test(arguments: writers.indices)
    func aFolderIsRefusedPlainly(_ k: Int) {
        let dir = TemporaryDirectory("write")
        let problem = Self.writers[k].write("new\n", dir.path)
        #expect(problem?.contains("it is a folder, not a file") == true, "\(Self.writers[k].name): \(String(describing: problem))")
    }

    @Test func aDeviceNodeIsWrittenInPlace() {
        let dir = TemporaryDirectory("write")
        // As root, a copy of /dev/null made for the test (never the system's own node);
        // otherwise a FIFO, the other kind of file that must not be replaced.
        let node = dir.file("node")
        if geteuid() == 0 {
            // makedev(1, 3): /dev/null's numbers.
            #expect(mknod(node, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        } else {
            #expect(mkfifo(node, 0o666) == 0)
            // A FIFO blocks its writer until there is a reader.
            let reader = open(node, O_RDONLY | O_NONBLOCK)
            defer { close(reader) }
            #expect(AtomicFile.write("x\n", to: node) == nil)
            #expect(Self.mode(node) & S_IFMT == S_IFIFO)
            return
        }
        #expect(AtomicFile.write("x\n", to: node) == nil)
        #expect(Self.mode(node) & S_IFMT == S_IFCHR, "the device node was replaced")
    }

    @Test func aFullDiskLeavesTheOldFileAndSaysWhy() async {
        let dir = TemporaryDirectory("write")
        let path = dir.file("big.txt")
        #expect(AtomicFile.write("old\n", to: path) == nil)
        // RLIMIT_FSIZE would kill this test process with SIGXFSZ: a child takes it.
        await #expect(processExitsWith: .success) { [path = path as String] in
            signal(SIGXFSZ, SIG_IGN)
            var limit = rlimit(rlim_cur: 1024, rlim_max: 1024)
            setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
            let problem = AtomicFile.write(String(repeating: "x", count: 100_000), to: path)
            let kept = (try? String(contentsOfFile: path, encoding: .utf8)) == "old\n"
            exit(problem?.contains("larger than this system allows") == true && kept ? 0 : 1)
        }
    }
}
