/// `3,000 villagers were gassed`, `accused the army of gassing hundreds`: people gassed were killed by poison
/// gas (``FigureVocabulary/eventWords``), unless the sentence tells of tear gas or a crowd dispersed (`riot
/// police gassed 40 protesters`), which hurts or drives off but does not kill.
extension FigureParagraphReader {
    /// Whether the event word that says `killed` around the count is one of gassing, in a sentence of tear
    /// gas or of a crowd dispersed.
    func isTearGassing(_ around: EventWordsAround, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let at = around.participle != nil ? nounEnd : around.before?.at ?? around.after?.at
        guard let at, at < tokens.count, Self.gassingWords.contains(lowerOf: tokens[at]) else { return false }
        return sentence.contains { Self.wordsOfDispersal.contains(lowerOf: tokens[$0]) }
    }

    /// The words of gassing that ``FigureVocabulary/eventWords`` reads as `killed`.
    static let gassingWords: WordSet = ["gassed", "gassing"]

    /// Words of tear gas and of crowds dispersed.
    static let wordsOfDispersal: WordSet = [
        "tear", "teargas", "tear-gas", "pepper", "riot", "protesters", "protestors", "demonstrators", "crowd",
        "crowds", "disperse", "dispersed", "rally", "march",
    ]
}
