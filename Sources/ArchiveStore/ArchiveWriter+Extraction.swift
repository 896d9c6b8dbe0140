import ArticleModel
import Extraction
internal import SQLite

/// A stored paragraph of the article being stored: its row's id and its text.
struct StoredParagraph {
    var id: Int
    var text: String
}

extension ArchiveWriter {
    /// Stores what was extracted from an article whose paragraphs are stored (`paragraphs`, in the
    /// extraction's numbering, its spans checked with ``checkSpans(of:paragraphCount:)`` before anything was
    /// written), each table's rows a few statements at a time, and returns what its entity_mentions rows add
    /// to the entities' counts (the row-by-row triggers are off while the writer stores).
    func storeExtraction(
        _ extraction: Extraction, articleID: Int, paragraphs: [StoredParagraph], rowsBefore before: Set<String>? = nil
    ) throws -> EntityCountChanges {
        let ids = try storeEntities(
            extraction.entities, speakers: Set(extraction.quotes.compactMap(\.speaker)), articleID: articleID,
            paragraphs: paragraphs)
        try storeFigures(
            extraction, entityIDs: ids.inOrder, articleID: articleID, paragraphs: paragraphs, rowsBefore: before)
        for date in extraction.dates {
            try dateRows.append([
                articleID, paragraphs[date.span.paragraph].id, date.span.start, date.span.end, date.text, date.value,
                date.endValue, date.grain.rawValue, date.timeZone,
            ])
        }
        try dateRows.flush()
        for quote in extraction.quotes {
            try quoteRows.append([
                articleID, paragraphs[quote.span.paragraph].id, quote.span.start, quote.span.end, quote.text,
                quote.speaker, quote.speaker.flatMap { ids.byName[$0] }, quote.date,
            ])
        }
        try quoteRows.flush()
        return ids.counts
    }

    /// Throws for the first span (mentions, then figures, quotes and dates) outside the article's
    /// paragraphs or ending before it starts; read in place, with no array of every span.
    static func checkSpans(of extraction: Extraction, paragraphCount: Int) throws {
        func check(_ span: TextSpan) throws {
            if !(0..<paragraphCount).contains(span.paragraph) || span.start > span.end {
                throw ArchiveWriterError.spanOutsideArticle(span)
            }
        }
        for entity in extraction.entities { for mention in entity.mentions { try check(mention.span) } }
        for figure in extraction.figures { try check(figure.span) }
        for quote in extraction.quotes { try check(quote.span) }
        for date in extraction.dates { try check(date.span) }
    }

    /// Finds or makes each entity, stores its aliases and location and its entity_mentions rows, and
    /// returns the archive's id of each entity (in order, and by name for the names of `speakers`: the
    /// first of that name) and what the stored namings add to the entities' counts. (Only a quote's speaker
    /// is looked up by name: an article of hundreds of thousands of names kept a table of them all.)
    private func storeEntities(
        _ entities: [ExtractedEntity], speakers: Set<String>, articleID: Int, paragraphs: [StoredParagraph]
    ) throws -> (inOrder: [Int], byName: [String: Int], counts: EntityCountChanges) {
        var byName: [String: Int] = [:]
        var inOrder: [Int] = []
        inOrder.reserveCapacity(entities.count)
        var counts = EntityCountChanges()
        let countries = gazetteer.map { Self.countriesEvidenced(by: entities, in: $0) } ?? []
        for entity in entities {
            looseKeysOfEntity.removeAll(keepingCapacity: true)
            let id = try entityID(for: entity)
            inOrder.append(id)
            try locate(entity, id: id, countries: countries)
            if speakers.contains(entity.name) { byName[entity.name] = byName[entity.name] ?? id }
            for alias in entity.aliases where storedAliases.insert(KeyedName(entity: id, name: alias)).inserted {
                try insertAlias.execute(id, alias)
            }
            try storeKeys(of: entity, id: id)
            for group in MentionGroup.groups(of: entity.mentions) {
                try mentionRows.append([
                    id, articleID, paragraphs[group.paragraph].id, group.first.start, group.first.end, group.count,
                    group.moreOffsets, group.role,
                ])
                counts.addNamings(group.count, ofEntity: id)
            }
        }
        try mentionRows.flush()
        return (inOrder, byName, counts)
    }

