#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZeroMQ

/// A ZeroMQ socket bound to one of the kernel's ports, exchanging multipart messages.
///
/// Contract: a socket is used by one thread at a time (ZeroMQ's rule); the kernel gives
/// each channel to one thread, and guards the one it shares (IOPub) with a lock. Calls
/// interrupted by a signal (Ctrl-C sent to the kernel) are retried, never reported.
final class Socket: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(context: UnsafeMutableRawPointer, type: Int32) throws {
        guard let s = zmq_socket(context, type) else { throw Socket.lastError("socket") }
        raw = s
        // Closing must not wait for unsent messages: a kernel that is shutting down exits.
        var linger: Int32 = 0
        zmq_setsockopt(raw, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    deinit { zmq_close(raw) }

    func bind(_ endpoint: String) throws {
        guard zmq_bind(raw, endpoint) == 0 else { throw Socket.lastError("bind \(endpoint)") }
    }

    /// Sends all frames as one message.
    func send(_ frames: [[UInt8]]) throws {
        for (k, frame) in frames.enumerated() {
            let flags = k == frames.count - 1 ? Int32(0) : ZMQ_SNDMORE
            while true {
                let n = frame.withUnsafeBytes { zmq_send(raw, $0.baseAddress, $0.count, flags) }
                if n >= 0 { break }
                if zmq_errno() == EINTR { continue }
                throw Socket.lastError("send")
            }
        }
    }

    /// Waits for the next message and returns its frames.
    func receive() throws -> [[UInt8]] {
        var frames: [[UInt8]] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            while zmq_msg_recv(&message, raw, 0) < 0 {
                if zmq_errno() == EINTR { continue }
                throw Socket.lastError("receive")
            }
            let size = zmq_msg_size(&message)
            let data = zmq_msg_data(&message)
            frames.append(size == 0 ? [] : Array(UnsafeRawBufferPointer(start: data, count: size)))
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    /// True when a message is waiting, after at most `milliseconds` (-1: wait for ever).
    func waitForMessage(milliseconds: Int) -> Bool {
        var item = zmq_pollitem_t(socket: raw, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        let n = zmq_poll(&item, 1, milliseconds)
        return n > 0 && (item.revents & Int16(ZMQ_POLLIN)) != 0
    }

    static func lastError(_ what: String) -> Failure {
        Failure(description: "zmq \(what): \(String(cString: zmq_strerror(zmq_errno())))")
    }
}
