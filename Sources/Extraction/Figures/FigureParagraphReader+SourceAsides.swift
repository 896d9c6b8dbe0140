/// Places named in an aside about who reports, which say where the reporter works, not where a figure
/// happened.
extension FigureParagraphReader {
    /// `Save the Children, a charity that works in Yemen, said …`, `MSF – a group that runs clinics in
    /// Yemen – said …`, `the Observatory, which monitors Syria, reported …`, `Ali Hassan, head of the
    /// health office in Taiz, said …`: the place stands in an aside opened after a name by a comma or dash
    /// and `a`/`which`/`who` or a role, and closed by the same mark right before a reporting verb.
    func isInAsideAboutTheSource(_ mention: EntityExtractor.MentionReference) -> Bool {
        let start = mention.tokens.lowerBound
        var opener = start - 1
        while opener > 0, start - opener < 12, !isAsideMark(tokens[opener]) {
            guard tokens[opener].isWord || tokens[opener].isNumber || tokens[opener].text == "'s" else {
                return false
            }
            opener -= 1
        }
        guard opener > 0, isAsideMark(tokens[opener]), opener + 1 < start,
            Self.sourceAsideOpeners.contains(lowerOf: tokens[opener + 1])
                || FigureLexicon.roleHeads.contains(lowerOf: tokens[opener + 1]),
            tokens[opener - 1].isCapitalized || tokens[opener - 1].isPunctuation(")")
        else { return false }
        var closer = mention.tokens.upperBound
        while closer < tokens.count, closer - start < 14, !isAsideMark(tokens[closer]) {
            guard tokens[closer].isWord || tokens[closer].isNumber || tokens[closer].text == "'s" else {
                return false
            }
            closer += 1
        }
        guard closer + 1 < tokens.count, tokens[closer].text == tokens[opener].text else { return false }
        var verb = closer + 1
        if tokens[verb].lowerIs(oneOf: ["has", "have", "also"]), verb + 1 < tokens.count { verb += 1 }
        return SourceTracker.reportingVerbs.contains(lowerOf: tokens[verb])
    }

    /// A comma or a dash that may open or close an aside.
    func isAsideMark(_ token: Token) -> Bool {
        token.isPunctuation(",") || token.isPunctuation("-") || token.isPunctuation("\u{2013}")
            || token.isPunctuation("\u{2014}")
    }

    /// Words that open an aside describing the name before it: `, a charity that …`, `, which runs …`.
    static let sourceAsideOpeners: WordSet = ["a", "an", "which", "who", "whose", "the"]
}