    /// Stores the figures, with the entities their site and source name and their sentence's offsets.
    /// `before`: the sites and days of the article's rows before its figures were removed (see
    /// ``storeIncidentKeys(articleID:before:)``); nil for an article stored for the first time.
    private func storeFigures(
        _ extraction: Extraction, entityIDs: [Int], articleID: Int, paragraphs: [StoredParagraph],
        rowsBefore before: Set<String>?
    ) throws {
        // The resolver reads every name and mention of the article: made only once a figure names something.
        var resolver: FigureEntityResolver?
        func entityID(named words: String?, as role: FigureEntityResolver.Role) -> Int? {
            guard let words, !words.isEmpty else { return nil }
            let made =
                resolver ?? FigureEntityResolver(entities: extraction.entities, paragraphs: paragraphs.map(\.text))
            resolver = made
            return made.entity(named: words, as: role).map { entityIDs[$0] }
        }
        // Figures of one sentence follow each other: its offsets are looked for once.
        var last: (paragraph: Int, sentence: Substring, offsets: (start: Int, end: Int), text: Substring)?
        var cursor = (paragraph: -1, at: SentenceOffsets.Cursor())
        // The pieces of the last sentence too long to store whole, cut once for all its figures.
        var longSentence: (paragraph: Int, start: Int, pieces: StoredSentencePieces?)?
        for figure in extraction.figures {
            let site = entityID(named: figure.site, as: .site)
            let earlierSite = entityID(named: figure.earlierSite, as: .site)
            let source = entityID(named: figure.source, as: .source)
            let paragraph = figure.span.paragraph
            var offsets: (start: Int, end: Int)
            // The text at the offsets: the sentence, or the whole paragraph when it does not hold it there.
            var sentenceText: Substring
            if let last, last.paragraph == paragraph, last.sentence == figure.sentenceText,
                last.offsets.start <= figure.span.start, figure.span.end <= last.offsets.end
            {
                (offsets, sentenceText) = (last.offsets, last.text)
            } else {
                if cursor.paragraph != paragraph { cursor = (paragraph, SentenceOffsets.Cursor()) }
                let text = paragraphs[paragraph].text
                if let found = SentenceOffsets.located(
                    figure.sentenceText, in: text, around: figure.span.end, cursor: &cursor.at)
                {
                    (offsets, sentenceText) = (found, figure.sentenceText)
                } else {
                    (offsets, sentenceText) = (SentenceOffsets.whole(text), Substring(text))
                }
                last = (paragraph, figure.sentenceText, offsets, sentenceText)
            }
            if offsets.end - offsets.start > StoredSentencePieces.longestWholeSentence {
                if longSentence?.paragraph != paragraph || longSentence?.start != offsets.start {
                    longSentence = (paragraph, offsets.start, StoredSentencePieces(sentence: sentenceText, at: offsets))
                }
                if let pieces = longSentence?.pieces {
                    (offsets, sentenceText) = pieces.piece(holding: figure.span.start, to: figure.span.end)
                }
            }
            // (stored for the counts the incident views compare two by two: see figures.sentence)
            let storedSentence = figure.kind == .count && figure.event != nil ? String(sentenceText) : nil
            try figureRows.append([
                articleID, paragraphs[paragraph].id, figure.span.start, figure.span.end, figure.text, figure.value,
                figure.maxValue, figure.approx.rawValue, figure.kind.rawValue, figure.unit, figure.of, figure.site,
                figure.event, figure.cause, figure.source, offsets.start, offsets.end, figure.date, site, source,
                figure.isRunningTotal ? 1 : 0, figure.earlierSite, earlierSite, figure.relativeDate, figure.period,
                figure.isDatedByEarlierSentence ? 1 : 0, figure.isReplacedToll ? 1 : 0, storedSentence,
            ])
        }
        try figureRows.flush()
        if extraction.figures.contains(where: { $0.kind == .count && $0.event != nil }) || !(before ?? []).isEmpty {
            try storeIncidentKeys(articleID: articleID, before: before ?? [])
        }
    }

