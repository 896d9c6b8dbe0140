/// A broadcaster's name run onto the name after it because no punctuation came between them: `an
/// interview with Tarn TV Loria Unity Council chief Ann Roe` holds `Tarn TV` and `Loria Unity Council`.
extension EntityExtractor {
    /// Media words that end a broadcaster's or an outlet's name (`Tarn TV`, `Vesk Radio`, `Loria News`).
    static let outletEndWords: WordSet = ["TV", "Radio", "News", "Television"]

    /// Head words of a company that owns or runs an outlet: after a media word they end one name.
    static let ownerHeads: WordSet = [
        "Company", "Corporation", "Corp", "Group", "Network", "Networks", "Service", "Services", "Publishing",
        "Limited", "Ltd", "Inc",
    ]

    /// The outlet and the name after it when the run goes on past a media word into a name of two or
    /// more words that says what it is by itself: an organisation's or a place's head, a known name, or a
    /// person's name opened by a given name. Nil otherwise (`Sky News Arabia`, `BBC News Online`).
    func splitAfterOutlet(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count >= 4 else { return nil }
        // The first media word after the outlet's own first word, with two words or more after it.
        guard
            let k = ((range.lowerBound + 1)..<(range.upperBound - 2)).first(where: {
                Self.outletEndWords.contains(tokens[$0].text)
            })
        else { return nil }
        // `Institute for Applied Radio System Technology`: a name with a lowercase word before its media
        // word is one name, no outlet's.
        guard !(range.lowerBound..<k).contains(where: { tokens[$0].startsLowercase }) else { return nil }
        // (`Radio Television Hong Kong`: a name that opens on a media word is the broadcaster's whole name.)
        guard !Self.outletEndWords.contains(tokens[range.lowerBound].text) else { return nil }
        let rest = (k + 1)..<range.upperBound
        guard tokens[rest.lowerBound].isWord, tokens[rest.lowerBound].isCapitalized,
            !Self.outletEndWords.contains(tokens[rest.lowerBound].text),
            !EntityLexicon.channelWords.contains(tokens[rest.lowerBound].text),
            !EnglishLexicon.nameParticles.contains(tokens[rest.lowerBound].lower)
        else { return nil }
        // (A place after an outlet names its regional service, `CBS News New York`, `Tarn Radio West
        // Vesk`; a company's head word names the outlet's owner, `Tarn News Publishing Company`.)
        let saysItself: Bool
        if let known = knownSpan(at: rest.lowerBound, limit: rest.upperBound, in: paragraph),
            known.length == rest.count
        {
            saysItself = known.evidence.kind == .organization
        } else if let head = structure(rest, in: paragraph) {
            saysItself =
                head.kind == .organization && !rest.contains { Self.ownerHeads.contains(tokens[$0].text) }
        } else {
            saysItself =
                rest.count <= 3 && isGivenName(tokens[rest.lowerBound])
                && rest.allSatisfy { looksLikeNameWord(tokens[$0]) }
        }
        guard saysItself else { return nil }
        let outlet = candidate(
            range.lowerBound..<(k + 1), in: paragraph, sentence: sentence, initial: initial,
            evidence: Evidence(kind: .organization, weight: Evidence.structure))
        return [outlet] + pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false)
    }
}
