import CZlib
import NablaNumerics

/// Reading MATLAB level-5 `.mat` files (what `save -v6` and `save -v7` write in Octave and
/// MATLAB): numeric matrices of every class, logicals and text. Integer and single classes
/// become doubles, since Nabla has no other numeric class; the values are exact (an int64
/// beyond 2⁵³ rounds to the nearest double). Variables stored compressed (`-v7`,
/// miCOMPRESSED) are inflated with zlib.
///
/// The file is untrusted input: every length and count is checked against the bytes that
/// are there and against the memory limit before anything is allocated, so a truncated,
/// corrupt or hostile file gives a message naming what is wrong, never a crash or a
/// runaway allocation (a compressed variable may not inflate past the memory limit).
/// Cell arrays, structs, sparse and complex matrices, and N-dimensional arrays are
/// refused by name; the v7.3 format (HDF5) is refused with the option that writes one
/// Nabla can read.
enum MatFile {
    /// Whether `bytes` starts with a level-5 header: 116 bytes of text, 8 of subsystem
    /// offset, version 0x0100 and the endian mark `IM` (little-endian) or `MI`.
    static func isLevel5(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 128 else { return false }
        let mark = (bytes[126], bytes[127])
        let little = mark == (0x49, 0x4D), big = mark == (0x4D, 0x49)
        guard little || big else { return false }
        let version = little ? UInt16(bytes[124]) | UInt16(bytes[125]) << 8 : UInt16(bytes[124]) << 8 | UInt16(bytes[125])
        return version == 0x0100
    }

    /// Why a binary file Nabla does not read cannot be loaded, or nil when it is not one
    /// of the binary formats Octave writes.
    static func unsupportedFormat(_ bytes: [UInt8]) -> String? {
        let start = String(decoding: bytes.prefix(19), as: UTF8.self)
        if start.hasPrefix("MATLAB 7.3 MAT-file") || bytes.starts(with: [0x89, 0x48, 0x44, 0x46]) {
            return "this is a MATLAB 7.3 (HDF5) file, which Nabla does not read; save it with -v7 or -v6 instead"
        }
        if start.hasPrefix("Octave-1-") {
            return "this is Octave's binary format, which Nabla does not read; save it with -text or -v7 instead"
        }
        return nil
    }

    /// The variables of a level-5 file, in file order; only those named in `wanted` when it
    /// is not empty (others are skipped unread, so an unsupported one does no harm).
    static func read(_ bytes: [UInt8], wanted: [String] = [], limit: Int = Limits.maxBytes) throws(DataFiles.Failure) -> [(String, Value)] {
        guard isLevel5(bytes) else { throw .message("not a MATLAB level-5 .mat file") }
        let swapped = bytes[126] == 0x4D
        var out: [(String, Value)] = []
        var reader = Reader(bytes: bytes, start: 128, swapped: swapped)
        while reader.position < bytes.count {
            // A file may end in padding shorter than a tag.
            if bytes.count - reader.position < 8 { break }
            let element = try reader.element()
            switch element.type {
            case Reader.compressed:
                let inner = try inflate(bytes[element.data], limit: limit)
                var innerReader = Reader(bytes: inner, start: 0, swapped: swapped)
                let matrix = try innerReader.element()
                guard matrix.type == Reader.matrix else {
                    throw .message("a compressed element holds data of type \(matrix.type), not a variable")
                }
                if let v = try variable(innerReader, matrix.data, wanted: wanted) { out.append(v) }
            case Reader.matrix:
                if let v = try variable(reader, element.data, wanted: wanted) { out.append(v) }
            default:
                throw .message("unexpected data of type \(element.type) at byte \(element.data.lowerBound - 8); the file may be corrupt")
            }
        }
        return out
    }

    /// MATLAB's array classes (mxCLASS) by number.
    static let classNames = [
        1: "cell array", 2: "struct", 3: "object", 4: "char", 5: "sparse matrix", 6: "double",
        7: "single", 8: "int8", 9: "uint8", 10: "int16", 11: "uint16", 12: "int32",
        13: "uint32", 14: "int64", 15: "uint64"
    ]

