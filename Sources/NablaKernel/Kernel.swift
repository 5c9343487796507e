import CZeroMQ
import Foundation
import NablaRuntime
import NablaSyntax
import NablaTeaching

/// A Jupyter kernel (messaging protocol 5.3) around one `Session` — the same engine as
/// the REPL, so a notebook computes and prints exactly what a terminal does.
///
/// Threads: the caller's thread serves the shell channel and runs the code (it should
/// have a large stack, as the REPL's does); one thread answers heartbeats and one serves
/// the control channel, so `interrupt_request` and `shutdown_request` are heard while a
/// cell runs. IOPub is the only socket two threads use; a lock serialises it.
///
/// Contracts: no input ends the kernel — an error stops one cell and variables keep their
/// values; an interrupt (the message or SIGINT, which the executable turns into
/// `Interrupt.request()`) stops the running cell the same way. Only `shutdown_request`
/// ends it.
public final class Kernel: @unchecked Sendable {
    public static let version = "0.1.0"

    private let connection: ConnectionInfo
    private let signer: MessageSigner
    private let context: UnsafeMutableRawPointer
    private let shell, control, stdin, iopub, heartbeat: Socket
    private let iopubLock = NSLock()
    private let sessionID = UUID().uuidString.lowercased()
    private let session: Session
    private let output = NotebookOutput()
    private let banner: String
    private var executionCount = 0
    /// Inputs of this kernel's life, for `history_request`: (execution count, code).
    private var history: [(Int, String)] = []
    /// Where the kernel writes its own troubles (a malformed message): standard error,
    /// which Jupyter shows in its log. Given by the executable.
    private let log: (String) -> Void

    /// Binds the five channels named by the connection file. `lessons` is the folder of
    /// lessons that lesson notebooks' `check(…)` judges against.
    public init(connectionFile: String, banner: String, lessons: String?, log: @escaping (String) -> Void) throws {
        connection = try ConnectionInfo(file: connectionFile)
        signer = MessageSigner(key: connection.key)
        guard let c = zmq_ctx_new() else { throw Socket.lastError("context") }
        context = c
        shell = try Socket(context: c, type: ZMQ_ROUTER)
        control = try Socket(context: c, type: ZMQ_ROUTER)
        stdin = try Socket(context: c, type: ZMQ_ROUTER)
        iopub = try Socket(context: c, type: ZMQ_PUB)
        heartbeat = try Socket(context: c, type: ZMQ_REP)
        try shell.bind(connection.endpoint(connection.shellPort))
        try control.bind(connection.endpoint(connection.controlPort))
        try stdin.bind(connection.endpoint(connection.stdinPort))
        try iopub.bind(connection.endpoint(connection.iopubPort))
        try heartbeat.bind(connection.endpoint(connection.heartbeatPort))
        session = Session(
            output: output,
            vocabulary: NablaTeaching.vocabulary.adding([LessonCheck.builtin(directory: lessons)]))
        self.banner = banner
        self.log = log
    }

    /// Serves until a `shutdown_request`, then returns (the caller exits the process).
    public func run() {
        let beat = Thread { [self] in
            while let frames = try? heartbeat.receive() { try? heartbeat.send(frames) }
        }
        beat.start()
        let controller = Thread { [self] in
            while true {
                guard let message = receive(on: control) else { continue }
                if handleControl(message) { break }
            }
            exit(0)
        }
        controller.start()
        publish("status", ["execution_state": "starting"], parent: nil)
        while true {
            guard let message = receive(on: shell) else { continue }
            if handleShell(message) { break }
        }
    }

    /// The next well-formed, correctly signed message; nil (after logging) for anything else.
    private func receive(on socket: Socket) -> Message? {
        do {
            return try Message(frames: try socket.receive(), signer: signer)
        } catch {
            log("nabla kernel: ignored a message: \(error)\n")
            return nil
        }
    }

    // MARK: - Sending

    private func send(_ type: String, _ content: [String: Any], parent: Message, on socket: Socket) {
        let m = Message(type: type, content: content, parent: parent, session: sessionID)
        do { try socket.send(m.frames(signer: signer)) } catch { log("nabla kernel: \(error)\n") }
    }

