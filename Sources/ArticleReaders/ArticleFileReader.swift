import ArticleModel
import Foundation

/// The formats `archive ingest` reads.
public enum ArticleFormat: String, CaseIterable, Sendable {
    case text

    /// The format a path's extension names, or nil when it names none this tool reads.
    public static func guess(path: String) -> ArticleFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text", "md": return .text
        default: return nil
        }
    }
}

/// Turns a file's bytes into articles, choosing the reader by format.
public struct ArticleFileReader: Sendable {
    /// Files larger than this are refused rather than read.
    public var maximumBytes: Int
    public var metadata: ArticleMetadata

    public init(maximumBytes: Int = 20 * 1024 * 1024, metadata: ArticleMetadata = ArticleMetadata()) {
        self.maximumBytes = maximumBytes
        self.metadata = metadata
    }

    /// Reads the articles in `bytes`, which came from `origin` (a path, or `-`).
    public func read(_ bytes: [UInt8], origin: String, format: ArticleFormat? = nil) throws -> [Article] {
        guard bytes.count <= maximumBytes else {
            throw ArticleReadError.tooLarge(bytes: bytes.count, limit: maximumBytes)
        }
        let text = try TextDecoding.decode(bytes)
        switch format ?? ArticleFormat.guess(path: origin) ?? .text {
        case .text:
            return [metadata.applied(to: try PlainTextArticleReader().read(text, origin: origin))]
        }
    }

    /// Reads a file from disk.
    public func read(path: String, format: ArticleFormat? = nil) throws -> [Article] {
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumBytes {
                throw ArticleReadError.tooLarge(bytes: size, limit: maximumBytes)
            }
            bytes = Array(try handle.readToEnd() ?? Data())
        } catch let error as ArticleReadError {
            throw error
        } catch {
            throw ArticleReadError.unreadable(Self.reason(error, path: path))
        }
        return try read(bytes, origin: path, format: format)
    }

    static func reason(_ error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}
