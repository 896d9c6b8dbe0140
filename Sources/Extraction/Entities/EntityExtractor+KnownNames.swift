/// What the lexicon and the gazetteer know about a span of tokens: the longest known name at a token,
/// its kind, a known organisation's canonical name, a US state abbreviated in a dateline, a country
/// whose possessive lost its apostrophe.
extension EntityExtractor {
    /// A name the lexicon or the gazetteer knows, starting at a token.
    struct KnownSpan {
        var length: Int
        var evidence: Evidence
        /// The gazetteer says it is a country, or it is a nationality: it may stand before another name.
        var isCountryOrNationality: Bool
    }

    /// The longest known name (up to five words) starting at `start` and ending by `limit`.
    func knownSpan(at start: Int, limit: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> KnownSpan? {
        let tokens = paragraph.tokens
        var length = min(5, limit - start)
        while length >= 1 {
            let range = start..<(start + length)
            if range.allSatisfy({
                tokens[$0].isWord || Self.isGluedNumberPart($0, from: start, in: tokens, limit: range.upperBound)
            }), let evidence = knownEvidence(range, in: paragraph) {
                let name = paragraph.text(of: range)
                let country =
                    evidence.kind == .nationality
                    || evidence.kind == .place
                        && (gazetteer.place(named: name)?.kind == .country
                            || length == 1 && possessiveCountry(tokens[start]) != nil)
                return KnownSpan(length: length, evidence: evidence, isCountryOrNationality: country)
            }
            length -= 1
        }
        return nil
    }

    /// The lexicon's or the gazetteer's word on a name, if any (looked up once per span while its paragraph is read).
    func knownEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Evidence? {
        guard let cache = knownNames, range.count <= 8 else { return lookUpKnownEvidence(range, in: paragraph) }
        cache.hold(paragraph: paragraph.position)
        let key = range.lowerBound << 4 | range.count
        if let cached = cache.evidence[key] { return cached }
        let evidence = lookUpKnownEvidence(range, in: paragraph)
        cache.evidence[key] = evidence
        return evidence
    }

    private func lookUpKnownEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Evidence?
    {
        let tokens = paragraph.tokens
        let name = paragraph.text(of: range)
        if knownOrganization(range, in: paragraph, named: name) != nil {
            return Evidence(kind: .organization, weight: Evidence.known)
        }
        if gazetteer.place(named: name) != nil || arabicArticlePlace(range, in: tokens)
            || EntityLexicon.formerCountries.contains(name)
        {
            return Evidence(kind: .place, weight: Evidence.known)
        }
        // `South African`, `North American`: a nationality in two words.
        if range.count == 2,
            gazetteer.country(forDemonym: name) != nil
                || EntityLexicon.compassWords.contains(tokens[range.lowerBound].text)
                    && gazetteer.country(forDemonym: tokens[range.lowerBound + 1].text) != nil
        {
            return Evidence(kind: .nationality, weight: Evidence.known)
        }
        guard range.count == 1 else { return nil }
        let token = tokens[range.lowerBound]
        if stateAbbreviation(range, in: paragraph) != nil { return Evidence(kind: .place, weight: Evidence.known) }
        if possessiveCountry(token) != nil { return Evidence(kind: .place, weight: Evidence.known) }
        // `Earth`, `the Moon`, `on Mars`: a planet or a moon is a place the gazetteer does not hold.
        if EntityCelestialBodies.isBody(at: range.lowerBound, in: paragraph) {
            return Evidence(kind: .place, weight: Evidence.known)
        }
        if namesAPeople(name) {
            return Evidence(kind: .nationality, weight: Evidence.known)
        }
        // `HAYWARD, Calif.`: a dateline in capitals.
        // Not an organisation's acronym the lexicon knows (`SANA`, no `Sana` in Peru). Any spelling the
        // gazetteer holds: a dateline writes a town as English news spells it (`HAMRAYA` for `Hamrayya`).
        // (Not an agency's acronym where it reports: `according to KUNA`, `KUWAIT CITY (KUNA)`.)
        if token.isAllCaps, name.count > 3, EntityLexicon.knownOrganizations[name] == nil,
            gazetteer.place(named: Self.capitalizedForm(name)) != nil
        {
            if Self.standsAsReportingAgency(at: range.lowerBound, in: tokens, gazetteer: gazetteer) {
                return Evidence(kind: .organization, weight: Evidence.known)
            }
            return Evidence(kind: .place, weight: Evidence.known)
        }
        return nil
    }

    /// `Al Raqqa`: a town the gazetteer knows in an Arabic-speaking country, written with its article as
    /// a word of its own. (Not `al-X` in one word: that is as often a family name, `al-Hariri`.)
    func arabicArticlePlace(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count == 2, EntityLexicon.arabicArticles.contains(tokens[range.lowerBound].text) else {
            return false
        }
        let rest = tokens[range.upperBound - 1]
        guard rest.isCapitalized, !rest.isAllCaps, let place = gazetteer.place(named: rest.text),
            let country = place.countryCode
        else { return false }
        return EntityLexicon.arabicSpeakingCountries.contains(country)
    }

    /// `HAYWARD, Calif.`: a US state abbreviated after a comma → its name.
    func stateAbbreviation(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        Self.stateAbbreviation(range, in: paragraph.tokens, gazetteer: gazetteer)
    }

    static func stateAbbreviation(_ range: Range<Int>, in tokens: [Token], gazetteer: Gazetteer) -> String? {
        guard range.count == 1, range.lowerBound > 0, tokens[range.lowerBound - 1].isPunctuation(",") else {
            return nil
        }
        if let state = statePostalCode(at: range.lowerBound, in: tokens, gazetteer: gazetteer) { return state }
        guard let state = EntityLexicon.stateAbbreviations[tokens[range.lowerBound].text] else { return nil }
        let dotted =
            tokens[range.lowerBound].text.hasSuffix(".")
            || range.upperBound < tokens.count && tokens[range.upperBound].isPunctuation(".")
                && !tokens[range.upperBound].spaceBefore
        return dotted ? state : nil
    }

    /// `Dayton, OH`, `Tulsa, OK 74103`: a state's postal code after a town's name and a comma → the state's
    /// name. Not inside words in capitals (`SO, IN THE END`), nor before a capitalised word (`Bay, CA Media`)
    /// or a name's particle (`S Perugini, CA del Vasto`: a player's initials in a team list). The words
    /// before the comma must be a town the gazetteer knows, not a person's name: `Jane Roe, MD` is a
    /// doctor, `Tom Vekko, MA` a graduate.
    static func statePostalCode(at k: Int, in tokens: [Token], gazetteer: Gazetteer) -> String? {
        guard k >= 2, tokens[k].isWord, tokens[k].text.utf8.count == 2, tokens[k].isAllCaps,
            let state = EntityLexicon.statePostalCodes[tokens[k].text],
            tokens[k - 1].isPunctuation(","), tokens[k - 2].isWord, tokens[k - 2].isCapitalized,
            !tokens[k - 2].isAllCaps || tokens[k - 2].text.utf8.count > 2
        else { return nil }
        if k + 1 < tokens.count, tokens[k + 1].isWord,
            tokens[k + 1].isCapitalized
                || EnglishLexicon.nameParticles.contains(tokens[k + 1].lower) && tokens[k + 1].lower != "for"
                    && tokens[k + 1].lower != "of"
        {
            return nil
        }
        return isTown(endingAt: k - 2, in: tokens, gazetteer: gazetteer) ? state : nil
    }

    /// Whether the capitalised words ending at `end` (up to three) are a place the gazetteer knows, with no
    /// given name before them (`Peter Jackson, MD` is a person, `Jackson, MS` the town).
    private static func isTown(endingAt end: Int, in tokens: [Token], gazetteer: Gazetteer) -> Bool {
        var name = ""
        var folded = ""
        var start = end
        while start >= 0, end - start < 3, tokens[start].isWord, tokens[start].isCapitalized {
            let separator = start < end && tokens[start + 1].spaceBefore ? " " : ""
            name = tokens[start].text + separator + name
            folded = capitalizedForm(tokens[start].text) + separator + folded
            if gazetteer.place(named: name) != nil || tokens[start].isAllCaps && gazetteer.place(named: folded) != nil {
                let before = start > 0 ? tokens[start - 1] : nil
                return before.map { !($0.isCapitalized && EntityGivenNames.common.contains($0.lower)) } ?? true
            }
            start -= 1
        }
        return false
    }

    /// `UNITED ARAB EMIRATES` → `United Arab Emirates`, `AL-AIN` → `Al-Ain`: a span of words all in
    /// capitals as title case writes it; nil when a word is not in capitals.
    static func foldedCapitals(_ span: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        guard !span.isEmpty, span.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }) else { return nil }
        var name = ""
        for k in span {
            if k > span.lowerBound, tokens[k].spaceBefore { name += " " }
            var upper = true
            for character in tokens[k].text {
                name += upper ? String(character).uppercased() : String(character).lowercased()
                upper = character == "-"
            }
        }
        return name
    }

    /// `HAYWARD` → `Hayward`.
    static func capitalizedForm(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// The canonical name of a known organisation written at `range`. `IS` counts only outside a run
    /// of capitals (`WHAT IS NEXT`).
    func knownOrganization(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        knownOrganization(range, in: paragraph, named: paragraph.text(of: range))
    }

    /// ``knownOrganization(_:in:)`` given the text of `range` (`name`), made once by the caller.
    private func knownOrganization(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, named name: String
    ) -> String? {
        let tokens = paragraph.tokens
        if name == "IS" {
            // Next to a word in capitals that names nothing known: a sentence in capitals.
            func shouting(_ token: Token?) -> Bool {
                guard let token, token.isAllCaps else { return false }
                return EntityLexicon.knownOrganizations[token.text] == nil && gazetteer.place(named: token.text) == nil
            }
            let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
            let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
            if shouting(before) || shouting(after) { return nil }
            return "Islamic State"
        }
        if let known = EntityLexicon.knownOrganizations[name] { return known }
        // `Kellerbys`, written without the apostrophe of the lexicon's `Kellerby's`: the same firm.
        if range.count == 1, let known = EntityLexicon.knownOrganizationsWithoutApostrophe[name] { return known }
        // `the Guardian`, `The Tote`: a paper's or a firm's name that is also a common word, after `the`.
        if range.lowerBound > 0, tokens[range.lowerBound - 1].lower == "the",
            !tokens[range.lowerBound].isAllCaps,
            let known = EntityOrganizationLexicon.bundled.afterThe[name]
        {
            return known
        }
        // `DAESH`, `AL JAZEERA`: a known name in capitals.
        if range.count <= 3, range.allSatisfy({ tokens[$0].isAllCaps }), name.count > 3 {
            let words = range.map { Self.capitalizedForm(tokens[$0].text) }
            return EntityLexicon.knownOrganizations[words.joined(separator: " ")]
        }
        return nil
    }

    /// `Syrias`, `Ankaras` (from text that lost its apostrophes) → `Syria`, `Ankara`: a country, or a
    /// city or region of a million people.
    func possessiveCountry(_ token: Token) -> String? {
        // (The last byte first: a cheap test every word ending in `s` passes.)
        guard token.isWord, token.isCapitalized, token.text.utf8.last == UInt8(ascii: "s"), token.text.count > 3,
            token.text.hasSuffix("s"),
            gazetteer.place(named: token.text) == nil
        else { return nil }
        let stem = String(token.text.dropLast())
        guard let place = gazetteer.place(named: stem) else { return nil }
        return place.kind == .country || place.population >= 1_000_000 ? stem : nil
    }
}
