@testable import NablaKernel
import Testing

/// The HMAC that signs every Jupyter message, against RFC 4231's published vectors.
@Suite("Message signatures")
struct MessageSignerTests {
    @Test("RFC 4231 test cases 1, 2 and 6 (a key longer than the block)")
    func rfc4231() {
        let cases: [([UInt8], String, String)] = [
            (
                [UInt8](repeating: 0x0b, count: 20), "Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
            ),
            (
                Array("Jefe".utf8), "what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                [UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            )
        ]
        for (key, message, expected) in cases {
            #expect(MessageSigner.hex(MessageSigner.hmacSHA256(key: key, parts: [Array(message.utf8)])) == expected)
        }
    }

    @Test("a signature covers the parts in order, and only the right one is accepted")
    func acceptsOnlyItsOwnSignature() {
        let signer = MessageSigner(key: "secret")
        let parts = [Array("{\"a\":1}".utf8), Array("{}".utf8), Array("{}".utf8), Array("{\"code\":\"1+1\"}".utf8)]
        let signature = Array(signer.signature(parts).utf8)
        #expect(signature.count == 64)
        #expect(signer.accepts(signature, for: parts))
        #expect(!signer.accepts(signature, for: parts.reversed()))
        var tampered = signature
        tampered[0] = tampered[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        #expect(!signer.accepts(tampered, for: parts))
        #expect(!signer.accepts([], for: parts))
    }

    @Test("an empty key turns signing off, as Jupyter's convention says")
    func emptyKey() {
        let signer = MessageSigner(key: "")
        #expect(signer.signature([Array("x".utf8)]) == "")
        #expect(signer.accepts(Array("anything".utf8), for: [Array("x".utf8)]))
    }
}
