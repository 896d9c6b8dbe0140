/// `struck the village 40 km north-east of Tarvan`, `wounded in a town which lies some 12 miles from the city of
/// Kelvar`: a place measured from by a distance that locates a village or town the text leaves unnamed is only
/// the point it is measured from; the place hit is the unnamed one, so neither is the figure's site.
extension FigureParagraphReader {
    /// Whether `point` ends a distance phrase (`40 km north-east of`, `some 12 miles from the city of`) right
    /// after an unnamed settlement noun (`the village`, `a town which lies`).
    func locatesUnnamedSettlement(_ point: EntityExtractor.MentionReference) -> Bool {
        var j = point.tokens.lowerBound - 1
        // `the city of`, `the capital`: the words saying what kind of place the point is.
        var kindWords = 0
        while j >= 1, kindWords < 3, Self.pointKindWords.contains(lowerOf: tokens[j]),
            !(tokens[j].lowerIs("of") && (FigureLexicon.directions.contains(lowerOf: tokens[j - 1])
                || Self.isDistanceUnit(tokens[j - 1].lower) || tokens[j - 1].lowerIs("away")))
        {
            j -= 1
            kindWords += 1
        }
        guard j >= 1, tokens[j].lowerIs(oneOf: ["of", "from"]) else { return false }
        // Back over the distance itself: numbers, units, directions, `about`, `(25 miles)`, `which lies`.
        var k = j - 1
        var sawDistance = false
        while k >= 0, j - k <= 14 {
            let token = tokens[k]
            // (A direction alone locates too: `a village south of Kelvar` is not Kelvar, though `an ambush south
            // of Kelvar`, with no settlement noun, still is.)
            if token.isNumber || Self.isDistanceUnit(token.lower) || Self.isNumberWithDistanceUnit(token.lower)
                || FigureLexicon.directions.contains(lowerOf: token)
            {
                sawDistance = true
            } else if !(Self.distanceFillers.contains(lowerOf: token) || token.isPunctuation("(")
                || token.isPunctuation(")"))
            {
                break
            }
            k -= 1
        }
        guard sawDistance, k >= 1, Self.settlementNouns.contains(lowerOf: tokens[k]) else { return false }
        // `the village`, `a small village`, `one remote town`: unnamed (not `Tarvan village`).
        let determiners = ["the", "a", "an", "one", "that", "this", "another"]
        if tokens[k - 1].lowerIs(oneOf: determiners) || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[k - 1]) {
            return true
        }
        return k >= 2 && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && tokens[k - 2].lowerIs(oneOf: determiners)
    }

    /// `50km`, `12mi`: a number written with its unit in one word.
    static func isNumberWithDistanceUnit(_ word: String) -> Bool {
        guard let first = word.firstIndex(where: { !$0.isNumber && $0 != "." }), first != word.startIndex else {
            return false
        }
        return isDistanceUnit(String(word[first...]))
    }

    /// The words that say what kind of place a point measured from is: `the city of`, `the capital`.
    static let pointKindWords: WordSet = ["the", "city", "town", "capital", "provincial", "of", "central"]

    /// Words inside a distance phrase besides its numbers, units and directions.
    static let distanceFillers: WordSet = [
        "about", "some", "around", "roughly", "approximately", "nearly", "almost", "just", "only", "more", "less",
        "than", "over", "under", "to", "the", "which", "that", "lies", "lay", "lying", "is", "was", "located",
        "situated", "sits", "away", "at", "least", ",",
    ]

    /// Settlements the text may leave unnamed while locating them: `the village`, `a town`.
    static let settlementNouns: WordSet = ["village", "villages", "town", "towns", "hamlet", "hamlets", "settlement"]
}
