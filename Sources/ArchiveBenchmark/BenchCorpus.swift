import ArticleModel
import ArticleReaders
import Foundation

/// The articles a benchmark runs on, read into memory once so that the stages time work, not disk.
struct BenchCorpus {
    let files: [String]
    let raw: [[UInt8]]
    let articles: [Article]

    var bytes: Int { raw.reduce(0) { $0 + $1.count } }
    var words: Int { articles.reduce(0) { $0 + $1.wordCount } }

    /// Every article file under `paths` (folders walked recursively), in a stable order; at most `limit`.
    static func files(under paths: [String], limit: Int? = nil) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let walker = FileManager.default.enumerator(atPath: path)
            while let relative = walker?.nextObject() as? String {
                if ArticleFormat.guess(path: relative) != nil {
                    files.append((path as NSString).appendingPathComponent(relative))
                }
            }
        }
        files.sort()
        if let limit, files.count > limit { return Array(files.prefix(limit)) }
        return files
    }

    init(files: [String]) {
        let reader = ArticleFileReader()
        var kept: [String] = []
        var raw: [[UInt8]] = []
        var articles: [Article] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            kept.append(file)
            raw.append(Array(data))
            if let read = try? reader.read(Array(data), origin: file) { articles += read }
        }
        self.files = kept
        self.raw = raw
        self.articles = articles
    }

    var summary: String {
        "\(files.count) files, \(articles.count) articles, \(bytes) bytes, \(words) words"
    }
}
