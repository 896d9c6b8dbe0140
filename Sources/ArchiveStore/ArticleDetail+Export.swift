extension ArticleDetail {
    /// The article as the export's JSON object (see README, "Export format"), its keys in the README's
    /// order: metadata, paragraphs, entities with aliases and mention counts, figures, quotes and dates.
    public var exportObject: JSONValue {
        .object([
            ("id", .integer(summary.id)), ("title", .string(summary.title)), ("source", JSONValue(summary.source)),
            ("published", JSONValue(summary.published)), ("published_from", JSONValue(summary.publishedFrom)),
            ("published_as_written", JSONValue(summary.publishedAsWritten)), ("url", JSONValue(summary.url)),
            ("byline", JSONValue(summary.byline)), ("extractor_version", .integer(summary.extractorVersion)),
            ("paragraphs", .array(paragraphs.map(Self.exportObject))),
            ("entities", .array(entities.map(Self.exportObject))),
            ("figures", .array(figures.map(Self.exportObject))),
            ("quotes", .array(quotes.map(Self.exportObject))),
            ("dates", .array(dates.map(Self.exportObject))),
        ])
    }

    static func exportObject(_ paragraph: ParagraphRow) -> JSONValue {
        .object([("position", .integer(paragraph.position)), ("kind", .string(paragraph.kind)), ("text", .string(paragraph.text))])
    }

    static func exportObject(_ entity: EntityRow) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(entity.name)), ("kind", .string(entity.kind)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
        ]
        if let roles = entity.roles { members.append(("roles", .array(roles.map(JSONValue.string)))) }
        members.append(("mentions", .integer(entity.mentions)))
        return .object(members)
    }

    static func exportObject(_ figure: FigureRow) -> JSONValue {
        .object(
            [
                ("value", number(figure.value)), ("max", number(figure.maxValue)), ("approx", .string(figure.approx)),
                ("kind", .string(figure.kind)), ("unit", JSONValue(figure.unit)), ("site", JSONValue(figure.site)),
                ("event", JSONValue(figure.event)), ("cause", JSONValue(figure.cause)),
                ("of", number(figure.ofValue)), ("source", JSONValue(figure.source)),
                ("site_entity", JSONValue(figure.siteEntity?.name)),
                ("source_entity", JSONValue(figure.sourceEntity?.name)),
                // Not `site`: the site is the sentence's own place, and the scorer reads it so.
                ("earlier_site", JSONValue(figure.earlierSite)),
                ("earlier_site_entity", JSONValue(figure.earlierSiteEntity?.name)),
            ] + spanMembers(figure.span) + [
                ("text", .string(figure.text)), ("date", JSONValue(figure.date)),
                ("dated_by", JSONValue(figure.datedBy)),
                ("relative_date", JSONValue(figure.relativeDate)), ("period", JSONValue(figure.period)),
            ])
    }

    static func exportObject(_ quote: QuoteRow) -> JSONValue {
        .object(
            [("speaker", JSONValue(quote.speaker)), ("text", .string(quote.text))] + spanMembers(quote.span)
                + [("date", JSONValue(quote.date))])
    }

    static func exportObject(_ date: DateRow) -> JSONValue {
        .object(
            [
                ("text", .string(date.text)), ("value", JSONValue(date.value)), ("end_value", JSONValue(date.endValue)),
                ("grain", .string(date.grain)), ("time_zone", JSONValue(date.timeZone)),
            ] + spanMembers(date.span))
    }

    /// `paragraph`, `start` and `end` of a span.
    static func spanMembers(_ span: ArticleSpan) -> [(String, JSONValue)] {
        [("paragraph", .integer(span.paragraph)), ("start", .integer(span.start)), ("end", .integer(span.end))]
    }

    /// A whole number as an integer (`17`, not `17.0`), any other as a real; null for nil.
    static func number(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        return Int(exactly: value).map(JSONValue.integer) ?? .real(value)
    }
}
