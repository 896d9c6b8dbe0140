/// Places a sentence names that tell where no incident happened, for the rules that give a figure the place
/// named before it (``takeParagraphSite(_:sentence:earlierPlaces:)``, ``takeEarlierSentenceSite(_:sentence:)``).
extension FigureParagraphReader {
    /// Whether the sentence names no place of its own as where something happened: it names none, or only a
    /// country that owns whoever reports or acts (`Syria's state news agency said 12 people were killed in
    /// the blast`), places people were going to or where a source is based (`the Observatory based in
    /// Britain said`), or the street or square the incident happened on (`A bomb went off on Harlan Street,
    /// killing 9`: ``isStreetOfTheIncident(_:in:)``), so a place named before may still stand for the incident.
    func namesNoPlaceOfItsOwn(_ sentence: Range<Int>) -> Bool {
        // (`killed 22 rebels as they were entering Tarn`: where they were going is no place of its own.)
        places.allSatisfy {
            isCountryOfAnOwner($0, in: sentence) || isDestination($0) || isSourcesBase($0)
                || isStreetOfTheIncident($0, in: sentence) || namesNoSite($0)
        }
    }

    /// `Syria's state news agency`, `Russias defence ministry` (the apostrophe lost), `Iraq's military`: a
    /// country named as the owner of those who report or act, with no word before it that says where.
    func isCountryOfAnOwner(_ mention: EntityExtractor.MentionReference, in sentence: Range<Int>) -> Bool {
        guard isCountry(mention), locativeBefore(mention.tokens.lowerBound, floor: sentence.lowerBound) == nil else {
            return false
        }
        guard let next = tokenAfterPossessive(mention) else { return false }
        // Up to three words to the owned noun (`state news agency`), none of them a place or a name.
        var k = next
        while k < min(next + 4, sentence.upperBound), tokens[k].isWord, !tokens[k].isCapitalized {
            let word = tokens[k].lower
            if FigureLexicon.descriptionKind(word) != nil || Self.ownedActorNouns.contains(word) { return true }
            k += 1
        }
        return false
    }

    /// Nouns of those who report or act, besides organisations' descriptions: `Syria's state media`.
    static let ownedActorNouns: WordSet = [
        "media", "television", "tv", "military", "forces", "troops", "officials", "authorities", "envoy",
    ]

    /// `Gunmen attacked Sarvo in Tarn province`, `the town of Sarvo in Tarn`: a place after `in` that follows
    /// a name no mention covers (a town the entity pass missed), itself named as where something happened
    /// (after a verb of striking or a word that says where), is the area around the place that was hit,
    /// not the place itself; it stands for no incident in a later sentence. (Not `the Grand Mosque in
    /// Damascus` or a title's `Police in Syria`: a building's or a common noun's capitals.)
    func isAreaOfUnnamedPlace(_ mention: EntityExtractor.MentionReference) -> Bool {
        guard let sentence = paragraph.sentence(holding: mention.tokens.lowerBound) else { return false }
        var j = mention.tokens.lowerBound - 1
        // Back over what says which kind of area: `in the northern province of Tarn`, `in rural Tarn`.
        while j > sentence.lowerBound, mention.tokens.lowerBound - j <= 4,
            tokens[j].lowerIs(oneOf: ["the", "of"]) || FigureLexicon.directions.contains(lowerOf: tokens[j])
                || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[j])
                || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j])
        {
            j -= 1
        }
        guard j > sentence.lowerBound, tokens[j].lowerIs("in") else { return false }
        // The unnamed place: one or two names (`Sarvo`, `Tel Sarvo`, `al-Sarvo`).
        var k = j - 1
        while k > sentence.lowerBound, j - k <= 2, tokens[k].isWord,
            tokens[k].isCapitalized || tokens[k].lower.hasPrefix("al-"),
            !EnglishLexicon.notNames.contains(tokens[k].text)
        {
            k -= 1
        }
        guard k < j - 1, k > sentence.lowerBound else { return false }
        // (Not a title's capitals: `35 Dead Dozens Wounded in Terrorist Battle in Aleppo`.)
        guard !tokens[k].isCapitalized, !(k - 1 > sentence.lowerBound && tokens[k - 1].isCapitalized) else {
            return false
        }
        let link = tokens[k].lower
        let placesIt =
            FigureLexicon.strikeVerbs.contains(link) || Self.placeLinks.contains(link)
            || link == "of" && k > sentence.lowerBound && EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[k - 1])
        guard placesIt else { return false }
        return !entities.mentions(in: sentence, paragraph: paragraph.position).contains {
            $0.tokens.overlaps((k + 1)..<j)
        }
    }
}

