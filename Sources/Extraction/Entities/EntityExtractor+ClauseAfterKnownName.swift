/// A known organisation run into the words of the clause after it: a headline's verb (`Vesk Front Claims
/// Attack`), or, after a news agency's credit whose full stop was lost, the next sentence's first word
/// (`Photo by AFP Rebels gathered …`). The organisation is a name; the words after it are read on their own.
extension EntityExtractor {
    /// Verbs a title-case headline puts right after its subject, which no organisation's name goes on with
    /// (`Kills`, `Says` already break every run: ``EntityLexicon/runBreakers``).
    static let headlineVerbs: WordSet = [
        "Claims", "Seizes", "Captures", "Retakes", "Recaptures", "Vows", "Warns", "Denies", "Executes", "Beheads",
        "Shells", "Targets", "Storms", "Launches", "Downs", "Threatens", "Announces", "Admits", "Blames",
        "Accuses", "Condemns", "Urges", "Rejects", "Slams", "Releases", "Frees", "Kidnaps", "Abducts", "Takes",
        "Loses", "Confirms", "Calls",
    ]

    /// The organisation opening `range` and the names read in the rest, or nil when the run does not open
    /// with an organisation (known, or by its own words) followed by a headline's verb, or with a news
    /// agency in capitals followed by a capitalised English word that is no name's head (`AFP Photo` ends
    /// at a run breaker before).
    func knownNameBeforeNextClause(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound
        guard range.count >= 2 else { return nil }
        // `Vesk Front Claims`: a headline's verb after an organisation the lexicon knows or whose words say
        // it is one (`Jabhat Tarn`, `Vesk Brigade`).
        if let verb = range.dropFirst().first(where: { Self.headlineVerbs.contains(tokens[$0].text) }) {
            let subject = start..<verb
            // (A longer run before the verb holds more than its subject: `Vesk Hikmet Tarn US-Led Coalition`.)
            let known = knownSpan(at: start, limit: verb, in: paragraph).flatMap {
                $0.length == subject.count ? $0.evidence : nil
            }
            guard let evidence = known ?? (subject.count <= 4 ? structure(subject, in: paragraph) : nil),
                evidence.kind == .organization
            else { return nil }
            let rest = (verb + 1)..<range.upperBound
            let name = [candidate(subject, in: paragraph, sentence: sentence, initial: initial, evidence: evidence)]
            guard !rest.isEmpty else { return name }
            return name + pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        guard let known = knownSpan(at: start, limit: range.upperBound, in: paragraph),
            known.evidence.kind == .organization, known.length < range.count
        else { return nil }
        let next = start + known.length
        let word = tokens[next]
        let name = [
            candidate(
                start..<next, in: paragraph, sentence: sentence, initial: initial, evidence: known.evidence)
        ]
        let agency = known.length == 1 && tokens[start].isAllCaps
            && knownOrganization(start..<next, in: paragraph).map { EntityLexicon.newsAgencies.contains($0) } == true
        guard agency, word.isWord, word.isCapitalized, !word.isAllCaps, isCommonWord(word),
            !EnglishLexicon.organizationHeads.contains(word.text), !EntityLexicon.placeNameHeads.contains(word.text),
            !EntityLexicon.companyHeads.contains(word.text)
        else { return nil }
        return name + pieces(of: next..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: true)
    }
}
