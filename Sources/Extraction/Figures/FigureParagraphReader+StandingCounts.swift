/// Counts of people that stand over time rather than befall them on one day: the displaced a town hosts,
/// and a count joined by `and` to a running total (`300,000 have been killed and millions forced to flee`).
extension FigureParagraphReader {
    /// `the town now hosts 20,000 displaced people`, `camps sheltering 40,000 evacuees`, `15,000 displaced
    /// living in tents`, `a town hosting tens of thousands of refugees`: the displaced a place holds (a count
    /// with no event or a displacement), a total rather than one flight.
    func isHostedPopulation(_ figure: Figure, numeral: Int, in sentence: Range<Int>) -> Bool {
        let isDisplacement = figure.event.map { ["displaced", "evacuated"].contains($0) } ?? false
        // A count of no event is hosted only after a hosting verb (`hosts 20,000 refugees`); `90,000 people
        // live in the quarter` says where people live, not that they fled.
        guard figure.kind == .count, isDisplacement || figure.event == nil else { return false }
        var k = numeral - 1
        while k >= sentence.lowerBound, numeral - k <= 5, tokens[k].isWord,
            FigureLexicon.wordsBeforeHostedCount.contains(lowerOf: tokens[k])
        {
            // `home to 900,000 displaced people`, `home to more than 20,000` (`to` is also a word of `up to`).
            if tokens[k].lowerIs("to"), k > sentence.lowerBound, tokens[k - 1].lowerIs("home") { return true }
            k -= 1
        }
        if k >= sentence.lowerBound, tokens[k].isWord, FigureLexicon.hostingWords.contains(lowerOf: tokens[k]) {
            return true
        }
        let end = figure.tokenEnd(in: paragraph)
        var after = end
        while after < sentence.upperBound, after - end < 2,
            tokens[after].lowerIs(oneOf: ["displaced", "people", "persons", "families", "who", "now", "still"])
        {
            after += 1
        }
        return isDisplacement && after < sentence.upperBound
            && FigureLexicon.livingWords.contains(lowerOf: tokens[after])
    }

    /// `a clinic serving thousands of Syrians in Marlow was hit, leaving two dead`, `Tovin, home to 30,000
    /// people, was shelled`, `a shelter which houses 400 families was struck`: the people a place serves,
    /// is home to or houses are its population, not what befell anyone; a verb of harm elsewhere in the
    /// clause is not theirs. The event, or nil for such a count (a displacement stays: the displaced a town
    /// hosts are a standing total, ``isHostedPopulation(_:numeral:in:)``).
    func eventOfServedPopulation(_ event: String?, phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        guard let event, FigureVocabulary.casualtyEvents.contains(event), !["displaced", "evacuated"].contains(event)
        else { return event }
        var k = phrase.tokens.lowerBound - 1
        while k > sentence.lowerBound, phrase.tokens.lowerBound - k <= 5, tokens[k].isWord,
            FigureLexicon.wordsBeforeHostedCount.contains(lowerOf: tokens[k])
        {
            if tokens[k].lowerIs("to"), tokens[k - 1].lowerIs("home") { return nil }
            k -= 1
        }
        guard k >= sentence.lowerBound, tokens[k].isWord else { return event }
        return FigureLexicon.hostingWords.contains(lowerOf: tokens[k]) || Self.servingWords.contains(lowerOf: tokens[k])
            ? nil : event
    }

    /// Verbs of a place's serving people: `a hospital serving 50,000 residents`.
    static let servingWords: WordSet = ["serving", "serves", "served", "serve"]