    /// One miMATRIX element: its name and value, or nil when it is not wanted.
    private static func variable(_ reader: Reader, _ range: Range<Int>, wanted: [String]) throws(DataFiles.Failure) -> (String, Value)? {
        var r = reader
        r.position = range.lowerBound
        r.end = range.upperBound
        let flagsElement = try r.element()
        let flags = try r.numbers(flagsElement, count: nil)
        guard flagsElement.type == Reader.uint32, flags.count >= 1 else { throw .message("a variable has no array flags; the file may be corrupt") }
        let bits = UInt32(flags[0])
        let arrayClass = Int(bits & 0xFF)
        let isComplex = bits & 0x800 != 0, isLogical = bits & 0x200 != 0
        let dimsElement = try r.element()
        let dims = try r.numbers(dimsElement, count: nil)
        guard dimsElement.type == Reader.int32, dims.count >= 2, dims.allSatisfy({ $0 >= 0 }) else {
            throw .message("a variable has no valid dimensions; the file may be corrupt")
        }
        let nameElement = try r.element()
        let name = String(decoding: r.bytes[nameElement.data], as: UTF8.self)
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }),
            !("0"..."9").contains(name.first!)
        else {
            throw .message("a variable has the name '\(name.printableExcerpt())', which is not a valid name; the file may be corrupt")
        }
        if !wanted.isEmpty && !wanted.contains(name) { return nil }
        let what = classNames[arrayClass] ?? "class \(arrayClass)"
        guard [4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].contains(arrayClass) else {
            throw .message("'\(name)' is a \(what); Nabla reads numeric matrices, logicals and text from .mat files")
        }
        guard !isComplex else { throw .message("'\(name)' is complex; Nabla has real numbers only") }
        if dims.count > 2 && dims.dropFirst(2).contains(where: { $0 != 1 }) {
            throw .message("'\(name)' is a \(dims.map { String(Int($0)) }.joined(separator: "×")) array; Nabla has two-dimensional matrices only")
        }
        let rows = Int(dims[0]), cols = Int(dims[1])
        let count = Double(rows) * Double(cols)
        try DataFiles.checkSize(count)
        let dataElement = try r.element()
        let values = try r.numbers(dataElement, count: Int(count))
        guard values.count == Int(count) else {
            throw .message("'\(name)' should hold \(Int(count)) numbers (\(rows)×\(cols)) but holds \(values.count); the file may be corrupt")
        }
        let m = Matrix(rows: rows, cols: cols, elements: values)
        if arrayClass == 4 {
            guard values.allSatisfy({ $0 >= 0 && $0 < 0x110000 && Unicode.Scalar(UInt32($0)) != nil }) else {
                throw .message("'\(name)' holds text that is not valid Unicode")
            }
            return (name, .tensor(Tensor(m, class: .char)))
        }
        return (name, isLogical ? .logical(m.map { $0 != 0 ? 1 : 0 }) : .matrix(m))
    }

    /// The bytes a zlib stream inflates to, at most the memory limit.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int = Limits.maxBytes) throws(DataFiles.Failure) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deinitialize(count: 1); stream.deallocate() }
        guard nabla_inflate_init(stream) == Z_OK else { throw .message("zlib could not start (out of memory?)") }
        defer { inflateEnd(stream) }
        var source = Array(input)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var failure: String?
        source.withUnsafeMutableBufferPointer { inBuffer in
            stream.pointee.next_in = inBuffer.baseAddress
            stream.pointee.avail_in = uInt(inBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { c -> Int32 in
                    stream.pointee.next_out = c.baseAddress
                    stream.pointee.avail_out = uInt(c.count)
                    return CZlib.inflate(stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.pointee.avail_out)
                if out.count + produced > limit {
                    failure = "a compressed variable inflates past Nabla's memory limit of \(Limits.describe(bytes: Double(limit)))"
                    return
                }
                out.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    return
                case Z_OK where produced > 0 || stream.pointee.avail_in > 0:
                    continue
                case Z_OK, Z_BUF_ERROR:
                    failure = "a compressed variable is cut short; the file is truncated"
                    return
                default:
                    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                    failure = "a compressed variable is corrupt (zlib: \(detail))"
                    return
                }
            }
        }
        if let failure { throw .message(failure) }
        return out
    }

    /// A cursor over the data elements of a level-5 file.
    struct Reader {
        static let int8 = 1, uint8 = 2, int16 = 3, uint16 = 4, int32 = 5, uint32 = 6, single = 7, double = 9
        static let int64 = 12, uint64 = 13, matrix = 14, compressed = 15, utf8 = 16, utf16 = 17, utf32 = 18

        let bytes: [UInt8]
        var position: Int
        var end: Int
        let swapped: Bool

        init(bytes: [UInt8], start: Int, swapped: Bool) {
            self.bytes = bytes
            self.position = start
            self.end = bytes.count
            self.swapped = swapped
        }

        /// The unsigned integer of `width` bytes at `at`, in the file's byte order.
        func unsigned(at: Int, width: Int) -> UInt64 {
            var v: UInt64 = 0
            for k in 0..<width {
                let b = UInt64(bytes[swapped ? at + k : at + width - 1 - k])
                v = v << 8 | b
            }
            return v
        }

        /// The next element's type and data; moves past it (and its padding to 8 bytes).
        mutating func element() throws(DataFiles.Failure) -> (type: Int, data: Range<Int>) {
            guard end - position >= 8 else {
                throw .message("the file ends inside a variable (byte \(position) of \(bytes.count)); it is truncated")
            }
            let first = unsigned(at: position, width: 4)
            if first >> 16 != 0 {
                // The small element form: type and size share 4 bytes, the data the next 4.
                let size = Int(first >> 16), type = Int(first & 0xFFFF)
                guard size <= 4 else { throw .message("a small data element claims \(size) bytes; the file is corrupt") }
                defer { position += 8 }
                return (type, position + 4..<position + 4 + size)
            }
            let type = Int(first)
            let size = Int(unsigned(at: position + 4, width: 4))
            let start = position + 8
            guard size <= end - start else {
                throw .message("a data element claims \(size) bytes but only \(end - start) remain; the file is truncated")
            }
            // Compressed elements are not padded; others are, except possibly the last.
            let padded = type == Self.compressed ? size : (size + 7) / 8 * 8
            position = min(start + padded, end)
            return (type, start..<start + size)
        }

        /// The numbers of a numeric element of any type, as doubles; `count`, when given,
        /// must fit in the element (checked by the caller against the dimensions).
        func numbers(_ element: (type: Int, data: Range<Int>), count: Int?) throws(DataFiles.Failure) -> [Double] {
            let width: Int
            switch element.type {
            case Self.int8, Self.uint8, Self.utf8: width = 1
            case Self.int16, Self.uint16, Self.utf16: width = 2
            case Self.int32, Self.uint32, Self.single, Self.utf32: width = 4
            case Self.double, Self.int64, Self.uint64: width = 8
            default: throw .message("data of type \(element.type) where numbers were expected; the file may be corrupt")
            }
            if element.type == Self.utf8 {
                // Text as UTF-8: one character per scalar; the caller checks the count.
                return String(decoding: bytes[element.data], as: UTF8.self).unicodeScalars.map { Double($0.value) }
            }
            let n = element.data.count / width
            if let count, n != count { return [] }
            var out = [Double](repeating: 0, count: n)
            for k in 0..<n {
                let raw = unsigned(at: element.data.lowerBound + k * width, width: width)
                switch element.type {
                case Self.int8: out[k] = Double(Int8(truncatingIfNeeded: raw))
                case Self.int16: out[k] = Double(Int16(truncatingIfNeeded: raw))
                case Self.int32: out[k] = Double(Int32(truncatingIfNeeded: raw))
                case Self.int64: out[k] = Double(Int64(bitPattern: raw))
                case Self.single: out[k] = Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
                case Self.double: out[k] = Double(bitPattern: raw)
                default: out[k] = Double(raw)
                }
            }
            return out
        }
    }
}