    private func publish(_ type: String, _ content: [String: Any], parent: Message?) {
        var m = Message(type: type, content: content, parent: parent, session: sessionID)
        // IOPub's topic frame: the message type, as other kernels send it.
        m.identities = [Array("kernel.\(sessionID).\(type)".utf8)]
        iopubLock.lock()
        defer { iopubLock.unlock() }
        do { try iopub.send(m.frames(signer: signer)) } catch { log("nabla kernel: \(error)\n") }
    }

    /// Runs `body` between the `busy` and `idle` statuses every request is wrapped in.
    private func busy(_ request: Message, _ body: () -> Void) {
        publish("status", ["execution_state": "busy"], parent: request)
        body()
        publish("status", ["execution_state": "idle"], parent: request)
    }

    // MARK: - Channels

    /// Returns true when the kernel should stop.
    private func handleShell(_ request: Message) -> Bool {
        var stop = false
        busy(request) {
            switch request.type {
            case "execute_request": execute(request)
            case "shutdown_request": stop = shutdown(request, on: shell)
            default: answerCommon(request, on: shell)
            }
        }
        return stop
    }

    private func handleControl(_ request: Message) -> Bool {
        var stop = false
        busy(request) {
            switch request.type {
            case "interrupt_request":
                Interrupt.request()
                send("interrupt_reply", ["status": "ok"], parent: request, on: control)
            case "shutdown_request": stop = shutdown(request, on: control)
            default: answerCommon(request, on: control)
            }
        }
        return stop
    }

    private func shutdown(_ request: Message, on socket: Socket) -> Bool {
        let restart = request.content["restart"] as? Bool ?? false
        send("shutdown_reply", ["status": "ok", "restart": restart], parent: request, on: socket)
        return true
    }

    /// Requests either channel may carry.
    private func answerCommon(_ request: Message, on socket: Socket) {
        let c = request.content
        switch request.type {
        case "kernel_info_request": send("kernel_info_reply", kernelInfo, parent: request, on: socket)
        case "complete_request": send("complete_reply", complete(c), parent: request, on: socket)
        case "inspect_request": send("inspect_reply", inspect(c), parent: request, on: socket)
        case "is_complete_request": send("is_complete_reply", isComplete(c), parent: request, on: socket)
        case "history_request": send("history_reply", historyReply(c), parent: request, on: socket)
        case "comm_info_request": send("comm_info_reply", ["status": "ok", "comms": [String: Any]()], parent: request, on: socket)
        default: log("nabla kernel: no handler for \(request.type)\n")
        }
    }

    // MARK: - Requests

    private var kernelInfo: [String: Any] {
        [
            "status": "ok",
            "protocol_version": Message.protocolVersion,
            "implementation": "nabla",
            "implementation_version": Kernel.version,
            "language_info": KernelSpec.languageInfo,
            "banner": banner,
            "help_links": [[String: Any]]()
        ]
    }

    private func execute(_ request: Message) {
        let c = request.content
        let code = c["code"] as? String ?? ""
        let silent = c["silent"] as? Bool ?? false
        let storeHistory = (c["store_history"] as? Bool ?? true) && !silent
        if storeHistory {
            executionCount += 1
            history.append((executionCount, code))
        }
        let count = executionCount
        if !silent { publish("execute_input", ["code": code, "execution_count": count], parent: request) }
        output.reset()
        output.publish = { [unowned self] type, content in
            if !silent { self.publish(type, content, parent: request) }
        }
        // An interrupt that arrived while idle must not stop this cell.
        Interrupt.clear()
        var outcome = session.run(code, name: "<cell \(count)>")
        if case .exited = outcome {
            // `exit` would end the kernel, and the notebook with it; say how to stop instead.
            output.write("exit: a notebook's kernel keeps running; use Kernel › Shut Down to stop it\n")
            outcome = .success
        }
        let failed = outcome == .failure || outcome == .interrupted
        if let diagnostic = output.finish(failed: failed, count: count) {
            let lines = diagnostic.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let traceback = lines.last == "" ? Array(lines.dropLast()) : lines
            let ename = outcome == .interrupted ? "Interrupted" : "error"
            let evalue = Kernel.message(of: traceback.first ?? "error")
            let error: [String: Any] = ["ename": ename, "evalue": evalue, "traceback": traceback]
            output.publish("error", error)
            var reply = error
            reply["status"] = "error"
            reply["execution_count"] = count
            send("execute_reply", reply, parent: request, on: shell)
        } else {
            send(
                "execute_reply",
                [
                    "status": "ok", "execution_count": count, "payload": [Any](),
                    "user_expressions": [String: Any]()
                ], parent: request, on: shell)
        }
        output.publish = { _, _ in }
    }

