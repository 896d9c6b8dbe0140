/// Finds who a sentence attributes its facts to (`The Iraqi military said …`, `according to the UN`,
/// `…, the military said`), and resolves a short second reference (`the military`) to the fuller one
/// the article gave before (`Iraqi military`).
struct SourceTracker {
    let gazetteer: Gazetteer
    /// Sources named so far in the article by their head word (lowercased), the latest few of each.
    private var earlierByHead: [String: [String]] = [:]
    private static let earlierPerHead = 4
    /// Turns the phrase into the article's entity for it.
    private(set) var resolver: SourceResolver
    /// The last unnamed source introduced (`source` or `sources`) and its organisation (`a source at Hama
    /// Police Command`; nil for `a military source`), for `the source added` later.
    var lastSource: (word: String, organization: String?)?
    /// Who published the reports named lately, for `the report said` (``EarlierReports``).
    var earlierReports = EarlierReports()
    /// The words the last sentence read named its source by, as written (nil when it named none).
    private(set) var lastWritten: String?
    /// The source the last sentence read took (nil when it took none).
    private var lastFound: String?
    /// The source the sentence before the last one took (nil when it took none), for `It said` (see
    /// ``standsForBody(_:)``).
    private var foundBeforeLast: String?

    init(gazetteer: Gazetteer, entities: EntityExtractor.Result) {
        self.gazetteer = gazetteer
        resolver = SourceResolver(entities: entities, gazetteer: gazetteer)
    }

    /// Who the sentence attributes its facts to, as the article's entity when it names one.
    mutating func source(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        resolver.read(sentence, in: paragraph)
        // (`The source earlier put the toll at 5`: no phrase, but a source the chain knows.)
        let written = phrase(of: sentence, in: paragraph) ?? subjectOfRelativeReport(in: sentence, paragraph: paragraph)
        let before = (written: lastWritten, found: lastFound, foundBefore: foundBeforeLast)
        lastWritten = written
        foundBeforeLast = lastFound
        lastFound = nil
        // (`X cited the ministry as saying …`: the one cited, when it names someone; else the one citing, which
        // a later `the correspondent` may still point back to.)
        if let cited = citedSpeaker(in: sentence, paragraph: paragraph).flatMap({ resolveCitedSpeaker($0) }) {
            if let written { _ = resolve(written) }
            let found = followSourceChain(sentence, in: paragraph, resolved: cited)
            noteReportOwner(found, viaReport: false, written: true, in: sentence, paragraph: paragraph)
            lastFound = found
            return found
        }
        // (`The monitor and doctors said`: when the phrase names no one, the first of two sayers may.)
        var named =
            written.flatMap { resolveClauseSource($0) ?? resolvePossessedReport($0) }
            ?? firstOfCoordinatedSayers(in: sentence, paragraph: paragraph).flatMap { resolveClauseSource($0) }
        // `It said …` right after a sentence whose reporter was someone else, or no one the article names (`The
        // Tarn army said …, the statement said.`): the pronoun may stand for that one, not for the one
        // organisation that reported before (unless the words before may name it: `the Observatory which …`,
        // `the monitoring group`).
        // But right after a sentence that credited one body (`…, a Kelvar-based monitor, the Tarn Observatory,
        // said.`, `… said the agency, which tracks the war.`, `the Tarn army said in a statement.`), the pronoun
        // stands for that body, when the sentence before that credited no other named body (`Tarn News said …
        // The Vessa army said … It added …` fits two); never for a person.
        if written == "it", let earlier = before.found, standsForBody(earlier),
            !creditsAnotherBody(before.foundBefore, than: earlier)
        {
            named = earlier
        } else if written == nil, let earlier = before.found, standsForBody(earlier),
            !creditsAnotherBody(before.foundBefore, than: earlier),
            itReportsByParticiple(in: sentence, tokens: paragraph.tokens)
        {
            // `It joined the case, claiming it had lost $45m.` (``itReportsByParticiple(in:tokens:)``).
            named = earlier
        } else if written == "it", let earlier = before.written, let organization = named,
            organization != before.found, !mayName(organization, earlier)
        {
            named = nil
        }
        let fromReport =
            named == nil ? written.flatMap { earlierReportOwner(for: $0, in: sentence, paragraph: paragraph) } : nil
        let resolved = named ?? fromReport
        let found = followSourceChain(sentence, in: paragraph, resolved: resolved)
        noteReportOwner(
            found, viaReport: fromReport != nil && found == fromReport, written: written != nil, in: sentence,
            paragraph: paragraph)
        lastFound = found
        return found
    }

    /// Whether `it` may stand for the source a sentence credited: an organisation or a country of the article
    /// (not a person), or a description of one body (`Tarn army`, `the monitor`; not `officials`).
    func standsForBody(_ source: String) -> Bool {
        guard source.lowercased() != "it", !resolver.namesPerson(source) else { return false }
        if resolver.organizationOrCountry(named: source) != nil { return true }
        guard let head = source.wordsBetweenSpaces().last.map({ $0.lowercased() }) else { return false }
        return Self.bodyHeads.contains(head) && !FigureLexicon.unnamedSourceHeads.contains(head)
    }

    /// Whether a sentence's source names a body other than `body`: an organisation or country of the article,
    /// or a capitalised description (`Tarn army`); not a lowercase description (`the monitor`), which may be
    /// the same body described.
    func creditsAnotherBody(_ source: String?, than body: String) -> Bool {
        guard let source, source != body, standsForBody(source) else { return false }
        return resolver.organizationOrCountry(named: source) != nil || source.first?.isUppercase == true
    }

    /// Whether the words a reporter was written as may stand for the organisation: a word of its name (four
    /// letters or more), or a monitor's description.
    func mayName(_ organization: String, _ written: String) -> Bool {
        let words = written.wordsBetweenSpaces().map { $0.lowercased() }
        let own = Set(organization.wordsBetweenSpaces().map { $0.lowercased() }.filter { $0.count >= 4 })
        return words.contains { own.contains($0) || FigureLexicon.monitorDescriptions.contains($0) || $0 == "monitoring" }
    }

    /// The article's entity for the words that name a source (a short second reference made full first).
    mutating func resolveClauseSource(_ written: String) -> String? {
        resolver.resolve(resolve(written))
    }

    /// `military` after `Iraqi military` was named → `Iraqi military`.
    mutating func resolve(_ phrase: String) -> String {
        let head = phrase.wordsBetweenSpaces().last.map { $0.lowercased() } ?? ""
        let earlier = earlierByHead[head, default: []]
        if !phrase.contains(ascii: " ") || phrase.first?.isLowercase == true,
            let fuller = earlier.last(where: { $0.count > phrase.count })
        {
            return fuller
        }
        earlierByHead[head] = Array((earlier + [phrase]).suffix(Self.earlierPerHead))
        return phrase
    }
}
