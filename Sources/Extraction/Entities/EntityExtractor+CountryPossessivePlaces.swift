/// A place named after its country's possessive in text that lost its apostrophes: `killed in Syrias Tarvan`.
extension EntityExtractor {
    /// Whether the name at `range` follows a country written as an owner with its apostrophe lost (`Syrias`,
    /// ``possessiveCountry(_:)``), right after a preposition of where (`in Syrias Tarvan`, `near Iraqs
    /// Kelvar`): a town or region of that country. Not a given name (`in Syrias Bashar …` is a person) nor a
    /// title (`in Syrias President …`); not a run holding an English word (`in Syrias Tarvan Monitor`, a
    /// headline's credit, or the next sentence's first word run onto the name); not a name cut before its own
    /// lowercase word (`in Syrias Deir ezzor`, when the gazetteer knows `Deir Ezzor`). Not a run holding a
    /// word in capitals (`in Russias TARVANEFT`: a company's or a body's acronym, or a headline's shouting), nor
    /// after a word for money put into a company (`took a stake in Russias Tarvaneft`, `invested in Chinas
    /// Vessko`, ``EntityLexicon/investmentWords``): the country's company, not its town.
    func placeAfterCountryPossessive(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let owner = range.lowerBound - 1
        guard owner - 1 >= sentence.lowerBound, range.count <= 2, possessiveCountry(tokens[owner]) != nil,
            EntityLexicon.placePrepositions.contains(tokens[owner - 1].lower),
            !isGivenName(tokens[range.lowerBound]), !isTitle(tokens[range.lowerBound]),
            range.allSatisfy({
                tokens[$0].isWord && !tokens[$0].isAllCaps
                    && EnglishWords.bundled.partOfSpeech(of: tokens[$0].lower) == nil
            })
        else { return false }
        if owner - 2 >= sentence.lowerBound, EntityLexicon.investmentWords.contains(tokens[owner - 2].lower) {
            return false
        }
        guard range.upperBound < sentence.upperBound else { return true }
        let after = tokens[range.upperBound]
        if after.lower == "'s" || after.lower == "\u{2019}s" { return false }
        guard after.isWord, after.startsLowercase else { return true }
        let goesOn = range.map { tokens[$0].text } + [Self.capitalizedForm(after.text)]
        return gazetteer.place(named: goesOn.joined(separator: " ")) == nil
    }
}
