/// Where a figure happened: the one place its clause names as the site, or none.
extension FigureParagraphReader {
    /// The one place the clause says the figure happened at or targeted; nil when none or several.
    func site(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        typealias Candidate = (mention: EntityExtractor.MentionReference, located: Bool, attached: Bool, distance: Int)
        let clause = self.clause(around: phrase.numeralStart, in: sentence)
        var all: [Candidate] = []
        for mention in places
        where clause.contains(mention.tokens.lowerBound) && !isReferencePoint(mention) && !isStreet(mention) {
            // Distances count from the figure's words (number to counted noun).
            let distance =
                mention.tokens.lowerBound >= nounEnd
                ? mention.tokens.lowerBound - nounEnd : max(0, phrase.tokens.lowerBound - mention.tokens.upperBound)
            if let preposition = locativeBefore(mention.tokens.lowerBound, floor: clause.lowerBound) {
                all.append(
                    (
                        mention, true, preposition.attached && mention.tokens.lowerBound >= nounEnd && distance <= 3,
                        distance
                    ))
            } else if mention.tokens.upperBound <= phrase.tokens.lowerBound, distance <= 3,
                !tokens[mention.tokens.lowerBound].isAllCaps,
                (mention.tokens.upperBound..<phrase.tokens.lowerBound).allSatisfy({ isModifierGap(tokens[$0]) })
            {
                // A modifier right before the counted thing: `Syria air strikes kill 44` (not `US air
                // strikes`: a country written as initials before its forces is the one acting).
                all.append((mention, true, true, 0))
            } else {
                // Named in the clause but not as where it happened (`left Madaya`): it still makes
                // the clause about several places.
                all.append((mention, false, false, distance))
            }
        }
        guard all.contains(where: \.located) else { return nil }
        // A country around a more specific place (`in Syria's Homs province`, `Aleppo, Syria`) yields to it.
        let specific = all.filter { !isCountry($0.mention) }
        if !specific.isEmpty && specific.count < all.count && specific.contains(where: \.located) { all = specific }
        let located = all.filter(\.located)
        let names = Set(all.map { siteName($0.mention) })
        if names.count == 1 { return siteName(located[0].mention) }
        // Several places: one directly attached (`missiles on Erbil`), or a hierarchy (`X in Y`: X).
        if let attached = located.filter(\.attached).min(by: { $0.distance < $1.distance }) {
            return siteName(attached.mention)
        }
        let sorted = all.sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
        // `Ain al-Assad base in Anbar province`, `Jassem in the southern province of Daraa`: the first.
        if sorted.count == 2, sorted[1].mention.tokens.lowerBound - sorted[0].mention.tokens.upperBound <= 7,
            let link = locativeBefore(sorted[1].mention.tokens.lowerBound, floor: sorted[0].mention.tokens.upperBound),
            link.word == "in" || link.word == "near"
                || (link.word == "of" && sorted[0].mention.tokens.upperBound < tokens.count
                    && EnglishLexicon.placeHeads.contains(tokens[sorted[0].mention.tokens.upperBound].lower))
        {
            // `al-Zahraa neighbourhood of Homs`: the first, the more precise.
            if sorted[0].located || sorted[1].located { return siteName(sorted[0].mention) }
        }
        // One place close to the figure and the others far off.
        let byDistance = all.sorted { $0.distance < $1.distance }
        if byDistance[0].located, byDistance[0].distance <= 20,
            byDistance.dropFirst().allSatisfy({
                $0.distance >= 2 * byDistance[0].distance + 6 || siteName($0.mention) == siteName(byDistance[0].mention)
            })
        {
            return siteName(byDistance[0].mention)
        }
        return nil
    }

    /// Words that may stand between a place and the number it modifies (`Syria air strikes kill 44`,
    /// `Hong Kong police arrested 800`): nouns and verbs, not prepositions, conjunctions or day names.
    func isModifierGap(_ token: Token) -> Bool {
        token.isWord && !FigureLexicon.phraseBreakers.contains(token.lower)
            && !EnglishLexicon.notNames.contains(token.text)
    }

    /// `al-Siteen Street`: too fine to be a site; the district or town it is in names the place.
    func isStreet(_ mention: EntityExtractor.MentionReference) -> Bool {
        let end = mention.tokens.upperBound
        guard end < tokens.count else { return false }
        return ["street", "road", "avenue", "square", "highway", "bridge", "roundabout", "lane", "boulevard"].contains(
            tokens[end].lower)
    }

    /// `east of Damascus`, `60 kilometres northeast of Aleppo`: a place named to locate another.
    func isReferencePoint(_ mention: EntityExtractor.MentionReference) -> Bool {
        let i = mention.tokens.lowerBound
        guard i >= 2, tokens[i - 1].lower == "of" else { return false }
        return FigureLexicon.directions.contains(tokens[i - 2].lower)
    }

    func isCountry(_ mention: EntityExtractor.MentionReference) -> Bool {
        gazetteer.place(named: entities.entities[mention.entity].name)?.kind == .country
    }

    /// The place as the article spells it (`Khan Sheikhun`), unless that is a short form (`US`).
    func siteName(_ mention: EntityExtractor.MentionReference) -> String {
        let written = paragraph.text(of: mention.tokens)
        let entity = entities.entities[mention.entity]
        if written.contains(".") || tokens[mention.tokens.lowerBound].isAllCaps || isCountry(mention) {
            return entity.name
        }
        // `Aleppos` in text that lost its apostrophes: the place is Aleppo.
        if written.hasSuffix("s"), gazetteer.place(named: written) == nil,
            gazetteer.place(named: String(written.dropLast())) != nil
        {
            return String(written.dropLast())
        }
        return written
    }

    /// Whether a locative word stands before token `i` (past `the`, adjectives and `city of`).
    func locativeBefore(_ i: Int, floor: Int) -> (word: String, attached: Bool)? {
        var j = i - 1
        var skipped = 0
        while j >= floor, skipped < 6 {
            let word = tokens[j].lower
            if word == "of", j - 1 >= floor,
                FigureLexicon.placeNouns.contains(FigureExtractor.causeSingular(tokens[j - 1].lower))
                    || EnglishLexicon.placeOfHeads.contains(tokens[j - 1].lower)
            {
                // `the city of Aleppo` names where things are, whatever verb comes before it.
                return locativeBefore(j - 1, floor: floor) ?? ("of", false)
            }
            if FigureLexicon.locatives.contains(word) && word != "of" {
                return (word, ["on", "at", "targeting", "against", "in", "near"].contains(word))
            }
            guard tokens[j].isWord,
                word == "the" || word == "'s" || word.hasSuffix("ern") || word == "northern" || word == "capital"
                    || EnglishLexicon.placeOfHeads.contains(word)
                    || (tokens[j].isCapitalized && !FigureLexicon.phraseBreakers.contains(word))
            else { return nil }
            j -= 1
            skipped += 1
        }
        return nil
    }

    /// The part of a sentence between clause breaks (`;`, `, while`, `, but`) holding token `i`.
    func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound
        var end = sentence.upperBound
        let breakers: Set<String> = ["while", "but", "whereas", "although", "though", "meanwhile"]
        for j in sentence {
            let isBreak =
                tokens[j].isPunctuation(";") || tokens[j].isPunctuation("\u{2014}")
                || (tokens[j].isPunctuation(",") && j + 1 < sentence.upperBound
                    && breakers.contains(tokens[j + 1].lower))
            guard isBreak else { continue }
            if j < i { start = j + 1 } else if j > i { end = j; break }
        }
        return start..<end
    }
}
