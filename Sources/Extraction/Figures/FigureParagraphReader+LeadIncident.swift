/// Whether a sentence after the article's lead leaves the incident the lead told of, so that the lead's
/// place (``EarlierSentencePlace/leadPlace``) stands no more for the sentences after it.
extension FigureParagraphReader {
    /// Notes the places a sentence of the lead names, and the countries they lie in (while the lead is read).
    mutating func noteLeadNames(in sentence: Range<Int>) {
        guard !earlierPlace.isPastLead else { return }
        let named = places.filter { sentence.contains($0.tokens.lowerBound) }.map(siteName)
        let codes = named.compactMap { gazetteer.place(named: $0)?.countryCode }
        earlierPlace.noteLeadNames(named, countryCodes: codes, causes: nonCombatCauses(in: sentence))
    }

    /// The causes other than fighting a sentence tells of (`road accidents`, `cholera`), singular.
    func nonCombatCauses(in sentence: Range<Int>) -> [String] {
        sentence.compactMap { i in
            FigureLexicon.nonCombatCauses.contains(lowerOf: tokens[i]) ? FigureExtractor.causeSingular(tokens[i].lower) : nil
        }
    }

    /// `Road accidents killed 25 people during the holiday`, `40 people had died of cholera`, after a lead
    /// of an airstrike: the sentence tells of a cause other than fighting that the lead told not of.
    func tellsOfAnotherCause(_ sentence: Range<Int>) -> Bool {
        nonCombatCauses(in: sentence).contains { !earlierPlace.leadCauses.contains($0) }
    }

    /// `Idlib province is held by rebels`, `the war in Syria`, after a lead that named `the town of Marlow in
    /// Idlib province`: every place the sentence names is one the lead named, or a country one of them lies in.
    func namesOnlyTheLeadsPlaces(_ sentence: Range<Int>) -> Bool {
        guard earlierPlace.leadPlace != nil else { return false }
        return places.allSatisfy { mention in
            guard sentence.contains(mention.tokens.lowerBound) else { return true }
            let name = siteName(mention)
            if earlierPlace.leadNames.contains(name) { return true }
            guard isCountry(mention), let code = gazetteer.place(named: name)?.countryCode else { return false }
            return earlierPlace.leadCountryCodes.contains(code)
        }
    }

    /// An incident figure with no site (``isUnsitedIncident(_:)``), people the incident drove from their
    /// homes (``isDisplacedByTheIncident(_:in:)``) or, while the lead's place stands (`leadStands`), a total
    /// over hours or days (``isShortTotalOfTheIncident(_:)``).
    func takesEarlierPlace(_ figure: Figure, leadStands: Bool, sentence: Range<Int>) -> Bool {
        isUnsitedIncident(figure) || isDisplacedByTheIncident(figure, in: sentence)
            || isShortTotalOfTheIncident(figure) && (leadStands || pointsBackToItsCause(figure, in: sentence))
    }

    /// `Two days of such raids have killed 30 civilians`, `the shelling has killed 12 in 24 hours`: the count
    /// puts its harm down to a cause told before (`such`, `the`, `this` or `these`, up to two words describing
    /// it, then the cause, before the count), so a total over hours or days of it is that incident's.
    func pointsBackToItsCause(_ figure: Figure, in sentence: Range<Int>) -> Bool {
        // (Only the words before the count, at most ``displacingCauseReach`` back: linear in the sentence.)
        let numeral = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
        let from = max(sentence.lowerBound + 1, numeral - Self.displacingCauseReach)
        let upTo = min(numeral, sentence.upperBound)
        guard from < upTo else { return false }
        return (from..<upTo).contains { i in
            guard FigureLexicon.causes.contains(lowerOf: tokens[i]) else { return false }
            var j = i - 1
            while j >= sentence.lowerBound, i - j <= 3, tokens[j].isWord, !tokens[j].isCapitalized,
                !tokens[j].lowerIs(oneOf: ["such", "the", "this", "these"])
            {
                j -= 1
            }
            return j >= sentence.lowerBound && i - j <= 3 && tokens[j].lowerIs(oneOf: ["such", "the", "this", "these"])
        }
    }

    /// `The violence has forced 2,000 residents to flee`, `the clashes displaced 300 families`: people
    /// displaced that the sentence puts down to a cause told before (`the`, `this` or `these` before it,
    /// and it before the count, as the one that drove them out), so at the incident's place. Other counts
    /// of the displaced (`two million refugees`, `millions of people displaced by the violence`) are no one
    /// place's. A count of them so far (`has forced 15,000 to flee`, a total) is still that place's.
    func isDisplacedByTheIncident(_ figure: Figure, in sentence: Range<Int>) -> Bool {
        guard figure.kind == .count, figure.site == nil, figure.event == "displaced",
            figure.value < 1_000_000, let unit = figure.unit, !["refugee", "migrant"].contains(unit)
        else { return false }
        // (Only the words before the count, at most ``displacingCauseReach`` back: linear in the sentence.)
        let numeral = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
        let from = max(sentence.lowerBound + 1, numeral - Self.displacingCauseReach)
        let upTo = min(numeral, sentence.upperBound)
        guard from < upTo else { return false }
        return (from..<upTo).contains { i in
            FigureLexicon.causes.contains(lowerOf: tokens[i]) && tokens[i - 1].lowerIs(oneOf: ["the", "this", "these"])
        }
    }

    /// How many words before a count of the displaced its cause may stand (`The fighting in the north of the
    /// province has forced 2,000 residents to flee`).
    static let displacingCauseReach = 20

    /// `In all, 40 people died in 24 hours of fighting`, `… over two days`: a total over hours or days, no
    /// longer (not `since 2011`, `this year`), otherwise a count of the incident's harm with no site.
    func isShortTotalOfTheIncident(_ figure: Figure) -> Bool {
        guard figure.isRunningTotal, let period = figure.period?.lowercased() else { return false }
        let words = period.split { !$0.isLetter }
        guard !words.contains("since"), words.contains(where: { $0.hasPrefix("hour") || $0 == "day" || $0 == "days" })
        else { return false }
        var count = figure
        count.isRunningTotal = false
        return isUnsitedIncident(count)
    }

    /// `A car bomb killed nine people at a checkpoint.` (another incident: ``opensAnotherIncident(_:)``),
    /// `Last month, shelling killed 30.`, `Two years ago …`, `In 2014, …` (another time), `Road accidents
    /// killed 25` (another cause: ``tellsOfAnotherCause(_:)``).
    func leavesTheLeadsIncident(_ sentence: Range<Int>) -> Bool {
        opensAnotherIncident(sentence) || namesAnotherTime(sentence) || tellsOfAnotherCause(sentence)
    }

    /// `last week`, `last month`, `two years ago`, `in 2014`, `since 2011`: a time before the incident's own.
    func namesAnotherTime(_ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            let word = tokens[i]
            if word.lowerIs("ago") { return true }
            if word.lowerIs(oneOf: ["last", "previous"]), i + 1 < sentence.upperBound,
                Self.pastStretches.contains(lowerOf: tokens[i + 1])
            {
                return true
            }
            guard word.lowerIs(oneOf: ["in", "since", "during"]), i + 1 < sentence.upperBound else { return false }
            let year = tokens[i + 1].text
            return year.count == 4 && year.allSatisfy(\.isNumber) && (year.hasPrefix("19") || year.hasPrefix("20"))
        }
    }

    /// Stretches of time after `last`: `last week`, `last year`, `last summer`.
    static let pastStretches: WordSet = [
        "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "fall",
    ]
}
