import CZlib

/// Gzip-compressed files (`story.html.gz`), read through the system zlib.
public enum Gzip {
    /// Whether `bytes` open with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The path without its `.gz`, whose extension names the format inside (`story.html.gz` → `story.html`).
    static func innerPath(_ path: String) -> String? {
        guard path.lowercased().hasSuffix(".gz"), path.count > 3 else { return nil }
        return String(path.dropLast(3))
    }

    /// The bytes inside a gzip file (every member, as `gunzip` gives them), no more than `limit` of them:
    /// a small file that would grow past the limit is refused as it grows, not after.
    ///
    /// - Throws: ``ArticleReadError/tooLarge(bytes:limit:)`` past `limit`, ``ArticleReadError/malformed(_:)``
    ///   for data zlib cannot inflate.
    static func decompress(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard czlib_inflate_init2(&stream, 15 + 32) == Z_OK else {
            throw ArticleReadError.malformed("cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        while true {
            let status: Int32 = bytes.withUnsafeBufferPointer { source in
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress.map { $0 + consumed })
                    stream.avail_in = UInt32(bytes.count - consumed)
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    consumed = bytes.count - Int(stream.avail_in)
                    return status
                }
            }
            let produced = chunk.count - Int(stream.avail_out)
            output += chunk[0..<produced]
            if output.count > limit { throw ArticleReadError.tooLarge(bytes: output.count, limit: limit) }
            switch status {
            case Z_STREAM_END:
                // Another member may follow (concatenated gzip files); anything else after the end is junk.
                guard isCompressed(Array(bytes[consumed...].prefix(2))) else { return output }
                inflateReset(&stream)
            case Z_OK, Z_BUF_ERROR:
                if produced == 0 && consumed == bytes.count { throw ArticleReadError.malformed("gzip data cut short") }
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw ArticleReadError.malformed("damaged gzip data (\(reason))")
            }
        }
    }
}
