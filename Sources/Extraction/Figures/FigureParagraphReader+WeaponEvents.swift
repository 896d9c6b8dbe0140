/// What happened to weapons a figure counts, said in the words weapons take: `dropped 1,000 bombs`,
/// `10 rockets slammed into the market`, `targeted the town with four mortar shells`, `strikes killed 12`.
extension FigureParagraphReader {
    /// The event of a count of weapons that no general event word gives: the verbs only weapons take
    /// before or after it, or a strike verb the weapons were the means of.
    func weaponEvent(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        var before = phrase.tokens.lowerBound - 1
        while before > sentence.lowerBound, before >= phrase.tokens.lowerBound - 3,
            FigureLexicon.wordsBeforeCount.contains(lowerOf: tokens[before])
        {
            before -= 1
        }
        if before >= sentence.lowerBound {
            let word = tokens[before].lower
            // `shot down 5 drones`.
            if word == "down", before > sentence.lowerBound, tokens[before - 1].lowerIs("shot") { return "intercepted" }
            if let event = FigureLexicon.weaponVerbsBefore[word] { return event }
            if word == "with", isStrikeVerb(within: max(sentence.lowerBound, before - 12)..<before) { return "fired" }
        }
        var after = nounEnd
        while after < sentence.upperBound, after < nounEnd + 4, tokens[after].isWord {
            if let event = FigureLexicon.weaponVerbsAfter[tokens[after].lower] { return event }
            after += 1
        }
        return nil
    }

    /// Whether a verb of striking a place (`targeted`, `shelled`, `attacked`) stands in `range`.
    func isStrikeVerb(within range: Range<Int>) -> Bool {
        range.contains { FigureLexicon.strikeVerbs.contains(lowerOf: tokens[$0]) }
    }

    /// Whether the sentence tells of something dropped from the air: an aircraft or a bomb in it
    /// (`Helicopters dropped 12 barrels`), and no oil or a rate of output (`barrels of crude`, `a day`).
    func dropsFromTheAir(_ sentence: Range<Int>) -> Bool {
        var airborne = false
        for i in sentence {
            let word = tokens[i].lower
            if ["oil", "crude", "bpd", "petrol", "fuel"].contains(word) { return false }
            if word == "day", i > sentence.lowerBound, tokens[i - 1].lowerIs(oneOf: ["a", "per"]) { return false }
            let singular = FigureExtractor.causeSingular(word)
            if Self.aircraftUnits.contains(singular) || singular == "bomb" || singular == "warplane" { airborne = true }
        }
        return airborne
    }
}
