import ArchiveStore
import Foundation

/// An article as `archive show` prints it: title and metadata, numbered paragraphs with figures marked
/// `[like this]` and entity names `{like this}`, then tables of its figures, entities and quotes.
struct ArticleText {
    typealias Mark = (start: Int, end: Int, open: String, close: String)

    let article: ArticleDetail

    init(_ article: ArticleDetail) {
        self.article = article
    }

    var rendered: String {
        let summary = article.summary
        var lines = ["#\(summary.id) \(summary.title)"]
        let meta = [
            ("source", summary.source), ("published", summary.published), ("url", summary.url),
            ("byline", summary.byline),
        ]
        .compactMap { key, value in value.map { "\(key): \($0)" } }
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        lines.append("")
        let marks = self.marks
        for paragraph in article.paragraphs {
            let text = Self.marked(paragraph.text, marks[paragraph.position] ?? [])
            let kind = paragraph.kind == "body" ? "" : "(\(paragraph.kind)) "
            lines.append(String(format: "%3d ", paragraph.position) + kind + text)
        }
        return lines.map { $0 + "\n" }.joined() + tables
    }

    /// The figures, entities and quotes, each under its heading.
    var tables: String {
        let printer = ListingPrinter(format: .table)
        let sections: [(String, Listing)] = [
            (
                "Figures (site and source as written → the entity they resolved to, #id as in Entities)",
                Listing(article.figures, columns: FigureRow.storedColumns)
            ),
            ("Entities", Listing(article.entities, columns: ["id", "name", "kind", "mentions", "roles"])),
            ("Quotes", Listing(article.quotes, columns: ["paragraph", "speaker", "quote"])),
        ]
        return sections.map { title, listing in "\n\(title)\n" + printer.render(listing) }.joined()
    }

    /// Figure and mention spans by paragraph position.
    var marks: [Int: [Mark]] {
        var marks: [Int: [Mark]] = [:]
        for figure in article.figures {
            marks[figure.span.paragraph, default: []].append((figure.span.start, figure.span.end, "[", "]"))
        }
        for mention in article.mentions {
            marks[mention.span.paragraph, default: []].append((mention.span.start, mention.span.end, "{", "}"))
        }
        return marks
    }

    /// Inserts marks around spans (Unicode-scalar offsets); overlapping spans nest as given.
    static func marked(_ text: String, _ spans: [Mark]) -> String {
        var opens: [Int: String] = [:], closes: [Int: String] = [:]
        for span in spans {
            opens[span.start, default: ""] += span.open
            closes[span.end, default: ""] = span.close + closes[span.end, default: ""]
        }
        var out = ""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if let close = closes[offset] { out += close }
            if let open = opens[offset] { out += open }
            out.unicodeScalars.append(scalar)
        }
        if let close = closes[text.unicodeScalars.count] { out += close }
        return out
    }
}
