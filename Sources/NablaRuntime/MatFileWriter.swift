import CZlib
import NablaNumerics

/// Writing MATLAB level-5 `.mat` files, as `save -v6` (plain) and `save -v7` (each variable
/// zlib-compressed) write them in Octave: little-endian, one miMATRIX element per variable.
/// Doubles are stored as miDOUBLE, logicals as uint8 with the logical flag, text as miUINT16
/// character codes. Anything else (cells, structs, functions, formulas, and characters beyond
/// U+FFFF, which a level-5 char array cannot hold) is refused by name before a byte is written.
/// `MatFile.read` reads every file this writes back to the same values.
enum MatFileWriter {
    /// The whole file for `variables`, in order; `compressed` for -v7.
    static func file(_ variables: [(String, Value)], compressed: Bool) throws(DataFiles.Failure) -> [UInt8] {
        var header = Array("MATLAB 5.0 MAT-file, written by Nabla".utf8)
        header += [UInt8](repeating: 0x20, count: 116 - header.count)
        header += [UInt8](repeating: 0, count: 8)  // no subsystem data
        header += [0x00, 0x01, 0x49, 0x4D]  // version 0x0100, "IM": little-endian
        var out = header
        for (name, value) in variables {
            let element = try matrixElement(name, value)
            if compressed {
                let packed = try deflate(element)
                out += tag(MatFile.Reader.compressed, packed.count)
                out += packed
            } else {
                out += element
            }
        }
        return out
    }

    /// The miMATRIX element of one variable, padded.
    static func matrixElement(_ name: String, _ value: Value) throws(DataFiles.Failure) -> [UInt8] {
        guard case .tensor(let t) = value.materialized else {
            throw .message("'\(name)' is a \(value.className); a .mat file written by Nabla holds double, logical and char matrices only")
        }
        let m = t.matrix
        var arrayClass: UInt32 = 6, flags: UInt32 = 0
        let data: [UInt8]
        switch t.elementClass {
        case .double:
            data = element(MatFile.Reader.double, m.elements.flatMap { bytes($0.bitPattern, width: 8) })
        case .logical:
            arrayClass = 9
            flags = 0x200
            data = element(MatFile.Reader.uint8, m.elements.map { $0 != 0 ? 1 : 0 })
        case .char:
            if let wide = m.elements.first(where: { !($0 >= 0 && $0 <= 0xFFFF) }) {
                throw .message(
                    "'\(name)' holds the character U+\(wide.isFinite ? String(Int(wide), radix: 16, uppercase: true) : "?"), beyond what a .mat char array holds (U+FFFF); save it with -text instead"
                )
            }
            arrayClass = 4
            data = element(MatFile.Reader.uint16, m.elements.flatMap { bytes(UInt64($0.rounded()), width: 2) })
        }
        guard m.rows <= Int(Int32.max), m.cols <= Int(Int32.max), data.count <= Int(UInt32.max) else {
            throw .message("'\(name)' is too large for a level-5 .mat file (at most 4 GiB a variable)")
        }
        var body = element(MatFile.Reader.uint32, bytes(UInt64(arrayClass | flags), width: 4) + bytes(0, width: 4))
        body += element(MatFile.Reader.int32, bytes(UInt64(m.rows), width: 4) + bytes(UInt64(m.cols), width: 4))
        body += element(MatFile.Reader.int8, Array(name.utf8))
        body += data
        return tag(MatFile.Reader.matrix, body.count) + body
    }

    /// A data element: its tag, its bytes, and zeros up to a multiple of 8.
    private static func element(_ type: Int, _ payload: [UInt8]) -> [UInt8] {
        tag(type, payload.count) + payload + [UInt8](repeating: 0, count: (8 - payload.count % 8) % 8)
    }

    private static func tag(_ type: Int, _ size: Int) -> [UInt8] {
        bytes(UInt64(type), width: 4) + bytes(UInt64(size), width: 4)
    }

    /// `value`'s low `width` bytes, least significant first.
    private static func bytes(_ value: UInt64, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    /// One zlib stream of `input` (what miCOMPRESSED holds).
    static func deflate(_ input: [UInt8]) throws(DataFiles.Failure) -> [UInt8] {
        var size = compressBound(uLong(input.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { o in
            input.withUnsafeBufferPointer { i in compress2(o.baseAddress, &size, i.baseAddress, uLong(i.count), Z_DEFAULT_COMPRESSION) }
        }
        guard status == Z_OK else { throw .message("zlib could not compress a variable (error \(status))") }
        return Array(out.prefix(Int(size)))
    }
}
