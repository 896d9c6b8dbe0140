/// Where a casualty or strike figure happened when its own sentence names no place but the paragraph
/// did before it: `Jets bombed Douma on Tuesday. The strikes killed 15 people.`
extension FigureParagraphReader {
    /// Gives the paragraph's one earlier site to the sentence's incident figures (casualties and strikes,
    /// no totals) that have none, when the sentence names no place of its own (`turnsElsewhere` is
    /// ``turnsElsewhere(_:)`` of the sentence, read once by the caller).
    func takeParagraphSite(
        _ figures: inout [Figure], sentence: Range<Int>, earlierPlaces: ArraySlice<EntityExtractor.MentionReference>,
        turnsElsewhere: Bool
    ) {
        // (What needs no reading of the sentence first: most sentences have no figure to give a site to.)
        guard paragraph.kind != .headline, !earlierPlaces.isEmpty, !turnsElsewhere,
            figures.contains(where: isUnsitedIncident)
        else { return }
        // (`Gunmen based in Binnish fired at the town`: the town named before, when it is the paragraph's site.)
        let pointsBack = pointsBackPastActorsPlaces(sentence)
        guard namesNoPlaceOfItsOwn(sentence) || pointsBack, let site = paragraphSite(of: earlierPlaces),
            !pointsBack || earlierPlaceStandingFor(sentence) == site,
            !pointsToATownPast(site, earlierPlaces: earlierPlaces, sentence: sentence),
            !pointsToAnAreaPast(site, sentence: sentence)
        else { return }
        // (`Rockets hit the National Hospital of Marlow. … The strikes killed 21`: Marlow.)
        let place = townOfNamedBuilding(site) ?? site
        for index in figures.indices where isUnsitedIncident(figures[index]) { figures[index].site = place }
    }

    /// `Jets bombed Arlow in the northern province of Tarn. 40 people died in the attacks on the town.`: the
    /// sentence points back to a town (`the town`, `the city`), and the paragraph named its one site only as
    /// a province or a district (`the province of Tarn`, `Tarn province`), which the town lies in but is not
    /// (the entity pass missed the town's own name).
    func pointsToATownPast(
        _ site: String, earlierPlaces: ArraySlice<EntityExtractor.MentionReference>, sentence: Range<Int>
    ) -> Bool {
        guard townPointedBack(in: sentence) != nil else { return false }
        return earlierPlaces.allSatisfy { siteName($0) != site || townNoun(of: $0) == nil }
    }

    /// `Jets bombed the town of Arlow. 40 people died in the province.`: the sentence points back to a province,
    /// a region or a district (`the province`), and the paragraph's one site is not the one named before as
    /// such (``EarlierSentencePlace/area``).
    func pointsToAnAreaPast(_ site: String, sentence: Range<Int>) -> Bool {
        guard let noun = areaPointedBack(in: sentence), townPointedBack(in: sentence) == nil else { return false }
        return earlierAreaStandingFor(noun, place: site) != site
    }

    /// A count of people hurt, held or evacuated, or of strikes, on one occasion, with no site yet. (Not
    /// the displaced or refugees: people driven out come from a wider area than the place struck before.)
    func isUnsitedIncident(_ figure: Figure) -> Bool {
        guard figure.kind == .count, figure.site == nil, !figure.isRunningTotal, let event = figure.event,
            let unit = figure.unit, !FigureLexicon.placeNouns.contains(unit), event != "displaced",
            !["refugee", "migrant", "displaced"].contains(unit)
        else { return false }
        return FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
    }

    /// `Elsewhere, 4 people were killed`, `In other violence, …`: the sentence moves away from the place
    /// named before.
    func turnsElsewhere(_ sentence: Range<Int>) -> Bool {
        Self.turnsElsewhere(sentence, tokens: tokens)
    }

    /// ``turnsElsewhere(_:)`` for a sentence of `tokens` (the date pass asks it too).
    static func turnsElsewhere(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { FigureLexicon.elsewhereWords.contains(lowerOf: tokens[$0]) }
            || (sentence.count > 2 && tokens[sentence.lowerBound].lowerIs("in")
                && tokens[sentence.lowerBound + 1].lowerIs("other"))
    }

