/// What a number counts when a list of nouns follows it: `2,000 men, women and children` counts people,
/// not men.
extension FigureParagraphReader {
    /// `person` when the plural noun at `head` opens a list of plural nouns of people joined by commas and
    /// a closing `and`/`or`, opened by people of a sex or an age (`men, women and children`, `women and
    /// girls`); nil otherwise, so the first noun stays the unit (`25 soldiers and militiamen` count soldiers).
    /// Looks at most five nouns ahead.
    func peopleListUnit(after head: Int, sentence: Range<Int>) -> String? {
        let first = Self.singular(tokens[head].lower)
        guard FigureLexicon.genderedPeople.contains(first) || Self.agedPeople.contains(first) else { return nil }
        var i = head + 1
        var nouns = 0
        while nouns < 5, i < sentence.upperBound {
            let start = i
            if tokens[i].isPunctuation(",") { i += 1 }
            let closing = i < sentence.upperBound && ["and", "or"].contains(tokens[i].lower)
            if closing { i += 1 }
            guard i > start, i < sentence.upperBound else { return nil }
            let token = tokens[i]
            guard isPluralNoun(token), !token.isCapitalized,
                FigureLexicon.peopleUnits.contains(Self.singular(token.lower))
            else { return nil }
            nouns += 1
            i += 1
            if closing { return "person" }
        }
        return nil
    }

    /// People counted by age who open a list of people: `children, women and the elderly`.
    static let agedPeople: WordSet = ["child", "adult", "baby", "infant", "teenager"]
}
