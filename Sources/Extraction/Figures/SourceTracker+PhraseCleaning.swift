/// What is left of a source's words once determiners, counts, dates and places are dropped: nil when
/// nothing that could report remains (`Six people`, `a February count`, `rural Idlib`).
extension SourceTracker {
    /// Drops a leading article; refuses pronouns and bare determiners.
    func clean(_ phrase: String) -> String? {
        var words = phrase.wordsBetweenSpaces().map(String.init)
        let indefinite = words.first.map { ["a", "an"].contains($0.lowercased()) } ?? false
        // Determiners, and quantifiers that make a description vague (`Some economists`, `Many residents`).
        while let first = words.first,
            ["the", "a", "an", "some", "many", "several", "most"].contains(first.lowercased())
        {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        // `a German carmaker`, `a leading European car maker`: some company, not the one named before.
        if indefinite, resolver.isBusinessDescription(words) { return nil }
        // (`the WHO said`: a pronoun's letters written as capitals are an acronym.)
        if words.count == 1, Self.pronouns.contains(words[0].lowercased()),
            words[0].count < 2 || words[0] != words[0].uppercased()
        {
            return nil
        }
        // `It's predicted that …`, `He's said`, `They're reported`: a pronoun with its verb run on names no one.
        if words.count == 1, EntityExtractor.isPronounContraction(words[0]) { return nil }
        // `Initial said`, `Preliminary reported` (an adjective whose noun was cut off) name no one.
        if words.allSatisfy({ FigureLexicon.sourcelessAdjectives.contains($0.lowercased()) }) { return nil }
        // `killed nine people Sputnik reported`: the words before the name belong to the last clause.
        if let nameStart = words.lastIndex(where: { $0.first?.isUppercase != true }).map({ $0 + 1 }),
            nameStart < words.count,
            words[..<nameStart].contains(where: {
                $0.first?.isNumber == true || NumberWords.wordValue($0.lowercased()) != nil
            })
        {
            words = Array(words[nameStart...])
        }
        // `Six people were also reported …`, `One resident said`: a count names no one who reports.
        if Self.isCount(words[0]) { return nil }
        // `according to a February count`: a month or a day names no one either.
        if words.allSatisfy({ Self.isCalendarWord($0.lowercased()) || Self.isCount($0) }) { return nil }
        // A place or a part of one (`rural Idlib`, `the province`) reports nothing; a country may.
        let phrase = words.joined(separator: " ")
        if let last = words.last?.lowercased(), Self.placeWords.contains(last) { return nil }
        if let place = gazetteer.place(named: phrase), place.kind != .country { return nil }
        if words.count == 2,
            words[0].lowercased() == "rural" || words[0].lowercased() == "eastern" || words[0].lowercased() == "western"
                || words[0].lowercased() == "northern" || words[0].lowercased() == "southern"
        {
            return nil
        }
        return phrase
    }

    /// A month or a day of the week, written in full (not `may`, which is mostly a verb or a name).
    static func isCalendarWord(_ lowercased: String) -> Bool {
        lowercased != "may" && EnglishLexicon.months[lowercased] != nil || EnglishLexicon.weekdays[lowercased] != nil
    }

    /// `Six`, `14`, `1,200`: a number word or numeral (not `15-member`).
    static func isCount(_ word: String) -> Bool {
        word.first?.isNumber == true && !word.contains("-") || NumberWords.wordValue(word.lowercased()) != nil
            || FigureLexicon.vagueCountWords.contains(word.lowercased())
    }

    static let placeWords: WordSet = [
        "area", "areas", "province", "city", "town", "village", "region", "countryside", "district", "neighbourhood",
        "neighborhood", "suburb", "suburbs", "outskirts", "border", "capital", "country",
    ]
}