/// Places named as something other than where a figure happened: an aid society's country, a side beaten,
/// the place of everybody.
extension FigureParagraphReader {
    /// `the Tarnian Red Crescent`, `a Vesk Red Cross clinic`, `the Arlow Relief Foundation`: a place that opens
    /// an aid society's name is the society's country or home, never where anything happened.
    func opensAnAidSocietysName(_ mention: EntityExtractor.MentionReference) -> Bool {
        var k = mention.tokens.upperBound
        while k < tokens.count, k - mention.tokens.upperBound < 3, tokens[k].isWord, tokens[k].isCapitalized {
            let word = tokens[k].lower
            if Self.aidSocietyHeads.contains(word) { return true }
            // (`Red Crescent`, `Red Cross`: not `Kings Cross`.)
            if word == "crescent" || word == "cross", tokens[k - 1].lowerIs("red") { return true }
            k += 1
        }
        return false
    }

    /// Last words of aid societies' names (besides `Red Crescent` and `Red Cross`).
    static let aidSocietyHeads: WordSet = ["society", "foundation", "charity", "relief"]

    /// `three wins over Tarn, Vesk and Arlow`, `a victory against Tarn`: the side beaten (or beating), not
    /// where the games were played.
    func isOpponent(_ mention: EntityExtractor.MentionReference) -> Bool {
        let start = mention.tokens.lowerBound
        var j = start - 1
        // Back over the list the place stands in (`Tarn, Vesk and`) and `the`.
        while j > 0, start - j < 12,
            tokens[j].lowerIs(oneOf: ["and", "the", "then"]) || tokens[j].isPunctuation(",")
                || placeTokens.contains(j)
        {
            j -= 1
        }
        return j > 0 && tokens[j].lowerIs(oneOf: ["over", "against"])
            && NumberWords.scoreWords.contains(lowerOf: tokens[j - 1])
    }

    /// `the five words that everybody in Tarn reads`: the place of the people a pronoun names, not where
    /// anything counted happened.
    func isPlaceOfEverybody(_ mention: EntityExtractor.MentionReference) -> Bool {
        let start = mention.tokens.lowerBound
        return start >= 2 && tokens[start - 1].lowerIs("in") && Self.everybodyWords.contains(lowerOf: tokens[start - 2])
    }

    static let everybodyWords: WordSet = [
        "everybody", "everyone", "anybody", "anyone", "nobody", "somebody", "someone",
    ]

    /// `a meeting between the two leaders in Vesk`, `peace talks in Vesk`, `a summit of Arlow's and Tarn's
    /// leaders at Vesk`: where people meet (a noun of a meeting, then only names, titles and the words
    /// joining them before `in` or `at`), not where anything counted happened.
    func isMeetingVenue(_ mention: EntityExtractor.MentionReference) -> Bool {
        let start = mention.tokens.lowerBound
        var j = start - 1
        while j > 0, start - j <= 2, tokens[j].lowerIs("the") || tokens[j].isPunctuation(",") { j -= 1 }
        guard j > 0, tokens[j].lowerIs(oneOf: ["in", "at"]) else { return false }
        let link = j
        j -= 1
        while j >= 0, link - j <= Self.meetingReach {
            let token = tokens[j]
            if Self.meetingNouns.contains(lowerOf: token) { return !isPlaceOfAnIncident(meeting: j) }
            // (`Mr.`: a title's full stop.)
            let isTitleStop = token.isPunctuation(".") && j > 0 && tokens[j - 1].isCapitalized && tokens[j - 1].text.count <= 3
            guard token.isPunctuation(",") || isTitleStop || token.isCapitalized && token.isWord
                || Self.meetingPartyWords.contains(lowerOf: token)
            else { return false }
            j -= 1
        }
        return false
    }

