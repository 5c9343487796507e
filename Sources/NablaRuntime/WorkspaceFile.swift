#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NablaNumerics
import NablaSyntax

/// The file `:save` writes when the workspace holds large matrices, and `:load` reads.
///
/// A workspace of small values is saved as a plain script (`WorkspaceScript`). Matrices of
/// `compactFrom` elements or more are stored as their bytes instead, so that `x = rand(3000)`
/// loads in the time it takes to read 72 MB, in about that much memory, instead of parsing
/// nine million numbers as text:
///
///     % Nabla workspace 2: A B K HASH (…)   one line: the sizes that follow, the scripts' checksum
///     A bytes of script                       set-up and the small variables
///     K matrices, each:
///       % matrix NAME CLASS ROWS COLS HASH    one line; CLASS double, logical or char
///       ROWS·COLS·8 bytes                     IEEE doubles, little-endian, column-major
///     B bytes of script                       `:=` formulas and functions
///     % end
///
/// Contract: loading gives back every value bit for bit (NaN payloads, -0, subnormals).
/// The whole file is read and checked — sizes, names, checksums (FNV-1a of the 64-bit
/// words), the end marker — before anything runs, so a truncated or damaged file is
/// reported and the session keeps every variable it had. The large matrices are assigned
/// after the first script part (its set-up may reuse their names) and before the second
/// (a formula defined with `:=` sees the value its variable had).
public enum WorkspaceFile {
    /// Matrices with at least this many elements are stored as bytes.
    public static let compactFrom = 1024

    static let magic = "% Nabla workspace 2: "

    /// What a saved workspace file holds, read and checked.
    public struct Contents: Sendable {
        /// Set-up and the variables written as script.
        public var variables: String
        /// The matrices stored as bytes, in the order they were written.
        public var matrices: [(name: String, value: Tensor)]
        /// `:=` formulas and functions, run after the matrices are assigned.
        public var definitions: String
    }

    /// Why a saved workspace could not be read; worded for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    // MARK: - Writing

    /// Writes the workspace to `path` (safely: see `AtomicFile`): as a plain script when no
    /// matrix is large, else in the compact form. Throws a diagnostic worded for the user.
    public static func write(_ interpreter: Interpreter, to path: String) throws {
        var large: [(String, Tensor)] = []
        for name in interpreter.variableNames {
            if case .tensor(let t)? = interpreter.variable(name), t.matrix.count >= compactFrom { large.append((name, t)) }
        }
        if large.isEmpty {
            try WorkspaceScript.write(interpreter, to: path)
            return
        }
        var writer = WorkspaceScript.Writer(reserved: Set(interpreter.variableNames))
        let parts = writer.parts(interpreter, excluding: Set(large.map(\.0)))
        let first = Array(parts.variables.utf8), second = Array(parts.definitions.utf8)
        let sum = hex(checksum(bytes: first + second))
        let header = magic + "\(first.count) \(second.count) \(large.count) \(sum) (load it with :load FILE: large matrices are stored as bytes)\n"
        let failure = AtomicFile.write(to: path) { fd in
            if let e = AtomicFile.writeAll(fd, Array(header.utf8) + first) { return e }
            for (name, t) in large {
                let m = t.matrix
                let line = "% matrix \(name) \(t.elementClass.rawValue) \(m.rows) \(m.cols) \(hex(checksum(m.elements)))\n"
                if let e = AtomicFile.writeAll(fd, Array(line.utf8)) { return e }
                if let e = writeElements(fd, m.elements) { return e }
            }
            return AtomicFile.writeAll(fd, second + Array("% end\n".utf8))
        }
        if let failure { throw Diagnostic(.error, "cannot write '\(path)': \(failure)") }
    }

