/// What a number counts: the noun after it, partitives (`two of the 17 missiles`), ages and currencies.
extension FigureParagraphReader {
    func isPluralNoun(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        if FigureLexicon.phraseBreakers.contains(word) || FigureLexicon.modifiers.contains(word) { return false }
        // `CLPS`, `IDPS`: an acronym, not a plural.
        if token.isAllCaps, token.text.count > 1 { return false }
        if let singular = FigureLexicon.irregularSingulars[word] {
            return singular != word
                || ["police", "personnel", "staff", "aircraft", "cattle", "livestock", "militia"].contains(word)
        }
        if FigureLexicon.measureKinds[word] != nil { return true }
        if FigureLexicon.singularOfManCompound(word) != nil { return true }  // `five crewmen`
        guard word.count > 2, word.hasASCIISuffix("s"), !word.hasASCIISuffix("ss"), !word.hasASCIISuffix("us"),
            !word.hasASCIISuffix("is"), !word.hasASCIISuffix("'s"), !word.hasASCIISuffix("ous")
        else { return false }
        return true
    }

    static func singular(_ word: String) -> String {
        if let irregular = FigureLexicon.irregularSingulars[word] { return irregular }
        if let compound = FigureLexicon.singularOfManCompound(word) { return compound }
        if FigureLexicon.measureKinds[word] != nil && !word.hasASCIISuffix("s") { return word }
        if word.hasASCIISuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasASCIISuffix("ches") || word.hasASCIISuffix("shes") || word.hasASCIISuffix("sses")
            || word.hasASCIISuffix("xes") || word.hasASCIISuffix("zes")
        {
            return singularOfSibilantPlural(word)
        }
        if word.hasASCIISuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// Words after `5g`, `4g` that make it a generation of mobile networks, not grams.
    static let mobileNetworkWords: WordSet = [
        "network", "networks", "phone", "phones", "smartphone", "smartphones", "handset", "handsets", "mobile",
        "signal", "signals", "coverage", "service", "services", "speeds", "connection", "connections",
        "connectivity", "technology", "spectrum", "data", "internet", "broadband", "licence", "licences",
        "license", "licenses", "auction", "rollout", "masts", "mast", "modem", "modems", "chips", "chip",
        "equipment", "infrastructure", "subscribers", "plans", "devices", "standard", "wireless", "upgrade",
    ]

    /// Words in -ing that take people as their object or join them to a count, rather than describe them:
    /// `killed 20 including children`, `rescued 12 leaving families behind`.
    static let ingVerbsTakingPeople: WordSet = [
        "including", "excluding", "involving", "following", "leaving", "forcing", "prompting", "causing", "sending",
        "carrying", "bringing", "taking", "making", "holding", "trapping", "saving", "helping", "joining",
        "according", "regarding", "concerning", "affecting", "sparing", "housing", "hosting", "sheltering",
        "employing", "training", "arming", "recruiting", "transporting", "escorting", "protecting",
    ]

    /// Verbs in -ing that take an object right after a count, never modifiers of its noun: `12 smuggling
    /// migrants` are twelve who smuggle them (not `training`, `housing`: `three training camps`).
    static let ingVerbsBeforeTheirObject: WordSet = [
        "smuggling", "trafficking", "carrying", "transporting", "escorting", "ferrying", "harbouring",
        "harboring", "guarding", "leaving", "forcing", "sheltering", "helping", "protecting",
    ]

    /// The head noun right after a number: `17 ballistic missiles` → missile, ending after it.
    func countedNoun(after start: Int, value: Double, sentence: Range<Int>) -> (unit: String, end: Int)? {
        if let measure = hyphenatedMeasure(after: start, sentence: sentence) { return measure }
        if let count = hyphenatedCount(after: start, sentence: sentence) { return count }
        // `2.5kg`, `10km`: the unit written against the digits.
        if start < sentence.upperBound, start > 0, tokens[start - 1].isNumber, !tokens[start].spaceBefore,
            let unit = FigureLexicon.gluedUnits[tokens[start].text]
        {
            // (`its 5g network`, `4g phones`: a generation of mobile networks, no weight.)
            if unit == "g", tokens[start - 1].text.utf8.count == 1, start + 1 < sentence.upperBound,
                Self.mobileNetworkWords.contains(lowerOf: tokens[start + 1])
            {
                return nil
            }
            return (unit, start + 1)
        }
        // `12,600 MW of electricity`, `3.7 GW`: a power unit's abbreviation (written against the digits too).
        if start < sentence.upperBound, let unit = FigureLexicon.powerAbbreviations[tokens[start].text] {
            return (unit, start + 1)
        }
        var i = start
        var scanned = 0
        while i < sentence.upperBound, scanned < 4 {
            let token = tokens[i]
            // `three top 20 singles`, `six Vessan top 10 albums`: a rank in digits inside the noun phrase (see
            // ``isRankAfterTop(_:sentence:)``).
            if token.isNumber, i > start, tokens[i - 1].lowerIs("top") {
                i += 1
                scanned += 1
                continue
            }
            guard token.isWord else { return nil }
            let word = token.lower
            // `one IS checkpoint`, `two UN trucks`: an acronym before a noun (or a word the list does not know)
            // modifies it.
            if token.isAllCaps, token.text.utf8.count >= 2, i + 1 < sentence.upperBound, tokens[i + 1].isWord,
                isPluralNoun(tokens[i + 1]) || isCompoundNoun(at: i + 1, in: sentence)
                    || isUnknownLowercaseWord(tokens[i + 1])
            {
                i += 1
                scanned += 1
                continue
            }
            // `three Tarnis villages`, `two Arlow hospitals`: a place named between the count and its noun
            // modifies the noun (a name ending in `s` is no plural counted).
            if let placeEnd = endOfPlaceModifyingNoun(at: i, limit: sentence.upperBound) {
                i = placeEnd
                scanned += 1
                continue
            }
            // `12 Red Helpers volunteers`, `eight Blue Shields workers`: a name that ends in a plural, written
            // between the count and the noun it counts (not in a headline's capitals, where the noun after a
            // name cannot be told from the name).
            if isNameEndingInPlural(at: i, sentence: sentence) {
                i += 1
                scanned += 1
                continue
            }
            // `kills 26 Monitor Xinhua`, `injured seven Kelvar Governor …`: a credit or a place run on
            // after the number is no noun it counts.
            if i == start, isRunOnNameAfterCount(at: i, sentence: sentence) { return nil }
            // `two Tarnbolt 3 ports`: a brand and its model between the count and its noun.
            if token.isCapitalized, isModelNumber(at: i + 1, sentence: sentence) {
                i += 2
                scanned += 1
                continue
            }
            // `the four VX-220 engines`, `two KR40 pumps`: a model's name with its number written against it.
            // (Only capitalised words before it, a brand's: not `Millions buy MP3 players`.)
            if token.isCapitalized, (start..<i).allSatisfy({ tokens[$0].isCapitalized }),
                let model = endOfGluedModel(after: i, sentence: sentence)
            {
                i = model
                scanned += 1
                continue
            }
            // `with one launch`, `only one arrest.`: a singular noun of the event, counted.
            if value == 1, i == start, Self.countedEventNouns.contains(word), endsASingularNoun(at: i + 1, sentence) {
                return (word, i + 1)
            }
            // `Blast kills 8 hundreds hurt`, `three of six despite two fine outings`: a number word, or a word
            // opening a clause of its own, ends the phrase with no noun counted (but `eight top three hits`,
            // `18 number one singles`: a rank inside the noun phrase).
            if NumberWords.vaguePlurals[word] != nil || FigureLexicon.clauseLinks.contains(word)
                || NumberWords.startsNumeral(token) && !(i > start && tokens[i - 1].lowerIs(oneOf: ["top", "number"]))
            {
                return nil
            }
            if i == start, isLinkingVerb(at: i, in: sentence) { return nil }
            // (`one more rate hike`: `more` before a singular noun of one.)
            if word == "others"
                || word == "more" && i + 1 < sentence.upperBound && !isPluralNoun(tokens[i + 1])
                    && !(value == 1 && isCompoundNoun(at: i + 1, in: sentence))
            {
                return ("other", i + 1)
            }
            // `two more citizens`: `more` before the counted noun adds to a count, it is not the noun.
            if word == "more", i + 1 < sentence.upperBound, !tokens[i + 1].isCapitalized {
                i += 1
                scanned += 1
                continue
            }
            // `70 rebel and regime fighters`: two modifiers joined before the one noun they share.
            if i > start, let head = headAfterJoinedModifiers(at: i, sentence: sentence) {
                return (Self.singular(tokens[head].lower), head + 1)
            }
            if FigureLexicon.phraseBreakers.contains(word) && !token.isAllCaps { return nil }
            // `killed hundreds mostly civilians`: an aside on who they were, not the counted noun.
            if i == start, FigureLexicon.asideOpeners.contains(word) { return nil }
            // `14 detained children`: the participle describes the people counted.
            if i == start, let people = peopleAfterParticiple(at: i, sentence: sentence) { return people }
            // `arrested 12 smuggling migrants`, `stopped 40 carrying weapons`: a verb in -ing whose object
            // follows is no part of the counted noun, which the text leaves out.
            if i == start, Self.ingVerbsBeforeTheirObject.contains(word) { return nil }
            // `30 smiling children`, `12 retreating soldiers`: a participle in -ing describing the people
            // counted (not a verb or a preposition in -ing whose object they are: `killed 20 including
            // children`, `… wounding civilians`).
            if i == start, word.hasSuffix("ing"), i + 1 < sentence.upperBound, isPluralNoun(tokens[i + 1]),
                FigureVocabulary.eventWords[word] == nil, !Self.ingVerbsTakingPeople.contains(word),
                Self.countsPeople(Self.singular(tokens[i + 1].lower))
            {
                return (Self.singular(tokens[i + 1].lower), i + 2)
            }
            // `kills 12 wounds 50`, `Wounds 20 Kills 3`, `Wounds Nine Kills Four` (a headline with no
            // commas): a verb before the next number, in digits or words, not the counted noun.
            if isSingularVerb(word), i + 1 < sentence.upperBound, NumberWords.startsNumeral(tokens[i + 1]) {
                return nil
            }
            if FigureVocabulary.eventWords[word] != nil && !isPluralNoun(token) { return nil }
            // `pro-Morales demonstrators`: a hyphenated modifier before the noun.
            // `two munitions depots`: a plural that modifies the noun after it.
            if word.contains(ascii: "-") || FigureLexicon.pluralModifiers.contains(word), i + 1 < sentence.upperBound,
                isPluralNoun(tokens[i + 1])
            {
                i += 1
                scanned += 1
                continue
            }
            // `20.7 cubic feet`, `12 square miles`: the shape word belongs to the unit.
            if let unit = FigureLexicon.compoundUnits[word], i + 1 < sentence.upperBound,
                let measure = unit[Self.singular(tokens[i + 1].lower)]
            {
                return (measure, i + 2)
            }
            // `800,000 Kurds and other minorities`: a named group among other people.
            if let people = namedGroupAndOthersUnit(at: i, sentence: sentence) { return (people, i + 4) }
            // `7 Vessa Marlows (Tarvan)`: a ranked person's name after the rank that opens the line, no plural
            // counted (not `the 14 Red Helpers`, a name with its count inside a sentence).
            if start - 1 == sentence.lowerBound, isPluralNoun(token), token.isCapitalized, !paragraph.isTitleCase,
                isInPersonName(i, sentence: sentence)
            {
                return nil
            }
            // `20 militia fighters`, `three staff members`, `two aircraft carriers`: a noun whose plural is
            // its singular modifies the plural noun after it, the head of the compound.
            if FigureLexicon.irregularSingulars[word] == word, i + 1 < sentence.upperBound,
                isHeadAfterInvariantNoun(tokens[i + 1])
            {
                i += 1
                scanned += 1
                continue
            }
            if isPluralNoun(token) {
                if isHeadlineRunOnAfterVaguePlural(start: start, head: i) { return nil }
                switch nounListUnit(after: i, sentence: sentence) {
                case .shared(let unit): return (unit, i + 1)
                case .unnamed: return (Self.unnamedListUnit, i + 1)
                case nil: return (Self.singular(word), i + 1)
                }
            }
            // `one civilian was among those killed`, `killing one civilian.`: a noun of people that may modify
            // another (`civilian deaths`) is the head when the end of its clause or the verb of a harm follows
            // it (not `one rebel dubbed it …`, `one medic told AFP`, where it names a speaker).
            if value == 1, word != "other", FigureLexicon.peopleUnits.contains(word), i + 1 < sentence.upperBound,
                endsAHarmedPerson(at: i + 1)
            {
                return (word, i + 1)
            }
            // `4 civilian were injured`, `19 soldier killed`: a noun of people left in the singular after a
            // larger number (a slip) still counts them, when a verb follows it at once (not `two civilian
            // deaths`, `three soldier brothers`, where it modifies the noun after it).
            if value > 1, i == start, word != "other", FigureLexicon.peopleUnits.contains(word),
                i + 1 < sentence.upperBound, opensVerbAfterSingularPeople(at: i + 1)
            {
                return (word, i + 1)
            }
            if value == 1, !FigureLexicon.modifiers.contains(word), !isAdjective(word),
                !(isAdjectiveWord(word) && isCompoundNoun(at: i + 1, in: sentence))
            {
                if FigureVocabulary.eventWords[word] != nil { return nil }
                // `one phone conversation`, `one rate hike`: the last noun of the compound is the head.
                var head = i
                while head - i < 2, isCompoundNoun(at: head + 1, in: sentence) { head += 1 }
                return (Self.singular(tokens[head].lower), head + 1)
            }
            i += 1
            scanned += 1
        }
        return nil
    }

    /// `Gas kills hundreds Kelvar Council meets`: a vague plural with no `of` (`hundreds`, `dozens`) before
    /// capitalised words and a plural that counts no people is a headline run on into the next one, not a
    /// noun phrase (but `dozens Daesh militants`, `Dozens Vessa Rebels`: people named by a capitalised group).
    func isHeadlineRunOnAfterVaguePlural(start: Int, head: Int) -> Bool {
        guard head > start, start > 0, NumberWords.vaguePlurals[tokens[start - 1].lower] != nil,
            (start..<head).contains(where: { tokens[$0].isCapitalized })
        else { return false }
        return !Self.countsPeople(Self.singular(tokens[head].lower))
    }

    /// Whether `next`, after a noun whose plural is its singular (`militia`, `staff`), is the head it
    /// modifies: a lowercase plural noun that is no verb (`militia fighters`, not `the staff says`, `militia
    /// killed`).
    func isHeadAfterInvariantNoun(_ next: Token) -> Bool {
        next.isWord && !next.isCapitalized && isPluralNoun(next) && !isSingularVerb(next.lower)
            && FigureVocabulary.eventWords[next.lower] == nil
            && FigureLexicon.irregularSingulars[next.lower] != next.lower
    }

    /// Where a model's number written against its capitalised name at `name` ends (`VX-220`, `KR40`), when a
    /// lowercase plural noun follows it, the noun counted; else nil.
    func endOfGluedModel(after name: Int, sentence: Range<Int>) -> Int? {
        var k = name + 1
        if k < sentence.upperBound, tokens[k].isPunctuation("-"), !tokens[k].spaceBefore { k += 1 }
        guard k + 1 < sentence.upperBound, tokens[k].isNumber, !tokens[k].spaceBefore else { return nil }
        k += 1
        let noun = tokens[k]
        guard noun.isWord, noun.spaceBefore, !noun.isCapitalized, isPluralNoun(noun) else { return nil }
        return k
    }

    /// Event words that are also nouns counted in the singular: `one launch`, `one arrest`.
    static let countedEventNouns: WordSet = ["launch", "arrest"]

    /// Whether the token at `next` ends a singular noun phrase: the sentence's end, punctuation, or a word
    /// that opens what follows the noun (`one launch in May`, `one arrest and two fines`).
    func endsASingularNoun(at next: Int, _ sentence: Range<Int>) -> Bool {
        guard next < sentence.upperBound, tokens[next].isWord else { return true }
        return tokens[next].lowerIs(oneOf: ["in", "on", "at", "for", "of", "this", "last", "per", "and", "but", "so"])
    }

    /// Whether the token at `next` ends a noun phrase of one harmed person: punctuation, a form of `be` or an
    /// auxiliary, a casualty or event word, or `and`/`in`/`on`/`at`/`near` (`one civilian was killed`, `one
    /// civilian died`, `killing one civilian and wounding …`).
    func endsAHarmedPerson(at next: Int) -> Bool {
        let token = tokens[next]
        guard token.isWord else { return true }
        let word = token.lower
        return EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word)
            || FigureVocabulary.eventWords[word] != nil || FigureLexicon.casualtyWords.contains(word)
            || ["and", "in", "on", "at", "near"].contains(word)
    }

