import Foundation
import NablaNumerics

/// Octave's line-oriented file functions: `fopen`, `fgetl`, `fgets`, `fputs`, `fprintf(fid, …)`
/// (in BuiltinsText.swift), `feof`, `frewind`, `fflush`, `fclose`. The files live in the
/// session's `OpenFiles`; see there for when writes reach the disk and by which rules.
extension Builtins {
    static let fileIO: [Builtin] = [
        Builtin(
            "fopen", "fid = fopen(file)  fid = fopen(file, mode)  [fid, msg] = fopen(…)",
            "Opens a file for reading ('r', the default), writing ('w') or appending ('a'); gives a file id, or -1 and the reason.",
            example: "fid = fopen('/tmp/nabla-lines.txt', 'w'); fprintf(fid, 'x = %d\\n', 42); fclose(fid)", .data
        ) { call in
            try call.arity(1...2)
            let file = try call.string(0)
            let modeText = call.args.count > 1 ? try call.string(1) : "r"
            let letters = modeText.filter { $0 != "t" && $0 != "b" }
            guard ["r", "w", "a", "r+", "w+", "a+"].contains(letters) else {
                throw call.error("unknown mode '\(modeText.printableExcerpt())'", hint: "use 'r' to read, 'w' to write or 'a' to append")
            }
            let i = call.interpreter
            let path = i.filePath(file)
            func failed(_ reason: String) -> [Value] { [.number(-1), .string(reason)] }
            var content: [UInt8] = []
            let writes = letters != "r"
            if writes {
                guard i.allowsFileWrites else {
                    throw call.error("writing files is turned off here (lessons never write to your disk)")
                }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    return failed("Is a directory")
                }
                let folder = AtomicFile.folder(of: path)
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                    return failed("No such file or directory")
                }
                if FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0 { return failed("Permission denied") }
            }
            if letters.hasPrefix("r") || letters.hasPrefix("a") {
                if FileManager.default.fileExists(atPath: path) {
                    guard i.readPolicy.allows(path) else {
                        throw call.error(
                            "'\(file.printableExcerpt(limit: 80))' is outside this lesson's folder",
                            hint: "a lesson may read only the files that come with it")
                    }
                    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                    guard size <= Limits.maxBytes else {
                        throw call.error("'\(file.printableExcerpt(limit: 80))' is larger than Nabla's memory limit")
                    }
                    guard let data = FileManager.default.contents(atPath: path) else { return failed("Permission denied") }
                    content = [UInt8](data)
                } else if letters.hasPrefix("r") {
                    return failed("No such file or directory")
                }
            }
            let handle = OpenFiles.Handle(
                name: file, path: path, readable: letters.hasPrefix("r") || letters.hasSuffix("+"),
                writable: writes, content: content)
            handle.unsaved = letters.hasPrefix("w")
            return [.number(Double(i.openFiles.add(handle))), .string("")]
        },
        Builtin(
            "fclose", "fclose(fid)  fclose('all')",
            "Closes a file opened with fopen, writing what was printed to it; gives 0.",
            example: "fid = fopen('/tmp/nabla-lines.txt', 'w'); fclose(fid)", .data
        ) { call in
            try call.arity(1...1)
            let files = call.interpreter.openFiles
            if call.isString(0) {
                guard try call.string(0) == "all" else { throw call.error("fclose takes a file id or 'all'") }
                let failures = files.saveAll()
                files.handles.removeAll()
                if let first = failures.first { throw call.error(first) }
                return [.number(0)]
            }
            let id = try stream(call)
            if id < 3 { return [.number(0)] }
            let failure = files.save(id)
            files.handles[id] = nil
            if let failure { throw call.error(failure) }
            return [.number(0)]
        },
        Builtin(
            "fgetl", "line = fgetl(fid)", "The next line of a file without its newline, or -1 at the end.",
            example:
                "fid = fopen('/tmp/nabla-lines.txt', 'w'); fputs(fid, \"one\\ntwo\\n\"); fclose(fid); fid = fopen('/tmp/nabla-lines.txt'); a = fgetl(fid), b = fgetl(fid), c = fgetl(fid), fclose(fid);",
            .data
        ) { call in
            try call.arity(1...1)
            let h = try readable(call)
            guard let line = call.interpreter.openFiles.line(h, keepNewline: false) else { return [.number(-1)] }
            return [.string(String(decoding: line, as: UTF8.self))]
        },
        Builtin(
            "fgets", "line = fgets(fid)", "The next line of a file with its newline, or -1 at the end.",
            example:
                "fid = fopen('/tmp/nabla-lines.txt', 'w'); fputs(fid, \"one\\n\"); fclose(fid); fid = fopen('/tmp/nabla-lines.txt'); a = fgets(fid), fclose(fid);",
            .data
        ) { call in
            try call.arity(1...1)
            let h = try readable(call)
            guard let line = call.interpreter.openFiles.line(h, keepNewline: true) else { return [.number(-1)] }
            return [.string(String(decoding: line, as: UTF8.self))]
        },
        Builtin(
            "feof", "feof(fid)", "True once reading a file has reached its end.",
            example:
                "fid = fopen('/tmp/nabla-lines.txt', 'w'); fputs(fid, \"one\\n\"); fclose(fid); fid = fopen('/tmp/nabla-lines.txt'); fgetl(fid); feof(fid)",
            .data
        ) { call in
            try call.arity(1...1)
            let id = try stream(call)
            guard id >= 3 else { return [.bool(false)] }
            return [.bool(call.interpreter.openFiles.handles[id]?.atEnd ?? false)]
        },
        Builtin(
            "frewind", "frewind(fid)", "Goes back to the start of a file opened for reading.",
            example:
                "fid = fopen('/tmp/nabla-lines.txt', 'w'); fputs(fid, \"one\\n\"); fclose(fid); fid = fopen('/tmp/nabla-lines.txt'); fgetl(fid); frewind(fid); fgetl(fid)",
            .data
        ) { call in
            try call.arity(1...1)
            let id = try stream(call)
            if let h = call.interpreter.openFiles.handles[id] { h.position = 0; h.atEnd = false }
            return []
        },
        Builtin(
            "fputs", "fputs(fid, text)", "Writes text as it is to a file opened with fopen (or 1, 2 for the screen).",
            example: "fputs(stdout, \"hello\\n\")", .data
        ) { call in
            try call.arity(2...2)
            try write(call, fid: 0, try call.string(1))
            return []
        },
        Builtin(
            "fflush", "fflush(fid)  fflush(stdout)", "Writes what was printed to a file so far (the screen is never held back).",
            example: "fflush(stdout)", .session
        ) { call in
            try call.arity(0...1)
            guard call.args.count == 1 else { return [] }
            let id = try stream(call)
            if id >= 3, let failure = call.interpreter.openFiles.save(id) { throw call.error(failure) }
            return [.number(0)]
        }
    ]

    /// The file id in argument 1: 0, 1, 2 or one that is open.
    static func stream(_ call: BuiltinCall) throws -> Int {
        guard case .tensor(let t) = call.args[0].materialized, t.elementClass != .char, t.matrix.count == 1,
            let id = Int(exactly: t.matrix.scalar),
            id >= 0 && id <= 2 || call.interpreter.openFiles.handles[id] != nil
        else {
            let shown = (try? call.number(0)).map { $0.asTyped } ?? call.args[0].className
            throw call.error("invalid stream number = \(shown)", hint: "use the file id fopen gave (and check it is not -1)")
        }
        return id
    }

    /// The id of an open file that may be read.
    private static func readable(_ call: BuiltinCall) throws -> Int {
        let id = try stream(call)
        guard id >= 3 else { throw call.error("Nabla reads lines from files only, not from the terminal (fid \(id))") }
        guard call.interpreter.openFiles.handles[id]?.readable == true else {
            throw call.error("file \(id) was opened for writing, not reading", hint: "fopen(file, 'r') opens it for reading")
        }
        return id
    }

    /// Sends text to fid argument `fid`: the screen for 1 and 2, else an open file.
    static func write(_ call: BuiltinCall, fid k: Int, _ text: String) throws {
        var c = call
        c.args = [call.args[k]]
        let id = try stream(c)
        switch id {
        case 1: call.output.write(text)
        case 2: call.output.writeError(text)
        case 0: throw call.error("fid 0 is the keyboard, which cannot be written to")
        default:
            guard let h = call.interpreter.openFiles.handles[id], h.writable else {
                throw call.error("file \(id) was opened for reading, not writing", hint: "fopen(file, 'w') opens it for writing")
            }
            let bytes = Array(text.utf8)
            guard h.content.count + bytes.count <= Limits.maxBytes else {
                throw call.error("file \(id) would grow past Nabla's memory limit")
            }
            h.content += bytes
            h.unsaved = true
        }
    }
}
