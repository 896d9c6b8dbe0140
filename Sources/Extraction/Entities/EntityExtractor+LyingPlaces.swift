/// `Tarvo, which lies in the north`, `Al-Vessa which lies near the border`: a name that lies somewhere is a
/// place's (people and bodies are located or based, not said to lie).
extension EntityExtractor {
    /// Words after `lies` that say where: a preposition of place or a compass word.
    static let lyingPlaceWords: WordSet = [
        "in", "on", "near", "along", "between", "beside", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "just", "about", "some", "only", "within",
    ]

    /// Whether `which` or `that` (after a comma or not), then `lies` or `lay` and a word of where, come right
    /// after the name: `in` only before an article or a capitalised word (not `lies in second place`, `lies
    /// in ruins`).
    static func liesSomewhere(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var k = range.upperBound
        if k < sentence.upperBound, tokens[k].isPunctuation(",") { k += 1 }
        guard k + 2 < sentence.upperBound, ["which", "that"].contains(tokens[k].text),
            ["lies", "lay"].contains(tokens[k + 1].text), lyingPlaceWords.contains(tokens[k + 2].text)
        else { return false }
        guard ["in", "on", "within"].contains(tokens[k + 2].text) else { return true }
        guard k + 3 < sentence.upperBound else { return false }
        let next = tokens[k + 3]
        return ["the", "a", "an"].contains(next.text) || next.isWord && next.isCapitalized
    }
}
