import Foundation

/// One message of the Jupyter messaging protocol (version 5.3), as it travels over
/// ZeroMQ: the routing identities, the delimiter `<IDS|MSG>`, the HMAC signature, then
/// four JSON frames (header, parent header, metadata, content) and any binary buffers.
struct Message {
    var identities: [[UInt8]] = []
    var header: [String: Any]
    var parentHeader: [String: Any] = [:]
    var metadata: [String: Any] = [:]
    var content: [String: Any]
    var buffers: [[UInt8]] = []

    static let protocolVersion = "5.3"
    static let delimiter = Array("<IDS|MSG>".utf8)

    var type: String { header["msg_type"] as? String ?? "" }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// A new message of `type` answering `parent` (nil for none), in `session`.
    init(type: String, content: [String: Any], parent: Message?, session: String) {
        header = [
            "msg_id": UUID().uuidString.lowercased(),
            "session": session,
            "username": "nabla",
            "date": Message.timestamp(),
            "msg_type": type,
            "version": Message.protocolVersion
        ]
        parentHeader = parent?.header ?? [:]
        self.content = content
        identities = parent?.identities ?? []
    }

    /// Reads a message's frames, checking the signature; a message whose signature does
    /// not match is refused (it did not come from the client holding the key).
    init(frames: [[UInt8]], signer: MessageSigner) throws {
        guard let d = frames.firstIndex(of: Message.delimiter) else { throw Malformed(description: "no <IDS|MSG> delimiter") }
        guard frames.count >= d + 6 else { throw Malformed(description: "too few frames (\(frames.count))") }
        let parts = Array(frames[(d + 2)..<(d + 6)])
        guard signer.accepts(frames[d + 1], for: parts) else { throw Malformed(description: "bad signature") }
        func object(_ bytes: [UInt8]) throws -> [String: Any] {
            if bytes.isEmpty { return [:] }
            guard let o = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw Malformed(description: "a frame is not a JSON object")
            }
            return o
        }
        identities = Array(frames[..<d])
        header = try object(parts[0])
        parentHeader = try object(parts[1])
        metadata = try object(parts[2])
        content = try object(parts[3])
        buffers = Array(frames[(d + 6)...])
    }

    func frames(signer: MessageSigner) -> [[UInt8]] {
        let parts = [header, parentHeader, metadata, content].map(Message.json)
        return identities + [Message.delimiter, Array(signer.signature(parts).utf8)] + parts + buffers
    }

    static func json(_ object: [String: Any]) -> [UInt8] {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return Array("{}".utf8) }
        return Array(data)
    }

    /// ISO 8601 in UTC with microseconds, as the protocol's `date` field wants.
    static func timestamp() -> String {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        var seconds = time_t(t.tv_sec)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(t.tv_nsec / 1000))
    }
}

/// The connection file Jupyter writes for a kernel: where to bind and how to sign.
struct ConnectionInfo {
    var transport = "tcp"
    var ip = "127.0.0.1"
    var shellPort = 0, iopubPort = 0, stdinPort = 0, controlPort = 0, heartbeatPort = 0
    var key = ""
    var signatureScheme = "hmac-sha256"

    init(file: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let o = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Message.Malformed(description: "\(file) is not a JSON object")
        }
        func port(_ name: String) throws -> Int {
            guard let p = o[name] as? Int else { throw Message.Malformed(description: "\(file) has no \(name)") }
            return p
        }
        transport = o["transport"] as? String ?? "tcp"
        ip = o["ip"] as? String ?? "127.0.0.1"
        shellPort = try port("shell_port")
        iopubPort = try port("iopub_port")
        stdinPort = try port("stdin_port")
        controlPort = try port("control_port")
        heartbeatPort = try port("hb_port")
        key = o["key"] as? String ?? ""
        signatureScheme = o["signature_scheme"] as? String ?? "hmac-sha256"
        guard signatureScheme == "hmac-sha256" || key.isEmpty else {
            throw Message.Malformed(description: "signature scheme \(signatureScheme) is not supported (only hmac-sha256)")
        }
    }

    func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}
