/// The figure pass reads English: in a page in another language (`6 anos`, `3 ans`) the words around a
/// number say nothing it knows, so it reads no figures there rather than guess.
extension FigureExtractor {
    /// Whether the article's body reads as English: among its first words, English function words
    /// (`the`, `of`, `and`) are common. Short texts are taken as English.
    static func readsAsEnglish(_ article: AnalyzedArticle) -> Bool {
        var words = 0
        var functionWords = 0
        for paragraph in article.paragraphs.dropFirst() {
            for token in paragraph.tokens where token.isWord {
                words += 1
                if FigureLexicon.englishFunctionWords.contains(lowerOf: token) { functionWords += 1 }
                if words == Self.languageSampleSize { break }
            }
            if words == Self.languageSampleSize { break }
        }
        // English prose runs at 15–30% of these words; other languages at almost none.
        return words < 40 || functionWords * 100 >= words * 4
    }

    static let languageSampleSize = 400
}
