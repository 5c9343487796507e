import Foundation
import NablaNumerics

/// `load` and `save`, Octave's way: see DataFiles.swift for the formats.
extension Builtins {
    static let loadSave: [Builtin] = [
        Builtin(
            "load", "load file  load(file)  load(file, 'x', 'y')  data = load(file)",
            "Reads variables from a file saved by save (Octave's text format or a MATLAB .mat file, -v6 or compressed -v7), or a matrix of numbers from a text file (named after the file, or returned).",
            example: "save('/tmp/nabla-load.txt', '-ascii'); x = 1", .data
        ) { call in
            let words = try call.args.indices.map { try call.string($0) }
            let options = words.filter { $0.hasPrefix("-") }
            let rest = words.filter { !$0.hasPrefix("-") }
            guard let file = rest.first else { throw call.error("which file?", hint: "load('data.txt')") }
            let wanted = Array(rest.dropFirst())
            let i = call.interpreter
            let path = i.filePath(file)
            guard i.readPolicy.allows(path) else {
                throw call.error(
                    "'\(file.printableExcerpt(limit: 80))' is outside this lesson's folder",
                    hint: "a lesson may read only the files that come with it")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw call.error("unable to find file \(file)", hint: "the current folder is \(i.files.currentDirectory)")
            }
            let bytes = [UInt8](data)
            let text = String(decoding: data, as: UTF8.self)
            var variables: [(String, Value)]
            do {
                if !options.contains("-ascii") && MatFile.isLevel5(bytes) {
                    variables = try MatFile.read(bytes, wanted: wanted)
                } else if let reason = MatFile.unsupportedFormat(bytes) {
                    throw DataFiles.Failure.message(reason)
                } else if !options.contains("-ascii") && DataFiles.isOctaveText(text) {
                    variables = try DataFiles.octaveText(text)
                    if !wanted.isEmpty { variables = variables.filter { wanted.contains($0.0) } }
                } else {
                    let m = try DataFiles.numbers(text)
                    if call.nargout > 0 { return [.matrix(m)] }
                    variables = [(DataFiles.variableName(forFile: file), .matrix(m))]
                }
            } catch let DataFiles.Failure.message(m) {
                throw call.error("\(file): \(m)")
            }
            if call.nargout > 0 { return [.structure(StructArray(variables))] }
            for (name, value) in variables { i.setVariable(name, value) }
            return []
        },
        Builtin(
            "save", "save file x y  save(file, 'x')  save -ascii file x  save -text file  save -v6 file.mat x  save -v7 file.mat x",
            "Writes variables to a file in Octave's text format (all of them, or those named); -ascii writes one matrix as plain numbers; -v6 and -v7 (compressed) write a MATLAB .mat file of double, logical and char matrices.",
            example: "x = [1 2; 3 4]; save('/tmp/nabla-save.txt', 'x'); clear x; load('/tmp/nabla-save.txt'); x", .data
        ) { call in
            let words = try call.args.indices.map { try call.string($0) }
            let options = words.filter { $0.hasPrefix("-") }
            let rest = words.filter { !$0.hasPrefix("-") }
            guard let file = rest.first else { throw call.error("which file?", hint: "save('results.txt', 'x')") }
            let i = call.interpreter
            guard i.allowsFileWrites else {
                throw call.error("writing files is turned off here (lessons never write to your disk)")
            }
            let names = rest.count > 1 ? Array(rest.dropFirst()) : i.variableNames
            var values: [(String, Value)] = []
            for n in names {
                guard let v = i.variable(n) else { throw call.error("no such variable '\(n)'") }
                values.append((n, v))
            }
            let matOptions = ["-v6": false, "-6": false, "-mat": false, "-mat-binary": false, "-v7": true, "-7": true, "-mat7-binary": true]
            if let other = options.first(where: { !["-ascii", "-text"].contains($0) && matOptions[$0] == nil }) {
                throw call.error(
                    "option \(other) is not supported",
                    hint: "save writes -text (the default), -ascii, -v6 (a .mat file) or -v7 (a compressed .mat file)")
            }
            if let compressed = options.compactMap({ matOptions[$0] }).last {
                let bytes: [UInt8]
                do { bytes = try MatFileWriter.file(values, compressed: compressed) } catch let DataFiles.Failure.message(m) { throw call.error(m) }
                if let reason = AtomicFile.write(to: i.filePath(file), { fd in AtomicFile.writeAll(fd, bytes) }) {
                    throw call.error("unable to open output file '\(file)': \(reason)")
                }
                return []
            }
            var text = ""
            do {
                if options.contains("-ascii") {
                    for (n, v) in values {
                        guard case .tensor(let t) = v.materialized else { throw DataFiles.Failure.message("'\(n)' is not numeric") }
                        text += DataFiles.ascii(t.matrix)
                    }
                } else {
                    text = "# Created by Nabla (Octave text format)\n"
                    for (n, v) in values { text += try DataFiles.octaveText(n, v) }
                }
            } catch let DataFiles.Failure.message(m) {
                throw call.error(m)
            }
            if let reason = AtomicFile.write(text, to: i.filePath(file)) {
                throw call.error("unable to open output file '\(file)': \(reason)")
            }
            return []
        }
    ]
}

extension DataFiles {
    /// The variable `load data-1.txt` makes: the file's name without folder or extension,
    /// other characters made underscores, and an X in front of a leading digit (Octave's rule).
    static func variableName(forFile file: String) -> String {
        var base = String(file.split(separator: "/").last ?? Substring(file))
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        var name = String(base.unicodeScalars.map { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
        if let first = name.first, first.isNumber { name = "X" + name }
        return name.isEmpty ? "X" : name
    }
}