    /// The one place the earlier sentences say things happened at; nil when any place they name is not
    /// named as where something happened (a base, a reference point, where someone spoke), or when they
    /// name several (a country yields to a place inside it).
    func paragraphSite(of earlier: ArraySlice<EntityExtractor.MentionReference>) -> String? {
        // (Many places before name more than one site; stopping here also keeps the pass linear.)
        guard earlier.count <= 12 else { return nil }
        var specific = Set<String>()
        var countries = Set<String>()
        // The places named by a sentence that tells of an incident.
        var told = Set<String>()
        for mention in earlier where !isStreet(mention) && !isPossessorOfNextPlace(mention) {
            guard let sentence = paragraph.sentence(holding: mention.tokens.lowerBound) else { return nil }
            // (`Syria's state news agency said …`: the country of those who report names no site.)
            if isCountryOfAnOwner(mention, in: sentence) { continue }
            // (`an attack near Atme on the border with Tarn`: the border's neighbour, beside the place.)
            if isBorderPartner(mention) || isDestination(mention) || namesNoSite(mention) { continue }
            // (`trying to cross the Arlow river to escape fighting in Tarn province`: the place it is in names
            // the site; the river alone names none for the sentences after.)
            if isCrossed(mention) { continue }
            // (`Norway air strikes hit Kelvar`: the country that strikes names no site.)
            if isAttackersCountry(mention, clause: sentence, among: earlier) { continue }
            let part = partOfPlaceLink(before: mention, floor: sentence.lowerBound)
            guard part != nil || !isReferencePoint(mention), !isActorsPlace(mention), !isPlaceOfOrigin(mention),
                !isAreaOfUnnamedPlace(mention), !isPlaceOfTreatment(mention),
                let link = part ?? locativeIndex(before: mention.tokens.lowerBound, floor: sentence.lowerBound),
                !isSpeakersPlace(link: link, sentence: sentence)
            else { return nil }
            if isCountry(mention) { countries.insert(siteName(mention)) } else { specific.insert(siteName(mention)) }
            if tellsOfAnIncident(sentence) { told.insert(siteName(mention)) }
        }
        // (`Talks were held in Geneva on Tuesday.`: a town no sentence telling of an incident names is no site;
        // a country may be what the whole text is about.)
        if specific.count == 1 { return told.isSuperset(of: specific) ? specific.first : nil }
        return specific.isEmpty && countries.count == 1 ? countries.first : nil
    }

    /// `in the north of Marlow`, `in the east of the city of Marlow`: a part of the place, inside it (not a
    /// point outside it to measure from, as `north of Marlow` and `to the north of Marlow` are, nor `the
    /// outskirts of Marlow`, which may be a suburb of another name); the index of `in` or `on`.
    func partOfPlaceLink(before mention: EntityExtractor.MentionReference, floor: Int) -> Int? {
        var j = mention.tokens.lowerBound - 1
        // (`the city of Marlow`)
        if j - 2 >= floor, tokens[j].lowerIs("of"), EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j - 1]),
            tokens[j - 2].lowerIs("the")
        {
            j -= 3
        }
        return compassPartOpening(of: j, floor: floor, prepositions: ["in", "on"])
    }

    /// Index of the locative word before token `i` (as ``locativeBefore(_:floor:)`` finds it).
    func locativeIndex(before i: Int, floor: Int) -> Int? {
        guard let word = locativeBefore(i, floor: floor)?.word else { return nil }
        var j = i - 1
        while j >= floor, tokens[j].lower != word { j -= 1 }
        return j >= floor ? j : nil
    }

    /// `the minister said in Geneva`, `told reporters in Beirut`, `In Washington, the Pentagon said`: where
    /// someone spoke, not where anything happened.
    func isSpeakersPlace(link: Int, sentence: Range<Int>) -> Bool {
        if link > sentence.lowerBound {
            let before = tokens[link - 1].lower
            if EnglishLexicon.speechVerbs.contains(before) || FigureLexicon.speakingWords.contains(before) {
                return true
            }
        }
        // A sentence opening `In X,` then a reporting verb among its next words.
        guard link == sentence.lowerBound, tokens[link].lowerIs("in") else { return false }
        let window = (link + 1)..<min(link + 9, sentence.upperBound)
        return window.contains { SourceTracker.reportingVerbs.contains(lowerOf: tokens[$0]) }
    }
}
