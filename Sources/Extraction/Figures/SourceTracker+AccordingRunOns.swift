/// `According to the Kelvan Health Organisation Tarnia is the worst-hit country …`, in text that lost the
/// comma after the name: the capitalised words after `according to the` run on into the subject of the
/// clause it reports, a place the gazetteer knows standing right before that clause's verb. The source is
/// the words before the place — a title-case name after `according to the` is an organisation's, even one
/// no lexicon knows or a misspelt one — never the place, which begins what the organisation reports.
extension SourceTracker {
    /// The name before the place that opens the reported clause, as written, or nil when the words after
    /// `according to` (at `start`) do not run on into one.
    func nameBeforeClauseSubject(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        let hasThe = start < sentence.upperBound && tokens[start].lowerIs("the")
        let first = hasThe ? start + 1 : start
        guard first < sentence.upperBound, tokens[first].isCapitalized else { return nil }
        let end = nameEnd(from: first, in: sentence, tokens: tokens)
        guard end - first >= 2, end < sentence.upperBound, Self.opensPredicate(tokens[end]) else { return nil }
        // The longest place that closes the run, not inside the name (`Bank of Tarnia` keeps its place).
        for k in (first + 1)..<end
        where tokens[k].isCapitalized && !tokens[k - 1].lowerIs(oneOf: ["of", "for", "and"]) {
            guard gazetteer.place(named: paragraph.text(of: k..<end)) != nil else { continue }
            let name = paragraph.text(of: first..<k)
            // (Without `the`, only a name the article gives an organisation: `according to Reuters Tarnia has`.)
            guard hasThe || resolver.organizationName(namedBy: name) != nil else { return nil }
            return clean(name)
        }
        return nil
    }

    /// Whether the word is a clause's verb right after its subject: a form of `be`, an auxiliary (`is`,
    /// `has`, `will`).
    static func opensPredicate(_ token: Token) -> Bool {
        token.isWord && (EnglishLexicon.beForms.contains(lowerOf: token) || EnglishLexicon.auxiliaries.contains(lowerOf: token))
    }
}
