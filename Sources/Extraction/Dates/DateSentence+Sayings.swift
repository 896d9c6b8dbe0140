/// Dates of a saying rather than of what happened: `the monitor said on Thursday`, `On Monday, the ministry
/// said …`, `The army on Sunday announced …`. A figure takes a date of what happened before a saying's.
extension DateSentence {
    /// `said on Thursday`, `said Monday`: right after a verb of saying.
    func isSaying(before o: Int) -> Bool {
        EnglishLexicon.speechVerbs.contains(lower(o - 1))
            || (lower(o - 1) == "on" && EnglishLexicon.speechVerbs.contains(lower(o - 2)))
    }

    /// `The army on Sunday announced …` (a verb of saying right after the date), and `On Monday, the
    /// ministry said that …`, `Late Monday the monitor reported …` (the date opens the sentence and its
    /// subject's verb of saying follows with no count or other verb between): the day the words were said.
    func opensSaying(_ date: Range<Int>) -> Bool {
        if EnglishLexicon.speechVerbs.contains(lower(date.upperBound)) { return true }
        var first = date.lowerBound
        while first > sentence.lowerBound, first - date.lowerBound > -3,
            DateSentence.sayingDateOpeners.contains(lower(first - 1))
        {
            first -= 1
        }
        guard first == sentence.lowerBound else { return false }
        var k = date.upperBound
        while k < sentence.upperBound, k - date.upperBound < 8 {
            let t = tokens[k]
            let word = t.lower
            if EnglishLexicon.speechVerbs.contains(word) { return k > date.upperBound }
            guard !t.isNumber, !DateSentence.verbsBeforeSaying.contains(word),
                !(word.hasSuffix("ed") && word.count > 4) || t.isCapitalized
            else { return false }
            k += 1
        }
        return false
    }

    /// Words that may stand before a date opening a sentence: `On Monday`, `Late on Monday`, `Early Tuesday`.
    static let sayingDateOpeners: WordSet = ["on", "late", "early", "earlier", "later"]

    /// Verbs of a clause of its own between a date and a verb of saying (`On Monday 12 people were killed,
    /// the monitor said`): the date is the happening's.
    static let verbsBeforeSaying: WordSet = [
        "was", "were", "is", "are", "has", "have", "had", "been", "be", "killed", "died", "kills", "kill",
    ]
}