    /// `<cell 3>:1:5: error: undefined variable 'x'` → `undefined variable 'x'`.
    static func message(of line: String) -> String {
        guard let r = line.range(of: "error: ") else { return line }
        return String(line[r.upperBound...])
    }

    private func complete(_ c: [String: Any]) -> [String: Any] {
        let code = c["code"] as? String ?? ""
        let scalars = Array(code.unicodeScalars)
        let cursor = min(max(c["cursor_pos"] as? Int ?? scalars.count, 0), scalars.count)
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars[..<cursor])
        let completion = Completion.complete(String(before), names: Completion.names(in: session.interpreter))
        let start = cursor - completion.word.unicodeScalars.count
        return [
            "status": "ok", "matches": completion.candidates, "cursor_start": start, "cursor_end": cursor,
            "metadata": [String: Any]()
        ]
    }

    private func inspect(_ c: [String: Any]) -> [String: Any] {
        let code = c["code"] as? String ?? ""
        let scalars = Array(code.unicodeScalars)
        let cursor = min(max(c["cursor_pos"] as? Int ?? scalars.count, 0), scalars.count)
        let name = Kernel.identifier(in: scalars, at: cursor)
        let known = !name.isEmpty && (session.interpreter.vocabulary.lookup(name) != nil || session.interpreter.functions[name] != nil)
        guard known else { return ["status": "ok", "found": false, "data": [String: Any](), "metadata": [String: Any]()] }
        return [
            "status": "ok", "found": true, "data": ["text/plain": session.interpreter.helpText(for: name)],
            "metadata": [String: Any]()
        ]
    }

    /// The identifier that contains or ends at `cursor`.
    static func identifier(in scalars: [Unicode.Scalar], at cursor: Int) -> String {
        func isPart(_ u: Unicode.Scalar) -> Bool { u == "_" || u.properties.isAlphabetic || ("0"..."9").contains(u) }
        var start = cursor, end = cursor
        while start > 0, isPart(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, isPart(scalars[end]) { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    private func isComplete(_ c: [String: Any]) -> [String: Any] {
        let code = c["code"] as? String ?? ""
        return Parser.needsMoreInput(code) ? ["status": "incomplete", "indent": "  "] : ["status": "complete"]
    }

    private func historyReply(_ c: [String: Any]) -> [String: Any] {
        var entries = history
        switch c["hist_access_type"] as? String ?? "tail" {
        case "tail":
            let n = c["n"] as? Int ?? entries.count
            entries = Array(entries.suffix(max(n, 0)))
        case "range":
            let start = c["start"] as? Int ?? 1, stop = c["stop"] as? Int ?? Int.max
            entries = entries.filter { $0.0 >= start && $0.0 < stop }
        case "search":
            let pattern = c["pattern"] as? String ?? "*"
            entries = entries.filter { Kernel.matches($0.1, glob: pattern) }
            if let n = c["n"] as? Int { entries = Array(entries.suffix(max(n, 0))) }
        default:
            break
        }
        return ["status": "ok", "history": entries.map { [0, $0.0, $0.1] as [Any] }]
    }

    /// `*` matches any text; everything else matches itself (Jupyter's history search patterns).
    static func matches(_ text: String, glob: String) -> Bool {
        let pieces = glob.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count > 1 else { return text == glob }
        var rest = Substring(text)
        guard rest.hasPrefix(pieces[0]) else { return false }
        rest = rest.dropFirst(pieces[0].count)
        for (k, piece) in pieces.enumerated().dropFirst() {
            if k == pieces.count - 1 { return piece.isEmpty || rest.hasSuffix(piece) }
            guard let r = rest.range(of: piece) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }
}