    /// The elements' bytes, little-endian, without copying them on a little-endian machine.
    static func writeElements(_ fd: Int32, _ elements: [Double]) -> String? {
        #if _endian(big)
        return AtomicFile.writeAll(fd, elements.withUnsafeBytes { _ in elements.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) } })
        #else
        return elements.withUnsafeBytes { AtomicFile.writeAll(fd, $0) }
        #endif
    }

    /// FNV-1a over the elements' 64-bit patterns: detects a damaged byte anywhere.
    static func checksum(_ elements: [Double]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in elements {
            h = (h ^ x.bitPattern) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a over bytes, for the script parts.
    static func checksum(bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func hex(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    // MARK: - Reading

    /// True when the file at `path` starts as a compact workspace does.
    public static func isCompact(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let start = readBytes(fd, at: 0, count: magic.utf8.count)
        return start == Array(magic.utf8)
    }

    /// Reads and checks the whole file. Throws `Failure` saying what is wrong with it.
    public static func read(_ path: String, name: String? = nil) throws(Failure) -> Contents {
        let shown = (name ?? path).printableExcerpt(limit: 80)
        func fail(_ what: String) -> Failure {
            Failure(description: "'\(shown)' is not a workspace Nabla can load: \(what); nothing was loaded")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(description: "cannot read '\(shown)': \(AtomicFile.describe(errno))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(description: "cannot read '\(shown)': \(AtomicFile.describe(errno))") }
        let size = Int(st.st_size)
        var offset = 0

        guard let first = line(fd, at: &offset, size: size), first.hasPrefix(magic) else { throw fail("its first line is not a Nabla workspace header") }
        let words = first.dropFirst(magic.count).split(separator: " ").prefix(4)
        let numbers = words.prefix(3).map { Int($0) }
        guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let k = numbers[2], words.count == 4,
            a >= 0, b >= 0, k >= 0, a <= maxScriptBytes, b <= maxScriptBytes,
            let scriptSum = UInt64(words[words.startIndex + 3], radix: 16)
        else {
            throw fail("its header line is damaged")
        }
        guard offset + a <= size else { throw fail("it is cut short (its script needs \(a) bytes, \(size - offset) remain)") }
        let firstBytes = readBytes(fd, at: offset, count: a)
        offset += a

        var matrices: [(name: String, value: Tensor)] = []
        for index in 0..<k {
            guard let header = line(fd, at: &offset, size: size) else {
                throw fail("it is cut short (matrix \(index + 1) of \(k) is missing)")
            }
            let fields = header.split(separator: " ").map(String.init)
            guard fields.count == 7, fields[0] == "%", fields[1] == "matrix", isName(fields[2]),
                let cls = ElementClass(rawValue: fields[3]), let rows = Int(fields[4]), let cols = Int(fields[5]),
                rows >= 0, cols >= 0, fields[6].count == 16, let sum = UInt64(fields[6], radix: 16)
            else {
                throw fail("the header of matrix \(index + 1) of \(k) is damaged")
            }
            let name = fields[2]
            do { try Limits.check(rows: Double(rows), cols: Double(cols)) } catch {
                throw fail("matrix '\(name)' is \(rows)×\(cols), more than the memory limit allows")
            }
            let count = rows * cols
            guard offset + count * 8 <= size else {
                throw fail("it is cut short (matrix '\(name)' needs \(count * 8) bytes, \(size - offset) remain)")
            }
            guard let elements = readElements(fd, at: offset, count: count) else {
                throw Failure(description: "cannot read '\(shown)': \(AtomicFile.describe(errno))")
            }
            offset += count * 8
            guard checksum(elements) == sum else { throw fail("the bytes of matrix '\(name)' are damaged (their checksum does not match)") }
            if let bad = elements.first(where: { !fits($0, cls) }) {
                throw fail("matrix '\(name)' is \(cls.rawValue) but holds \(bad)")
            }
            matrices.append((name, Tensor(Matrix(rows: rows, cols: cols, elements: elements), class: cls)))
        }

        guard offset + b <= size else { throw fail("it is cut short (its formulas and functions need \(b) bytes, \(size - offset) remain)") }
        let secondBytes = readBytes(fd, at: offset, count: b)
        offset += b
        guard checksum(bytes: firstBytes + secondBytes) == scriptSum else { throw fail("its script is damaged (its checksum does not match)") }
        guard line(fd, at: &offset, size: size) == "% end" else { throw fail("it is cut short (its end marker is missing)") }
        guard offset == size else { throw fail("it has \(size - offset) unexpected bytes after its end marker") }
        return Contents(
            variables: String(decoding: firstBytes, as: UTF8.self), matrices: matrices,
            definitions: String(decoding: secondBytes, as: UTF8.self))
    }

    /// Loads checked contents into the session: the first script part, the matrices, the
    /// second part. Stops at the first part that fails, as running a script does.
    @discardableResult
    public static func load(_ contents: Contents, into session: Session, name: String) -> Session.Outcome {
        let outcome = session.run(contents.variables, name: name)
        guard outcome == .success else { return outcome }
        for (n, t) in contents.matrices { session.interpreter.setVariable(n, .tensor(t)) }
        return contents.definitions.isEmpty ? .success : session.run(contents.definitions, name: name)
    }

    /// The longest script part a workspace file may have (as for any script).
    static let maxScriptBytes = 64 << 20

    static func isName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f.properties.isAlphabetic || f == "_" else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" } && s.count <= 63
    }

    static func fits(_ x: Double, _ cls: ElementClass) -> Bool {
        switch cls {
        case .double: return true
        case .logical: return x == 0 || x == 1
        case .char: return x >= 0 && x < 0x110000 && x == x.rounded()
        }
    }

    /// One line (without its newline) of at most 512 bytes starting at `offset`, which is
    /// moved past it; nil at the end of the file or when no newline comes soon enough.
    static func line(_ fd: Int32, at offset: inout Int, size: Int) -> String? {
        let bytes = readBytes(fd, at: offset, count: min(512, size - offset))
        guard let end = bytes.firstIndex(of: 10) else { return nil }
        offset += end + 1
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var got = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while got < count {
                let n = pread(fd, buffer.baseAddress! + got, count - got, off_t(offset + got))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                got += n
            }
            initialized = got
        }
        return bytes
    }

    /// `count` doubles read straight into their array: no copy of the file is held.
    static func readElements(_ fd: Int32, at offset: Int, count: Int) -> [Double]? {
        var complete = true
        let elements = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawPointer(buffer.baseAddress)
            let total = count * 8
            var got = 0
            while got < total, let raw {
                let n = pread(fd, raw + got, min(total - got, 1 << 26), off_t(offset + got))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                got += n
            }
            complete = got == total
            initialized = complete ? count : 0
        }
        guard complete else { return nil }
        #if _endian(big)
        return elements.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
        #else
        return elements
        #endif
    }
}
