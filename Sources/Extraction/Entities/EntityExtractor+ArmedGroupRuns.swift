/// Armed groups' Arabic names run together where a list lost its commas: `Jaish al-Rabwa Faylaq al-Hadid`,
/// `Vesk Jabhat al-Tarn` (a known place, then a group).
extension EntityExtractor {
    /// `Jaish al-Rabwa Faylaq al-Hadid` → `Jaish al-Rabwa`, `Faylaq al-Hadid`; `Ahrar al-Tarn Jabhat Fateh
    /// al-Vesk` → `Ahrar al-Tarn`, `Jabhat Fateh al-Vesk`; `Aleppo Jabhat al-Tarn` → `Aleppo`, `Jabhat
    /// al-Tarn`: a group's first word (``EntityLexicon/organizationPrefixes``) inside the run, with a word
    /// joined to its article in its next two words, after either a known name or a group's name that ends
    /// in a word joined to its article. Nil otherwise: `Liwa Ahrar Vesk` (one word before the second
    /// prefix) and `Cairo Tahrir Square` (no article after it) stay whole.
    func splitAtArmedGroupPrefix(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count >= 3 else { return nil }
        for k in (start + 1)..<(end - 1) where EntityLexicon.organizationPrefixes.contains(tokens[k].text) {
            // The group's name goes on with an Arabic article: `Faylaq al-Hadid`, `Jabhat Fateh al-Vesk`,
            // `Jabhat al Tarn`.
            let goesOn = ((k + 1)..<min(end, k + 3)).contains { Self.hasJoinedArticle(tokens[$0]) }
                || Self.separateArticles.contains(tokens[k + 1].lower) && k + 2 < end
            guard goesOn else { continue }
            let before = start..<k
            // A group's name before it (`Jaish al-Rabwa`, `Ahrar al Tarn`), or a name known whole (`Aleppo`).
            // (A group's first word the gazetteer also knows, `Liwa`, opens one name: `Liwa Ahrar Vesk`.)
            let opensGroup = EntityLexicon.organizationPrefixes.contains(tokens[start].text)
            let groupBefore =
                before.count >= 2 && opensGroup
                && (Self.hasJoinedArticle(tokens[k - 1])
                    || before.count >= 3 && Self.separateArticles.contains(tokens[k - 2].lower))
            let knownBefore = !opensGroup && knownSpan(at: start, limit: k, in: paragraph)?.length == before.count
            guard groupBefore || knownBefore else { continue }
            return pieces(of: before, in: paragraph, sentence: sentence, sentenceInitial: initial)
                + pieces(of: k..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        return nil
    }

    /// The Arabic article written apart from its noun: `Jabhat al Tarn`, `Ahrar ash Sham`.
    static let separateArticles: WordSet = ["al", "el", "ash", "ad", "ar", "az"]
}
