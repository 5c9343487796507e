import CCrypto

/// Signs and checks Jupyter messages: HMAC-SHA256 of the header, parent header, metadata
/// and content frames, written as lowercase hex.
///
/// The HMAC is OpenSSL's libcrypto, from Debian, rather than swift-crypto: the two compute
/// the same function, but swift-crypto on Linux compiles its own copy of BoringSSL into
/// every build (minutes on this project's two-core CI) for a single call, while libcrypto
/// is already on every Debian machine and patched by its security updates. The result is
/// checked against RFC 4231's test vectors (MessageSignerTests) and, end to end, by
/// jupyter_client, which rejects a wrongly signed message.
///
/// An empty key means signing is off (Jupyter's convention): signatures are empty and any
/// signature is accepted.
struct MessageSigner: Sendable {
    let key: [UInt8]

    init(key: String) { self.key = Array(key.utf8) }

    func signature(_ parts: [[UInt8]]) -> String {
        guard !key.isEmpty else { return "" }
        return MessageSigner.hex(MessageSigner.hmacSHA256(key: key, parts: parts))
    }

    /// Constant-time comparison, so the time taken reveals nothing about the right signature.
    func accepts(_ signature: [UInt8], for parts: [[UInt8]]) -> Bool {
        guard !key.isEmpty else { return true }
        let expected = Array(self.signature(parts).utf8)
        guard expected.count == signature.count else { return false }
        return expected.withUnsafeBytes { a in
            signature.withUnsafeBytes { b in CRYPTO_memcmp(a.baseAddress, b.baseAddress, a.count) == 0 }
        }
    }

    /// HMAC-SHA256 of the parts, concatenated (libcrypto's one-shot `HMAC`).
    static func hmacSHA256(key: [UInt8], parts: [[UInt8]]) -> [UInt8] {
        let message = parts.flatMap { $0 }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBytes { k in
            message.withUnsafeBytes { m in
                _ = HMAC(
                    EVP_sha256(), k.baseAddress, Int32(k.count),
                    m.baseAddress?.assumingMemoryBound(to: UInt8.self), m.count, &digest, &length)
            }
        }
        return Array(digest.prefix(Int(length)))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
