/// `The raid killed 30 people, the monitor said, updating an earlier toll of 14`: a casualty or strike count
/// the text gives as the toll a later one replaced is no incident of its own, but an older report of the
/// same one (``Figure/isReplacedToll``; the archive's incident views leave it out beside the current toll).
///
/// The number is the replaced one when, in its own sentence, it comes
/// - after an earlier toll's noun: `an earlier toll of 14`, `a previous death toll of 14`, `the initial
///   figure of 14`, `an earlier toll on Sunday of 14` (the noun's day between);
/// - after `up from` / `down from`: `up from 14`, `down from 14`;
/// - after `from` that closes a change to another number: `rose to 30 from 14`, `revised the toll down to 9
///   from 14`; or after `from` that opens one: `climbed from 14 to 30`;
/// - after an earlier report: `had earlier reported 14 dead`, `previously put the toll at 14`, `an earlier
///   report said 14 were killed`.
/// The current toll (`to 30`) is never marked, nor an earlier incident's count (`an earlier raid killed 14`:
/// `earlier` qualifies the raid, and no toll, change or report is told).
extension ArticleExtractor {
    /// Marks each incident count that its sentence gives as a replaced toll.
    static func markReplacedTolls(_ figures: inout [Figure], in article: AnalyzedArticle) {
        for index in figures.indices where isIncidentCount(figures[index]) {
            let span = figures[index].span
            let paragraph = article.paragraphs[span.paragraph]
            let tokens = paragraph.tokens
            let first = firstToken(endingAfter: span.start, in: tokens)
            guard first < tokens.count, let sentence = paragraph.sentence(holding: first) else { continue }
            let after = firstToken(endingAfter: span.end, in: tokens)
            let reader = ReplacedTollReader(tokens: tokens, sentence: sentence)
            if reader.isReplaced(numberAt: first, nextAt: after) { figures[index].isReplacedToll = true }
        }
    }
}

/// Reads the words around one count for a sign that it is a replaced toll (see `markReplacedTolls`).
struct ReplacedTollReader {
    let tokens: [Token]
    let sentence: Range<Int>

    static let earlierAdjectives: Set<String> = ["earlier", "previous", "initial", "preliminary", "prior"]
    static let tollNouns: Set<String> = ["toll", "figure", "count", "tally", "estimate"]
    static let reportNouns: Set<String> = ["report", "reports", "statement", "toll", "figure", "count", "tally"]
    static let earlierAdverbs: Set<String> = ["earlier", "previously", "initially", "originally"]
    static let reportVerbs: Set<String> = [
        "reported", "said", "put", "gave", "announced", "counted", "recorded", "cited", "estimated", "given",
    ]
    /// Words between a report's verb and its number: `put the death toll at`, `said that`.
    static let reportFiller: Set<String> = ["the", "a", "death", "toll", "casualty", "at", "that", "as", "of", "some"]
    /// Words of a change from one toll to another: `rose` (the verbs of a toll that rose, and their other
    /// forms), `raising the toll`, `bringing the toll`, `down`.
    static let changeWords: WordSet = FigureLexicon.tollRiseVerbs.union([
        "rise", "climb", "climbing", "jump", "jumps", "jumping", "increase", "increases", "increasing", "raise",
        "raises", "raising", "raised", "revise", "revises", "revising", "revised", "lower", "lowers", "lowering",
        "lowered", "fall", "falls", "falling", "fell", "drop", "drops", "dropping", "dropped", "bring", "brings",
        "bringing", "brought", "take", "takes", "taking", "took", "up", "down", "upped",
    ])

    func word(_ i: Int) -> String? {
        sentence.contains(i) && tokens[i].isWord ? tokens[i].lower : nil
    }

    /// Whether the count whose first token is `first` (and whose next token after it is `next`) is replaced.
    func isReplaced(numberAt first: Int, nextAt next: Int) -> Bool {
        guard first > sentence.lowerBound else { return false }
        let before = word(first - 1)
        if before == "of", followsEarlierToll(endingAt: first - 2) { return true }
        if before == "from" {
            if let turn = word(first - 2), turn == "up" || turn == "down" { return true }
            if closesChange(fromAt: first - 1) || opensChange(fromAt: first - 1, nextAt: next) { return true }
        }
        return followsEarlierReport(numberAt: first)
    }

    /// `an earlier (death) toll (on Sunday) of`: the toll's noun, before at most four words of its day
    /// (``TollDay``) before `of`.
    private func followsEarlierToll(endingAt end: Int) -> Bool {
        var k = TollDay.start(endingAt: end, tokens: tokens, sentence: sentence)
        guard let noun = word(k), Self.tollNouns.contains(noun) else { return false }
        if let compound = word(k - 1), compound == "death" || compound == "casualty" { k -= 1 }
        return word(k - 1).map(Self.earlierAdjectives.contains) ?? false
    }

    /// `rose to 30 from`, `down to 9 from`: `to` and another number (with its noun) at most three tokens
    /// before `from`, and a word of change at most three words before `to`.
    private func closesChange(fromAt from: Int) -> Bool {
        for to in stride(from: from - 2, through: max(sentence.lowerBound, from - 4), by: -1)
        where word(to) == "to" && to + 1 < from {
            return (max(sentence.lowerBound, to - 3)..<to).contains { word($0).map(Self.changeWords.contains) ?? false }
        }
        return false
    }

    /// `climbed from 14 to 30`, `raised the toll from 14 dead to 30`: a word of change at most three words
    /// before `from`, and `to` and a number right after the count (or after one word of its noun).
    private func opensChange(fromAt from: Int, nextAt next: Int) -> Bool {
        guard let to = [next, next + 1].first(where: { word($0) == "to" }), to + 1 < sentence.upperBound,
            tokens[to + 1].isNumber
        else { return false }
        return (max(sentence.lowerBound, from - 3)..<from).contains { word($0).map(Self.changeWords.contains) ?? false }
    }

    /// `had earlier reported`, `previously put the toll at`, `an earlier report said (that)`: a report's verb
    /// after an earlier adverb, or after an earlier report's noun, with at most four filler words before the
    /// count.
    private func followsEarlierReport(numberAt first: Int) -> Bool {
        var k = first - 1
        while k > first - 5, let filler = word(k), Self.reportFiller.contains(filler) { k -= 1 }
        guard let verb = word(k), Self.reportVerbs.contains(verb) else { return false }
        if let adverb = word(k - 1), Self.earlierAdverbs.contains(adverb) { return true }
        var noun = k - 1
        if word(noun) == "had" { noun -= 1 }
        guard let said = word(noun), Self.reportNouns.contains(said) else { return false }
        return word(noun - 1).map(Self.earlierAdjectives.contains) ?? false
    }
}
