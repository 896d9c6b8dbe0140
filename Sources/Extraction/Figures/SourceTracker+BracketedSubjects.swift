/// `The monitor's head said Vessa Defence Units (VDU) killed 14 gunmen`: a name right after the verb of
/// saying, with its acronym in brackets, is no inverted speaker (`… said the Tarvan Observatory (TOR).`)
/// when a verb follows the brackets: it opens the clause that is reported, and those who act in it (the
/// killers) say nothing.
extension SourceTracker {
    /// Whether the capitalised run that ends at `end` is followed by a bracket of a few words and then by a
    /// verb of the reported clause (`killed`, `backed by`, `have`, `were`): the name is that clause's subject.
    func opensReportedClause(afterNameEndingAt end: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard end < sentence.upperBound, tokens[end].isPunctuation("(") else { return false }
        var close = end + 1
        while close < sentence.upperBound, close - end <= 4, !tokens[close].isPunctuation(")") { close += 1 }
        guard close < sentence.upperBound, tokens[close].isPunctuation(")"), close + 1 < sentence.upperBound
        else { return false }
        let next = tokens[close + 1]
        guard next.isWord, !next.isCapitalized, !FigureLexicon.reportContinuations.contains(lowerOf: next) else {
            return false
        }
        let word = next.lower
        return FigureVocabulary.eventWords[word] != nil || EnglishLexicon.beForms.contains(word)
            || EnglishLexicon.auxiliaries.contains(word) || word.hasSuffix("ed")
    }
}
