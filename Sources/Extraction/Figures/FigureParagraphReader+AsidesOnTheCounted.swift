/// An aside on who the counted were, between a count and its own verb: `three others, among them a nurse,
/// died in the Dornholm district`, `three others - mostly shepherds - died in …`. The place after the verb is
/// the count's own, as close to it as if the aside were not written.
extension FigureParagraphReader {
    /// The most tokens such an aside may take, its marks included.
    static let longestAsideOnTheCounted = 12

    /// How many tokens the aside right after the figure's words takes (`, among them a nurse,`), its two marks
    /// included; 0 when none stands there. The aside opens with a comma or a dash and a breakdown's word
    /// (`including`, `among them`, `mostly`, `all`, a number), closes with the same mark before the count's
    /// verb (`died`, `were`), and names no place of its own (`, including three in Vesk,` places a part).
    func lengthOfAsideOnTheCounted(after nounEnd: Int, clause: Range<Int>) -> Int {
        guard nounEnd + 2 < clause.upperBound, isAsideMark(tokens[nounEnd]) else { return 0 }
        let opener = nounEnd + 1
        guard
            FigureLexicon.asideOpeners.contains(lowerOf: tokens[opener])
                || opensBreakdownAside(at: opener, sentence: clause) || opensApposition(at: opener, clause)
                || opensNumberedAside(after: nounEnd, sentence: clause)
        else { return 0 }
        let mark = tokens[nounEnd].text
        let limit = min(clause.upperBound - 1, nounEnd + Self.longestAsideOnTheCounted)
        guard let close = ((opener + 1)..<max(opener + 1, limit)).first(where: { tokens[$0].text == mark }),
            opensVerbAfterBreakdown(tokens[close + 1]),
            !((opener + 1)..<close).contains(where: { placeTokens.contains($0) })
        else { return 0 }
        return close - nounEnd + 1
    }
}
