/// Text that lost every apostrophe (`Theresa Mays government`, `Bashar Assads forces`, `Al Qaedas
/// fighters`): a person's or an organisation's name with a possessive `s` before a lowercase word is the
/// name without it.
extension EntityExtractor {
    /// Whether no paragraph holds an apostrophe, straight or curly: then `Mays government` is `May's`.
    static func lostApostrophes(_ article: AnalyzedArticle) -> Bool {
        for paragraph in article.paragraphs {
            if paragraph.text.contains(ascii: "'") { return false }
            if paragraph.text.unicodeScalars.contains("\u{2019}") { return false }
        }
        return true
    }

    /// A person's name of two words or more, ending in a possessive `s` and followed by a lowercase word,
    /// named without the `s` (and kept as written among its aliases). Surnames that end in `s` of their
    /// own stay: `-ss`, `-us`, `-is`, `-es` (`Harris`, `Jones`) and given names with an `s` (`Williams`).
    func foldingLostPossessive(_ candidate: Candidate, in article: AnalyzedArticle) -> Candidate {
        guard candidate.kind == .person, candidate.tokens.count >= 2, !candidate.name.contains(ascii: "'") else {
            return candidate
        }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let last = tokens[candidate.tokens.upperBound - 1]
        let end = candidate.tokens.upperBound
        // `Mays government`, `Assads forces`, not `Engels paid`: a noun or an adjective follows a possessive.
        guard last.text.count > 3, last.lower.hasSuffix("s"), possessionFollows(at: end, in: tokens) else {
            return candidate
        }
        for ending in ["ss", "us", "is", "es"] where last.lower.hasSuffix(ending) { return candidate }
        guard !EntityGivenNames.common.contains(String(last.lower.dropLast())) else { return candidate }
        // `Al Qaedas Syrian arm`: a known organisation's possessive, folded as the organisation's below.
        guard EntityLexicon.knownOrganizations[String(candidate.name.dropLast())] == nil else { return candidate }
        var folded = candidate
        folded.aliases.append(candidate.name)
        folded.name = String(candidate.name.dropLast())
        return folded
    }

    /// An organisation's name with a lost possessive `s` before a noun or an adjective (`Al Qaedas
    /// fighters`, `ISISs leaders`, `SDFs advance`), named without the `s` when the name without it is a
    /// known organisation or an acronym the article names elsewhere (`names`); a plural of an acronym
    /// never named alone (`NGOs`) stays. A known organisation's possessive folds though its shape read as a
    /// person's (`Al Qaedas` at a sentence's start).
    func foldingLostOrganizationPossessive(
        _ candidate: Candidate, names: Set<String>, in article: AnalyzedArticle
    ) -> Candidate {
        // The last byte first: most names end otherwise.
        guard candidate.name.utf8.last == UInt8(ascii: "s"), candidate.name.utf8.count > 3,
            candidate.kind != .place, !candidate.name.contains(ascii: "'"),
            candidate.kind != .person || EntityLexicon.knownOrganizations[String(candidate.name.dropLast())] != nil
        else { return candidate }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let last = tokens[candidate.tokens.upperBound - 1]
        let end = candidate.tokens.upperBound
        guard possessionFollows(at: end, in: tokens) else { return candidate }
        let stem = String(candidate.name.dropLast())
        let lastStem = last.text.dropLast()
        let acronym = lastStem.utf8.count >= 2 && lastStem.allSatisfy { $0.isUppercase }
        if let known = EntityLexicon.knownOrganizations[stem] {
            var folded = candidate
            folded.aliases.append(candidate.name)
            folded.name = stem
            folded.canonical = known
            folded.evidence = Evidence(kind: .organization, weight: Evidence.known)
            return folded
        }
        guard acronym, names.contains(stem) else { return candidate }
        var folded = candidate
        folded.aliases.append(candidate.name)
        folded.name = stem
        if folded.evidence == nil || folded.evidence!.weight < Evidence.cue {
            folded.evidence = Evidence(kind: .organization, weight: Evidence.cue)
        }
        return folded
    }

