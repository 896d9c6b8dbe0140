/// One place an entity is named in an article.
public struct MentionRow: Equatable, Sendable {
    public var entityID: Int
    public var span: ArticleSpan
    /// The name as written there.
    public var text: String
    /// The entity's kind: `person`, `place`, `organization`, …
    public var kind: String
    /// The role written with the name (`Supreme Leader`).
    public var role: String?
}

extension MentionRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            entityID: row.int("entity_id") ?? 0, span: ArticleSpan(row: row), text: row.string("text") ?? "",
            kind: row.string("entity_kind") ?? "", role: row.string("role"))
    }
}

/// One row of `entity_mentions`: an entity's namings in one paragraph with one role (see ``MentionGroup``),
/// read with its paragraph's text so that each naming gets the words written there.
struct StoredMentionGroup: RowDecodable {
    var mentions: [MentionRow]

    init(row: StatementRow) {
        let first = MentionRow(row: row)
        let more = MentionGroup.spans(inMoreOffsets: row.string("more_offsets"))
        let scalars = Array((row.string("paragraph_text") ?? "").unicodeScalars)
        func words(_ start: Int, _ end: Int) -> String {
            guard start >= 0, start <= end, end <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        var mentions = [first]
        mentions[0].text = words(first.span.start, first.span.end)
        for (start, end) in more {
            var mention = first
            mention.span.start = start
            mention.span.end = end
            mention.text = words(start, end)
            mentions.append(mention)
        }
        self.mentions = mentions
    }
}
