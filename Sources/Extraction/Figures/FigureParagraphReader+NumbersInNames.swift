/// A capitalised number word inside running text that belongs to a name: after a word of the name and
/// before what the name names (`the Fantastic Four`, `Formula One teams`, `Kelvar's Eleven opened`), or
/// inside a name that goes on in capitals after it (`The Two Ronnies`, `the 2005 Six Nations`, `Saturday's
/// Six Nations match`, `Precious Six Garments`). It counts nothing.
///
/// A capitalised word before a capitalised number is also a headline's run glued into the text or a
/// dateline (`Kelvar Two soldiers died`, `Gunmen Kill Three`, `Syria Five Civilians Killed`), so the word
/// before must be no place, no verb, event, month, weekday or function word; and what follows must be no
/// count of people or harm and no event (`Five Civilians`, `Six Killed`); a capitalised word after the number
/// must be the name's plural or go on in capitals (`Six Nations`, `Six Day War`), not modify a lowercase noun
/// (`Ten Russian raids`). (A lowercase word before a capitalised number and a name is
/// ``isPartOfAName(_:next:previous:sentence:)``.)
extension FigureParagraphReader {
    /// Whether the spelled-out number of `phrase` belongs to the name around it.
    func isNumberInAName(_ phrase: NumberPhrase, next: Token?, sentence: Range<Int>) -> Bool {
        let i = phrase.numeralStart
        if tokens[i].isNumber { return isDigitsInAName(phrase, next: next, sentence: sentence) }
        guard phrase.isSpelledOut, !phrase.isVague, phrase.tokens.count == 1, phrase.tokens.lowerBound == i,
            phrase.currency == nil, i > sentence.lowerBound, !paragraph.isTitleCase, tokens[i].isCapitalized,
            !tokens[i].isAllCaps
        else { return false }
        let previous = i - 1
        let isPossessive = tokens[previous].lowerIs(oneOf: ["'s", "\u{2019}s"]) && previous > sentence.lowerBound
        if let next, next.isWord, next.isCapitalized {
            // `The Two Ronnies`, `Saturday's Six Nations`, `the 2005 Six Nations`, `RBS Six Nations`.
            guard !hasCountOfHarmAhead(i + 1, sentence: sentence), FigureVocabulary.eventWords[next.lower] == nil
            else { return false }
            // The name's own noun, a plural (`Six Nations`) or a capitalised word before another (`Six Day War`),
            // not a modifier of a lowercase noun counted (`Ten Russian raids`, `Four Tarvan members`).
            let after = phrase.tokens.upperBound + 1
            guard !next.isAllCaps, gazetteer.country(forDemonym: next.text) == nil,
                isPluralNoun(next)
                    || after < sentence.upperBound && tokens[after].isWord && tokens[after].isCapitalized
            else { return false }
            let before = tokens[previous]
            return before.lowerIs("the") || isPossessive || before.isNumber
                || before.isAllCaps && before.isWord && gazetteer.place(named: Self.titled(before)) == nil
                    && !isInPlaceName(previous, sentence: sentence)
                || isWordOfAName(previous, sentence: sentence)
        }
        // `Kelvar's Eleven opened`: the possessive of a capitalised word.
        if isPossessive { return isWordOfAName(previous - 1, sentence: sentence) }
        if hasCountOfHarmAhead(i + 1, sentence: sentence) { return false }
        return isWordOfAName(previous, sentence: sentence)
    }

    /// Whether one of the three words from `k` is a noun of people, harm, strikes or buildings (`Three rescue
    /// workers`, `Three Terrorist Attacks`): a count's noun, the number counts.
    func hasCountOfHarmAhead(_ k: Int, sentence: Range<Int>) -> Bool {
        var j = k
        while j < min(k + 3, sentence.upperBound), tokens[j].isWord {
            if isCountOfHarm(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// Whether the word at `k` is a capitalised word of a name: not in capitals, no place, and not a verb,
    /// an event, a month, a weekday or a function word capitalised in a headline.
    func isWordOfAName(_ k: Int, sentence: Range<Int>) -> Bool {
        let word = tokens[k]
        guard word.isWord, !word.isNumber, word.isCapitalized, !word.isAllCaps,
            !EnglishLexicon.notNames.contains(word.text), !FigureLexicon.phraseBreakers.contains(lowerOf: word),
            FigureVocabulary.eventWords[word.lower] == nil, EnglishLexicon.month(word.lower) == nil,
            EnglishLexicon.weekdays[word.lower] == nil,
            EnglishWords.bundled.partOfSpeech(of: word.lower) != .verb
        else { return false }
        return gazetteer.place(named: word.text) == nil && !isInPlaceName(k, sentence: sentence)
    }

    /// `the 6 Nations opener`, `Saturday's 6 Nations title race`: a name written with digits, after `the` or
    /// a possessive, whose capitalised plural (no people's name, no harm, no event) modifies the noun after
    /// it or goes on in capitals. Not `the 6 Nations in the bloc`, `the 3 Kelvars were …`: a count.
    func isDigitsInAName(_ phrase: NumberPhrase, next: Token?, sentence: Range<Int>) -> Bool {
        let i = phrase.numeralStart
        guard phrase.tokens.count == 1, phrase.tokens.lowerBound == i, phrase.currency == nil,
            !phrase.isVague, tokens[i].text.utf8.count <= 2, i > sentence.lowerBound, !paragraph.isTitleCase,
            let next, next.isWord, next.isCapitalized, !next.isAllCaps, isPluralNoun(next),
            gazetteer.country(forDemonym: next.text) == nil, FigureVocabulary.eventWords[next.lower] == nil,
            !hasCountOfHarmAhead(i + 1, sentence: sentence)
        else { return false }
        let previous = tokens[i - 1]
        guard previous.lowerIs("the") || previous.lowerIs(oneOf: ["'s", "\u{2019}s"]) else { return false }
        let after = i + 2
        guard after < sentence.upperBound, tokens[after].isWord else { return false }
        let word = tokens[after].lower
        if tokens[after].isCapitalized { return !tokens[after].isAllCaps }
        return !FigureLexicon.phraseBreakers.contains(word) && !EnglishLexicon.beForms.contains(word)
            && !EnglishLexicon.auxiliaries.contains(word) && FigureVocabulary.eventWords[word] == nil
            && !word.hasSuffix("ed") && !isSingularVerb(word) && !word.hasSuffix("ly")
    }
}