    /// Stores the incident each figure at the entity `id` (its site or earlier site) reports, once the
    /// entity's name changed: what the trigger entities_incidents_rename does when the writer's are off.
    func storeIncidentKeys(ofFiguresAt id: Int) throws {
        try connection.cachedStatement(
            """
            UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE site_entity_id = ?1 OR earlier_site_entity_id = ?1
            """
        ).execute(id)
        // (a count of anyone there reads the others' new keys: keyed again once they are all stored)
        try connection.cachedStatement(
            """
            UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE (site_entity_id = ?1 OR earlier_site_entity_id = ?1) AND unit IN ('person', 'victim', 'death')
            """
        ).execute(id)
    }

    /// Stores the incident each figure of every article with a figure at the entity `id` reports, once the
    /// entity was located: what the trigger place_locations_incidents_add does when the writer's are off.
    /// A place located when first named has no figures yet, so that mostly only the check is run.
    func storeIncidentKeys(ofArticlesWithFiguresAt id: Int) throws {
        let anyFigure = try connection.cachedStatement(
            """
            SELECT EXISTS (SELECT 1 FROM figures WHERE site_entity_id = ?1)
                OR EXISTS (SELECT 1 FROM figures WHERE earlier_site_entity_id = ?1)
            """)
        guard try anyFigure.scalar(id) == .integer(1) else { return }
        let articles = try connection.cachedStatement(
            """
            SELECT article_id FROM figures WHERE site_entity_id = ?1
            UNION SELECT article_id FROM figures WHERE earlier_site_entity_id = ?1
            """
        ).rows(id).compactMap { $0.int("article_id") }
        for article in articles { try storeIncidentKeys(articleID: article) }
    }

    /// Stores the incident each of the article's figures reports (see incident_keys in schema.sql), which
    /// the trigger on figures leaves to the writer (only a count with an event can report one); then keys
    /// again the counts of anyone of other articles at the sites and days of its rows, before and after
    /// (`before`, when its figures are already gone: ``sitesAndDaysOfRows(ofArticle:)``), which may take or
    /// lose the key of one of them: what figures_incidents_fold does when the writer's triggers are off.
    func storeIncidentKeys(articleID: Int, before: Set<String>? = nil) throws {
        let earlier = try before ?? sitesAndDaysOfRows(ofArticle: articleID)
        try connection.cachedStatement(
            """
            UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE article_id = ? AND kind = 'count' AND event IS NOT NULL
            """
        ).execute(articleID)
        let rekey = try connection.cachedStatement(
            """
            UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE incident_order > ?1 AND incident_order < ?1 || char(1114111)
              AND +unit IN ('person', 'victim', 'death') AND article_id <> ?2
            """)
        for siteAndDay in earlier.union(try sitesAndDaysOfRows(ofArticle: articleID)).sorted() {
            try rekey.execute(siteAndDay, articleID)
        }
    }

    /// The sites and days (the key up to its noun: site, day and kind) of the article's sited and dated
    /// rows whose noun is no anyone's, where a count of anyone of another article may take their key.
    func sitesAndDaysOfRows(ofArticle articleID: Int) throws -> Set<String> {
        Set(
            try connection.cachedStatement(
                """
                SELECT DISTINCT rtrim(incident_order, replace(incident_order, char(31), '')) AS site_and_day
                FROM figures
                WHERE article_id = ? AND kind = 'count' AND event IS NOT NULL
                  AND substr(incident_order, 1, 1) = '0' AND incident_article IS NULL
                  AND unit NOT IN ('person', 'victim', 'death')
                """
            ).rows(articleID).compactMap { $0.string("site_and_day") })
    }
}
