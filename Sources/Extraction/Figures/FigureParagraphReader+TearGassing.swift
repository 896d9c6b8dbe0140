/// `3,000 villagers were gassed`, `accused the army of gassing hundreds`: people gassed were killed by poison
/// gas (``FigureVocabulary/eventWords``), unless the sentence tells of tear gas or a crowd dispersed (`riot
/// police gassed 40 protesters`), which hurts or drives off but does not kill, or of the gassed treated or
/// surviving (`medics treated 300 people who had been gassed`), who were hurt, not killed.
extension FigureParagraphReader {
    /// Whether the event word that says `killed` around the count is one of gassing, in a sentence of tear
    /// gas, of a crowd dispersed or of the gassed treated, injured or surviving: then no one was killed.
    func isTearGassing(_ around: EventWordsAround, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let at = around.participle != nil ? nounEnd : around.before?.at ?? around.after?.at
        guard let at, at < tokens.count, Self.gassingWords.contains(lowerOf: tokens[at]) else { return false }
        return sentence.contains {
            Self.wordsOfDispersal.contains(lowerOf: tokens[$0])
                || Self.wordsOfTheGassedSurviving.contains(lowerOf: tokens[$0])
                // (`In March 1988`: the month, not a march; only the lowercase word is a crowd.)
                || Self.lowercaseWordsOfDispersal.contains(tokens[$0].text)
        }
    }

    /// The words of gassing that ``FigureVocabulary/eventWords`` reads as `killed`.
    static let gassingWords: WordSet = ["gassed", "gassing"]

    /// Words of tear gas, of crowds dispersed and of the police who disperse them.
    static let wordsOfDispersal: WordSet = [
        "tear", "teargas", "tear-gas", "pepper", "riot", "protesters", "protestors", "demonstrators", "crowd",
        "crowds", "disperse", "dispersed", "police", "officers",
    ]

    /// Words of crowds that are read only as written in lowercase: `a march`, `the rally` (not `In March`,
    /// the month, nor `Rally`, a name).
    static let lowercaseWordsOfDispersal: WordSet = ["rally", "march"]

    /// Words that say the gassed were treated, hurt or lived: `treated`, `hospital`, `survivors`.
    static let wordsOfTheGassedSurviving: WordSet = [
        "treated", "hospital", "symptoms", "survivors", "injured", "wounded",
    ]
}
