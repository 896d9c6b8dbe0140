import ArchiveStore

// The columns each kind of row prints under; their names are what csv headers and json keys say.

extension FigureRow: ListableRow {
    static let listingColumns: [ListingColumn<FigureRow>] = [
        .init("id") { .integer($0.id) }, .init("article") { .integer($0.span.articleID) },
        .init("paragraph") { .integer($0.span.paragraph) }, .init("text") { .text($0.text) },
        .init("value") { ListingValue(number: $0.value) }, .init("approx") { .text($0.approx) },
        .init("kind") { .text($0.kind) }, .init("unit") { ListingValue($0.unit) },
        .init("site") { ListingValue($0.site) },
        .init("event") { ListingValue($0.event) }, .init("source") { ListingValue($0.source) },
        .init("site_entity") { ListingValue($0.siteEntity?.name) },
        .init("source_entity") { ListingValue($0.sourceEntity?.name) },
        .init("earlier_site") { ListingValue($0.earlierSite) },
        .init("earlier_site_entity") { ListingValue($0.earlierSiteEntity?.name) },
        .init("date") { ListingValue($0.date) }, .init("dated_by") { ListingValue($0.datedBy) },
        .init("relative_date") { ListingValue($0.relativeDate) },
        .init("period") { ListingValue($0.period) },
        .init("sentence") { .text($0.sentence) },
    ]

    /// What `archive show` prints of a figure: the site and source as written with the entity they resolved to;
    /// a site only an earlier sentence names is marked so (`(earlier sentence) Douma #4`).
    static let storedColumns: [ListingColumn<FigureRow>] = [
        .init("¶") { .integer($0.span.paragraph) }, .init("text") { .text($0.text) },
        .init("value") { ListingValue(number: $0.value) }, .init("unit") { ListingValue($0.unit) },
        .init("event") { ListingValue($0.event) },
        .init("site") {
            guard $0.site == nil, $0.earlierSite != nil else {
                return .text(StoredName($0.site, $0.siteEntity).description)
            }
            return .text("(earlier sentence) " + StoredName($0.earlierSite, $0.earlierSiteEntity).description)
        },
        .init("source") { .text(StoredName($0.source, $0.sourceEntity).description) },
    ]
}

extension QuoteRow: ListableRow {
    static let listingColumns: [ListingColumn<QuoteRow>] = [
        .init("id") { .integer($0.id) }, .init("speaker") { ListingValue($0.speaker) },
        .init("quote") { .text($0.text) },
        .init("article") { .integer($0.span.articleID) }, .init("paragraph") { .integer($0.span.paragraph) },
    ]
}

extension EntityRow: ListableRow {
    static let listingColumns: [ListingColumn<EntityRow>] = [
        .init("id") { .integer($0.id) }, .init("name") { .text($0.name) }, .init("kind") { .text($0.kind) },
        .init("mentions") { .integer($0.mentions) }, .init("articles") { .integer($0.articles) },
        .init("aliases") { ListingValue($0.aliases.isEmpty ? nil : $0.aliases.joined(separator: ", ")) },
        .init("roles") { ListingValue($0.roles?.joined(separator: ",")) },
    ]
}

extension SearchHit: ListableRow {
    static let listingColumns: [ListingColumn<SearchHit>] = [
        .init("article") { .integer($0.articleID) }, .init("paragraph") { .integer($0.paragraph) },
        .init("title") { .text($0.title) }, .init("snippet") { .text($0.snippet) },
    ]
}

extension CannedQuery: ListableRow {
    static let listingColumns: [ListingColumn<CannedQuery>] = [
        .init("name") { .text($0.name) }, .init("view") { .text($0.view) },
        .init("description") { .text($0.description) },
    ]
}

extension Listing {
    /// Statistics as `what` and `count` rows.
    init(_ statistics: ArchiveStatistics) {
        let counts: [(String, Int)] = [
            ("articles", statistics.articles), ("paragraphs", statistics.paragraphs), ("entities", statistics.entities),
            ("entity mentions", statistics.entityMentions), ("figures", statistics.figures),
            ("quotes", statistics.quotes),
            ("dates", statistics.dates), ("database bytes", statistics.databaseBytes),
        ]
        self.init(columns: ["what", "count"], rows: counts.map { [.text($0.0), .integer($0.1)] })
    }
}
