/// `…, a German carmaker told Tarvo Radio`, `the firm's head said in an interview with Tarvo Radio`: the
/// organisation told is the outlet a source speaks to, never the company a business description stands for.
extension SourceResolver {
    /// Words before an outlet's name: `told X`, `tells X`; `speaking to X`, `said to X`; `an interview with X`.
    static let toldWords: WordSet = ["told", "tells"]
    static let spokeToWords: WordSet = ["speaking", "spoke", "talking", "talked", "said", "says"]
    static let interviewWords: WordSet = ["interview", "interviews"]

    /// Whether the mention at `start` is the object of a verb of telling (`told`, `speaking to`, `in an
    /// interview with`), `the` allowed before it: two words looked back at most, past one article.
    static func isToldObject(at start: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        var k = start - 1
        guard k >= sentence.lowerBound else { return false }
        if tokens[k].lower == "the" { k -= 1 }
        guard k >= sentence.lowerBound else { return false }
        if toldWords.contains(lowerOf: tokens[k]) { return true }
        guard k - 1 >= sentence.lowerBound else { return false }
        let word = tokens[k].lower
        return word == "to" && spokeToWords.contains(lowerOf: tokens[k - 1])
            || word == "with" && interviewWords.contains(lowerOf: tokens[k - 1])
    }
}
