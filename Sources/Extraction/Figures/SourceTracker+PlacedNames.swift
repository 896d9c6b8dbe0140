/// Sources named with where they are, right before their verb: `The local Tarn Rescue in the northern Vesk
/// province said …`, `Kelso Relief at Marlow said …`. The name that opens the sentence reports, not the place
/// after it.
extension SourceTracker {
    /// The person or organisation named at the sentence's opening (after `The` and a modifier or two,
    /// `local`, `UK-based`), when `in` or `at` and a place's words (the article's place among them, and only
    /// `the`, capitalised words and lowercase words that are no verb) run from it to the reporting verb.
    func nameBeforeItsPlace(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var opening = tokens[sentence.lowerBound].lowerIs("the") ? sentence.lowerBound + 1 : sentence.lowerBound
        while opening < verb, opening - sentence.lowerBound <= 2,
            FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[opening])
                || SourceResolver.isModifier(tokens[opening].text)
        {
            opening += 1
        }
        guard opening < verb,
            let (name, _) = resolver.mention(openingAt: opening, in: sentence, paragraph: paragraph),
            name.upperBound + 1 < verb, tokens[name.upperBound].lowerIs(oneOf: ["in", "at"])
        else { return nil }
        let place = (name.upperBound + 1)..<verb
        guard place.count <= Self.placeAfterNameLength,
            place.allSatisfy({ k in
                let token = tokens[k]
                guard token.isWord else { return false }
                if token.isCapitalized || token.lowerIs("the") { return true }
                return !Self.stops.contains(lowerOf: token)
                    && EnglishWords.bundled.partOfSpeech(of: token.lower) != .verb
            })
        else { return nil }
        // The words name the article's place, and no one else.
        let named = resolver.entities.mentions(in: place, paragraph: paragraph.position)
        guard named.contains(where: { resolver.entities.entities[$0.entity].kind == .place }),
            named.allSatisfy({ resolver.entities.entities[$0.entity].kind == .place })
        else { return nil }
        return paragraph.text(of: name)
    }

    /// The most words a place between a name and its verb may take: `in the central Vesk province`.
    static let placeAfterNameLength = 6
}
