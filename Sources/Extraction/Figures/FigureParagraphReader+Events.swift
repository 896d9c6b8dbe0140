/// What happened to what a figure counts (`were launched`, `did not go off`, `killing`) and what caused it.
extension FigureParagraphReader {
    /// The harms a pair of counts tells apart (`4 killed and 13 injured`).
    static let harmsOfAPair: Set<String> = ["killed", "injured"]

    /// What happened to what the figure counts: a participle right after it (`20 people injured`), a
    /// verb or event noun before it (`killing 50`, `Attack kills 30`, `evacuation of 300`), a verb after
    /// it (`were launched`, `did not go off`); strikes counted with no verb were launched.
    func event(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool, unit: String? = nil)
        -> String?
    {
        // `six children trapped under the rubble`: nothing has befallen them yet, whatever the verb before.
        if isTrapped(after: nounEnd, sentence: sentence) { return nil }
        let around = eventWordsAround(phrase, nounEnd: nounEnd, sentence: sentence)
        // `two million children will die by April`, `could kill thousands`: nothing has happened yet.
        if isForeseen(around, nounEnd: nounEnd, sentence: sentence) { return nil }
        // `230 fewer serious injuries`: a difference between two tolls is neither.
        if isComparison(phrase, nounEnd: nounEnd, sentence: sentence) { return nil }
        // `troops eliminated 30 gunmen`, `destroyed 80 militants`: people such a verb takes were killed.
        if isKillingOfPeople(phrase, unit: unit, nounEnd: nounEnd, sentence: sentence) { return "killed" }
        // `the floods left 20,000 people homeless`: people driven from their homes.
        if unit.map({ isPeopleUnit($0) }) ?? true, isLeftHomeless(phrase, nounEnd: nounEnd, sentence: sentence) {
            return "displaced"
        }
        // `one of the guards was hit by a stone and suffered minor injuries`: whatever struck them, they were hurt.
        if unit.map(Self.countsPeople) ?? true, suffersAHarmAfterPassive(nounEnd: nounEnd, sentence: sentence) {
            return "injured"
        }
        // `three villages came under fire`: aimed at, not firing. Only places, buildings and vehicles (not
        // `three banks came under fire from MPs`); people under fire keep the verb after `and` (`three
        // soldiers came under fire and were killed`), else no event.
        if let underFire = endOfComingUnderFire(nounEnd: nounEnd, sentence: sentence) {
            if let unit, Self.placesComingUnderFire.contains(unit), !FigureLexicon.notTargets.contains(unit) {
                return "targeted"
            }
            guard unit.map(Self.countsPeople) == true, underFire + 1 < sentence.upperBound,
                tokens[underFire].lowerIs("and")
            else { return nil }
            return eventAfter(nounEnd: underFire + 1, sentence: sentence, skipParticiples: skipParticiples)
        }
        // `gunmen took 30 hostages`, `25 workers were taken hostage`: people kidnapped.
        if let taken = hostageTaking(phrase, unit: unit, nounEnd: nounEnd, sentence: sentence) { return taken }
        var found = generalEvent(
            around, nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples,
            // `a barrage of 14 missiles … wounding dozens`: weapons keep the verb after them.
            verbAfterIsOwn: unit.map { FigureVocabulary.weaponUnits.contains($0) || Self.explosionUnits.contains($0) }
                == true || !isInOfPhraseOfAnotherNoun(phrase, sentence: sentence))
        // `the 30 projects targeted by the environment agency`: picked out by a regulator, not struck.
        if found == "targeted", around.participle == nil, around.before == nil,
            let after = eventWordAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples),
            isTargetingByCivilAgent(at: after.at, sentence: sentence)
        {
            found = nil
        }
        // `charged five men with kidnapping`, `accused 12 officers of abducting`: the count is of suspects.
        if found == "kidnapped", around.participle == nil, around.before == nil,
            let after = eventWordAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples),
            after.at > nounEnd, tokens[after.at - 1].lowerIs(oneOf: ["with", "of"])
        {
            found = nil
        }
        // `half a million people were relocated`, but `200 staff will be relocated to Leeds`, `7,800 posts
        // relocated`: a move of a workforce, or of things, is no displacement.
        if found == "displaced", unit.map({ Self.countsPeople($0) && !Self.dismissedStaff.contains($0) }) != true,
            isRelocation(near: phrase, nounEnd: nounEnd, sentence: sentence)
        {
            found = nil
        }
        // `bombed heavily two areas`, `shelled the province's last two villages`: what the bombardment was aimed at.
        if found == nil, unit.map({ !Self.countsPeople($0) }) == true,
            isBombardedPastOwnerOrAdverb(phrase, sentence: sentence)
        {
            found = Self.attackTarget
        }
        if found == Self.attackTarget {
            found =
                unit.map { FigureLexicon.notTargets.contains($0) || FigureVocabulary.weaponUnits.contains($0) } ?? true
                ? nil : "targeted"
            // (People a verb of bombardment names are no strike's target: `attacked three guards`; the verb
            // after them says what befell them, `attacked three guards, who later died`.)
            if let unit, Self.countsPeople(unit), let verb = around.before?.at,
                Self.bombardingVerbs.contains(lowerOf: tokens[verb])
            {
                found = eventAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples)
            }
        }
        // `police gassed 40 protesters` with tear gas: driven off or hurt, not killed.
        if found == "killed", isTearGassing(around, nounEnd: nounEnd, sentence: sentence) { found = nil }
        // `downed 3 unmanned planes`: an aircraft brought down is destroyed.
        if found == "intercepted", let unit, Self.aircraftUnits.contains(unit),
            isBroughtDown(phrase, nounEnd: nounEnd, sentence: sentence)
        {
            found = "destroyed"
        }
        if unit == "time" { return eventOfTimes(found, nounEnd: nounEnd, sentence: sentence) }
        // `five more deaths in rebel fire`, `20 fatalities in the shelling`: deaths are of the killed, whatever
        // strike the clause names. `claiming 4 martyrs and 13 injured`, `three deaths and 22 injuries`: in a
        // pair, each noun says its own harm, not the other's word.
        if let unit, let own = FigureLexicon.eventUnits[unit], FigureVocabulary.casualtyEvents.contains(own),
            let event = found,
            FigureVocabulary.strikeEvents[event] != nil
                || Self.harmsOfAPair.contains(event) && Self.harmsOfAPair.contains(own) && event != own
        {
            found = own
        }
        // `50 bodies bearing gunshot wounds`: the dead bear wounds, they are not the injured.
        if found == "injured", let unit, FigureLexicon.deadBodyUnits.contains(unit) { found = "killed" }
        let isStrike = unit.map(Self.isCountOfStrikes) ?? false
        let isExplosion = unit.map { Self.explosionUnits.contains($0) } ?? false
        // (Explosions counted are weapons gone off: `two blasts killed 11`, the blasts hit.)
        let isWeapon = isExplosion || unit.map(FigureVocabulary.weaponUnits.contains) ?? false
        // `three suicide bombers killed two people`: the bombers did it; the event is the object's.
        if let event = found, FigureVocabulary.casualtyEvents.contains(event), !isStrike, !isWeapon,
            around.participle == nil ? around.before == nil : eventBefore(phrase, sentence: sentence) == nil,
            !isParticipleOfVictimCount(at: nounEnd, sentence: sentence),
            doesCasualtyVerbToACount(nounEnd: nounEnd, sentence: sentence)
                || doesCasualtyVerbToAnObject(nounEnd: nounEnd, sentence: sentence)
        {
            found = nil
        }
        // `conducted 16 airstrikes on the city, destroying bridges`: the participle clause after the strikes
        // says what they did, not what befell them.
        if isStrike || isWeapon, let event = found, FigureVocabulary.uncountedEvents.contains(event),
            around.participle == nil, around.before == nil, let after = around.after,
            tokens[after.at].lower.hasSuffix("ing")
        {
            found = nil
        }
        if isStrike || isWeapon {
            // `520 strikes have killed 229 civilians`, `rockets killed 3`: the strikes were made, the rockets hit.
            if let found, FigureVocabulary.casualtyEvents.contains(found) { return isStrike ? "launched" : "hit" }
            if let found { return found }
            // `five air raids on Raqqa`, `conducted 325 air strikes`: a strike counted is a strike made.
            if isStrike { return "launched" }
            if isExplosion { return explosionEvent(for: phrase, nounEnd: nounEnd, sentence: sentence) }
            return weaponEvent(for: phrase, nounEnd: nounEnd, sentence: sentence)
        }
        if let found { return found }
        // `a helicopter dropped six barrels`, `12 barrels were dropped`: barrels dropped from the air are bombs
        // (not `5 million barrels of oil`, which nothing drops, nor `300,000 barrels were dropped from the
        // export plan`: no aircraft or bomb in the sentence).
        if unit == "barrel", let event = weaponEvent(for: phrase, nounEnd: nounEnd, sentence: sentence),
            event == "launched", dropsFromTheAir(sentence)
        {
            return event
        }
        if let event = eventOfFrame(phrase, unit: unit, nounEnd: nounEnd, sentence: sentence) { return event }
        // `those killed in the raids include 14 children`: people among the harmed.
        if unit.map(Self.countsPeople) ?? true, let event = eventOfHarmedSubject(phrase, sentence: sentence) {
            return event
        }
        if let event = eventOfDescribingParticiple(phrase, nounEnd: nounEnd, sentence: sentence) { return event }
        // `killing Tal Brenner, a commander of the front, and 12 more militants`: others of a named victim.
        if unit.map(Self.countsPeople) ?? true,
            let event = eventAfterNamedVictim(start: phrase.tokens.lowerBound, nounEnd: nounEnd, sentence: sentence)
        {
            return event
        }
        // `claimed 14 lives`, `cost 30 lives`: lives taken are people killed.
        if unit == "life", phrase.tokens.lowerBound > sentence.lowerBound,
            FigureLexicon.lifeTakingVerbs.contains(lowerOf: tokens[phrase.tokens.lowerBound - 1])
        {
            return "killed"
        }
        // `Shelling Claims 11 Children`, `cholera claimed 27 villagers`: people a verb of taking lives has
        // as its object (a count with a verb of its own after it was reported: `claimed 27 were killed`).
        if let unit, FigureLexicon.peopleUnits.contains(unit), phrase.tokens.lowerBound > sentence.lowerBound,
            tokens[phrase.tokens.lowerBound - 1].lowerIs(oneOf: ["claims", "claimed", "claiming"]),
            !(nounEnd < sentence.upperBound && EnglishLexicon.beForms.contains(lowerOf: tokens[nounEnd]))
        {
            return "killed"
        }
        // `the three fatalities`: the noun is the event.
        if let unit, let event = FigureLexicon.eventUnits[unit] { return event }
        return nil
    }

    /// Whether a word of relocation (`relocated`) stands within a few words before the count or after its noun.
    func isRelocation(near phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let from = max(sentence.lowerBound, phrase.tokens.lowerBound - 4)
        let to = min(sentence.upperBound, nounEnd + 9)
        return (from..<to).contains { tokens[$0].isWord && tokens[$0].lower.hasPrefix("relocat") }
    }

    /// The event words around a count that both ``isForeseen(_:nounEnd:sentence:)`` and
    /// ``generalEvent(_:nounEnd:sentence:skipParticiples:verbAfterIsOwn:)`` read, each read once: a casualty
    /// participle right after the noun; else the event word before the count; else the first after the noun,
    /// participles included (read only when there is neither of the others, as both questions ask then).
    struct EventWordsAround {
        var participle: String?
        var before: (event: String, at: Int)?
        var after: (event: String, at: Int)?
    }

    func eventWordsAround(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> EventWordsAround {
        var around = EventWordsAround()
        around.participle = participleRightAfter(nounEnd: nounEnd, sentence: sentence)
        guard around.participle == nil else { return around }
        around.before = eventWordBefore(phrase, sentence: sentence)
        guard around.before == nil else { return around }
        around.after = eventWordAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: false)
        return around
    }

    /// The event the words around any counted noun say, before a weapon's own words are read.
    /// (`verbAfterIsOwn` false: `the wives of the five fighters were among the dead`, the verb is the wives'.)
    func generalEvent(
        _ around: EventWordsAround, nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool,
        verbAfterIsOwn: @autoclosure () -> Bool
    ) -> String? {
        if let event = around.participle ?? around.before?.event
            ?? (verbAfterIsOwn()
                ? (skipParticiples
                    ? eventAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: true) : around.after?.event)
                    ?? eventAfterNameList(nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples)
                : nil)
        {
            // `killed and wounded 45`: one number for both; neither event alone is true of it.
            return event == Self.killedAndInjured ? nil : event
        }
        return nil
    }

    /// `Child Killed 20 People Injured`: a casualty participle attached to the counted noun says what
    /// happened to it, whatever verb stands before the number.
    func participleRightAfter(nounEnd: Int, sentence: Range<Int>) -> String? {
        // (A bare number too: `6 civilians killed 35 injured`, where `killed` is the first count's.)
        // (`35+ killed`: a plus after the number is still the number's.)
        guard nounEnd < sentence.upperBound, nounEnd > 0,
            tokens[nounEnd - 1].isWord || tokens[nounEnd - 1].isNumber || tokens[nounEnd - 1].isPunctuation("+"),
            tokens[nounEnd].isWord,
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[nounEnd]),
            // `killed 30 people injured 90`: a verb with a count of its own after it, not the noun's participle
            // (but `1 child killed 6 …`: a child kills no one).
            !opensACount(at: nounEnd + 1, in: sentence) || isParticipleOfVictimCount(at: nounEnd, sentence: sentence)
        else { return nil }
        if isKilledAndInjured(nounEnd, nounEnd + 2, sentence: sentence) { return Self.killedAndInjured }
        return FigureVocabulary.eventWords[tokens[nounEnd].lower]
    }

    /// Before: `killing more than 50 people`, `Air strikes kill 32`, `IS attack kills 30`, `the
    /// evacuation of 300 residents`, `claimed the lives of two people`, `the death toll rose to 12`.
    func eventBefore(_ phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        eventWordBefore(phrase, sentence: sentence)?.event
    }

    /// ``eventBefore(_:sentence:)``'s event with the token of the word that says it.
    func eventWordBefore(_ phrase: NumberPhrase, sentence: Range<Int>) -> (event: String, at: Int)? {
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        // `the attack that killed "dozens of people"`: a quotation mark that opens the count is no word
        // between it and its verb.
        if j > sentence.lowerBound, isOpeningQuotationMark(at: j) { j -= 1 }
        while j >= sentence.lowerBound, steps < 4 {
            let word = tokens[j].lower
            // `1 child killed 6 children …`: the participle is the count's before, not a verb of this one.
            if steps == 0, isParticipleOfVictimCount(at: j, sentence: sentence) { return nil }
            if steps == 0, j - 1 >= sentence.lowerBound,
                isKilledAndInjured(j - 2, j, sentence: sentence) || isKilledAndInjured(j - 1, j, sentence: sentence)
            {
                return (Self.killedAndInjured, j)
            }
            // `shot dead five guards`, `gunned down 12 worshippers` (not `shot down 3 drones`).
            let killedOff =
                word == "dead" && tokens[max(j - 1, 0)].lowerIs("shot")
                || word == "down" && tokens[max(j - 1, 0)].lowerIs("gunned")
            if j > sentence.lowerBound, killedOff {
                return ("killed", j)
            }
            if let event = FigureVocabulary.eventWords[word], tokens[j].isWord, word != "dead", word != "death",
                !isPluralNoun(tokens[j]) || isSingularVerb(word)
            {
                return (event, j)
            }
            if word == "toll" { return ("killed", j) }
            // `shelled the three villages`, `pounded 30 positions`: what a bombardment was aimed at.
            if Self.bombardingVerbs.contains(word), tokens[j].isWord { return (Self.attackTarget, j) }
            // `the death toll from the raid rose to 40`, `the toll in the blasts has reached 12`: a toll
            // that rose, named a few words before its verb.
            if FigureLexicon.tollRiseVerbs.contains(word) || word == "reached",
                let toll = tollBeforeItsRise(at: j, sentence: sentence)
            {
                return ("killed", toll)
            }
            // `strikes on four schools`, `attacks against 12 hospitals`: what the attack was aimed at.
            if word == "on" || word == "against", j > sentence.lowerBound, tokens[j - 1].isWord,
                FigureLexicon.attackNouns.contains(lowerOf: tokens[j - 1])
            {
                return (Self.attackTarget, j)
            }
            // `killed and crucified five civilians`: the first of two joined verbs says what happened (not
            // `were killed and another 20 wounded`, where a new count follows `and`).
            if steps == 0, j - 2 >= sentence.lowerBound, tokens[j - 1].lowerIs("and"), tokens[j].isWord,
                tokens[j].lower.hasSuffix("ed"), let event = FigureVocabulary.eventWords[tokens[j - 2].lower],
                tokens[j - 2].lower.hasSuffix("ed")
            {
                return (event, j - 2)
            }
            if word == "of", j > sentence.lowerBound, tokens[j - 1].isWord {
                let noun = tokens[j - 1].lower
                // `the bodies of five boys`: a count of bodies is a count of the dead.
                // `a toll of 23`, `a death toll of 40`: the toll counts the dead.
                if ["lives", "bodies", "corpses", "toll"].contains(noun) { return ("killed", j - 1) }
                if FigureLexicon.eventNouns.contains(noun), let event = FigureVocabulary.eventWords[noun] {
                    return (event, j - 1)
                }
                // `leading to the death of eight and the injury of 89`: a toll told as a noun of the harm.
                if let event = Self.harmNouns[noun] { return (event, j - 1) }
                // `an earlier toll on Sunday evening of 15`: the toll, dated between it and its number.
                if let toll = tollBeforeItsDay(endingAt: j - 1, sentence: sentence) { return ("killed", toll) }
            }
            if !tokens[j].isWord || !FigureLexicon.wordsBeforeCount.contains(word) { break }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The token of `toll` before a day that dates it and ends at `end`: `toll on Sunday evening`, `toll
    /// from Saturday`, `toll late on Monday`, `toll last night` (at most four words of the day).
    func tollBeforeItsDay(endingAt end: Int, sentence: Range<Int>) -> Int? {
        let k = TollDay.start(endingAt: end, tokens: tokens, sentence: sentence)
        guard k < end, k >= sentence.lowerBound, tokens[k].lowerIs("toll"),
            (k + 1...end).contains(where: { isMomentWord(at: $0) })
        else { return nil }
        return k
    }

    /// The token of `toll` or `death tally` that the verb of rising at `verb` tells of: at most twelve words
    /// before it, with only what the toll was of between (`the death toll from the air raids on the town
    /// rose`, `the toll has risen`): no punctuation, number or other verb.
    func tollBeforeItsRise(at verb: Int, sentence: Range<Int>) -> Int? {
        var k = verb - 1
        while k >= sentence.lowerBound, verb - k <= 12 {
            let token = tokens[k]
            guard token.isWord, !NumberWords.startsNumeral(token) else { return nil }
            // (A `tally` is of the dead only as a `death tally`: not `his goal tally rose to 40`.)
            if token.lowerIs("toll")
                || token.lowerIs("tally") && k > sentence.lowerBound
                    && tokens[k - 1].lowerIs(oneOf: ["death", "casualty", "casualties"])
            {
                return k
            }
            guard k == verb - 1 && token.lowerIs(oneOf: ["has", "had", "have"])
                || FigureVocabulary.eventWords[token.lower] == nil
                    && !EnglishLexicon.beForms.contains(lowerOf: token)
                    && !Self.newReportWords.contains(lowerOf: token)
            else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the mark at `k` opens a quotation that the count right after it begins: `killed "dozens of
    /// people"` (a straight or curly double mark after a word, the count's number right after it).
    func isOpeningQuotationMark(at k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens[k].isPunctuation("\"") || tokens[k].isPunctuation("“") else {
            return false
        }
        let next = tokens[k + 1]
        // (A straight mark opens only with a space before it and none after: `"they killed" 40 sheep` closes.)
        if tokens[k].isPunctuation("\""), !tokens[k].spaceBefore || next.spaceBefore { return false }
        return tokens[k - 1].isWord
            && (isNumeral(next) || Self.quotedCountOpeners.contains(lowerOf: next))
    }

    /// Words a count may open with inside a quotation: `"dozens of people"`, `"at least 40 people"`.
    static let quotedCountOpeners = WordSet(
        FigureLexicon.approximations + ["dozens", "hundreds", "thousands", "scores", "tens", "millions"])

    /// Whether a counted noun is of strikes, alone or in a rate: `38 strikes`, `up to 150 strikes per day`.
    static func isCountOfStrikes(_ unit: String) -> Bool {
        if FigureLexicon.strikeActs.contains(unit) { return true }
        guard let per = unit.range(of: " per ") else { return false }
        return FigureLexicon.strikeActs.contains(String(unit[..<per.lowerBound]))
    }

    /// `kills`, `hits`, `targets`: a verb's third person, not a plural noun, when its stem is an event word too.
    func isSingularVerb(_ word: String) -> Bool {
        guard word.hasSuffix("s") else { return false }
        if word.hasSuffix("ies"), FigureVocabulary.eventWords[String(word.dropLast(3)) + "y"] != nil { return true }
        let stem =
            word.hasSuffix("es") && FigureVocabulary.eventWords[String(word.dropLast(2))] != nil
            ? String(word.dropLast(2)) : String(word.dropLast())
        return FigureVocabulary.eventWords[stem] != nil && !FigureLexicon.eventNouns.contains(word)
    }

    /// After: `were launched`, `did not go off`, `targeting …`, `killed`.
    func eventAfter(nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool) -> String? {
        eventWordAfter(nounEnd: nounEnd, sentence: sentence, skipParticiples: skipParticiples)?.event
    }

    /// The words of a new report after a count in ``eventWordAfter(nounEnd:sentence:skipParticiples:)``.
    /// (Sets made once: an array literal here was made again at every word read.)
    static let newReportWords: WordSet = ["adding", "saying", "said", "says", "told"]
    /// Words after a count that open another clause or say what the count is for, in
    /// ``eventWordAfter(nounEnd:sentence:skipParticiples:)``.
    static let wordsEndingTheCountsClause: WordSet = [
        "but", "while", "who", "which", "whereas", "when", "after", "as", "for",
    ]

    /// ``eventAfter(nounEnd:sentence:skipParticiples:)``'s event with the token of the word that says it.
    func eventWordAfter(nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool) -> (event: String, at: Int)? {
        var k = nounEnd
        var steps = 0
        // `160 civilians, mostly women and children, were killed`: an aside naming who they were.
        var inAside = false
        // `18 civilians including five children and two women were killed`: a breakdown of the count that
        // no comma closes runs on to the count's verb, but a participle right after a part's number is the
        // part's own (`700 people including 47 wounded crossed`).
        var inOpenBreakdown = false
        // After a breakdown a comma closed, the count's verb must come at once (`, were killed`), not a
        // clause of its own (`, since they first hit the charts`).
        var afterClosedBreakdown = false
        // (One that opens on a number must end at its comma before the count's verb: not `3 civilians, 2
        // women were injured`, two clauses.)
        var inNumberedAside = false
        while k < sentence.upperBound, steps < 9 {
            let token = tokens[k]
            if k <= nounEnd + 1, FigureLexicon.asideOpeners.contains(lowerOf: token) || opensApposition(at: k, sentence)
            {
                inAside = true
            }
            if k <= nounEnd + 1, opensBreakdownAside(at: k, sentence: sentence) {
                inAside = true
                inOpenBreakdown = true
            }
            if inAside, token.isPunctuation(","), k > nounEnd {
                afterClosedBreakdown = inOpenBreakdown || inNumberedAside
                inAside = false
                inOpenBreakdown = false
                inNumberedAside = false
                k += 1
                continue
            }
            if afterClosedBreakdown {
                guard opensVerbAfterBreakdown(token) else { break }
                afterClosedBreakdown = false
            }
            // `12 civilians, eight women and four men, were killed`: a breakdown of counts between commas.
            if k == nounEnd, opensNumberedAside(after: k, sentence: sentence) {
                inAside = true
                inNumberedAside = true
                k += 1
                continue
            }
            if token.kind == .punctuation && token.text != "-" && !(k == nounEnd && inAsideAfter(k, sentence)) {
                break
            }
            let word = token.lower
            // `the toll at 85, adding that 50 were wounded`: a new report, about another number.
            // (`were confirmed killed`, `are reported to have died` are not reports of that kind.)
            // (`were said to be killed`, `are said to have died`: a passive of saying, the count's own verb
            // still to come.)
            if Self.newReportWords.contains(word), !isPassiveOfSaying(at: k, sentence) { break }
            // `driven millions from their homes`, `forced 3,000 residents out of their homes`.
            if word == "homes", k >= 2, tokens[k - 1].lowerIs("their"),
                tokens[k - 2].lowerIs("from") || k >= 3 && tokens[k - 2].lowerIs("of") && tokens[k - 3].lowerIs("out")
            {
                return ("displaced", k)
            }
            // `40 beds for the wounded`: what the count is for, not what happened to it.
            // (`three fighters one identified as Tal Maro were killed`: `as` after a participle of naming
            // goes on with the name, within the count's clause.)
            if Self.wordsEndingTheCountsClause.contains(word),
                !(word == "as" && k > nounEnd && Self.participlesOfNaming.contains(lowerOf: tokens[k - 1]))
            {
                // `three groups of fighters who had come from Vessa had been destroyed`: the count's verb
                // after a relative clause on its noun.
                // (Not `five families, most of which were women … after homes were targeted`: a part's clause.)
                // (`21 people including refugees who had fled to Vessa were killed`: a relative clause on a part
                // of a breakdown no comma opened, then the count's verb.)
                if k - nounEnd <= 3, !inAside || inOpenBreakdown, !inNumberedAside, !tokens[k - 1].lowerIs("of"),
                    let after = eventAfterRelativeClause(at: k, sentence: sentence)
                {
                    return after
                }
                break
            }
            // `rounded up 15 men and executed them`: the verb done to `them` is done to the count.
            if word == "and", k == nounEnd, let done = harmDoneToThem(at: k + 1, sentence: sentence) {
                return (done, k + 1)
            }
            if word == "and" && !inAside {
                // `128 troops and militia were killed`: a second group of people shares the verb.
                guard k == nounEnd, let after = endOfCoordinatedPeople(at: k, sentence: sentence) else { break }
                k = after
                steps += 1
                continue
            }
            if word == "not" || word == "n't" || word == "never" || word == "failed" {
                if k + 1 < sentence.upperBound,
                    FigureLexicon.detonationVerbs.contains(lowerOf: tokens[k + 1]) || tokens[k + 1].lowerIs("to")
                {
                    return ("failed", k)
                }
                if word == "failed" { return ("failed", k) }
            }
            // `Two nurses carried one of the wounded away`, `30 volunteers carried the rest of the wounded`,
            // `Three ambulances took the injured`: `the wounded` are others the clause names, not what
            // happened to the count (but `five soldiers were among the dead`, `14 of the dead`, `made up the
            // rest of the dead` are them).
            if token.isWord, Self.casualtyNominals.contains(word), k - 2 >= nounEnd, tokens[k - 1].lowerIs("the"),
                !tokens[k - 2].lowerIs("among"), !isPartOfTheDead(of: k - 2, after: nounEnd)
            {
                break
            }
            // `one of the wounded later died`: the part of the wounded that died was killed.
            if token.isWord, Self.casualtyNominals.contains(word), k - 2 >= nounEnd, tokens[k - 1].lowerIs("the"),
                isPartOfTheDead(of: k - 2, after: nounEnd), let died = deathOfPartAfter(k + 1, sentence: sentence)
            {
                return ("killed", died)
            }
            // `ten shepherds were slaughtered`: the count's own verb in lowercase (not an event word of the
            // vocabulary: `Raqqa is Being Slaughtered Silently`, a group's name, ends no source's words).
            if token.isWord, !token.isCapitalized, Self.killingVerbsOfACount.contains(word),
                !inNumberedAside, !(inOpenBreakdown && k > 0 && isNumeral(tokens[k - 1]))
            {
                return ("killed", k)
            }
            if let event = FigureVocabulary.eventWords[word], token.isWord {
                if inNumberedAside || inOpenBreakdown && k > 0 && isNumeral(tokens[k - 1]) { break }
                if isKilledAndInjured(k, k + 2, sentence: sentence) { return (Self.killedAndInjured, k) }
                if skipParticiples && word.hasSuffix("ing") {
                    k += 1
                    steps += 1
                    continue
                }
                if k + 1 < sentence.upperBound, tokens[k + 1].lowerIs("down"), word == "shot" {
                    return ("intercepted", k)
                }
                // `20 civilians trying to flee the town were killed`: the clause of intent is not the verb.
                return finiteEventAfterIntent(at: k, nounEnd: nounEnd, sentence: sentence) ?? (event, k)
            }
            if word == "shot", k + 1 < sentence.upperBound, tokens[k + 1].lowerIs("down") { return ("intercepted", k) }
            k += 1
            steps += 1
        }
        // Still nothing: a noun before the number that names the event (`the death toll rose to 12`).
        return nil
    }

    /// The token of a verb of dying right after a part of the harmed (`… of the wounded later died`,
    /// `… of the injured died in hospital`): the verb within three words, over adverbs and auxiliaries only.
    func deathOfPartAfter(_ start: Int, sentence: Range<Int>) -> Int? {
        var k = start
        while k < sentence.upperBound, k - start < 3, tokens[k].isWord {
            let word = tokens[k].lower
            if Self.verbsOfDying.contains(word) { return k }
            guard word.hasSuffix("ly") || word == "later" || EnglishLexicon.auxiliaries.contains(word)
                || EnglishLexicon.beForms.contains(word)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// Verbs by which one of the wounded died.
    static let verbsOfDying: WordSet = ["died", "succumbed", "dies", "perished"]

    /// The casualty a verb at `verb` does to `them` right after it (`and executed them`, `and shot them
    /// dead`), or nil: the pronoun stands for the count the `and` follows.
    func harmDoneToThem(at verb: Int, sentence: Range<Int>) -> String? {
        guard verb + 1 < sentence.upperBound, tokens[verb].isWord, tokens[verb + 1].lowerIs("them") else { return nil }
        if tokens[verb].lowerIs("shot"), verb + 2 < sentence.upperBound, tokens[verb + 2].lowerIs("dead") {
            return "killed"
        }
        guard let event = FigureVocabulary.eventWords[tokens[verb].lower],
            FigureVocabulary.casualtyEvents.contains(event)
        else { return nil }
        return event
    }

    /// Singular nouns of a harm that count its victims after `of`: `the death of eight`, `the injury of 89`
    /// (the plurals, `the deaths of five`, are event nouns already).
    /// (`resulting in the martyrdom of 4 citizens`: the death of the killed, in the words of some outlets.)
    static let harmNouns: WordTable<String> = [
        "death": "killed", "martyrdom": "killed", "injury": "injured", "wounding": "injured",
        // `condemned the kidnapping of 14 engineers`: the people kidnapped.
        "kidnapping": "kidnapped", "abduction": "kidnapped",
        // `confirmed the destruction of four tanks`: the things destroyed.
        "destruction": "destroyed",
    ]

    /// Casualty words that with `the` name people (`the wounded`, `the dead`).
    static let casualtyNominals: WordSet = ["dead", "wounded", "injured", "killed", "missing", "hurt"]

    /// Whether `of` at `of` (before `the dead`) makes the count a part of the dead: right after the count
    /// (`15 of the dead`), or after a whole a verb links the count to (`made up the rest of the dead`).
    func isPartOfTheDead(of: Int, after nounEnd: Int) -> Bool {
        guard tokens[of].lowerIs("of") else { return false }
        if of == nounEnd { return true }
        return Self.wholesOfTheDead.contains(lowerOf: tokens[of - 1]) && isLinkedToWhole(at: of - 1, after: nounEnd)
    }

    /// Whether a verb that says the count is the whole at `whole` stands right before it: `made up the rest
    /// of the dead`, `were the majority of the wounded` (not `carried the rest of the wounded`, where the
    /// count carried them).
    func isLinkedToWhole(at whole: Int, after nounEnd: Int) -> Bool {
        var j = whole - 1
        if j > nounEnd, tokens[j].lowerIs(oneOf: ["the", "a"]) { j -= 1 }
        guard j >= nounEnd else { return false }
        let word = tokens[j].lower
        if EnglishLexicon.beForms.contains(word) || Self.verbsOfBeingAPart.contains(word) { return true }
        return word == "up" && j - 1 >= nounEnd && tokens[j - 1].lowerIs(oneOf: ["made", "make", "makes", "making"])
    }

    /// Verbs by which a count is a part of a whole: `formed the bulk of the dead`.
    static let verbsOfBeingAPart: WordSet = [
        "formed", "form", "forms", "comprised", "comprise", "comprises", "constituted", "constitute", "constitutes",
    ]

    /// Nouns before `of the dead` that the count is, or is a part of: `made up the rest of the dead`.
    static let wholesOfTheDead: WordSet = [
        "rest", "part", "majority", "bulk", "remainder", "most", "half", "toll", "tally", "list", "ranks", "number",
        "total",
    ]

    /// What the event finders say of one number for two casualty events (`killed and wounded 45`, `30
    /// dead and injured`); ``event(for:nounEnd:sentence:skipParticiples:unit:)`` turns it into no event.
    static let killedAndInjured = "killed and injured"

    /// Verbs of bombardment whose object is what it was aimed at: `shelled the three villages`, `bombed 12
    /// hospitals`, `stormed two checkpoints` (the words that already name an event, `hit`, `targeted`, keep it).
    static let bombardingVerbs: WordSet = [
        "shelled", "shelling", "bombed", "bombing", "bombarded", "bombarding", "pounded", "pounding", "raided",
        "raiding", "stormed", "storming", "attacked", "attacking", "strafed", "strafing",
    ]

    /// What ``eventBefore(_:sentence:)`` says of a count after `strikes on`: targeted, unless what is
    /// counted is no target (`attacks on three occasions`).
    static let attackTarget = "attack target"

    /// Whether tokens `first` and `second` are two different casualty events joined by `and`/`or` or a comma
    /// (`Army Kills, Wounds Dozens`), or side by side in a headline that lost its commas (`Army Kills Wounds
    /// Dozens`).
    func isKilledAndInjured(_ first: Int, _ second: Int, sentence: Range<Int>) -> Bool {
        guard first >= sentence.lowerBound, second < sentence.upperBound,
            second == first + 1
                || second == first + 2
                    && (tokens[first + 1].lowerIs(oneOf: ["and", "or", "&"]) || tokens[first + 1].isPunctuation(",")),
            tokens[first].isWord, tokens[second].isWord,
            let one = FigureVocabulary.eventWords[tokens[first].lower],
            let other = FigureVocabulary.eventWords[tokens[second].lower]
        else { return false }
        let harms: Set<String> = ["killed", "injured", "missing"]
        return one != other && harms.contains(one) && harms.contains(other)
    }

    /// Whether a comma at `k` opens an aside (`, mostly women and children,`, `, including a child,`, `, all
    /// members of the patrol,`).
    func inAsideAfter(_ k: Int, _ sentence: Range<Int>) -> Bool {
        tokens[k].isPunctuation(",") && k + 1 < sentence.upperBound
            && (FigureLexicon.asideOpeners.contains(lowerOf: tokens[k + 1])
                || opensBreakdownAside(at: k + 1, sentence: sentence) || opensApposition(at: k + 1, sentence))
    }

    /// Whether an apposition on all the counted opens at `k`, right after a comma: `, all members of the
    /// patrol,`, `, both local guides,` (a word that is no verb after `all`/`both`: not `, all were killed`).
    func opensApposition(at k: Int, _ sentence: Range<Int>) -> Bool {
        guard k > sentence.lowerBound, k + 1 < sentence.upperBound, tokens[k - 1].isPunctuation(","),
            tokens[k].lowerIs(oneOf: ["all", "both"]), tokens[k + 1].isWord
        else { return false }
        let next = tokens[k + 1].lower
        return !EnglishLexicon.beForms.contains(next) && !EnglishLexicon.auxiliaries.contains(next)
            && FigureVocabulary.eventWords[next] == nil && !next.hasSuffix("ed")
    }

    /// Whether the report's word at `k` is a passive of saying that goes on to the count's verb: `were said
    /// to be killed`, `are said to have died` (a form of `be` before `said`, `to` after it).
    func isPassiveOfSaying(at k: Int, _ sentence: Range<Int>) -> Bool {
        guard tokens[k].lowerIs("said"), k > sentence.lowerBound, k + 1 < sentence.upperBound else { return false }
        var before = k - 1
        // (`were also said to`, `are widely said to`)
        if before > sentence.lowerBound, tokens[before].lower.hasSuffix("ly") || tokens[before].lowerIs("also") {
            before -= 1
        }
        return EnglishLexicon.beForms.contains(lowerOf: tokens[before]) && tokens[k + 1].lowerIs("to")
    }

    /// Verbs of killing read only as a count's own verb after it (``eventWordAfter(nounEnd:sentence:skipParticiples:)``).
    static let killingVerbsOfACount: WordSet = ["slaughtered"]

    /// Participles after which `as` opens a name, not another clause: `one identified as Tal Maro`.
    static let participlesOfNaming: WordSet = ["identified", "named", "known", "described", "listed"]

    /// Whether a comma at `comma` opens a breakdown that names its parts by number: `, eight women and four
    /// men,` (a numeral, then a word).
    func opensNumberedAside(after comma: Int, sentence: Range<Int>) -> Bool {
        guard tokens[comma].isPunctuation(","), comma + 2 < sentence.upperBound else { return false }
        let first = tokens[comma + 1]
        return isNumeral(first) && tokens[comma + 2].isWord
            && !tokens[comma + 2].isNumber
    }

    /// Whether a breakdown of the count opens at `k`: `including`, `among them`, `among whom`.
    func opensBreakdownAside(at k: Int, sentence: Range<Int>) -> Bool {
        if tokens[k].lowerIs("including") { return true }
        return tokens[k].lowerIs("among") && k + 1 < sentence.upperBound && tokens[k + 1].lowerIs(oneOf: ["them", "whom"])
    }

    /// A number's first token: `47`, `forty`.
    func isNumeral(_ token: Token) -> Bool { token.isNumber || NumberWords.startsNumeral(token) }

    /// Whether `token`, right after the comma that closes a breakdown, opens the count's verb: a form of
    /// `be`, an auxiliary, an adverb (`also`, `reportedly`) or an event word (`died`).
    func opensVerbAfterBreakdown(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        return EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word) || word == "also"
            || word.hasSuffix("ly") || FigureVocabulary.eventWords[word] != nil
    }

    /// The cause word nearest the count in its sentence (one after it counts as twice as far), read at most
    /// ``lookAroundTokens`` either side.
    func cause(near phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        var best: (distance: Int, word: String)?
        for i in lookAround(phrase.tokens, in: sentence)
        where tokens[i].isWord && FigureLexicon.causes.contains(lowerOf: tokens[i]) {
            let distance =
                i < phrase.tokens.lowerBound ? phrase.tokens.lowerBound - i : (i - phrase.tokens.upperBound) * 2 + 1
            if best == nil || distance < best!.distance {
                var word = tokens[i].lower
                if i > sentence.lowerBound, tokens[i - 1].lowerIs("air") { word = "air " + word }
                if i > sentence.lowerBound, tokens[i - 1].lowerIs("car"), word == "bomb" { word = "car bomb" }
                best = (distance, FigureExtractor.causeSingular(word))
            }
        }
        return best?.word
    }
}
