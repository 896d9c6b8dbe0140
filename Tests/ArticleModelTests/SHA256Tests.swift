import ArticleModel
import Testing

@Suite struct SHA256Tests {
    /// A message and its digest as 64 hex digits, from FIPS 180-4's examples or `sha256sum`.
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let digest: String

        init(_ text: String, _ digest: String) {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            self.init(name: "\"\(shown)\"", bytes: Array(text.utf8), digest: digest)
        }

        /// `count` copies of the letter a.
        init(as count: Int, _ digest: String) {
            self.init(name: "\(count) × a", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: count), digest: digest)
        }

        init(name: String, bytes: [UInt8], digest: String) {
            self.name = name
            self.bytes = bytes
            self.digest = digest
        }

        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(
            "Iran’s Khamenei says missile strike a ‘slap in the face’ for US",
            "91e1ada33ec162bac6a7b31ca574aef2046fabc257a5eae5619e46389d8fb723"),
        // Lengths around the padding boundaries (55/56 bytes leave or need an extra block).
        Vector(as: 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        Vector(as: 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        Vector(as: 57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        Vector(as: 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        Vector(as: 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        Vector(as: 65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        Vector(as: 119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        Vector(as: 120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        Vector(as: 128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
        Vector(as: 1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        Vector(
            name: "bytes 0 to 255", bytes: (0...255).map(UInt8.init),
            digest: "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880"),
    ]

    @Test(arguments: vectors)
    func hexDigest(_ vector: Vector) {
        #expect(SHA256.hexDigest(of: vector.bytes) == vector.digest)
    }

    /// The raw digest is the same 32 bytes the hex spells out.
    @Test(arguments: vectors.prefix(5))
    func digestBytes(_ vector: Vector) {
        #expect(SHA256.digest(of: vector.bytes) == bytes(hex: vector.digest))
    }

    /// Fed in pieces of any size (across block boundaries), the message has the digest it has whole.
    @Test(arguments: vectors.filter { $0.bytes.count < 10_000 }, [1, 3, 63, 64, 65, 1000])
    func digestInPieces(_ vector: Vector, pieceSize: Int) {
        var hasher = SHA256()
        for start in stride(from: 0, to: vector.bytes.count, by: pieceSize) {
            hasher.update(vector.bytes[start..<min(start + pieceSize, vector.bytes.count)])
        }
        #expect(hasher.finalizeHex() == vector.digest)
    }

    /// Bytes from pairs of lowercase hex digits, read here without the code under test.
    private func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
        }
    }
}
