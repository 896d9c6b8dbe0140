import ArticleModel
import Foundation

/// The corpus repeated until it holds `count` articles, each copy made distinct (its title carries the
/// copy's number, so its content hash differs), written as JSON Lines in `parts` folders of about equal
/// size: the archive is built part by part, so that the first and the last tenth can be timed apart.
/// Each folder holds files of at most `articlesPerFile` articles, well under `ingest`'s default
/// `--max-size`, as a user's exports would come.
struct ScaleCopies {
    let corpus: [Article]
    let count: Int
    let parts: Int
    var articlesPerFile = 1_000

    /// Writes the parts' folders under `folder` and returns their paths, in order.
    func write(under folder: URL) throws -> [String] {
        precondition(!corpus.isEmpty, "an empty corpus cannot be repeated")
        var paths: [String] = []
        var written = 0
        for part in 0..<parts {
            let end = count * (part + 1) / parts
            let partFolder = folder.appendingPathComponent(String(format: "part-%03d", part))
            try FileManager.default.createDirectory(at: partFolder, withIntermediateDirectories: true)
            var file = 0
            while written < end {
                var lines = Data()
                for _ in 0..<min(articlesPerFile, end - written) {
                    lines.append(try line(for: written))
                    written += 1
                }
                let name = String(format: "articles-%04d.jsonl", file)
                try lines.write(to: partFolder.appendingPathComponent(name))
                file += 1
            }
            paths.append(partFolder.path)
        }
        return paths
    }

    /// The `index`-th article of the repeated corpus as one JSON line.
    private func line(for index: Int) throws -> Data {
        let article = corpus[index % corpus.count]
        let copy = index / corpus.count
        var object: [String: String] = [
            "title": copy == 0 ? article.title : "\(article.title) (copy \(copy))",
            "text": article.paragraphs.filter { $0.kind != .headline }.map(\.text).joined(separator: "\n\n"),
        ]
        object["published"] = article.published
        object["url"] = article.url.map { copy == 0 ? $0 : "\($0)#copy-\(copy)" }
        object["source"] = article.source
        var data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