    /// Whether the token at `next` opens the verb of a noun of people written in the singular after a larger
    /// number: a form of `be`, an auxiliary, or an event's participle or past form (not a noun of the event:
    /// `civilian deaths`, `civilian toll`).
    func opensVerbAfterSingularPeople(at next: Int) -> Bool {
        let token = tokens[next]
        guard token.isWord, !token.isCapitalized else { return false }
        let word = token.lower
        return EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word)
            || FigureVocabulary.eventWords[word] != nil
                && (word.hasASCIISuffix("ed") || Self.irregularHarmVerbs.contains(word))
    }

    /// Past forms of harm verbs that do not end in -ed: `4 civilian died`, `two soldier hurt`.
    static let irregularHarmVerbs: WordSet = ["died", "dead", "hurt", "slain", "fled", "struck"]

    /// The end of the place mention opening at `i` when a lowercase plural noun follows it, the noun counted:
    /// `Tarnis` in `three Tarnis villages` (not in a headline's capitals, where the noun cannot be told from
    /// the name); nil otherwise.
    func endOfPlaceModifyingNoun(at i: Int, limit: Int) -> Int? {
        guard i < tokens.count, tokens[i].isCapitalized, !paragraph.isTitleCase,
            let place = places.first(where: { $0.tokens.lowerBound == i }), place.tokens.upperBound < limit
        else { return nil }
        let next = tokens[place.tokens.upperBound]
        guard next.isWord, !next.isCapitalized, isPluralNoun(next), !isSingularVerb(next.lower),
            FigureVocabulary.eventWords[next.lower] == nil
        else { return nil }
        return place.tokens.upperBound
    }

    /// Whether the token at `i` is the capitalised plural that ends a name and a lowercase plural noun of the
    /// word list follows it, the noun counted: `Helpers` in `12 Red Helpers volunteers`.
    /// The name may go on for a word or two before the noun: `two Texas bank accounts`, `1.9 News Corp shares`
    /// (capitalised words that are no plural, or lowercase nouns of a compound).
    func isNameEndingInPlural(at i: Int, sentence: Range<Int>) -> Bool {
        let token = tokens[i]
        guard token.isCapitalized, !token.isAllCaps, !paragraph.isTitleCase, i + 1 < sentence.upperBound,
            isPluralNoun(token), gazetteer.country(forDemonym: token.text) == nil
        else { return false }
        var k = i + 1
        while k + 1 < sentence.upperBound, k - i <= 2,
            tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].isAllCaps && !isPluralNoun(tokens[k])
                && !NumberWords.startsNumeral(tokens[k]) || isCompoundNoun(at: k, in: sentence)
        {
            k += 1
        }
        let next = tokens[k]
        guard next.isWord, !next.isCapitalized, isPluralNoun(next), !isSingularVerb(next.lower) else { return false }
        return EnglishWords.bundled.partOfSpeech(of: next.lower) == .noun
            || FigureLexicon.peopleUnits.contains(Self.singular(next.lower))
    }

    /// Whether the word at `k` is inside a name the entity pass read as a person's (`Serena Marlows`).
    func isInPersonName(_ k: Int, sentence: Range<Int>) -> Bool {
        let start = max(sentence.lowerBound, k + 1 - Self.placeNameMaximumTokens)
        let end = min(sentence.upperBound, k + 1)
        guard start < end else { return false }
        return entities.mentions(in: start..<end, paragraph: paragraph.position).contains {
            $0.tokens.contains(k) && entities.entities[$0.entity].kind == .person
        }
    }

    /// The plural noun that two modifiers joined by `and`/`or` at `link` share: `rebel and regime forces`,
    /// `Syrian and Russian warplanes` (one or two modifiers after the link, none of them a plural, a number,
    /// an event or a function word; the word before the link a modifier too, not a noun of its own:
    /// not `20 soldiers and militia`, where the count has its noun).
    func headAfterJoinedModifiers(at link: Int, sentence: Range<Int>) -> Int? {
        guard tokens[link].lowerIs(oneOf: ["and", "or"]), Self.isJoinedModifier(tokens[link - 1]),
            !isPluralNoun(tokens[link - 1]), !tokens[link - 1].isAllCaps
        else { return nil }
        var k = link + 1
        while k < sentence.upperBound, k - link <= 3 {
            let token = tokens[k]
            if k > link + 1, isPluralNoun(token), !FigureLexicon.phraseBreakers.contains(lowerOf: token) { return k }
            guard Self.isJoinedModifier(token), !isPluralNoun(token) else { return nil }
            k += 1
        }
        return nil
    }

    /// A word that may modify a counted noun in ``headAfterJoinedModifiers(at:sentence:)``: a word, no
    /// number, event, function word or verb's participle (not `petrol and pumped vast quantities`).
    static func isJoinedModifier(_ token: Token) -> Bool {
        token.isWord && !NumberWords.startsNumeral(token) && FigureVocabulary.eventWords[token.lower] == nil
            && !((token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing"))
                && EnglishWords.bundled.partOfSpeech(of: token.lower) == .verb)
            && !FigureLexicon.phraseBreakers.contains(lowerOf: token)
            && !FigureLexicon.clauseLinks.contains(lowerOf: token)
            && NumberWords.vaguePlurals[token.lower] == nil
    }

    /// A lowercase word the word list does not know and no list of this pass names (`checkpoint`): a
    /// noun more often than not.
    func isUnknownLowercaseWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, !token.isNumber else { return false }
        let word = token.lower
        return EnglishWords.bundled.partOfSpeech(of: word) == nil && !FigureLexicon.phraseBreakers.contains(word)
            && !FigureLexicon.modifiers.contains(word) && FigureVocabulary.eventWords[word] == nil
            && !FigureLexicon.notCompoundHeads.contains(word)
    }

    /// `the whereabouts of about 40 remains unclear`, `some 30 seems to have fled`: a linking verb before
    /// an adjective, an adverb or `to`, not a plural noun (`40 remains were found` stays a count).
    func isLinkingVerb(at i: Int, in sentence: Range<Int>) -> Bool {
        guard FigureLexicon.linkingVerbs.contains(lowerOf: tokens[i]), i + 1 < sentence.upperBound,
            tokens[i + 1].isWord, !tokens[i + 1].isCapitalized
        else { return false }
        let next = tokens[i + 1].lower
        return next == "to" || next.hasSuffix("ly") || isAdjectiveWord(next)
            || ["unclear", "unknown", "missing", "uncertain", "unaccounted", "unidentified"].contains(next)
    }

    /// `a 22-inch screen`, `a 40-tonne lorry`: a length or weight hyphenated to the digits (not a duration:
    /// `a 10-year deal` says how long a deal runs, it measures nothing of its own).
    func hyphenatedMeasure(after start: Int, sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard start + 1 < sentence.upperBound, tokens[start].isPunctuation("-"), !tokens[start].spaceBefore,
            tokens[start + 1].isWord, !tokens[start + 1].spaceBefore
        else { return nil }
        // (`a 53-day-long festival`: a length of time hyphened on.)
        let word = tokens[start + 1].lower
        let unit = Self.singular(word.hasASCIISuffix("-long") ? String(word.dropLast(5)) : word)
        guard let kind = FigureLexicon.measureKinds[unit],
            [.distance, .weight, .volume, .power, .duration].contains(kind)
        else {
            return nil
        }
        return (unit, start + 2)
    }

    /// `a 10-match ban`, `a 3-element plan`, `its 40-page report`: digits hyphenated to a singular noun that
    /// describes the lowercase noun after it count what the first noun names (not a measure, which
    /// ``hyphenatedMeasure(after:sentence:)`` reads or leaves out, nor a number word: `17-million population`,
    /// nor a word of manner: `3-way`, `2-fold`).
    func hyphenatedCount(after start: Int, sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard start > 0, tokens[start - 1].isNumber, start + 2 < sentence.upperBound, tokens[start].isPunctuation("-"),
            !tokens[start].spaceBefore, tokens[start + 1].isWord, !tokens[start + 1].spaceBefore,
            !tokens[start + 1].isCapitalized, tokens[start + 2].isWord, tokens[start + 2].spaceBefore,
            !tokens[start + 2].isCapitalized
        else { return nil }
        let word = tokens[start + 1].lower
        guard FigureLexicon.measureKinds[word] == nil, FigureLexicon.measureKinds[Self.singular(word)] == nil,
            NumberWords.wordValue(word) == nil, NumberWords.scales[word] == nil, !isPluralNoun(tokens[start + 1]),
            !Self.mannerWords.contains(word), !word.contains(ascii: "-"),
            EnglishWords.bundled.partOfSpeech(of: word) == .noun
        else { return nil }
        return (word, start + 2)
    }

    /// Nouns after a hyphen that say how, not how many: `3-way`, `2-fold`.
    /// (Nor a measure the list of units leaves out: `360-degree`, `10-speed`.)
    static let mannerWords: WordSet = [
        "way", "time", "fold", "off", "sided", "state", "star", "stop", "nil", "love", "degree", "speed",
    ]

    /// Whether `word` is an adjective by the word list (`bad`, `lengthy`), whatever its ending.
    func isAdjectiveWord(_ word: String) -> Bool {
        EnglishWords.bundled.partOfSpeech(of: word) == .adjective
    }

    /// Whether the token at `index` continues a singular noun phrase as its new head: a lowercase noun by the
    /// word list that is not a plural, a verb, an event, a function word or a word of time or place (`one
    /// phone conversation`, not `one man shot dead`, `one woman today`).
    func isCompoundNoun(at index: Int, in sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return false }
        let token = tokens[index]
        guard token.isWord, !token.isCapitalized, !token.isNumber else { return false }
        let word = token.lower
        guard !FigureLexicon.phraseBreakers.contains(word), !FigureLexicon.notCompoundHeads.contains(word),
            FigureVocabulary.eventWords[word] == nil, !isPluralNoun(token),
            !word.hasSuffix("s") || word.hasSuffix("ss"),
            NumberWords.wordValue(word) == nil
        else { return false }
        return EnglishWords.bundled.partOfSpeech(of: word) == .noun
    }

    /// `dollars` (US unless a nationality says otherwise), `euros`, `yuan`: the ISO code.
    func currencyOfNoun(_ unit: String, before index: Int) -> String? {
        // (`1.25gbps`: a code's letters with more after them, gigabits, not pounds.)
        if unit.utf8.count == 3, index >= 0, index < tokens.count, tokens[index].lower != unit,
            NumberWords.currencyWords[unit] != nil
        {
            return nil
        }
        // (Hundredths the number parser did not take, `17 US cents`, stay counted: no whole sum is known.)
        guard let code = NumberWords.currencyWords[unit] ?? NumberWords.currencyWords[unit + "s"],
            NumberWords.hundredths[code] == nil
        else { return nil }
        guard code == "USD", index > 0 else { return code }
        let qualifier = tokens[index - 1].text
        let codes = [
            "Australian": "AUD", "Canadian": "CAD", "Singapore": "SGD", "Taiwan": "TWD", "Zimbabwe": "ZWL",
            "Kong": "HKD", "Zealand": "NZD", "Jamaican": "JMD", "Namibian": "NAD", "Liberian": "LRD",
        ]
        return codes[qualifier] ?? code
    }

    func isAdjective(_ word: String) -> Bool {
        for suffix in [
            "al", "ic", "ive", "ous", "ful", "less", "ian", "ese", "ish", "ed", "ing", "ary", "ly", "able", "ible",
            "ern",
        ]
        where word.hasSuffix(suffix) { return true }
        return word.contains(ascii: "-")
    }

    /// `Two of the 17 missiles`, `one of the wounded demonstrators`, `two of them`, `three of which died`,
    /// `17 of 34 tractors`, `11 out of 27 libraries`.
    func partitive(after phrase: NumberPhrase, sentence: Range<Int>, following: ArraySlice<NumberPhrase>)
        -> (unit: String?, end: Int, inner: NumberPhrase?)?
    {
        guard let i = partitiveOf(after: phrase, sentence: sentence) else { return nil }
        var j = i + 1
        if let whole = bareWhole(of: phrase, at: j, sentence: sentence, following: following) { return whole }
        guard
            tokens[j].lowerIs(oneOf: ["the", "these", "those", "its", "their", "his", "her", "our"])
                || Self.partitivePronouns.contains(lowerOf: tokens[j])
        else { return nil }
        if Self.partitivePronouns.contains(lowerOf: tokens[j]) {
            // `eight of them children`: what the part is, said after the pronoun.
            if j + 1 < sentence.upperBound, isPluralNoun(tokens[j + 1]) {
                return (Self.singular(tokens[j + 1].lower), j + 2, nil)
            }
            return (nil, j + 1, nil)
        }
        j += 1
        // (`… and two of the` where a damaged text ends: nothing said of what they are)
        guard j < sentence.upperBound else { return nil }
        // `eight of their last 13 matches`, `two of the first 10 games`: a stretch of a counted whole.
        if tokens[j].lowerIs(oneOf: ["last", "first", "past", "next"]), let inner = following.first,
            inner.tokens.lowerBound == j + 1
        {
            j += 1
        }
        // `one of the largest engagements`, `one of the most …`: a ranking, not a count.
        if j < sentence.upperBound,
            tokens[j].lower.hasSuffix("est")
                || tokens[j].lowerIs(oneOf: ["most", "few", "first", "last", "best", "worst"])
        {
            return (nil, j, nil)
        }
        if let inner = following.first, inner.tokens.lowerBound == j, !inner.isPercent, inner.currency == nil {
            guard let noun = countedNoun(after: inner.tokens.upperBound, value: inner.value, sentence: sentence) else {
                return nil
            }
            return (noun.unit, noun.end, inner)
        }
        // `of the UN Charter`: a name, not a group the number is part of.
        if tokens[j].isCapitalized, !paragraph.isTitleCase, gazetteer.country(forDemonym: tokens[j].text) == nil {
            return nil
        }
        guard let noun = countedNoun(after: j, value: 2, sentence: sentence) else { return nil }
        return (noun.unit, noun.end, nil)
    }

    /// Pronouns that stand for the whole of a partitive: `eight of them`, `five of whom`, `three of which`
    /// (a relative pronoun that writers use for people too: `12 were wounded, three of which died`).
    static let partitivePronouns: WordSet = ["them", "us", "whom", "which"]

    /// `22-year-old`, `aged 22`, `22 years old`, `under the age of five`: where the age phrase ends.
    func ageEnd(after phrase: NumberPhrase) -> Int? {
        let i = phrase.tokens.upperBound
        let start = phrase.tokens.lowerBound
        if start >= 2, tokens[start - 1].lowerIs("of"), tokens[start - 2].lowerIs(oneOf: ["age", "ages"]) { return i }
        if i + 1 < tokens.count, tokens[i].isPunctuation("-"),
            Self.agesInUnits.contains(where: { tokens[i + 1].lower.hasPrefix($0.key) })
        {
            return i + 2
        }
        if i + 1 < tokens.count, tokens[i].lowerIs("years"), tokens[i + 1].lowerIs("old") { return i + 2 }
        if phrase.tokens.lowerBound > 0, tokens[phrase.tokens.lowerBound - 1].lowerIs("aged") { return i }
        if isAgeAfterName(phrase) { return i }
        return nil
    }

    /// The unit of an age: `year`, or the one a hyphenated age names (`a 3-day-old baby`, `a 10-month-old`).
    func ageUnit(after phrase: NumberPhrase, end: Int) -> String {
        let i = phrase.tokens.upperBound
        guard end == i + 2, tokens[i].isPunctuation("-") else { return "year" }
        return Self.agesInUnits.first(where: { tokens[i + 1].lower.hasPrefix($0.key) })?.value ?? "year"
    }

    /// Hyphenated ages and the unit each counts: `22-year-old`, `3-day-old`, `six-month-old`.
    static let agesInUnits: KeyValuePairs<String, String> = [
        "year-old": "year", "month-old": "month", "week-old": "week", "day-old": "day", "hour-old": "hour",
    ]

    /// `Dana Hollis, 34, said`: bare digits between commas right after a person's name are the person's age
    /// (a whole number below 120, written as digits, a comma on each side, the name's last word before).
    func isAgeAfterName(_ phrase: NumberPhrase) -> Bool {
        let number = phrase.numeralStart
        guard phrase.tokens.count == 1, tokens[number].isNumber, phrase.value >= 1, phrase.value < 120,
            phrase.value == phrase.value.rounded(), phrase.maxValue == nil, phrase.currency == nil, !phrase.isPercent,
            number >= 2, number + 1 < tokens.count, tokens[number - 1].isPunctuation(","),
            tokens[number + 1].isPunctuation(",")
        else { return false }
        var name = number - 2
        // `Dana Hollis Jr., 34,`, `Sam Reed MP, 51,`: letters after the name, the name before them.
        var postNominal: Int?
        if name > 0, tokens[name].isPunctuation("."), !tokens[name].spaceBefore,
            EntityLexicon.postNominals.contains(tokens[name - 1].text)
        {
            postNominal = name - 1
        } else if EntityLexicon.postNominals.contains(tokens[name].text) {
            postNominal = name
        }
        if let letters = postNominal {
            name = letters - 1
            if name > 0, tokens[name].isPunctuation(",") { name -= 1 }  // `Hollis, Jr., 34,`
        }
        guard name >= 0, tokens[name].isCapitalized else { return false }
        let ends = [name + 1, postNominal.map { $0 + 1 }].compactMap { $0 }
        return entities.mentions(in: max(0, name - 6)..<(ends.max()!), paragraph: paragraph.position).contains {
            ends.contains($0.tokens.upperBound) && entities.entities[$0.entity].kind == .person
        }
    }
}
