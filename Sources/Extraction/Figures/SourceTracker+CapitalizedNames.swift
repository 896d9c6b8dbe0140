/// Runs of capitalised words that make a name: where one ends (`Syrian Observatory for Human Rights`,
/// `Doctors of the World`), the name after a description (`paramilitary group Hezbollah`), and acronyms
/// spelt like stop words (`the WHO said`).
extension SourceTracker {
    /// `the WHO said`: a word written in capitals among words that are not is an acronym, not the stop word
    /// or pronoun it spells (not in a headline written all in capitals).
    static func isAcronym(_ k: Int, tokens: [Token]) -> Bool {
        guard tokens[k].isAllCaps else { return false }
        if k > 0 { return !tokens[k - 1].isAllCaps }
        // (At the start, the word after must not be in capitals too: `HE SAID 30 DIED` is a headline.)
        return k + 1 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].isAllCaps
    }

    /// End of a run of capitalised words starting at `start` (with `for`/`of` inside), or nil.
    func capitalizedRun(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var end = start
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized
                && (!Self.pronouns.contains(lowerOf: tokens[end]) || Self.isAcronym(end, tokens: tokens))
                && !EnglishLexicon.notNames.contains(tokens[end].text)
                || (end > start && tokens[end].lowerIs(oneOf: ["for", "of", "al"]) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// End of the capitalised words from `start`, with `for`, `of` inside (`Doctors of the World`); a
    /// sentence the splitter ran on past an abbreviation (`according to the U.N. The Center …`) ends it.
    func nameEnd(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int {
        var end = start
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized
                || (tokens[end].lowerIs(oneOf: ["for", "of"]) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            if end > start, tokens[end - 1].text.hasSuffix("."), EnglishLexicon.notNames.contains(tokens[end].text) {
                break
            }
            end += 1
        }
        return end
    }

    /// `… paramilitary group Hezbollah`: lowercase words ending in an organisation's description, then a
    /// name; where that name ends.
    func nameAfterDescription(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var k = start
        while k < sentence.upperBound, k - start < 3, tokens[k].isWord, !tokens[k].isCapitalized,
            !Self.stops.contains(lowerOf: tokens[k])
        {
            k += 1
        }
        guard k > start, k < sentence.upperBound, tokens[k].isCapitalized,
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[k - 1])
        else { return nil }
        return nameEnd(from: k, in: sentence, tokens: tokens)
    }
}
