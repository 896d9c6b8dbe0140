/// `Lead claimant, the Dornholm Pension Fund, announced …`: a sentence that opens on a short description of
/// the reporter, then its name between commas right before the reporting verb. The name reports (not the
/// verb's object, `announced the deal`).
extension SourceTracker {
    /// Words that may open the description before the name (`The lead claimant`, `Its biggest lender`).
    static let appositiveDescriptionOpeners: WordSet = ["the", "a", "an", "its", "their", "his", "her"]

    /// The name between commas when the comma at `end` closes it right before the reporting verb: one
    /// person's or organisation's mention (after `the`) fills the aside, and before its opening comma stand
    /// only two to four words that open the sentence, lowercase but the first, with no stop word or number
    /// (`Leading plaintiff`, `Its main lender`; not `In Vessa`, `On Monday`, `Kelvar Bank`).
    func nameInOpeningAppositive(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        guard tokens[end].isPunctuation(",") else { return nil }
        var comma = sentence.lowerBound
        while comma < end, comma - sentence.lowerBound < 5, !tokens[comma].isPunctuation(",") { comma += 1 }
        let description = sentence.lowerBound..<comma
        guard comma < end, description.count >= 2, description.count <= 4,
            description.allSatisfy({ tokens[$0].isWord && !tokens[$0].isNumber }),
            description.dropFirst().allSatisfy({ !tokens[$0].isCapitalized && !Self.stops.contains(lowerOf: tokens[$0]) }),
            Self.appositiveDescriptionOpeners.contains(lowerOf: tokens[sentence.lowerBound])
                || !Self.stops.contains(lowerOf: tokens[sentence.lowerBound])
        else { return nil }
        let start = comma + 1 < end && tokens[comma + 1].lowerIs("the") ? comma + 2 : comma + 1
        guard let mention = resolver.mention(openingAt: start, in: sentence, paragraph: paragraph),
            mention.tokens.upperBound == end
        else { return nil }
        return paragraph.text(of: mention.tokens)
    }
}