    /// A one-word name with a lost possessive `s` before a noun or an adjective (`the Korvans regime`,
    /// `al Nasras northern wing`), named without the `s` when the article also names it so elsewhere
    /// (`names`): `Davis`, `Paris` or `Hastings` keep their `s` unless `Davi`, `Pari`, `Hasting` is named too.
    func foldingLostPossessiveOfNamedStem(
        _ candidate: Candidate, names: Set<String>, in article: AnalyzedArticle
    ) -> Candidate {
        guard candidate.tokens.count == 1, candidate.name.utf8.last == UInt8(ascii: "s"),
            candidate.name.utf8.count > 4, !candidate.titleOnly, !candidate.genericHead,
            !candidate.name.contains(ascii: "'"), (candidate.evidence?.weight ?? 0) < Evidence.known
        else { return candidate }
        let stem = String(candidate.name.dropLast())
        guard names.contains(stem) else { return candidate }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        guard possessionFollows(at: candidate.tokens.upperBound, in: tokens) else { return candidate }
        var folded = candidate
        folded.aliases.append(candidate.name)
        folded.name = stem
        return folded
    }

    /// Whether what follows a name ending before `end` is what a possessive stands before: a lowercase noun or
    /// an adjective (`Marrows government`), or a people's adjective before one (`Marrows Alawite sect`,
    /// `al-Qaedas Syrian affiliate`: ``withoutTrailingPeopleAdjective(_:in:sentence:initial:)`` cut the adjective off).
    func possessionFollows(at end: Int, in tokens: [Token]) -> Bool {
        Self.lowercaseNounOrAdjective(at: end, in: tokens)
            || end < tokens.count && isPeopleAdjective(tokens[end])
                && Self.lowercaseNounOrAdjective(at: end + 1, in: tokens)
    }

    /// `loyal to Assads regime`, `Husseins forces`: in text that lost its apostrophes, a one-word name ending in a
    /// possessive `s` before what a leader has (`regime`, `forces`, `government`) is the leader's surname, named
    /// without the `s` though the article names the leader nowhere else. Not a place or an organisation the
    /// lexicon or the gazetteer knows as written (`Damascus government`), a given name's plural (`Williams`),
    /// a surname's own `s` (`Harris`, `Jones`), a word that names nobody (`Thursdays`), nor the last word of a
    /// longer name the article writes (`surnames`: `Bashar al-Assads forces … Assads regime` joins that name).
    ///
    /// Before what anyone may have (`family`, `son`, `supporters`: ``leadersPossessions``) only with evidence
    /// that the name is a leader's: the article writes it before a leader's followers too (`leaders`: `Morvaks
    /// regime … Morvaks forces`); else `The Hopkins family said` would name `Hopkin`.
    func foldingLostPossessiveOfLeader(
        _ candidate: Candidate, surnames: Set<String>, leaders: Set<String>, in article: AnalyzedArticle
    ) -> Candidate {
        guard candidate.tokens.count == 1, candidate.name.utf8.last == UInt8(ascii: "s"),
            candidate.name.utf8.count > 4, !candidate.titleOnly, !candidate.genericHead,
            candidate.kind == nil || candidate.kind == .person && (candidate.evidence?.weight ?? 0) < Evidence.known,
            !candidate.name.contains(ascii: "'"), !candidate.name.contains(ascii: "-")
        else { return candidate }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let end = candidate.tokens.upperBound
        guard end < tokens.count, tokens[end].isWord,
            EntityLexicon.leaderFollowers.contains(tokens[end].text)
                || Self.leadersPossessions.contains(tokens[end].text) && leaders.contains(candidate.name),
            tokens[candidate.tokens.lowerBound].isCapitalized, !tokens[candidate.tokens.lowerBound].isAllCaps
        else { return candidate }
        let lower = candidate.name.lowercased()
        for ending in ["ss", "us", "is", "es", "ys"] where lower.hasSuffix(ending) { return candidate }
        let stem = String(candidate.name.dropLast())
        guard !surnames.contains(stem), !surnames.contains(candidate.name),
            !EntityGivenNames.common.contains(stem.lowercased()), !EnglishLexicon.notNames.contains(stem),
            gazetteer.place(named: candidate.name) == nil, gazetteer.place(named: stem) == nil,
            EntityLexicon.knownOrganizations[candidate.name] == nil, EntityLexicon.knownOrganizations[stem] == nil
        else { return candidate }
        var folded = candidate
        folded.aliases.append(candidate.name)
        folded.name = stem
        folded.evidence = Evidence(kind: .person, weight: Evidence.cue)
        return folded
    }

