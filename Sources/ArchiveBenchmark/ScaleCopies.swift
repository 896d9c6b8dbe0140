import ArticleModel
import Foundation

/// The corpus repeated until it holds `count` articles, each copy made distinct (its title carries the
/// copy's number, so its content hash differs), written as JSON Lines in `parts` files of about equal
/// size: the archive is built part by part, so that the first and the last tenth can be timed apart.
struct ScaleCopies {
    let corpus: [Article]
    let count: Int
    let parts: Int

    /// Writes the parts under `folder` and returns their paths, in order.
    func write(under folder: URL) throws -> [String] {
        precondition(!corpus.isEmpty, "an empty corpus cannot be repeated")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        var written = 0
        for part in 0..<parts {
            let end = count * (part + 1) / parts
            let path = folder.appendingPathComponent(String(format: "part-%03d.jsonl", part)).path
            var lines = Data()
            while written < end {
                lines.append(try line(for: written))
                written += 1
            }
            try lines.write(to: URL(fileURLWithPath: path))
            paths.append(path)
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
