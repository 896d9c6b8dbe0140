/// `… injuring four people according to a source at Kelvar Police Command.`, `according to an official
/// with the Tarvan Health Ministry`: the one `according to` names is a role of an organisation named after
/// it, and the organisation reports (as `a source at Kelvar Police Command said` does). Not a place (`a
/// medical source in Vessa`), nor a name that is no organisation's (`a source in the Kelvar Hills`).
extension SourceTracker {
    /// The organisation after `according to` (at `start`) and a role in it, as written; nil when the words
    /// are no role of one.
    func organizationOfRole(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var k = start
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["a", "an", "the"]) { k += 1 }
        // (`a security source at …`, `a senior official in …`: one word describing the role.)
        if k + 1 < sentence.upperBound, tokens[k].isWord, !tokens[k].isCapitalized,
            !FigureLexicon.roleHeads.contains(lowerOf: tokens[k]),
            FigureLexicon.roleHeads.contains(lowerOf: tokens[k + 1])
        {
            k += 1
        }
        guard k + 2 < sentence.upperBound, FigureLexicon.roleHeads.contains(lowerOf: tokens[k]),
            tokens[k + 1].lowerIs(oneOf: Self.roleLinks)
        else { return nil }
        var first = k + 2
        if tokens[first].lowerIs("the") { first += 1 }
        guard first < sentence.upperBound, tokens[first].isCapitalized else { return nil }
        let end = nameEnd(from: first, in: sentence, tokens: tokens)
        guard end > first else { return nil }
        let name = paragraph.text(of: first..<end)
        guard gazetteer.place(named: name) == nil else { return nil }
        let head = tokens[end - 1].lower
        guard
            EntityLexicon.genericHeads.contains(head) || FigureLexicon.organizationDescriptions.contains(head)
                || resolver.organizationName(namedBy: name) != nil
        else { return nil }
        return clean(name)
    }

    /// The words between a role and the organisation it belongs to: `a source at`, `an official with`.
    static let roleLinks = ["at", "in", "from", "within", "inside", "with", "for"]
}
