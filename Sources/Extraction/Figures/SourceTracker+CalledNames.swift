/// An organisation introduced by the name it goes by: `The network called Tarvo Is Being Wiped Out said …`,
/// `a group known as Vesk Watch reported …`. Its name may be a whole sentence, lowercase words and all, so
/// it is read as the words between `called` and the reporting verb, not as a noun phrase walked back from
/// the verb.
extension SourceTracker {
    /// The name between `called` (`named`, `dubbed`, `known as`) after an organisation's description and
    /// the reporting verb at `verb`: at most ``calledNameLength`` words, the first capitalised, words only.
    func calledName(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        var k = verb - 1
        while k > sentence.lowerBound, verb - k <= Self.calledNameLength, tokens[k].isWord,
            !Self.namingWords.contains(lowerOf: tokens[k])
        {
            k -= 1
        }
        guard k > sentence.lowerBound, k + 1 < verb, Self.namingWords.contains(lowerOf: tokens[k]),
            tokens[k + 1].isCapitalized
        else { return nil }
        // (`known as`: the description stands before `known`.)
        var description = k - 1
        if tokens[k].lowerIs("as") {
            guard description > sentence.lowerBound, tokens[description].lowerIs("known") else { return nil }
            description -= 1
        }
        guard description >= sentence.lowerBound,
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[description])
        else { return nil }
        return paragraph.text(of: (k + 1)..<verb)
    }

    /// The words that introduce an organisation's name after its description.
    static let namingWords: WordSet = ["called", "named", "dubbed", "as"]

    /// The longest name read after `called`.
    static let calledNameLength = 8
}