    /// `a bomb went off at a meeting in Vesk`, `jets struck the talks' venue`: the meeting at `meeting` is where
    /// something happened (a locative or a verb of striking before it, past its article and up to two
    /// words describing it), so its venue is that place.
    func isPlaceOfAnIncident(meeting: Int) -> Bool {
        var k = meeting - 1
        let isIncidentsLink = { (k: Int) in
            Self.incidentAtMeetingLinks.contains(lowerOf: self.tokens[k])
                || FigureLexicon.strikeVerbs.contains(lowerOf: self.tokens[k])
        }
        while k >= 0, meeting - k <= 3, tokens[k].isWord, !tokens[k].isCapitalized, !isIncidentsLink(k) { k -= 1 }
        return k >= 0 && meeting - k <= 3 && isIncidentsLink(k)
    }

    /// Whether the clause tells of a harm, a strike or people attending (`the blast that wiped out the
    /// meeting in Vesk killed 47`, `60 people attended the meeting in Vesk`): the meeting's venue is then
    /// where the figure happened.
    func tellsOfWhatHappenedAtAMeeting(_ clause: Range<Int>) -> Bool {
        clause.contains { k in
            FigureVocabulary.casualtyEvents.contains(tokens[k].lower)
                || FigureLexicon.strikeVerbs.contains(lowerOf: tokens[k])
                || Self.wordsOfWhatHappenedAtAMeeting.contains(lowerOf: tokens[k])
        }
    }

    /// Words of people coming to a meeting (`attended`, `gathered`) and of harm beside the casualty events
    /// (`wounded`, `died`, `blast`).
    static let wordsOfWhatHappenedAtAMeeting: WordSet = [
        "attend", "attends", "attended", "attending", "gather", "gathered", "gathering", "packed", "crowded",
        "wounded", "died", "dead", "blast", "explosion", "bombing",
    ]

    /// Words before a meeting that make it where something happened: `a blast at a meeting`.
    static let incidentAtMeetingLinks: WordSet = [
        "at", "in", "on", "near", "inside", "outside", "targeting", "targeted", "against", "hit", "struck",
        "attacked", "bombed", "stormed", "raided",
    ]

    /// Nouns of a meeting whose venue ``isMeetingVenue(_:)`` reads.
    static let meetingNouns: WordSet = ["meeting", "meetings", "summit", "talks", "conference", "negotiations"]
    /// Words between a meeting's noun and its venue besides names: `between Mr. Arlow and his counterpart`.
    static let meetingPartyWords: WordSet = [
        "between", "with", "of", "and", "the", "his", "her", "their", "its", "counterpart", "counterparts",
        "leader", "leaders", "president", "minister", "ministers", "officials", "two", "'s",
    ]
    /// How many words before its venue's `in` a meeting's noun may stand.
    static let meetingReach = 14

    /// Whether the place is named as something other than where anything happened, and names nothing of
    /// the clause's places either (``opensAnAidSocietysName(_:)``, ``isPlaceOfEverybody(_:)``). (A side
    /// beaten, ``isOpponent(_:)``, is no site but still makes the clause about more than one place.)
    func namesNoSite(_ mention: EntityExtractor.MentionReference) -> Bool {
        opensAnAidSocietysName(mention) || isPlaceOfEverybody(mention) || isPlaceOfABan(mention)
            || isSideThatLost(mention)
    }

    /// `Kelvar lost 12 men in the fighting`, `Tarn has lost three players`: a place (a country, a side)
    /// right before `lost` and a number is the side that lost them, which may have fallen anywhere; not
    /// when the count is of deaths, cases or lives (`Kelvar lost 40 lives`, a toll counted where it is:
    /// ``isCountingPlaceSubject(_:clause:nounEnd:)``).
    func isSideThatLost(_ mention: EntityExtractor.MentionReference) -> Bool {
        var k = mention.tokens.upperBound
        if k < tokens.count, tokens[k].lowerIs(oneOf: ["has", "have", "had"]) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].lowerIs(oneOf: ["lost", "loses", "lose"]) else { return false }
        k += 1
        if k < tokens.count, tokens[k].lowerIs(oneOf: ["another", "a", "some", "about", "nearly", "almost"]) {
            k += 1
            if k < tokens.count, tokens[k].lowerIs("further") { k += 1 }
        }
        guard k < tokens.count,
            tokens[k].isNumber || NumberWords.small[lowerOf: tokens[k]] != nil
                || NumberWords.tens[lowerOf: tokens[k]] != nil
        else { return false }
        let nouns = tokens[(k + 1)..<min(k + 4, tokens.count)]
        return !nouns.contains { Self.tollCountNouns.contains(FigureExtractor.causeSingular($0.lower)) }
    }
}
