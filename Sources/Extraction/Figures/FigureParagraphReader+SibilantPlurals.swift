/// Plurals in `-es` after a hiss: `matches`, `boxes`, `bushes` drop `es`, but a noun that ends in `e`
/// itself drops only the `s` (`prizes` → `prize`, `headaches` → `headache`, `niches` → `niche`), never
/// leaving a stem that is no word (`priz`).
extension FigureParagraphReader {
    /// The singular of a plural ending in `ches`, `shes`, `sses`, `xes` or `zes`: without `es`, unless
    /// the word list knows the form without only the `s` and not the one without `es`.
    static func singularOfSibilantPlural(_ word: String) -> String {
        let short = String(word.dropLast(2))
        let withE = String(word.dropLast())
        let words = EnglishWords.bundled
        if words.partOfSpeech(of: short) == nil, words.partOfSpeech(of: withE) == .noun { return withE }
        return short
    }
}
