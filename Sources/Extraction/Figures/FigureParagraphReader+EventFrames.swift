/// Frames that say what happened to people or things with no event word of their own: `the rebels lost 14
/// men` (killed), `left 40 people with breathing problems` (injured), `uprooted 600 households`, `2,000
/// residents got out of the town` (displaced), `recovered 9 bodies` (killed), `downed 3 planes` (destroyed).
extension FigureParagraphReader {
    /// The event a frame around the count says, or nil when none does.
    func eventOfFrame(_ phrase: NumberPhrase, unit: String?, nounEnd: Int, sentence: Range<Int>) -> String? {
        // `12 people were treated for suffocation`, `20 residents suffered from asphyxiation`, and a bare count
        // (`three died and 12 are being treated for wounds`): people.
        if unit.map({ FigureLexicon.peopleUnits.contains($0) || Self.peopleGroupUnits.contains($0) }) ?? true,
            isTreatedForAHarm(after: nounEnd, sentence: sentence)
        {
            return "injured"
        }
        // `over 10 citizens have been hospitalized`, `40 people were taken to hospital`: people, or a bare count.
        if unit.map({ FigureLexicon.peopleUnits.contains($0) || Self.peopleGroupUnits.contains($0) }) ?? true,
            isTakenToHospital(after: nounEnd, sentence: sentence)
        {
            return "injured"
        }
        guard let unit else { return nil }
        let verb = verbBeforeCount(phrase, sentence: sentence)
        let people = FigureLexicon.peopleUnits.contains(unit) || Self.peopleGroupUnits.contains(unit)
        // `The rebels lost 14 men`: a side's own dead (not `lost two players to injury`, `lost 300 jobs`).
        if let verb, Self.losingVerbs.contains(verb), Self.armedMenUnits.contains(unit),
            !(nounEnd < sentence.upperBound && tokens[nounEnd].lowerIs("to"))
        {
            return "killed"
        }
        // `a gas shell left 40 people with breathing problems`, `… left 12 with burns`.
        if let verb, Self.leavingVerbs.contains(verb), people, nounEnd + 1 < sentence.upperBound,
            tokens[nounEnd].lowerIs("with"),
            (nounEnd + 1..<min(nounEnd + 4, sentence.upperBound)).contains(where: {
                Self.harmsLeftWith.contains(lowerOf: tokens[$0])
            })
        {
            return "injured"
        }
        // `the fighting uprooted 600 households` (not `the storm uprooted 50 trees`).
        if let verb, Self.uprootingVerbs.contains(verb), people { return "displaced" }
        if people, gotOutOfAPlace(after: nounEnd, sentence: sentence) { return "displaced" }
        // `shot down two helicopters`: an aircraft brought down is destroyed.
        if Self.aircraftUnits.contains(unit), isBroughtDown(phrase, nounEnd: nounEnd, sentence: sentence) {
            return "destroyed"
        }
        // `a further 12 corpses`, `rescuers recovered 9 bodies` (not `three regulatory bodies`).
        if unit == "corpse" { return "killed" }
        if unit == "body", bodiesAreFoundOrNamed(phrase, nounEnd: nounEnd, sentence: sentence) { return "killed" }
        return nil
    }

    /// The word right before the count, over the words that may stand between a verb and its count
    /// (`lost at least 14 men`).
    func verbBeforeCount(_ phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        var j = phrase.tokens.lowerBound - 1
        while j >= sentence.lowerBound, phrase.tokens.lowerBound - j <= 4, tokens[j].isWord {
            let word = tokens[j].lower
            guard FigureLexicon.wordsBeforeCount.contains(word) else { return word }
            j -= 1
        }
        return nil
    }

