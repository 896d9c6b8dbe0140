import Foundation

extension ArticleDetail {
    /// The article as the export's JSON object (see README, "Export format"), for `JSONSerialization`:
    /// metadata, paragraphs, entities with aliases and mention counts, figures, quotes and dates.
    public var exportObject: [String: Any] {
        [
            "id": summary.id, "title": summary.title, "source": Self.json(summary.source),
            "published": Self.json(summary.published), "published_from": Self.json(summary.publishedFrom),
            "published_as_written": Self.json(summary.publishedAsWritten),
            "url": Self.json(summary.url),
            "byline": Self.json(summary.byline), "extractor_version": summary.extractorVersion,
            "paragraphs": paragraphs.map { ["position": $0.position, "kind": $0.kind, "text": $0.text] },
            "entities": entities.map(Self.exportObject), "figures": figures.map(Self.exportObject),
            "quotes": quotes.map(Self.exportObject), "dates": dates.map(Self.exportObject),
        ]
    }

    static func exportObject(_ entity: EntityRow) -> [String: Any] {
        var object: [String: Any] = [
            "name": entity.name, "kind": entity.kind, "mentions": entity.mentions, "aliases": entity.aliases,
        ]
        if let roles = entity.roles { object["roles"] = roles }
        return object
    }

    static func exportObject(_ figure: FigureRow) -> [String: Any] {
        let numbers: [String: Any] = [
            "value": ListingValue(number: figure.value).jsonValue,
            "max": ListingValue(number: figure.maxValue).jsonValue,
            "of": ListingValue(number: figure.ofValue).jsonValue,
        ]
        return numbers.merging(exportObject(figure.span)) { $1 }.merging([
            "approx": figure.approx, "kind": figure.kind, "unit": json(figure.unit), "site": json(figure.site),
            "event": json(figure.event), "cause": json(figure.cause), "source": json(figure.source),
            "site_entity": json(figure.siteEntity?.name), "source_entity": json(figure.sourceEntity?.name),
            "text": figure.text, "date": json(figure.date),
        ]) { $1 }
    }

    static func exportObject(_ quote: QuoteRow) -> [String: Any] {
        exportObject(quote.span).merging(["speaker": json(quote.speaker), "text": quote.text, "date": json(quote.date)])
        { $1 }
    }

    static func exportObject(_ date: DateRow) -> [String: Any] {
        exportObject(date.span).merging([
            "text": date.text, "value": json(date.value), "end_value": json(date.endValue), "grain": date.grain,
            "time_zone": json(date.timeZone),
        ]) { $1 }
    }

    /// `paragraph`, `start` and `end` of a span.
    static func exportObject(_ span: ArticleSpan) -> [String: Any] {
        ["paragraph": span.paragraph, "start": span.start, "end": span.end]
    }

    /// Text, or JSON null.
    static func json(_ text: String?) -> Any { text ?? NSNull() }
}
