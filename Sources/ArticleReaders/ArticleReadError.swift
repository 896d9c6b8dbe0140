/// Why a file could not be read as an article; printed after the file's path on one line.
public enum ArticleReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case empty
    case binary
    case invalidUTF8(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)
    /// More than the limit came from a stream whose size is not known beforehand (standard input).
    case moreThanLimit(Int)
    /// A named pipe, a device or a socket: reading one could wait or run forever.
    case notARegularFile(String)
    case noHeadline
    case noArticleText
    case malformed(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .empty: return "empty file"
        case .binary: return "binary file, not text"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset)"
        case .tooLarge(let bytes, let limit): return "file too large (\(bytes) bytes; the limit is \(limit))"
        case .moreThanLimit(let limit): return "file too large (more than the limit of \(limit) bytes)"
        case .notARegularFile(let kind): return "not a regular file (\(kind)); only regular files are read"
        case .noHeadline: return "no headline: the first line is empty"
        case .noArticleText: return "no article text found"
        case .malformed(let reason): return reason
        }
    }
}
