import Foundation
import SQLite

extension ArchiveReader {
    /// One article as the export's JSON object (see README, "Export format"): metadata, paragraphs,
    /// entities with aliases and mention counts, figures and quotes.
    public func exportObject(articleID id: Int) throws -> [String: Any] {
        let article = try self.article(id)
        var object: [String: Any] = [
            "id": id,
            "title": article.string("title") ?? "",
            "source": article.string("source") ?? NSNull(),
            "published": article.string("published") ?? NSNull(),
            "url": article.string("url") ?? NSNull(),
            "byline": article.string("byline") ?? NSNull(),
            "extractor_version": article.int("extractor_version") ?? 0,
        ]
        object["paragraphs"] = try paragraphs(of: id).map { row -> [String: Any] in
            ["position": row.int("position") ?? 0, "kind": row.string("kind") ?? "", "text": row.string("text") ?? ""]
        }
        object["entities"] = try entityRows(of: id).map { row -> [String: Any] in
            var entity: [String: Any] = [
                "name": row.string("name") ?? "", "kind": row.string("kind") ?? "", "mentions": row.int("mentions") ?? 0,
                "aliases": (row.string("aliases") ?? "").split(separator: "\u{1F}").map(String.init),
            ]
            if let roles = row.string("roles") { entity["roles"] = roles.split(separator: ",").map(String.init) }
            return entity
        }
        object["figures"] = try figureRows(of: id).map { row -> [String: Any] in
            [
                "value": Self.number(row["value"]), "max": Self.number(row["max_value"]),
                "approx": row.string("approx") ?? "exact", "kind": row.string("kind") ?? "",
                "unit": row.string("unit") ?? NSNull(), "site": row.string("site") ?? NSNull(),
                "event": row.string("event") ?? NSNull(), "cause": row.string("cause") ?? NSNull(),
                "of": Self.number(row["of_value"]), "source": row.string("source") ?? NSNull(),
                "paragraph": row.int("paragraph") ?? 0, "start": row.int("start_offset") ?? 0,
                "end": row.int("end_offset") ?? 0, "text": row.string("text") ?? "", "date": row.string("date") ?? NSNull(),
            ]
        }
        object["dates"] = try dateRows(of: id).map { row -> [String: Any] in
            [
                "text": row.string("text") ?? "", "value": row.string("value") ?? NSNull(),
                "end_value": row.string("end_value") ?? NSNull(), "grain": row.string("grain") ?? "",
                "time_zone": row.string("time_zone") ?? NSNull(), "paragraph": row.int("paragraph") ?? 0,
                "start": row.int("start_offset") ?? 0, "end": row.int("end_offset") ?? 0,
            ]
        }
        object["quotes"] = try quoteRows(of: id).map { row -> [String: Any] in
            [
                "speaker": row.string("speaker") ?? NSNull(), "text": row.string("text") ?? "",
                "paragraph": row.int("paragraph") ?? 0, "start": row.int("start_offset") ?? 0,
                "end": row.int("end_offset") ?? 0, "date": row.string("date") ?? NSNull(),
            ]
        }
        return object
    }

    /// Whole numbers as integers (`17`, not `17.0`), others as doubles, NULL as null.
    static func number(_ value: DatabaseValue) -> Any {
        switch value {
        case .integer(let v): return Int(v)
        case .real(let v): return v == v.rounded() && abs(v) < 1e15 ? Int(v) as Any : v as Any
        default: return NSNull()
        }
    }
}
