import Foundation

/// The formats `archive ingest` reads.
public enum ArticleFormat: String, CaseIterable, Sendable {
    case text
    /// A saved news page.
    case html
    /// One article object, or an array of them.
    case json
    /// JSON Lines: one article object per line.
    case jsonl

    /// The format a path's extension names, or nil when it names none this tool reads (so folder walks
    /// skip images and the like). A gzip file is named by the extension before `.gz` (`story.html.gz`).
    public static func guess(path: String) -> ArticleFormat? {
        if let inner = Gzip.innerPath(path) { return guess(path: inner) }
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text", "md": return .text
        case "html", "htm", "xhtml": return .html
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }

    /// The format the bytes look like, for standard input and unknown extensions: markup (`<`) is HTML,
    /// `{` or `[` JSON — JSON Lines when one object's closing `}` ends a line and the next opens with `{` —
    /// and anything else text.
    public static func sniff(_ bytes: [UInt8]) -> ArticleFormat {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return .html }
        guard let first = bytes[start...].firstIndex(where: { !isSpace($0) }) else { return .text }
        switch bytes[first] {
        case UInt8(ascii: "<"): return .html
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "{"): return looksLineDelimited(bytes[first...]) ? .jsonl : .json
        default: return .text
        }
    }

    /// Whether a `}` followed by a line break and then (after spaces) a `{` occurs: two objects on
    /// consecutive lines with no comma between them, which JSON never has.
    static func looksLineDelimited(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lastSignificant: UInt8 = 0
        var sawNewline = false
        for byte in bytes.prefix(1 << 20) {
            if byte == 0x0A {
                sawNewline = true
            } else if !isSpace(byte) {
                if byte == UInt8(ascii: "{") && sawNewline && lastSignificant == UInt8(ascii: "}") { return true }
                lastSignificant = byte
                sawNewline = false
            }
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
