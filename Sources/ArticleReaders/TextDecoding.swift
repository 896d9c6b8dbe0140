import Foundation

/// Turns raw file bytes into text, refusing what is not UTF-8 text.
public enum TextDecoding {
    /// Decodes UTF-8, dropping a byte-order mark and normalising line ends to `\n`.
    ///
    /// - Throws: ``ArticleReadError/empty`` for nothing but whitespace, ``ArticleReadError/binary``
    ///   when the bytes hold NUL or many control characters, ``ArticleReadError/invalidUTF8(byteOffset:)``
    ///   at the first bad sequence.
    public static func decode(_ bytes: [UInt8]) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw ArticleReadError.empty }

        var controls = 0
        for byte in body.prefix(8192) {
            if byte == 0 { throw ArticleReadError.binary }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        if controls * 20 > min(body.count, 8192) { throw ArticleReadError.binary }

        if let offset = firstInvalidUTF8Offset(body) {
            // Count from the start of the file, byte-order mark included.
            throw ArticleReadError.invalidUTF8(byteOffset: body.startIndex - bytes.startIndex + offset)
        }
        let text = String(decoding: body, as: UTF8.self)
        // (The bytes, valid UTF-8, are the text's own: read as an array, not through the string's UTF-8 view.)
        guard body.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil when all are valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
