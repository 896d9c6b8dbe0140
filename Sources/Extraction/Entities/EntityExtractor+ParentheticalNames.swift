/// The parentheses right after a name: other names of the same thing (`Syrian Democratic Forces (SDF)`,
/// `Popular Mobilisation Forces (PMF, or Hashd al-Shaabi)`), or something else written beside it — where
/// someone comes from (`Petr Kovac (Czech Republic)`), a label the page gives it (`Norland (Group C)`,
/// `Tarvik (Pool 2)`), the team a player plays for (`Tom Reed (Harbour Rovers)`). Only the first become
/// the name's aliases: an alias two things share joins them into one entity (in the article and across
/// the archive), so a parenthesis counts as another name only when it plausibly is one.
extension EntityExtractor {
    /// `Petr Kovac (Czech Republic)`, `Harlow Mining (Canada)`: a country alone in the parentheses after
    /// a name that is no place says where someone or something comes from; it is no other name for it.
    func holdsCountryOfOrigin(
        after open: Int, name: Candidate, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        guard name.kind != .place,
            let close = tokens[(open + 1)...].prefix(5).firstIndex(where: { $0.isPunctuation(")") }), close > open + 1,
            ((open + 1)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].isPunctuation(".") })
        else { return false }
        return gazetteer.place(named: paragraph.text(of: (open + 1)..<close))?.kind == .country
    }

    /// `(PMF, or Hashd al-Shaabi)` right after `name`: the names inside, split at commas and `or`; none when
    /// one of them is no other name of it (``isOtherName(_:of:in:)``).
    func parenthesised(
        after end: Int, name: Candidate, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> [String] {
        let tokens = paragraph.tokens
        guard end < tokens.count, tokens[end].isPunctuation("("),
            let close = tokens[(end + 1)...].prefix(12).firstIndex(where: { $0.isPunctuation(")") })
        else { return [] }
        // `Tom Reed (Harbour Rovers), Ian Cole (Dunmore)`: in a list, a note on the one named.
        let listed =
            name.kind == nil || name.kind == .person
            ? Self.isListedWithNote(name.tokens, close: close, in: tokens) : false
        var names: [String] = []
        var partStart = end + 1
        for i in (end + 1)...close {
            if i == close || tokens[i].isPunctuation(",") || tokens[i].lower == "or" || tokens[i].isPunctuation(";") {
                // Not a generic word (`al-Jamiaa (University)`).
                let generic =
                    i - partStart == 1
                    && (EnglishLexicon.organizationHeads.contains(tokens[partStart].text)
                        || EntityLexicon.placeNameHeads.contains(tokens[partStart].text)
                        || EnglishLexicon.titles.contains(tokens[partStart].text))
                if partStart < i, !generic,
                    (partStart..<i).allSatisfy({
                        tokens[$0].isNamePart || EnglishLexicon.nameParticles.contains(tokens[$0].lower)
                    })
                {
                    guard !listed || isListedAcronym(partStart..<i, of: name, in: paragraph),
                        isOtherName(partStart..<i, of: name, in: paragraph)
                    else { return [] }
                    names.append(paragraph.text(of: partStart..<i))
                }
                partStart = i + 1
            }
        }
        return names
    }

    /// `Subs : Vessan , Orrick ( Tarvan ) , Kelmor`, `T Hale ( Dunmore , capt ) ; A Roe ( Kelvar )`: a name
    /// listed between commas or semicolons (or opening the list, or after its `and`), the parentheses right
    /// after it closed by the list's next comma or semicolon or by its end, and a comma or semicolon on one
    /// side at least. The parentheses hold a note on the one listed — a player's club, a county, `capt` — as a
    /// line-up or a squad writes them, no other name of it.
    static func isListedWithNote(_ name: Range<Int>, close: Int, in tokens: [Token]) -> Bool {
        func separates(_ k: Int) -> Bool { tokens[k].isPunctuation(",") || tokens[k].isPunctuation(";") }
        let before = name.lowerBound - 1
        let after = close + 1
        let opensAfterSeparator = before >= 0 && separates(before)
        let opens =
            before < 0 || opensAfterSeparator || tokens[before].isPunctuation(":") || tokens[before].isPunctuation(".")
            || tokens[before].lower == "and"
        let closesOnSeparator = after < tokens.count && separates(after)
        let closes =
            after >= tokens.count || closesOnSeparator || tokens[after].isPunctuation(".") || tokens[after].lower == "and"
        return opens && closes && (opensAfterSeparator || closesOnSeparator)
    }

    /// In a list with notes (``isListedWithNote(_:close:in:)``), the one other name the parentheses may hold: an
    /// acronym in capitals after a name not shaped like a person's (`Kelvar Defence Units (KDU), …`); after
    /// an initial or a given name (`T Hale (KVR)`), it is the player's club or country.
    func isListedAcronym(
        _ part: Range<Int>, of name: Candidate, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        guard part.count == 1, tokens[part.lowerBound].isAllCaps, (2...6).contains(tokens[part.lowerBound].text.count)
        else { return false }
        let first = tokens[name.tokens.lowerBound]
        let initial = first.text.count == 1 || first.text.count == 2 && first.text.hasSuffix(".")
        return !(initial && first.isCapitalized) && !isGivenName(first)
    }

    /// Whether the words at `part`, in parentheses after `name`, may be another name of the same thing. Not
    /// a label ending in a letter or a numeral (`Group C`, `Pool B`, `Division II`); not a country or a
    /// region the gazetteer knows apart from the name's own (`Lisbon (Portugal)`), nor a place after a
    /// country (`Norland (Vestria)`) or after a person (`Tom Reed (Harwick)`); not an organisation the
    /// lexicon knows after a place. After a person (by its shape alone too: `Harbin Composite (HCX)`), only
    /// initials or an acronym in capitals, the words the name abbreviates, a name sharing a word with
    /// theirs (`Abu Omar al-Tarni (Abu Omar al-Tarny)`), one opening as people's names open (a given name, a
    /// particle: `Abu Hamza`), or a one-word nickname — not the team or the company beside them (`Tom Reed
    /// (Harbour Rovers)`); after a name only shaped like a person's, a landmark's name (`(Grand Mosque)`).
    func isOtherName(_ part: Range<Int>, of name: Candidate, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let last = tokens[part.upperBound - 1]
        if last.text.count == 1 && last.isCapitalized || part.count >= 2 && Self.isRomanNumeral(last) { return false }
        let text = paragraph.text(of: part)
        let place = gazetteer.place(named: text)
        let namePlace = name.kind == .person ? nil : gazetteer.place(named: name.canonical ?? name.name)
        // (Two sites the gazetteer holds, `Masjid al-Haram (Grand Mosque)`, may be one written two ways.)
        if let place, place != namePlace, place.kind != .city || namePlace?.kind == .country { return false }
        // (A dateline in capitals, `MOSCOW (Kelvan News)`, is a place the gazetteer spells otherwise.)
        let inCapitals = tokens[name.tokens].allSatisfy { !$0.isWord || $0.isAllCaps }
        let isPlace = namePlace != nil || name.kind == .place && inCapitals
        // (A known agency after a dateline in capitals is its credit even when a town is spelt like it:
        // `BEIRUT (Xinhua)`.)
        if isPlace, place == nil || inCapitals, !part.allSatisfy({ tokens[$0].isAllCaps }),
            EntityLexicon.knownOrganizations[text] != nil
        {
            return false
        }
        // `BEIRUT (TNQ)`, `the Pacific (TCAP)`: an acronym after a place, or after words in capitals (a dateline
        // the entity pass cut, `KELVO CITY (TNQ)`), is another name of it only when it abbreviates its words
        // (`United Arab Emirates (UAE)`); else it is an agency's credit after a dateline, or a body whose long
        // name ends on the place.
        if isPlace || inCapitals, part.count == 1, last.isAllCaps, (2...6).contains(last.text.utf8.count),
            EntityResolver.initials(of: name.canonical ?? name.name) != last.text,
            !(EntityLexicon.knownOrganizations[last.text] != nil
                && Self.abbreviatesNameEnding(at: name.tokens, acronym: last.text, in: paragraph))
        {
            return false
        }
        guard name.kind == .person else { return true }
        if place != nil { return false }
        // `Masjid Al-Haram (Grand Mosque)`: a name read as a person's by its shape alone, then a landmark's name
        // (not a club's or a town's: `Tom Reed (Harwick Town)`), is the landmark written two ways.
        if (name.evidence?.weight ?? 0) <= Evidence.shape, part.count >= 2, last.isCapitalized,
            last.text != "State" && EntityLexicon.landmarkHeads.contains(last.text)
                || Self.shrineNouns.contains(last.lower)
        {
            return true
        }
        // `Tarvo (Total Area Rendering Volume Optics)`: the words the name abbreviates.
        if EntityResolver.initials(of: text)?.lowercased() == name.name.lowercased() { return true }
        if part.count == 1, last.isAllCaps, (2...6).contains(last.text.count) { return true }
        let nameWords = Set(name.name.wordsBetweenSpaces())
        if part.contains(where: { nameWords.contains(Substring(tokens[$0].text)) }) { return true }
        let first = tokens[part.lowerBound]
        if isGivenName(first) || EnglishLexicon.nameParticles.contains(first.lower) { return true }
        // `Paul Hewson (Bono)`: a one-word stage name or nickname, neither a word of the language nor a
        // plural (`Tom Reed (Rovers)`, `(Saracens)`).
        return part.count == 1 && !last.lower.hasSuffix("s")
            && EnglishWords.bundled.partOfSpeech(of: last.lower) == nil
    }

    /// `Islamic State of Iraq and the Levant (ISIL)`: whether the acronym abbreviates the words that end with
    /// the name at `name` (the entity pass cut the body's long name before its place). Of a body the lexicon
    /// knows, the place is a word of its name and joins it through the acronym.
    static func abbreviatesNameEnding(
        at name: Range<Int>, acronym: String, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        var start = name.lowerBound
        while start > 0, name.upperBound - start < 12, tokens[start - 1].isWord,
            tokens[start - 1].isCapitalized || EntityResolver.acronymSkips.contains(tokens[start - 1].lower)
        {
            start -= 1
            if tokens[start].isCapitalized,
                EntityResolver.initials(of: paragraph.text(of: start..<name.upperBound)) == acronym
            {
                return true
            }
        }
        return false
    }
}
