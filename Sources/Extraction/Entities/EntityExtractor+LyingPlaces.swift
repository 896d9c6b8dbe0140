/// `Tarvo, which lies in the north`, `Al-Vessa which lies near the border`: a name that lies somewhere is a
/// place's (people and bodies are located or based, not said to lie).
extension EntityExtractor {
    /// Prepositions of place after `lies` that say where (a compass word says it too).
    static let lyingPlaceWords: WordSet = ["in", "on", "near", "along", "between", "beside", "within"]

    /// Hedges after `lies` that say where only before a distance or a compass word: `lies about 20 km north`,
    /// `lies just south of` (not `lies about the war`, `lies only to himself`).
    static let lyingDistanceHedges: WordSet = ["just", "about", "some", "only"]

    /// Whether `which` or `that` (after a comma or not), then `lies` or `lay` and a word of where, come right
    /// after the name: `in` only before a capitalised word or before an article and a compass word or a place's
    /// noun (not `lies in second place`, `lies in ruins`, `lies in the relegation zone`).
    static func liesSomewhere(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var k = range.upperBound
        if k < sentence.upperBound, tokens[k].isPunctuation(",") { k += 1 }
        guard k + 2 < sentence.upperBound, ["which", "that"].contains(tokens[k].text),
            ["lies", "lay"].contains(tokens[k + 1].text)
        else { return false }
        let word = tokens[k + 2].lower
        if lyingDistanceHedges.contains(word) {
            return distanceOrCompassFollows(k + 3, in: tokens, sentence: sentence)
        }
        if FigureLexicon.compassDirections.contains(word) { return true }
        guard lyingPlaceWords.contains(word) else { return false }
        guard ["in", "on", "within"].contains(word) else { return true }
        guard k + 3 < sentence.upperBound else { return false }
        let next = tokens[k + 3]
        if next.isWord && next.isCapitalized { return true }
        guard ["the", "a", "an"].contains(next.text), k + 4 < sentence.upperBound else { return false }
        // `in the north`, `in the northern province`, `in the Eastern Ghouta`, `in a valley`, `in the Kelvar
        // valley`.
        if namesWhereAfterArticle(tokens[k + 4]) { return true }
        return tokens[k + 4].isWord && tokens[k + 4].isCapitalized && k + 5 < sentence.upperBound
            && EnglishLexicon.placeHeads.contains(lowerOf: tokens[k + 5])
    }

    /// A compass word (`north`, `northern`) or a place's noun (`province`, `valley`, `mountains`).
    private static func namesWhereAfterArticle(_ token: Token) -> Bool {
        token.isWord
            && (FigureLexicon.compassDirections.contains(lowerOf: token)
                || FigureLexicon.compassAdjectives.contains(lowerOf: token)
                || EnglishLexicon.placeHeads.contains(lowerOf: token))
    }

    /// A compass word (`just north`) or a number and a unit of distance (`about 20 km`, `some 30 miles`) at `k`.
    private static func distanceOrCompassFollows(_ k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard k < sentence.upperBound else { return false }
        if FigureLexicon.compassDirections.contains(lowerOf: tokens[k]) { return true }
        guard tokens[k].isNumber, k + 1 < sentence.upperBound, tokens[k + 1].isWord else { return false }
        return FigureParagraphReader.isDistanceUnit(tokens[k + 1].lower)
    }
}
