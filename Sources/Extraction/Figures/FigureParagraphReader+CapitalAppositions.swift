/// `Jets pounded Tarvan, the capital of the rebels' self-declared state, on Monday. … Nine people died in the
/// capital.`: a place the text called a capital beside its name (an apposition, its comma kept or lost)
/// is the one a later sentence means by `the capital`, as `the town` means the town named before
/// (``EarlierSentencePlace/capital``). Without such a place, `the capital` stays a place the text does not
/// name (``speaksOfTheCapital(_:)``), and the count takes no earlier place. A capital described before its
/// name in a sentence telling of an incident (`Rebels shelled the Yemeni capital Tarvan.`, `… the capital,
/// Tarvan, …`; not `Talks opened in the Yemeni capital Tarvan.`) is one called so too. Only
/// one place called a capital is kept: a sentence calling two places so leaves it unclear; a description
/// with an adjective (`the Vessan capital`) means it only when the naming used the same word.
extension FigureParagraphReader {
    /// The place a sentence naming none stands in: for `the capital`, the place called so shortly before
    /// (nil when none); else ``earlierPlaceStandingFor(_:)``.
    func earlierPlaceOrCapitalStandingFor(_ sentence: Range<Int>) -> String? {
        guard speaksOfTheCapital(sentence) else { return earlierPlaceStandingFor(sentence) }
        let capital = earlierPlace.capital
        guard let name = capital.nearName, let modifier = capitalPointedBack(in: sentence),
            modifier.isEmpty || modifier == capital.noun
        else { return nil }
        return name
    }

    /// Remembers the one place the sentence calls a capital beside its name (`Tarvan, the capital of …`,
    /// `Tarvan the provincial capital`, `Tarvan, its capital`, `the Yemeni capital Tarvan`), with the word
    /// describing the capital (`provincial`, `yemeni`, `""` for none), for a later `the capital`.
    mutating func noteCapitalNamed(in sentence: Range<Int>) {
        var found: (name: String, modifier: String)?
        // (`Talks opened in the Yemeni capital Tarvan.` tells of another capital than the one shelled after.)
        let namesIncident = tellsOfAnIncident(sentence)
        for place in places where sentence.contains(place.tokens.lowerBound) && !isCountry(place) {
            guard
                let modifier = capitalAppositionModifier(after: place, in: sentence)
                    ?? (namesIncident ? capitalDescriptionModifier(before: place, in: sentence) : nil)
            else { continue }
            let name = siteName(place)
            if let found, found.name != name {
                earlierPlace.capital.remember(nil)
                return
            }
            found = (name, modifier)
        }
        if let found {
            earlierPlace.capital.remember(found.name, noun: found.modifier)
        } else {
            earlierPlace.capital.passSentence()
        }
    }

    /// `Tarvan, the capital`, `Tarvan the de facto capital`, `Tarvan, its provincial capital`: right after
    /// the place (past a comma), `the`, `its` or `their`, at most two lower-case words, then `capital` not
    /// followed by a name (`the capital Kelvar` names another place). The last word before `capital` when
    /// there is one (`provincial`), else `""`; nil for no such apposition.
    func capitalAppositionModifier(after place: EntityExtractor.MentionReference, in sentence: Range<Int>) -> String? {
        var i = place.tokens.upperBound
        if i < sentence.upperBound, tokens[i].isPunctuation(",") { i += 1 }
        guard i < sentence.upperBound, tokens[i].lowerIs(oneOf: ["the", "its", "their"]) else { return nil }
        let determiner = i
        i += 1
        while i < sentence.upperBound, i - determiner <= 3, !tokens[i].lowerIs("capital") {
            guard tokens[i].isWord, !tokens[i].isCapitalized, !tokens[i].lowerIs(oneOf: ["and", "or", "of"]) else {
                return nil
            }
            i += 1
        }
        guard i < sentence.upperBound, tokens[i].lowerIs("capital") else { return nil }
        if i + 1 < sentence.upperBound, tokens[i + 1].isCapitalized { return nil }
        return i - 1 > determiner ? tokens[i - 1].lower : ""
    }

    /// `the capital Tarvan`, `the capital, Tarvan`, `the Yemeni capital Tarvan`, `its provincial capital
    /// Tarvan`: right before the place (past a comma), `capital` after `the`, `its` or `their` and at most
    /// two words (lower-case, or a people's word: `Yemeni`). The last word before `capital` when there is
    /// one (`yemeni`), else `""`; nil for no such description.
    func capitalDescriptionModifier(before place: EntityExtractor.MentionReference, in sentence: Range<Int>)
        -> String?
    {
        var i = place.tokens.lowerBound - 1
        if i >= sentence.lowerBound, tokens[i].isPunctuation(",") { i -= 1 }
        guard i > sentence.lowerBound, tokens[i].lowerIs("capital") else { return nil }
        let capital = i
        i -= 1
        while i >= sentence.lowerBound, capital - i <= 3, !tokens[i].lowerIs(oneOf: ["the", "its", "their"]) {
            let word = tokens[i]
            guard word.isWord, !word.lowerIs(oneOf: ["and", "or", "of"]),
                !word.isCapitalized || gazetteer.country(forDemonym: word.text) != nil
            else { return nil }
            i -= 1
        }
        guard i >= sentence.lowerBound, capital - i <= 3, tokens[i].lowerIs(oneOf: ["the", "its", "their"]) else {
            return nil
        }
        return capital - 1 > i ? tokens[capital - 1].lower : ""
    }

    /// How the sentence points back to a capital (as ``speaksOfTheCapital(_:)`` reads it): the word between
    /// `the` and `capital` (`the provincial capital`: `provincial`), `""` for `the capital`.
    func capitalPointedBack(in sentence: Range<Int>) -> String? {
        guard
            let i = sentence.first(where: { i in
                guard tokens[i].lowerIs("capital"), i - 1 >= sentence.lowerBound else { return false }
                let determined =
                    tokens[i - 1].lowerIs("the") || i - 2 >= sentence.lowerBound && tokens[i - 2].lowerIs("the")
                return determined && (i + 1 == sentence.upperBound || !tokens[i + 1].isCapitalized)
            })
        else { return nil }
        return tokens[i - 1].lowerIs("the") ? "" : tokens[i - 1].lower
    }
}
