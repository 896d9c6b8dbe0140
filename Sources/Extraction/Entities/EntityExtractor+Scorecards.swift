/// A cricket scorecard's batting line (`M. Hartley c Dawson b Pellow 12`, `R. Fenwick lbw b Carrick 45`,
/// `J. Ashdown not out 30`): the batsman, the fielder and the bowler are people, and the line is wire
/// layout, no prose. `Extras`, `Total` and `Fall of wickets` lines name no one.
extension EntityExtractor {
    /// The lowercase words of a dismissal.
    static let dismissalWords: WordSet = [
        "c", "b", "lbw", "st", "run", "out", "not", "retired", "hurt", "hit", "wicket", "handled", "ball",
        "obstructing", "the", "field", "absent",
    ]
    /// The dismissal words only a scorecard writes between names.
    static let scorecardMarks: WordSet = ["c", "b", "lbw", "st"]

    /// Every lowercase word a dismissal word, one of them a scorecard's mark (or `not out`, `run out`),
    /// the runs last, and between them only names, initials with their stops and `&`.
    static func isBattingLine(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        guard sentence.count >= 4, sentence.count <= 16, let last = sentence.last, tokens[last].isNumber,
            tokens[last].text.utf8.count <= 3, tokens[sentence.lowerBound].isCapitalized
        else { return false }
        var marked = false, names = 0
        for k in sentence.dropLast() {
            let token = tokens[k]
            if token.isWord && token.startsLowercase {
                guard dismissalWords.contains(token.text) else { return false }
                if scorecardMarks.contains(token.text) || token.text == "out" { marked = true }
            } else if token.isWord && token.isCapitalized {
                names += 1
            } else if !(token.isPunctuation(".") || token.text == "&") {
                return false
            }
        }
        return marked && (1...6).contains(names)
    }

    /// The people a batting line names: each run of capitalised words.
    func battingLineNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate] {
        Self.nameRuns(in: paragraph.tokens, sentence: sentence).map {
            wireCandidate($0, kind: .person, weight: Evidence.cue, in: paragraph)
        }
    }
}
