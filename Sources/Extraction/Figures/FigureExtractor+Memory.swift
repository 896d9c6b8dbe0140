extension FigureExtractor {
    /// Figures of one sentence share one copy of its text: a page of figures holds each sentence once, not
    /// once per figure (a 16 MB article dense with numbers has half a million figures).
    static func sharingSentences(_ figures: [Figure]) -> [Figure] {
        var figures = figures
        for index in figures.indices.dropFirst() where figures[index].sentence == figures[index - 1].sentence {
            figures[index].sentence = figures[index - 1].sentence
        }
        return figures
    }

    /// Grows `figures`, about to take `added` more, to what the article will hold at the rate of figures per
    /// token read so far (and a tenth to spare), or to twice its room if that is more. Grown only by
    /// appending, the array doubled as it filled, and held its old and its new copy while it grew: a 16 MB
    /// article dense with numbers (half a million figures of 216 bytes) peaked at about twice its figures.
    static func makeRoom(in figures: inout [Figure], adding added: Int, tokensRead: Int, of tokenCount: Int) {
        let needed = figures.count + added
        guard needed > figures.capacity else { return }
        let projected = needed * tokenCount / max(1, tokensRead)
        figures.reserveCapacity(max(2 * figures.capacity, projected + projected / 10))
    }
}