    /// `2,000 residents got out of the town`, `… got out of Kelso`: a place after `got out of` (not `got out
    /// of the car`).
    func gotOutOfAPlace(after nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["have", "had", "has"]) { k += 1 }
        guard k + 3 < sentence.upperBound, tokens[k].lowerIs(oneOf: ["got", "gotten"]),
            tokens[k + 1].lowerIs("out"), tokens[k + 2].lowerIs("of")
        else { return false }
        let place = tokens[k + 3].lowerIs("the") ? k + 4 : k + 3
        guard place < sentence.upperBound, tokens[place].isWord else { return false }
        return tokens[place].isCapitalized || FigureLexicon.placeNouns.contains(lowerOf: tokens[place])
    }

    /// Whether bodies counted were found, recovered, brought in or are still to be named: a verb of finding
    /// within a few words before the count, or after it (`9 bodies were recovered`, `have not been
    /// identified`, `12 bodies were brought to the clinic`, `the morgue received 8 bodies`).
    /// Never bodies of an institution (`168 public bodies`, `the appointed bodies`, `900 such bodies`).
    /// (Bodies only counted, carried off or lying somewhere are no event: they are most often the dead of a
    /// toll the article gives as well, and the canned views would show them as an incident of their own.)
    func bodiesAreFoundOrNamed(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        if nounEnd - 2 >= phrase.tokens.lowerBound, Self.institutionModifiers.contains(lowerOf: tokens[nounEnd - 2]) {
            return false
        }
        let before = max(sentence.lowerBound, phrase.tokens.lowerBound - 4)..<phrase.tokens.lowerBound
        let after = nounEnd..<min(sentence.upperBound, nounEnd + 6)
        return before.contains { Self.findingVerbs.contains(lowerOf: tokens[$0]) }
            || after.contains { Self.findingVerbs.contains(lowerOf: tokens[$0]) }
    }

    /// Words before `bodies` that make them an institution's: `public bodies`, `governing bodies`.
    static let institutionModifiers: WordSet = [
        "public", "appointed", "governing", "regulatory", "sporting", "olympic", "professional", "advisory",
        "statutory", "international", "national", "official", "elected", "representative", "standards",
        "government", "independent", "funding", "oversight", "watchdog", "arm's-length", "such",
    ]

    /// Whether the count was brought down: `downed 3 planes`, `shot down two helicopters`, `2 jets were
    /// shot down` (not `intercepted 2 planes`, which fighters may only escort).
    func isBroughtDown(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let start = phrase.tokens.lowerBound
        if let verb = verbBeforeCount(phrase, sentence: sentence) {
            if verb == "downed" { return true }
            if verb == "down",
                let shot = (max(sentence.lowerBound, start - 6)..<start).last(where: {
                    tokens[$0].lowerIs("down")
                }), shot > sentence.lowerBound, tokens[shot - 1].lowerIs(oneOf: ["shot", "shooting", "shoot"])
            {
                return true
            }
        }
        let after = nounEnd..<min(sentence.upperBound, nounEnd + 4)
        return after.contains {
            tokens[$0].lowerIs("downed")
                || tokens[$0].lowerIs("shot") && $0 + 1 < sentence.upperBound
                    && tokens[$0 + 1].lowerIs("down")
        }
    }

    /// `downed 3 planes`, `shot down two helicopters`: an aircraft brought down is destroyed; weapons
    /// brought down (`downed 5 drones`, `shot down 7 missiles`) stay intercepted.
    static let aircraftUnits: WordSet = [
        "plane", "aircraft", "helicopter", "jet", "warplane", "airplane", "aeroplane", "chopper", "fighter-jet",
    ]

    /// Verbs of a side losing its own people.
    static let losingVerbs: WordSet = ["lost", "lose", "loses", "losing"]

    /// Armed people a side loses in fighting (not `lost 300 workers`, which a firm sheds, nor `lost 12
    /// bombers`, planes): narrower than ``countsPeople(_:)``, for this frame only.
    static let armedMenUnits: WordSet = [
        "man", "soldier", "troop", "fighter", "militant", "rebel", "insurgent", "jihadist", "gunman", "policeman",
        "combatant", "militiaman", "commando", "marine", "paratrooper",
    ]

    /// Verbs that leave people with a harm: `left 40 people with breathing problems`.
    static let leavingVerbs: WordSet = ["left", "leaving", "leaves", "leave"]

    /// Harms people are left with.
    static let harmsLeftWith: WordSet = [
        "breathing", "respiratory", "burns", "injuries", "wounds", "fractures", "suffocation", "shrapnel",
        "bruises", "cuts", "asphyxiation",
    ]

    /// Verbs of being treated for a harm or suffering it, after the people counted: `were treated for burns`,
    /// `suffered from suffocation`, `suffer breathing problems`.
    static let treatmentVerbs: WordSet = ["treated", "suffered", "suffering", "suffer", "suffers"]

    /// Whether the counted people (ending at `nounEnd`) were treated for or suffered one of the harms people
    /// are left with: after the noun, at most two words of the verb's tense or a short aside (`were`,
    /// `being`, `have been`, `including children were`), the verb, then the harm within
    /// ``treatedHarmReach`` words (three after a verb of suffering) with no punctuation between (`were treated
    /// for wounds`, `are being treated in hospital for their wounds`, `suffered from suffocation`, not `were
    /// treated well`).
    func isTreatedForAHarm(after nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        while k < sentence.upperBound, k - nounEnd <= 4, tokens[k].isWord,
            !Self.treatmentVerbs.contains(lowerOf: tokens[k])
        {
            guard FigureVocabulary.eventWords[tokens[k].lower] == nil else { return false }
            k += 1
        }
        guard k < sentence.upperBound, Self.treatmentVerbs.contains(lowerOf: tokens[k]) else { return false }
        // (Suffering keeps to three words: `suffered pay freezes and job cuts` is no harm.)
        let reach = tokens[k].lowerIs("treated") ? Self.treatedHarmReach : 3
        return (k + 1..<min(k + 1 + reach, sentence.upperBound)).lazy.prefix { self.tokens[$0].isWord }
            .contains { Self.harmsLeftWith.contains(lowerOf: self.tokens[$0]) }
    }

    /// How many words after `treated` the harm may stand: `treated in a field hospital for gunshot wounds`.
    static let treatedHarmReach = 7

    /// Verbs that drive people from their homes.
    static let uprootingVerbs: WordSet = ["uprooted", "uprooting", "uproots", "uproot"]

    /// Groups of people counted as such: `600 households`, `40 families`.
    static let peopleGroupUnits: WordSet = ["household", "family"]

    /// Verbs by which bodies are counted as the dead.
    static let findingVerbs: WordSet = [
        "found", "recovered", "retrieved", "pulled", "unearthed", "exhumed", "identified", "buried", "discovered",
        "dug", "collected", "washed", "brought", "received",
    ]

    /// Whether the people counted (ending at `nounEnd`) were taken to hospital: a passive verb's tense right
    /// after them (`were`, `have been`, `was later`), then `hospitalized` or `taken`/`rushed`/`admitted` `to
    /// (the) hospital` (not `hospitalised with flu`: after `with` or `for`, a harm must follow).
    func isTakenToHospital(after nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        while k < sentence.upperBound, k - nounEnd < 3, tokens[k].isWord,
            EnglishLexicon.beForms.contains(lowerOf: tokens[k])
                || EnglishLexicon.auxiliaries.contains(lowerOf: tokens[k])
                || k > nounEnd && (tokens[k].lowerIs(oneOf: ["also", "later"]) || tokens[k].lower.hasSuffix("ly"))
        {
            k += 1
        }
        guard k > nounEnd, k < sentence.upperBound, tokens[k].isWord else { return false }
        var end: Int
        if Self.hospitalisedWords.contains(lowerOf: tokens[k]) {
            end = k + 1
        } else if Self.takingToHospitalVerbs.contains(lowerOf: tokens[k]), k + 2 < sentence.upperBound,
            tokens[k + 1].lowerIs("to")
        {
            end = tokens[k + 2].lowerIs(oneOf: ["the", "a"]) ? k + 3 : k + 2
            guard end < sentence.upperBound, tokens[end].lowerIs(oneOf: ["hospital", "hospitals"]) else {
                return false
            }
            end += 1
            // (Not `taken to the hospital gates`: a noun after it makes the hospital a modifier.)
            if end < sentence.upperBound, tokens[end].isWord,
                EnglishWords.bundled.partOfSpeech(of: tokens[end].lower) == .noun
            {
                return false
            }
        } else {
            return false
        }
        guard end < sentence.upperBound, tokens[end].lowerIs(oneOf: ["with", "for"]) else { return true }
        return (end + 1..<min(end + 4, sentence.upperBound)).lazy.prefix { self.tokens[$0].isWord }
            .contains { Self.harmsLeftWith.contains(lowerOf: self.tokens[$0]) }
    }

    /// Words that say people were kept in hospital.
    static let hospitalisedWords: WordSet = ["hospitalized", "hospitalised"]

    /// Verbs that bring the hurt to hospital: those of ``takingVerbs`` that say the people were hurt (not
    /// `transferred`/`transported`: patients moved out of a shelled hospital are no new injured).
    static let takingToHospitalVerbs: WordSet = ["taken", "rushed", "admitted", "brought"]

    /// Whether the people counted (ending at `nounEnd`) were the subject of a passive verb and then suffered a
    /// harm: a form of `be` right after them, then within ``sufferedHarmReach`` words (no punctuation, number,
    /// clause word or report) `and suffered`/`and sustained`, and a harm within three words (`was hit by a
    /// stone and suffered minor injuries`).
    func suffersAHarmAfterPassive(nounEnd: Int, sentence: Range<Int>) -> Bool {
        guard nounEnd < sentence.upperBound, EnglishLexicon.beForms.contains(lowerOf: tokens[nounEnd]) else {
            return false
        }
        var k = nounEnd + 1
        while k + 1 < sentence.upperBound, k - nounEnd <= Self.sufferedHarmReach, tokens[k].isWord,
            !isNumeral(tokens[k])
        {
            let word = tokens[k].lower
            if word == "and", Self.sufferingVerbs.contains(lowerOf: tokens[k + 1]) {
                return (k + 2..<min(k + 5, sentence.upperBound)).lazy.prefix { self.tokens[$0].isWord }
                    .contains { Self.harmsLeftWith.contains(lowerOf: self.tokens[$0]) }
            }
            guard !Self.wordsEndingAPartList.contains(word) || EnglishLexicon.beForms.contains(word),
                !SourceTracker.reportingVerbs.contains(word)
            else { return false }
            k += 1
        }
        return false
    }

    /// How many words after the passive's `be` the `and suffered` may stand: `was struck on the head by a
    /// falling stone and suffered …`.
    static let sufferedHarmReach = 10

    /// Verbs of suffering a harm after `and`.
    static let sufferingVerbs: WordSet = ["suffered", "sustained"]
}