    /// The one-word names ending in `s` the article writes before a leader's followers (`Morvaks regime`):
    /// leaders' possessives, for ``foldingLostPossessiveOfLeader(_:surnames:leaders:in:)``.
    static func leadersBeforeFollowers(_ candidates: [Candidate], in article: AnalyzedArticle) -> Set<String> {
        var leaders = Set<String>()
        for candidate in candidates where candidate.tokens.count == 1 && candidate.name.utf8.last == UInt8(ascii: "s") {
            let tokens = article.paragraphs[candidate.paragraph].tokens
            let end = candidate.tokens.upperBound
            if end < tokens.count, EntityLexicon.leaderFollowers.contains(tokens[end].text) {
                leaders.insert(candidate.name)
            }
        }
        return leaders
    }

    /// What a leader has, after the leader's possessive (`Husseins forces`), besides the followers a leader's
    /// name alone goes before (``EntityLexicon/leaderFollowers``: `regime`, `administration`): words a place's or
    /// an organisation's possessive takes as well, so only after a possessive of no known place or organisation.
    static let leadersPossessions: WordSet = [
        "government", "forces", "troops", "army", "rule", "ouster", "opponents", "supporters", "father", "son",
        "family", "allies", "presidency", "cabinet",
    ]

    /// `al Qaedas Syrian offshoot`, `Fatahs Lebanese wing`, `the Islamic States Syrian stronghold`, `Hezbollahs
    /// Beirut office`: a known organisation of up to three words with a lost possessive `s`, run into the
    /// nationality or the place after it, is the organisation and the nationality's or the place's own name
    /// (not `States Syrian`, a person by its shape). Nil for any other run.
    func splitLostPossessiveBeforeNationality(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        for length in 1...3 where length < range.count {
            let owner = tokens[range.lowerBound + length - 1]
            let next = range.lowerBound + length
            guard owner.isWord, owner.isCapitalized, !owner.isAllCaps, owner.text.utf8.count > 3 else { return nil }
            guard owner.text.utf8.last == UInt8(ascii: "s"), !owner.text.contains(ascii: "'") else { continue }
            let ownerSpan = range.lowerBound..<next
            let written = paragraph.text(of: ownerSpan)
            let stem = String(written.dropLast())
            // `al Qaedas`: a lowercase Arabic article before the run is part of the known name.
            let article = range.lowerBound > 0 ? tokens[range.lowerBound - 1].text : ""
            let withArticle = ["al", "Al", "el"].contains(article) ? article + " " + stem : stem
            guard EntityLexicon.knownOrganizations[written] == nil,
                let known = EntityLexicon.knownOrganizations[withArticle] ?? EntityLexicon.knownOrganizations[stem]
            else { continue }
            let nationality = gazetteer.country(forDemonym: tokens[next].text) != nil
            let place = knownSpan(at: next, limit: range.upperBound, in: paragraph).map { $0.evidence.kind == .place }
            guard nationality || place == true else { return nil }
            var organization = candidate(
                ownerSpan, in: paragraph, sentence: sentence, initial: initial,
                evidence: Evidence(kind: .organization, weight: Evidence.known))
            organization.aliases.append(written)
            organization.name = withArticle
            organization.canonical = known
            let rest = pieces(of: next..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: false)
            return [organization] + rest
        }
        return nil
    }
}
