/// Where a figure happened: the one place its clause names as the site, or none.
extension FigureParagraphReader {
    /// A place named in the figure's clause: whether a locative says it is where things happened, whether
    /// it is attached to the figure's words, and how far from them it stands.
    typealias SiteCandidate = (
        mention: EntityExtractor.MentionReference, located: Bool, attached: Bool, distance: Int
    )

    /// The one place the clause says the figure happened at or targeted; nil when none or several.
    func site(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        // `Nine died in the town of Homs, and two in Tal Roa`: a bare part after a count is placed only by
        // the place right after its preposition (none there: no site, not the count's).
        if nounEnd == phrase.tokens.upperBound, !carried.isEmpty,
            opensBarePart(start: phrase.tokens.lowerBound, end: nounEnd)
        {
            return barePartPlace(start: phrase.tokens.lowerBound, end: nounEnd).map(siteName)
        }
        let clause = clauseOfItsOwnIncident(
            self.clause(around: phrase.numeralStart, in: sentence), figure: phrase.numeralStart)
        // `killed 12 and 5 in Tarn and Vesk respectively`: each count its place, in order.
        if let place = respectivePlace(numeralStart: phrase.numeralStart, clause: clause) { return place }
        // `near Marlow, the town where an attack killed 20`: the place the clause holding the figure describes.
        if let described = placeDescribedByWhereClause(holding: phrase.tokens.lowerBound, clause: clause) {
            return described
        }
        var all = siteCandidates(for: phrase, nounEnd: nounEnd, clause: clause)
        // `Jets fired 10 missiles, nine near Kobani and one at Raqqa`: the parts' places are theirs alone.
        let laterPart = all.filter { isPlaceOfLaterPart($0.mention, after: nounEnd) }
            .map(\.mention.tokens.lowerBound).min()
        all.removeAll { isPlaceOfLaterPart($0.mention, after: nounEnd) }
        // `Five were killed in Arlow and one in Benning, both in Tarn province`: past a later part, with a
        // place of its own before it, the count names no other (what follows is the part's, or the area of both).
        if let laterPart, all.contains(where: { $0.located && $0.mention.tokens.lowerBound < laterPart }) {
            all.removeAll { $0.mention.tokens.lowerBound > laterPart }
        }
        // `the Homs district of Waer`, `the eastern Ghouta town of Douma`: the area yields to the place itself.
        let areas = all.filter { area in all.contains { namesPlaceAfterOf(area.mention, $0.mention) } }
        all.removeAll { candidate in areas.contains { $0.mention.tokens == candidate.mention.tokens } }
        // `drowned crossing the Arlow river in Tarn province`: the river crossed yields to the place it is in.
        if all.contains(where: { isCrossed($0.mention) }),
            all.contains(where: { $0.located && !isCrossed($0.mention) && !isCountry($0.mention) })
        {
            all.removeAll { isCrossed($0.mention) }
        }
        // `A correspondent in east Aleppo reported that 15 people died in the Ferdous neighbourhood`: where
        // the reporter is yields to a place named after it (alone, it is often where things happened).
        let reporters = all.filter { reporter in
            isReportersPlace(reporter.mention, figureStart: phrase.tokens.lowerBound)
                && all.contains {
                    $0.located && $0.mention.tokens.lowerBound > reporter.mention.tokens.upperBound
                        && siteName($0.mention) != siteName(reporter.mention)
                }
        }
        all.removeAll { candidate in reporters.contains { $0.mention.tokens == candidate.mention.tokens } }
        // `from the suburbs of eastern Ghouta near Damascus`: the area named before `near`, which the entity
        // pass made no place of, not the place it is near.
        if let near = all.first(where: \.located),
            all.allSatisfy({ !$0.located || siteName($0.mention) == siteName(near.mention) || isCountry($0.mention) }),
            let area = areaNamedBeforeNear(near.mention, floor: clause.lowerBound)
        {
            return area
        }
        guard all.contains(where: \.located) else {
            if all.isEmpty {
                return onlyReferencePoint(in: clause) ?? struckStreet(in: clause)
                    ?? conflictOwner(outside: clause, in: sentence) ?? countryOfNationalConflict(in: clause)
            }
            // (`killed 18 fighters south of the city of Tabqa, Syria`: the country around the point, named
            // as no site, leaves it the nearest the text comes to one.)
            return all.allSatisfy({ isCountry($0.mention) }) ? onlyReferencePoint(in: clause) : nil
        }
        let named = all.filter(\.located).map(\.mention)
        // (`on A city and B village in Hama province in north Syria`: the area before the country around it.)
        let beforeCountries = Array(named.reversed().drop(while: isCountry).reversed())
        // (`fell near Tarn Square and al-Vessa in Karmun`: a street, no candidate of its own, is still one of
        // the places listed before their area.)
        let listed = all.map(\.mention) + places(startingIn: clause).filter { isStreet($0) && !isActorsPlace($0) }
        if let area = areaAroundSeveralPlaces(named, among: listed)
            ?? (beforeCountries.count < named.count
                ? areaAroundSeveralPlaces(beforeCountries, among: listed) : nil)
        {
            return area
        }
        if let country = countryAroundSeveralPlaces(all) { return country }
        // `rockets at the Tarn military airport and Vessa international airport`: over both, at neither alone
        // (their area, when named after them, was taken above).
        if let nearest = all.filter(\.located).min(by: { $0.distance < $1.distance }),
            namesOneOfTwoPlaces(nearest.mention, clause: clause)
        {
            return nil
        }
        // `In Washington, the Pentagon confirmed eight strikes in Aleppo province`: where the report was made.
        if let reported = placeOfTheReport(all, clause: clause) {
            all.removeAll { $0.mention.tokens == reported.tokens }
        }
        // A country around a more specific place (`in Syria's Homs province`, `Aleppo, Syria`) yields to it.
        let specific = all.filter { !isCountry($0.mention) }
        if !specific.isEmpty && specific.count < all.count && specific.contains(where: \.located) { all = specific }
        let located = all.filter(\.located)
        let names = Set(all.map { siteName($0.mention) })
        if names.count == 1 { return siteUnlessSideBySide(located[0].mention, named: named, clause: clause) }
        // Several places: one directly attached (`missiles on Erbil`), or a hierarchy (`X in Y`: X).
        // (Not one of a pair: `killed 15 people in Aleppo and Hama` is in neither alone.)
        if let attached = located.filter(\.attached).min(by: { $0.distance < $1.distance }),
            !all.contains(where: {
                joinsWithin(attached.mention, $0.mention) || opensAList(attached.mention, then: $0.mention, among: all)
            })
        {
            return siteName(attached.mention)
        }
        // `In Damascus three women were wounded in a mortar attack that hit al-Shaghour`: the place struck,
        // after the place the sentence opened in, and before none but its own area (`hit the town of
        // Saraqib in rural Idlib`; not `hit Aleppo in Syria, and Mosul in Iraq`).
        let struck = located.filter { isStruck($0.mention) }
        if Set(struck.map { siteName($0.mention) }).count == 1, let target = struck.last?.mention,
            all.allSatisfy({
                $0.mention.tokens.lowerBound <= target.tokens.lowerBound || isArea($0.mention, of: target)
            })
        {
            return siteUnlessSideBySide(target, named: named, clause: clause)
        }
        let sorted = all.sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
        // `Ain al-Assad base in Anbar province`, `Jassem in the southern province of Daraa`, `the Bab Touma
        // area of Old Damascus`: the first.
        if sorted.count == 2, namesAreaAround(sorted[0].mention, then: sorted[1].mention) {
            // `al-Zahraa neighbourhood of Homs`, `the Ain Tarma area outside Damascus`: the first, the more
            // precise.
            if sorted[0].located || sorted[1].located { return siteName(sorted[0].mention) }
        }
        // `in the al-Tarn al-Kabir area in Vessa city`: an area's name split in two, then the town around it.
        if let area = splitAreaInPlace(sorted) { return area }
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

    /// The places of the clause that may be the figure's site, with how each is named.
    func siteCandidates(for phrase: NumberPhrase, nounEnd: Int, clause: Range<Int>) -> [SiteCandidate] {
        var all: [SiteCandidate] = []
        let inClause = places(startingIn: clause)
        // (`three others, among them a nurse, died in Dornholm`: the aside stands between the count and its verb.)
        let aside = lengthOfAsideOnTheCounted(after: nounEnd, clause: clause)
        for mention in inClause
        where !isReferencePoint(mention) && !isStreet(mention) && !locatesUnnamedSettlement(mention)
            && !isActorsPlace(mention) && !isSourcesBase(mention) && !isPossessorOfNextPlace(mention)
            && !isInAsideAboutTheSource(mention)
            && !isPlaceOfOrigin(mention) && !isPlaceOfTreatment(mention) && !isDestination(mention)
            && !isLaunchPlace(mention)
            && !namesNoSite(mention) && !(isMeetingVenue(mention) && !tellsOfWhatHappenedAtAMeeting(clause))
            // (`killed in Norway air strikes on Kelvar`: the country that strikes, as `US air strikes` is.)
            && !isAttackersCountry(mention, clause: clause, among: inClause)
            && !isReferencePointPastNationality(mention)
            && !isPageTag(mention, clause: clause, figureStart: phrase.tokens.lowerBound)
        {
            // Distances count from the figure's words (number to counted noun).
            let distance =
                mention.tokens.lowerBound >= nounEnd + aside
                ? mention.tokens.lowerBound - nounEnd - aside
                : max(0, phrase.tokens.lowerBound - mention.tokens.upperBound)
            if modifiesAnAgreement(mention) || ownsASuperlative(mention) || isOpponent(mention)
                || isEndOfAPairAfterBetween(mention) || isHalfOfAHyphenedPair(mention)
            {
                // `in the Iran trade talks`: named, but as what the talks are about; `in Europe's biggest
                // economy`: named, but as the owner of the country meant; `a win over Italy`: the side beaten;
                // `at the crossing between Tarn and Vesk`, `at the Tarn-Vesk border`: one end of a border.
                all.append((mention, false, false, distance))
            } else if isOwnerOfConflict(mention) || isLocalForce(mention)
                || opensHeadlineAsPlace(mention, clause: clause) || labelsTheSentence(mention, clause: clause)
                || opensHeadlineBeforeItsToll(mention, clause: clause, figureStart: phrase.tokens.lowerBound) || isBesiegedSubject(mention, clause: clause)
                || isPlaceLeftWhenHarmed(mention) || isCountingPlaceSubject(mention, clause: clause, nounEnd: nounEnd)
            {
                // `Syria's conflict has killed 230000 people`: the war is in the place that owns it.
                all.append((mention, true, false, distance))
            } else if isCrossed(mention) {
                // `killed 14 civilians as they were crossing the Euphrates`: the river crossed is where.
                all.append((mention, true, false, distance))
            } else if let preposition = locativeBefore(mention.tokens.lowerBound, floor: clause.lowerBound) {
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
            } else if !isNounModifier(mention) {
                // Named in the clause but not as where it happened (`left Madaya`): it still makes
                // the clause about several places (but not `US air strikes`, `Aleppo residents`).
                all.append((mention, false, false, distance))
            }
        }
        return all
    }

    /// `as they were crossing the Euphrates river`, `while crossing the Orontes`, `tried to cross the river`: a
    /// place (a river, a border) that people were crossing when it happened (not `watching for fighters
    /// crossing the river`, who may be others).
    func isCrossed(_ mention: EntityExtractor.MentionReference) -> Bool {
        var i = mention.tokens.lowerBound - 1
        if i >= 0, tokens[i].lowerIs("the") { i -= 1 }
        return i >= 1 && Self.crossingVerbs.contains(lowerOf: tokens[i])
            && tokens[i - 1].lowerIs(oneOf: ["were", "was", "while", "when", "to"])
    }

    static let crossingVerbs: WordSet = ["crossing", "crossed", "cross", "crosses"]

    /// Words that may stand between a place and the number it modifies (`Syria air strikes kill 44`,
    /// `Hong Kong police arrested 800`): nouns and verbs, not prepositions, conjunctions or day names.
    func isModifierGap(_ token: Token) -> Bool {
        token.isWord && !FigureLexicon.phraseBreakers.contains(lowerOf: token)
            && !EnglishLexicon.notNames.contains(token.text)
    }

    /// `al-Siteen Street`, `Salem Mosque`: too fine to be a site; the district or town it is in names the place. The
    /// head is the word after the name, or the name's own last word (`Tiananmen Square` is one name).
    func isStreet(_ mention: EntityExtractor.MentionReference) -> Bool {
        let end = mention.tokens.upperBound
        if mention.tokens.count >= 2, Self.streetHeads.contains(tokens[end - 1].lower) { return true }
        guard end < tokens.count else { return false }
        return Self.streetHeads.contains(tokens[end].lower)
    }

    static let streetHeads: Set<String> = [
        "street", "road", "avenue", "square", "highway", "bridge", "roundabout", "lane", "boulevard", "mosque",
    ]

    /// The words before a place that say what kind of place it is, in ``isReferencePoint(_:)``.
    static let wordsOfAPlacesKind: WordSet = [
        "the", "capital", "city", "town", "of", "second", "third", "largest", "biggest",
    ]

    /// `east of Damascus`, `60 kilometres northeast of Aleppo`, `north of the capital Damascus`: a place
    /// named to locate another.
    func isReferencePoint(_ mention: EntityExtractor.MentionReference) -> Bool {
        var i = mention.tokens.lowerBound
        // `the capital`, `the city of`: step back over the words that say what kind of place it is.
        while i >= 1, i > mention.tokens.lowerBound - 4,
            Self.wordsOfAPlacesKind.contains(lowerOf: tokens[i - 1]),
            !(tokens[i - 1].lowerIs("of") && i >= 2 && FigureLexicon.directions.contains(lowerOf: tokens[i - 2]))
        {
            i -= 1
        }
        guard i >= 2, tokens[i - 1].lowerIs("of") else { return false }
        // (`the outskirts of the town of X` is X's own edge, not a point to measure from.)
        if i < mention.tokens.lowerBound, tokens[i - 2].lowerIs("outskirts") { return false }
        // (`in the south of Marlow` is a part of Marlow.)
        if isCompassPart(of: i - 1, floor: 0) { return false }
        return FigureLexicon.directions.contains(lowerOf: tokens[i - 2])
    }

    /// The words between an actor's place and what comes before it, in ``isActorsPlace(_:)``.
    static let actorsPlaceLinks: WordSet = ["the", "in", "at", "on", "near", "inside", "to", "of", "and", ","]

    /// `terrorists based in Eastern Ghouta fired …`, `groups positioned in the villages of Arlow and
    /// Benning fired …`: where those who act are, not where the figure happened.
    func isActorsPlace(_ mention: EntityExtractor.MentionReference) -> Bool {
        let i = mention.tokens.lowerBound
        var j = i - 1
        while j > 0, i - j < 10 {
            let word = tokens[j].lower
            let isLink = Self.actorsPlaceLinks.contains(word)
            let isPlaceHead =
                EnglishLexicon.placeOfHeads.contains(word)
                || word.hasSuffix("s") && EnglishLexicon.placeOfHeads.contains(String(word.dropLast()))
            // (Another place named in the same list: `Arlow and Benning`.)
            let isOtherPlace = placeTokens.contains(j)
            guard isLink || isPlaceHead || isOtherPlace else { break }
            j -= 1
        }
        return j >= 0 && j < i - 1 && FigureLexicon.baseParticiples.contains(lowerOf: tokens[j])
    }

    /// `… that hit al-Shaghour neighbourhood`, `an attack with mortar rounds on al-Wafideen Camp`,
    /// `fired shells at Hama`: the place is what a strike hit.
    func isStruck(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j > 0, mention.tokens.lowerBound - j < 5,
            tokens[j].lowerIs("the") || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[j])
                || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j]) || tokens[j].lowerIs("of")
        {
            j -= 1
        }
        guard j >= 0 else { return false }
        if FigureLexicon.strikeVerbs.contains(lowerOf: tokens[j]) { return true }
        // (`the shelling of Marlow`)
        if FigureLexicon.bombardmentNouns.contains(lowerOf: tokens[j]), tokens[j + 1].lowerIs("of") {
            return !isCauseOfTheCount(bombardment: j)
        }
        guard tokens[j].lowerIs(oneOf: ["on", "at"]) else { return false }
        return (max(0, j - 8)..<j).contains { FigureLexicon.attackNouns.contains(lowerOf: tokens[$0]) }
    }

    /// `in retaliation for the bombing of Marlow`, `responded to the shelling of Marlow`, `protests over the
    /// bombing of Marlow`: the bombardment is what the counted event answers, not where it happened. Token
    /// `i` is the bombardment noun; up to four words before it, within its phrase.
    func isCauseOfTheCount(bombardment i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 4, tokens[j].isWord {
            let word = tokens[j].lower
            if FigureLexicon.causeLinks.contains(word) || word.hasPrefix("condemn") || word.hasPrefix("protest") {
                return true
            }
            j -= 1
        }
        return false
    }

    /// `Saraqib in rural Idlib`, `the Avanl village of the Jabal al-Turkmen`: a place named just after
    /// another as the area it is in.
    func isArea(_ mention: EntityExtractor.MentionReference, of place: EntityExtractor.MentionReference) -> Bool {
        guard mention.tokens.lowerBound > place.tokens.upperBound,
            mention.tokens.lowerBound - place.tokens.upperBound <= 8,
            let link = locativeBefore(mention.tokens.lowerBound, floor: place.tokens.upperBound)
        else { return false }
        return link.word == "in" || link.word == "of"
    }

    /// `Idlib province's Saraqeb`, `Aleppos Marjeh district` (text that lost its apostrophes): the place
    /// that owns the next one names where it is, not the site.
    func isPossessorOfNextPlace(_ mention: EntityExtractor.MentionReference) -> Bool {
        placeOwned(by: mention) != nil
    }

    /// The place ``isPossessorOfNextPlace(_:)`` finds `mention` owns (`Syria's Hama province` → Hama), else nil.
    func placeOwned(by mention: EntityExtractor.MentionReference) -> EntityExtractor.MentionReference? {
        var next = mention.tokens.upperBound
        let written = paragraph.text(of: mention.tokens)
        var possessive = written.hasSuffix("s") && siteName(mention) == String(written.dropLast())
        // `Idlib provinces Saraqib` (`province's`, the apostrophe lost).
        if next < tokens.count, isPlaceHeadWithoutApostrophe(next) {
            possessive = true
            next += 1
        } else if next < tokens.count, EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[next]) {
            next += 1
        }
        if next < tokens.count, ["'s", "\u{2019}s"].contains(tokens[next].lower) {
            possessive = true
            next += 1
        }
        return possessive ? places.first(where: { $0.tokens.lowerBound == next }) : nil
    }

    /// `provinces` in `Idlib provinces Saraqib`: a place noun with the `'s` of its owner run into it
    /// (text that lost its apostrophes), right after a capitalised name and right before another.
    func isPlaceHeadWithoutApostrophe(_ i: Int) -> Bool {
        let word = tokens[i].lower
        guard i > 0, i + 1 < tokens.count, word.hasSuffix("s"), tokens[i - 1].isCapitalized,
            tokens[i + 1].isCapitalized
        else { return false }
        return EnglishLexicon.placeOfHeads.contains(String(word.dropLast()))
    }

    /// `US air strikes`, `Aleppo residents`: a place written right before a common noun modifies it.
    func isNounModifier(_ mention: EntityExtractor.MentionReference) -> Bool {
        let end = mention.tokens.upperBound
        guard end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, !tokens[end].lowerIs("'s") else {
            return false
        }
        let word = tokens[end].lower
        // (`the Shaghour neighbourhood`: a place noun names the place itself.)
        return !FigureLexicon.phraseBreakers.contains(word) && !word.hasSuffix("ed")
            && !EnglishLexicon.placeHeads.contains(word) && !FigureLexicon.areaNouns.contains(word)
            && FigureVocabulary.eventWords[word] == nil && !EnglishLexicon.speechVerbs.contains(word)
    }

    /// `in Mouhessen town and Jadid Ekeidat village in Deir Ezzor`, `bombed the towns of A, B and C in
    /// rural Aleppo`: places joined by `and`, then the one they are all in, which is the figure's site.
    func areaAroundSeveralPlaces(
        _ located: [EntityExtractor.MentionReference], among all: [EntityExtractor.MentionReference]
    )
        -> String?
    {
        guard let area = located.last else { return nil }
        // The `in` that opens where they all are (`in the countryside of the province of …`).
        var link = area.tokens.lowerBound - 1
        while link > 0, area.tokens.lowerBound - link < 9, !tokens[link].lowerIs("in") { link -= 1 }
        guard link > 0, tokens[link].lowerIs("in"), let chain = locativeBefore(area.tokens.lowerBound, floor: link),
            chain.word == "in" || chain.word == "of"
        else { return nil }
        // The list before it: names, `and`, commas and place nouns.
        var listStart = link
        while listStart > 0, link - listStart < 16, isListWord(tokens[listStart - 1]) { listStart -= 1 }
        let list = listStart..<link
        let inner = all.filter { list.contains($0.tokens.lowerBound) }
        // `Aleppo in Syria, and Mosul in Iraq`: the list opens with the area of a place before it.
        if listStart >= 2, tokens[listStart - 1].lowerIs("in"),
            all.contains(where: { $0.tokens.upperBound == listStart - 1 })
        {
            return nil
        }
        guard list.contains(where: { tokens[$0].lowerIs("and") }),
            inner.isEmpty || !inner.allSatisfy({ siteName($0) == siteName(area) })
        else { return nil }
        // Two places or more in the list: named ones, or ones a place noun marks (`Jadid Ekeidat village`).
        let named = Set(inner.map(siteName)).count
        let marked = list.filter { FigureLexicon.placeNouns.contains(FigureExtractor.causeSingular(tokens[$0].lower)) }
        // `the villages of A and B in …`: a plural place noun says the list names several.
        let plural =
            listStart >= 2 && tokens[listStart - 1].lowerIs("of")
            && FigureLexicon.placeNouns.contains(FigureExtractor.causeSingular(tokens[listStart - 2].lower))
            && tokens[listStart - 2].lower.hasSuffix("s")
        return plural || named >= 1 && max(named, marked.count) >= 2 ? siteName(area) : nil
    }

    /// The site `place` names, unless it stands side by side with another place that is no candidate (a
    /// noun's modifier, a street): `shells hit the Arlow and Benning neighbourhoods and Tarn Square, killing
    /// 7` is in none of them alone; with the city they lie in named after them (`… and Tarn Square in
    /// Karmun`), that city.
    func siteUnlessSideBySide(
        _ place: EntityExtractor.MentionReference, named: [EntityExtractor.MentionReference], clause: Range<Int>
    ) -> String? {
        guard isJoinedToAnotherPlace(place, in: clause) else { return siteName(place) }
        let side = places(startingIn: clause).filter { !isActorsPlace($0) && !isPlaceOfOrigin($0) }
        return areaAroundSeveralPlaces(named, among: side)
    }

    /// `Arlow and Benning`, `Benning district and Tarn`: `place` is joined by `and`/`or` to another place of
    /// the clause, before or after it.
    func isJoinedToAnotherPlace(_ place: EntityExtractor.MentionReference, in clause: Range<Int>) -> Bool {
        places(startingIn: clause).contains { joinsWithin(place, $0) || joinsWithin($0, place) }
    }

    /// Words of a list of places: names, `and`, commas, place nouns (not `… in X, a second in Y`).
    func isListWord(_ token: Token) -> Bool {
        !token.isWord || token.isCapitalized || token.isNamePart || token.lowerIs(oneOf: ["and", "or", "the"])
            || FigureLexicon.placeNouns.contains(FigureExtractor.causeSingular(token.lower))
    }

    func isCountry(_ mention: EntityExtractor.MentionReference) -> Bool {
        gazetteer.place(named: entities.entities[mention.entity].name)?.kind == .country
    }

    /// The place as the article spells it (`Khan Sheikhun`), unless that is a short form (`US`).
    func siteName(_ mention: EntityExtractor.MentionReference) -> String {
        let written = paragraph.text(of: mention.tokens)
        let entity = entities.entities[mention.entity]
        if written.contains(ascii: ".") || tokens[mention.tokens.lowerBound].isAllCaps || isCountry(mention) {
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
                    || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j - 1])
                    || FigureLexicon.areaNouns.contains(lowerOf: tokens[j - 1])
                    || Self.strongholdNouns.contains(lowerOf: tokens[j - 1])
            {
                // `the city of Aleppo` names where things are, whatever verb comes before it (and so does
                // `the rebel stronghold of Tarn`).
                return locativeBefore(j - 1, floor: floor) ?? ("of", false)
            }
            // `in the south of Marlow`: a part of the place, where things happened.
            if word == "of", isCompassPart(of: j, floor: floor) { return locativeBefore(j - 2, floor: floor) }
            // `the aerial bombing of Marlow`: the place bombarded; `the siege of Marlow`: the place besieged
            // (not `protests over the siege of Marlow`).
            if word == "of", j - 1 >= floor,
                FigureLexicon.bombardmentNouns.contains(lowerOf: tokens[j - 1])
                    || Self.siegeNouns.contains(lowerOf: tokens[j - 1])
            {
                return isCauseOfTheCount(bombardment: j - 1) ? nil : (word, false)
            }
            // `hit the National Hospital of Marlow`, `the central market of Marlow`: the building is in the place.
            if word == "of", j - 1 >= floor, Self.buildingNouns.contains(lowerOf: tokens[j - 1]),
                !tokens[j - 1].lowerIs("university")
            {
                return locativeBefore(j - 1, floor: floor) ?? ("of", false)
            }
            if word == "of", j - 1 >= floor, tokens[j - 1].lowerIs(oneOf: ["outside", "inside"]) {
                return (tokens[j - 1].lower, false)
            }
            // `the battle for Zabadani`, `fighting for control of Manbij`: what is fought over is where.
            if word == "for" && j - 1 >= floor && FigureLexicon.battleNouns.contains(lowerOf: tokens[j - 1])
                || word == "of" && j - 1 >= floor && tokens[j - 1].lowerIs("control")
            {
                return (word, false)
            }
            if FigureLexicon.locatives.contains(word) && word != "of" {
                return (word, ["on", "at", "targeting", "against", "in", "near"].contains(word))
            }
            // `Daesh Attacks Syrian Marlow With Rockets`, `a twin bombing targets Syrias Marlow`: a verb of striking
            // in the present, as headlines write it (`Attack` only in a title's capitals), before its object.
            if Self.presentStrikeVerbs.contains(word) || word == "attack" && tokens[j].isCapitalized {
                return (word, false)
            }
            // `in rebel-held Aleppo`, `in neighbouring Iraq`, `in Syrias central Hama city`, `of east Aleppo`
            // (a bare compass point right before the place: the part of the city, not a point to measure from):
            // adjectives;
            // `in their Marib stronghold`: a possessive right after the preposition (not `part of its Old City`).
            let possessiveAfterPreposition =
                ["their", "its", "his", "her", "our"].contains(word) && j - 1 >= floor
                && tokens[j - 1].lowerIs(oneOf: ["in", "at", "on", "near", "inside"])
            guard tokens[j].isWord,
                word == "the" || word == "'s" || possessiveAfterPreposition
                    || word.hasSuffix("ern") || word == "northern" || word == "capital"
                    || (j == i - 1 && FigureLexicon.compassPoints.contains(word))
                    || (j == i - 1 && j > floor && isPlaceHeadWithoutApostrophe(j))
                    || (j == i - 2 && describesPlaceHead(at: j))
                    || (j == i - 1 && isCountOfPlacesNamedBy(j))
                    || isRankOfTheCountrysPlace(j, floor: floor)
                    || EnglishLexicon.placeOfHeads.contains(word)
                    || (tokens[j].isCapitalized && !FigureLexicon.phraseBreakers.contains(word))
                    || FigureLexicon.placeAdjectives.contains(word)
                    || (word.contains(ascii: "-") && !tokens[j].isCapitalized
                        && FigureVocabulary.eventWords[word] == nil)
            else { return nil }
            j -= 1
            skipped += 1
        }
        return nil
    }

    /// `the rebel stronghold of Tarn`, `the government bastion of Vessa`: nouns of a place held by a side.
    static let strongholdNouns: WordSet = ["stronghold", "bastion", "enclave", "heartland"]

    /// `in the battleground city Marlow`, `the frontline town Tarn`: a lowercase word at `j` describing the noun
    /// of places right after it (`city`, `town`), which the place's name follows with no `of`
    /// (``isDescribingWord(_:)``), and no rank.
    func describesPlaceHead(at j: Int) -> Bool {
        guard j + 1 < tokens.count, EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j + 1]),
            isDescribingWord(tokens[j])
        else { return false }
        let word = tokens[j].lower
        // (Not a rank: `second city Aleppo`, `largest town` name a place by its rank in another, which
        // ``isRankOfTheCountrysPlace(_:floor:)`` reads when the text says whose.)
        return !Self.ordinalWords.contains(word) && !word.hasSuffix("est")
    }

    /// `in the south of Marlow`, `across the north of Tarn`: `of` at `of` after `the` and a point of the
    /// compass after a preposition of where, naming a part of the place after it (not `south of Marlow` nor
    /// `to the south of Marlow`, a point to measure from).
    func isCompassPart(of: Int, floor: Int) -> Bool {
        compassPartOpening(of: of, floor: floor, prepositions: ["in", "across", "throughout"]) != nil
    }

    /// `in the south of`, `on the north of`: the index of the preposition (one of `prepositions`) that opens a
    /// part of a place named by a point of the compass, `the` and the point before `of` at `of`; nil when the
    /// words before `of` are not so (``isCompassPart(of:floor:)``, ``partOfPlaceLink(before:floor:)``).
    func compassPartOpening(of: Int, floor: Int, prepositions: [String]) -> Int? {
        guard of - 3 >= floor, tokens[of].lowerIs("of"),
            FigureLexicon.compassDirections.contains(lowerOf: tokens[of - 1]), tokens[of - 2].lowerIs("the"),
            tokens[of - 3].lowerIs(oneOf: prepositions)
        else { return nil }
        return of - 3
    }

    /// `in three Tarnis villages`, `in two Arlow hospitals`: token `j` counts places or buildings that the place
    /// right after it modifies (not `one in five US citizens`, a ratio, nor `three England appearances`).
    func isCountOfPlacesNamedBy(_ j: Int) -> Bool {
        guard isNumeral(tokens[j]), !(j >= 2 && tokens[j - 1].lowerIs("in") && isNumeral(tokens[j - 2])),
            let end = endOfPlaceModifyingNoun(at: j + 1, limit: tokens.count)
        else { return false }
        let noun = FigureExtractor.causeSingular(tokens[end].lower)
        return FigureLexicon.placeNouns.contains(noun) || Self.buildingNouns.contains(noun)
    }

    /// Verbs of striking in the present, whose object is the place struck: `IS attacks Marlow`.
    static let presentStrikeVerbs: WordSet = [
        "attacks", "targets", "hits", "strikes", "shells", "bombs", "pounds", "raids", "storms", "rocks",
    ]

    /// `Syria's second city Marlow`, `the largest city Marlow`: a rank among a country's towns, after `the` or the
    /// country that owns it (not `control of second city Marlow`, which says what is fought over).
    func isRankOfTheCountrysPlace(_ j: Int, floor: Int) -> Bool {
        guard j > floor, Self.placeRanks.contains(lowerOf: tokens[j]) else { return false }
        let before = tokens[j - 1]
        return before.lowerIs("the") || ["'s", "\u{2019}s"].contains(before.lower) || before.isCapitalized
    }

    /// Words that rank a town among its country's: `second city`, `largest city`.
    static let placeRanks: WordSet = ["second", "third", "largest", "biggest"]

    /// The part of a sentence between clause breaks (`;`, `, while`, `, but`) holding token `i`, read at most
    /// ``lookAroundTokens`` either side of it (a clause of a run-on line ends there).
    func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        let window = lookAround(i..<(i + 1), in: sentence)
        var start = window.lowerBound
        var end = window.upperBound
        var asideEnd: Int?
        for j in window {
            if let end = asideEnd, j <= end { continue }
            // `Two hostages — an American and an Australian — who had been held in Afghanistan`: an aside
            // between two dashes; the clause goes on after it.
            // (Read once: comparing a mark outside ASCII takes the general way.)
            let isDash = tokens[j].isPunctuation("\u{2014}")
            if isDash,
                let close = ((j + 1)..<window.upperBound).first(where: { tokens[$0].isPunctuation("\u{2014}") })
            {
                if j < i && i < close { return (j + 1)..<close }
                asideEnd = close
                continue
            }
            let isBreak =
                tokens[j].isPunctuation(";") || isDash
                || (tokens[j].isPunctuation(",") && j + 1 < sentence.upperBound
                    && Self.clauseBreakers.contains(lowerOf: tokens[j + 1]))
                || opensDatelineCredit(j, in: sentence)
            guard isBreak else { continue }
            if j < i { start = j + 1 } else if j > i { end = j; break }
        }
        return start..<end
    }

    /// `… Kill 100 Fighters in Tarn Province WASHINGTON (Sputnik) The coalition has killed 20 …`: the bracket of
    /// an agency's credit after a dateline in capitals inside a sentence (a headline run into the body), which
    /// the body's own clause follows.
    func opensDatelineCredit(_ j: Int, in sentence: Range<Int>) -> Bool {
        tokens[j].isPunctuation("(") && j > sentence.lowerBound && tokens[j - 1].isAllCaps
            && FigurePlaces.isOutletCredit(at: j, in: paragraph, mentions: [], entities: entities)
    }

    /// The words after a comma that break a clause in ``clause(around:in:)``.
    static let clauseBreakers: WordSet = ["while", "but", "whereas", "although", "though", "meanwhile"]

    /// `Syria's`, `Syrias` (the apostrophe lost): the token after a place written as an owner; nil when it is
    /// not one.
    func tokenAfterPossessive(_ mention: EntityExtractor.MentionReference) -> Int? {
        let next = mention.tokens.upperBound
        if next < tokens.count, ["'s", "\u{2019}s"].contains(tokens[next].lower) { return next + 1 }
        let written = paragraph.text(of: mention.tokens)
        return written.hasSuffix("s") && siteName(mention) == String(written.dropLast()) ? next : nil
    }

    /// `Syria's conflict has killed …`, `Syrias civil war`, `Yemen's six-year war`: a place owning (with
    /// or without its apostrophe) a war that the clause is about.
    func isOwnerOfConflict(_ mention: EntityExtractor.MentionReference) -> Bool {
        // (Not `the Observatory, which monitors Syria's conflict, said …`: the object of another verb.)
        let start = mention.tokens.lowerBound
        if start > 0, tokens[start - 1].isWord, !FigureLexicon.beforeConflictOwner.contains(lowerOf: tokens[start - 1])
        {
            return false
        }
        guard var next = tokenAfterPossessive(mention) else { return false }
        var skipped = 0
        while next < tokens.count, skipped <= 2, tokens[next].isWord, !tokens[next].isCapitalized {
            if FigureLexicon.conflictNouns.contains(lowerOf: tokens[next]) { return true }
            if FigureLexicon.phraseBreakers.contains(lowerOf: tokens[next]) { return false }
            next += 1
            skipped += 1
        }
        return false
    }

    /// `west of the second city Aleppo`, `in the attack south of Tel Brak`, with no other place in the
    /// clause: the one place it is measured from is the nearest the text comes to a site. Places named as
    /// no site beside it (where the evacuees came from or were going, where a source or an actor is based,
    /// a country around it) leave it so.
    func onlyReferencePoint(in clause: Range<Int>) -> String? {
        let inClause = places(startingIn: clause).filter {
            !isPlaceOfOrigin($0) && !isDestination($0) && !isActorsPlace($0) && !isSourcesBase($0)
                && !isInAsideAboutTheSource($0)
        }
        let points = inClause.filter { isReferencePoint($0) || isReferencePointPastNationality($0) }
        // (`the Vessa and Tarn areas to the northwest of Kelvar`: the clause names the areas, not Kelvar.)
        // (`hit the village 40 km east of Kelvar`: the place hit is the unnamed village, not Kelvar.)
        guard !points.isEmpty, !points.contains(where: locatesNamedAreas),
            !points.contains(where: locatesUnnamedSettlement), inClause.allSatisfy({
                isReferencePoint($0) || isReferencePointPastNationality($0) || isCountry($0)
            }) else { return nil }
        let names = Set(points.map(siteName))
        return names.count == 1 ? names.first : nil
    }

    /// `elsewhere in Syria, one in Aleppo province, a second in Damascus province`: several places,
    /// each in the one country the clause also names, make a figure of that country.
    func countryAroundSeveralPlaces(_ all: [SiteCandidate]) -> String? {
        let countries = all.filter { isCountry($0.mention) }
        guard Set(countries.map { siteName($0.mention) }).count == 1, let country = countries.first,
            country.located,
            let code = gazetteer.place(named: entities.entities[country.mention.entity].name)?.countryCode
        else { return nil }
        let specific = all.filter { !isCountry($0.mention) }
        // Places the gazetteer does not know may stand among them; none it knows may lie elsewhere.
        let codes = specific.compactMap {
            gazetteer.place(named: entities.entities[$0.mention.entity].name)?.countryCode
        }
        guard Set(specific.map { siteName($0.mention) }).count >= 2, specific.allSatisfy(\.located), !codes.isEmpty,
            codes.allSatisfy({ $0 == code })
        else { return nil }
        // A list (`nine near Kobani and one at Deir Ezzor`), not one place inside another (`Idlib province
        // near the Atmeh crossing`, `Atareb in Aleppo province`).
        guard let last = specific.map(\.mention.tokens.lowerBound).max(),
            specific.contains(where: { joinsTheNext($0.mention.tokens.upperBound, before: last) })
        else { return nil }
        return siteName(country.mention)
    }

    /// Whether `next` follows `place` joined by `and`/`or`/`&` (`Aleppo and Hama`, `Douma province and Harasta`,
    /// `Hama & Homs`).
    func joinsWithin(_ place: EntityExtractor.MentionReference, _ next: EntityExtractor.MentionReference) -> Bool {
        // (Not `nine near Kobani and one at Deir Ezzor`: each count has its own place.)
        guard next.tokens.lowerBound > place.tokens.upperBound else { return false }
        let gap = place.tokens.upperBound..<next.tokens.lowerBound
        return gap.count <= 3 && siteName(next) != siteName(place) && !opensTheNextClause(next)
            && gap.contains { tokens[$0].lowerIs(oneOf: ["and", "or"]) || tokens[$0].isPunctuation("&") }
            && gap.allSatisfy {
                tokens[$0].lowerIs(oneOf: ["and", "or", "the"]) || tokens[$0].isPunctuation(",")
                    || tokens[$0].isPunctuation("&") || EnglishLexicon.placeHeads.contains(lowerOf: tokens[$0])
            }
    }

    /// `killed in Gaza and Israel said …`, `in Marlow and Dunbridge residents fled`: the place after `and` is
    /// the next clause's subject (a verb of saying follows it) or names a group of its people (`residents`,
    /// `officials`), not a second place of a list. (Any other verb may be the whole list's or its noun's:
    /// `the games against Italy and Scotland are …`.)
    func opensTheNextClause(_ place: EntityExtractor.MentionReference) -> Bool {
        let after = place.tokens.upperBound
        guard after < tokens.count, tokens[after].isWord, !tokens[after].isCapitalized else { return false }
        return Self.wordsOpeningTheNextClause.contains(lowerOf: tokens[after])
    }

    /// Verbs of saying and groups of a place's people that make the place before them a clause's subject.
    static let wordsOpeningTheNextClause: WordSet = [
        "said", "says", "say", "announced", "claimed", "denied", "reported", "accused", "responded", "retaliated",
        "warned", "vowed", "insisted", "confirmed", "condemned", "blamed", "rejected",
        "residents", "officials", "authorities", "forces", "troops", "police", "sources", "media", "activists",
        "locals", "villagers", "rebels", "militants", "fighters", "army", "government",
    ]

    /// `in Hama, Homs and Idlib`: `place` opens a list of three or more places, `next` after a lone comma and
    /// joined to a third by `and`/`or`.
    func opensAList(
        _ place: EntityExtractor.MentionReference, then next: EntityExtractor.MentionReference,
        among candidates: [SiteCandidate]
    ) -> Bool {
        guard next.tokens.lowerBound == place.tokens.upperBound + 1,
            tokens[place.tokens.upperBound].isPunctuation(","), siteName(next) != siteName(place)
        else { return false }
        return candidates.contains {
            joinsWithin(next, $0.mention) || opensAList(next, then: $0.mention, among: candidates)
        }
    }

    /// `Hong Kong police arrested 800 students`, `clashes with Bolivia's police`: police act in their own
    /// place (an army or an air force may not).
    func isLocalForce(_ mention: EntityExtractor.MentionReference) -> Bool {
        var end = mention.tokens.upperBound
        if end < tokens.count, ["'s", "\u{2019}s"].contains(tokens[end].lower) { end += 1 }
        return end < tokens.count && tokens[end].lowerIs(oneOf: ["police", "policemen", "authorities"])
    }

    /// Whether `and` or `or` follows a place ending at `end` (past a comma or its place noun) and comes
    /// before `limit`: `Kobani and …`, `Damascus province and …`.
    func joinsTheNext(_ end: Int, before limit: Int) -> Bool {
        var k = end
        if k < limit, !tokens[k].isWord || EnglishLexicon.placeHeads.contains(lowerOf: tokens[k]) { k += 1 }
        return k < limit && tokens[k].lowerIs(oneOf: ["and", "or"])
    }

    /// `Hama Province Syrian Troops Kill 30 Terrorists`: a headline that opens with a place and its place
    /// noun names what it is about, as a dateline does.
    func opensHeadlineAsPlace(_ mention: EntityExtractor.MentionReference, clause: Range<Int>) -> Bool {
        guard paragraph.kind == .headline, mention.tokens.lowerBound == clause.lowerBound else { return false }
        let last = tokens[mention.tokens.upperBound - 1].lower
        let next = mention.tokens.upperBound < clause.upperBound ? tokens[mention.tokens.upperBound].lower : ""
        let heads: Set<String> = ["province", "governorate", "city", "district", "region"]
        return heads.contains(last) || heads.contains(next)
    }

    /// `In Washington, the Pentagon confirmed …`: a place opening the sentence right before who reports,
    /// when the clause names another place that it happened at.
    func placeOfTheReport(_ all: [SiteCandidate], clause: Range<Int>) -> EntityExtractor.MentionReference? {
        guard clause.count > 3, tokens[clause.lowerBound].lowerIs("in"),
            let opening = all.first(where: { $0.mention.tokens.lowerBound == clause.lowerBound + 1 }),
            all.contains(where: { $0.located && siteName($0.mention) != siteName(opening.mention) })
        else { return nil }
        var k = opening.mention.tokens.upperBound
        if k < clause.upperBound, tokens[k].isPunctuation(",") { k += 1 }
        if k < clause.upperBound, tokens[k].lowerIs("the") { k += 1 }
        guard k < clause.upperBound, tokens[k].isCapitalized else { return nil }
        let window = k..<min(k + 5, clause.upperBound)
        return window.contains { SourceTracker.reportingVerbs.contains(lowerOf: tokens[$0]) } ? opening.mention : nil
    }

    /// `Prices of homes in the UK rose 0.5%`: a rate or a sum is where the one place named before it
    /// with `in` is, when the clause names no other. A rate is also where `in` right after it puts it:
    /// `Labour won 45% in Hartlepool`.
    func siteOfRate(for phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        let clause = self.clause(around: phrase.numeralStart, in: sentence)
        if let place = respectivePlace(numeralStart: phrase.numeralStart, clause: clause) { return place }
        let named = places(startingIn: clause).filter { !namesNoSite($0) }
        // (`Officials in Lima said the Iran trade talks stalled over a 10% tariff`: the rate is the talks'.)
        guard !named.contains(where: { modifiesAnAgreement($0) || ownsASuperlative($0) }),
            Set(named.map(siteName)).count == 1, let place = named.first,
            locativeBefore(place.tokens.lowerBound, floor: clause.lowerBound)?.word == "in"
        else { return nil }
        if place.tokens.upperBound <= phrase.tokens.lowerBound {
            return phrase.tokens.lowerBound - place.tokens.upperBound <= 8 ? siteName(place) : nil
        }
        // (Only `in` and `the` between: `45% in the Hartlepool seat` is not `45% of voters in Hartlepool`.)
        guard phrase.isPercent, place.tokens.lowerBound > phrase.tokens.upperBound,
            tokens[phrase.tokens.upperBound].lowerIs("in"),
            ((phrase.tokens.upperBound + 1)..<place.tokens.lowerBound).allSatisfy({ tokens[$0].lowerIs("the") })
        else { return nil }
        return siteName(place)
    }

    /// `… 10 missiles, nine near Kobani and one at Raqqa`, `killed six in Tadef and two in Bza'a`: a place
    /// after the figure's words that a later count of the list is placed at: a bare number (its noun
    /// carried over, no verb of its own) after a comma, `and`, or a place that lost its comma (`in Syria
    /// nine near Kobani`), then the locative.
    func isPlaceOfLaterPart(_ mention: EntityExtractor.MentionReference, after nounEnd: Int) -> Bool {
        guard mention.tokens.lowerBound > nounEnd,
            let link = locativeIndex(before: mention.tokens.lowerBound, floor: nounEnd)
        else { return false }
        let k = link - 1
        guard k > nounEnd, tokens[k].isNumber || NumberWords.wordValue(tokens[k].lower) != nil else { return false }
        return tokens[k - 1].isPunctuation(",") || tokens[k - 1].lowerIs(oneOf: ["and", "or", "plus"])
            || places.contains { $0.tokens.upperBound == k }
    }

    /// How many times a town's people a city written before `suburb of` it must hold to be the city around
    /// it (`the Dornholm suburb of Vesk`), not a district of it written first (`the Vesk district of Dornholm`).
    static let cityAroundItsPartRatio = 4

    /// `the Homs district of Waer` (a part named by a city the gazetteer knows, then a name it does not),
    /// `the Dornholm suburb of Vesk` (two towns it knows, the first far the larger), `the eastern Ghouta town
    /// of Douma` (a town the gazetteer knows as one): the place after `of` is the place itself, the one
    /// before it its area.
    func namesPlaceAfterOf(_ first: EntityExtractor.MentionReference, _ second: EntityExtractor.MentionReference)
        -> Bool
    {
        var noun = first.tokens.upperBound
        if !EnglishLexicon.placeHeads.contains(lowerOf: tokens[noun - 1]) || first.tokens.count == 1 {
            guard noun < tokens.count else { return false }
        } else {
            noun -= 1  // the place noun written inside the name: `Homs district`
        }
        guard noun + 1 < tokens.count, tokens[noun + 1].lowerIs("of"), second.tokens.lowerBound == noun + 2,
            tokens[noun].isWord
        else { return false }
        let area = gazetteer.place(named: entities.entities[first.entity].name)
        let place = gazetteer.place(named: entities.entities[second.entity].name)
        switch tokens[noun].lower {
        case "town", "city", "village":
            return place?.kind == .city && area?.kind != .city && area?.kind != .country
        case "district", "neighbourhood", "neighborhood", "area", "quarter", "suburb":
            guard let area, area.kind != .country else { return false }
            guard let place else { return true }
            // (`the Jobar district of Dornholm`, the smaller first, names the district: not this shape.)
            return area.kind == .city && place.kind == .city
                && area.population > Self.cityAroundItsPartRatio * max(place.population, 1)
        default:
            return false
        }
    }
}
