/// A stored figure: a number, what it counts and what the text says about it.
public struct FigureRow: Equatable, Sendable {
    public var id: Int
    public var span: ArticleSpan
    /// The phrase as written (`the 17 missiles`).
    public var text: String
    public var value: Double
    /// The upper end of a range.
    public var maxValue: Double?
    /// `exact`, `about`, `over`, `under` or `range`.
    public var approx: String
    /// `count`, `money`, `percent`, `duration`, `distance`, `age`, …
    public var kind: String
    public var unit: String?
    /// The whole of a partitive (`two of the 17` → 17).
    public var ofValue: Double?
    /// The site as written.
    public var site: String?
    public var event: String?
    public var cause: String?
    /// The source as written.
    public var source: String?
    /// When the figure's sentence names no place: the place a sentence shortly before named, as written.
    public var earlierSite: String?
    /// The entity the site resolved to (its id and canonical name), when one of the article's did.
    public var siteEntity: EntityReference?
    /// The entity the source resolved to, when one of the article's did.
    public var sourceEntity: EntityReference?
    /// The entity the earlier sentence's place resolved to, when one of the article's did.
    public var earlierSiteEntity: EntityReference?
    /// The sentence it stands in.
    public var sentence: String
    /// ISO 8601 date of its clause.
    public var date: String?
    /// Whether `date` is a sentence's shortly before rather than its clause's own.
    public var isDatedByEarlierSentence = false
    /// The words that date its clause only against another moment (`days earlier`), when it has no date.
    public var relativeDate: String? = nil
    /// The stretch of time a total covers, as the text names it (`since 2011`, `October`).
    public var period: String? = nil

    /// Where `date` comes from, as the incident views say it: `clause` or `earlier sentence` (nil when none).
    public var datedBy: String? {
        date == nil ? nil : isDatedByEarlierSentence ? "earlier sentence" : "clause"
    }
}

extension FigureRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            id: row.int("id") ?? 0, span: ArticleSpan(row: row), text: row.string("text") ?? "",
            value: row.double("value") ?? 0, maxValue: row.double("max_value"), approx: row.string("approx") ?? "exact",
            kind: row.string("kind") ?? "", unit: row.string("unit"), ofValue: row.double("of_value"),
            site: row.string("site"), event: row.string("event"), cause: row.string("cause"),
            source: row.string("source"), earlierSite: row.string("earlier_site"),
            siteEntity: EntityReference(id: row.int("site_entity_id"), name: row.string("site_entity")),
            sourceEntity: EntityReference(id: row.int("source_entity_id"), name: row.string("source_entity")),
            earlierSiteEntity: EntityReference(
                id: row.int("earlier_site_entity_id"), name: row.string("earlier_site_entity")),
            sentence: row.string("sentence") ?? "", date: row.string("date"),
            isDatedByEarlierSentence: row.int("date_from_earlier_sentence") == 1,
            relativeDate: row.string("relative_date"), period: row.string("period")
        )
    }
}