    /// Marks a count joined by `and` to a running total before it in the sentence as a total too, when it
    /// shares that total's verb (`have been killed and millions forced to flee`, `has killed 300,000 and
    /// displaced millions`) and no day of its own follows (not `and 12 died on Tuesday`).
    /// Returns the indices of the counts it marked (each shares the verb, and so the stretch of time, of the
    /// total before it: ``shareTotalsPeriods(_:joined:)``).
    /// (One pass over the figures: whether a casualty total stood before is a flag carried along, and the
    /// sentence's last day word is found once, so a sentence of thousands of counts stays linear.)
    @discardableResult
    func markCountsJoinedToTotals(_ figures: inout [Figure], numerals: [Int], sentence: Range<Int>) -> [Int] {
        var joined: [Int] = []
        var casualtyTotalBefore = false
        var lastDayWord: Int??
        for index in figures.indices {
            defer { if isCasualtyTotal(figures[index]) { casualtyTotalBefore = true } }
            guard index > figures.startIndex, casualtyTotalBefore, figures[index].kind == .count,
                !figures[index].isRunningTotal, let event = figures[index].event,
                FigureVocabulary.casualtyEvents.contains(event),
                isJoinedByAnd(numeral: numerals[index], in: sentence)
                    || followsWithItsVerb(figures[index - 1], numeral: numerals[index], in: sentence)
            else { continue }
            // (No day of its own at or after the count.)
            if lastDayWord == nil { lastDayWord = .some(sentence.last(where: isDayWord)) }
            if let day = lastDayWord!, day >= numerals[index] { continue }
            figures[index].isRunningTotal = true
            joined.append(index)
        }
        return joined
    }

    /// A count of a casualty event over a stretch of time, which a count joined to it by `and` may share.
    func isCasualtyTotal(_ figure: Figure) -> Bool {
        figure.kind == .count && figure.isRunningTotal
            && figure.event.map(FigureVocabulary.casualtyEvents.contains) == true
    }

    /// Whether `and` (or `and` and a verb: `and displaced`, `and forced millions to flee`), or a comma and a
    /// verb of a list of them (`has killed 300,000 people, wounded 1.5 million and displaced millions`), stands
    /// right before the count's words.
    func isJoinedByAnd(numeral: Int, in sentence: Range<Int>) -> Bool {
        guard let k = wordBeforeCount(numeral: numeral, in: sentence), tokens[k].isWord else { return false }
        if tokens[k].lowerIs("and") { return true }
        return (FigureVocabulary.eventWords[lowerOf: tokens[k]] != nil || Self.compellingVerbs.contains(lowerOf: tokens[k]))
            && (tokens[k - 1].lowerIs("and") || tokens[k - 1].isPunctuation(","))
    }

    /// Verbs that make people do what the words after the count say (`forced millions to flee`, `driven
    /// thousands from their homes`): the count's event is read after it, the verb shared with the total
    /// before is this one.
    static let compellingVerbs: WordSet = ["forced", "driven", "drove", "compelled", "pushed", "sent"]

    /// `has claimed 470,000 lives injured 1.9 million others` (a list whose commas were lost): the count's own
    /// verb stands right after the running total before it.
    func followsWithItsVerb(_ total: Figure, numeral: Int, in sentence: Range<Int>) -> Bool {
        guard total.isRunningTotal, let k = wordBeforeCount(numeral: numeral, in: sentence) else { return false }
        return FigureVocabulary.eventWords[tokens[k].lower] != nil && total.tokenEnd(in: paragraph) == k
    }

    /// The token before a count's words (past `more than`, `another`, …), if it is inside the sentence and
    /// not its first token.
    func wordBeforeCount(numeral: Int, in sentence: Range<Int>) -> Int? {
        var k = numeral - 1
        while k > sentence.lowerBound, numeral - k <= 4, FigureLexicon.wordsOpeningACount.contains(lowerOf: tokens[k]) {
            k -= 1
        }
        return k > sentence.lowerBound ? k : nil
    }

    /// `Tuesday`, `yesterday`, `overnight`: a word that dates a clause to one day.
    func isDayWord(_ index: Int) -> Bool {
        EnglishLexicon.weekdays[tokens[index].lower] != nil || FigureLexicon.dayWords.contains(lowerOf: tokens[index])
    }
}
