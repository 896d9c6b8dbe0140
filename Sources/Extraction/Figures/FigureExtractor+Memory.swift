extension FigureExtractor {
    /// Figures of one sentence share one copy of its text: a page of figures holds each sentence once, not
    /// once per figure (a 16 MB article dense with numbers has half a million figures). (The extractor's
    /// figures already share their paragraph's text: ``Figure/sentenceText``.)
    static func sharingSentences(_ figures: [Figure]) -> [Figure] {
        var figures = figures
        for index in figures.indices.dropFirst() where figures[index].sentenceText == figures[index - 1].sentenceText {
            figures[index].sentenceText = figures[index - 1].sentenceText
        }
        return figures
    }
}
