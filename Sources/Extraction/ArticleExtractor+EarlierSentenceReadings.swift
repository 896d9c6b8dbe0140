/// What the earlier-sentence date rule (``ArticleExtractor/dateFromSentenceBefore(_:skipping:dates:in:)``) reads
/// of a count's sentence, read once for all its undated counts: how it goes on from the sentences before
/// (``ArticleExtractor/incidentReference(in:tokens:)``), its words and those of the sentence before (whether
/// they name the count's site), and the day of the incident before it. Figures come in reading order, so the
/// counts of one sentence ask in a row and only the last sentence read is kept (as ``UpdatedTollSentences``
/// keeps it): a sentence of hundreds of sited counts is read once, not once per count.
struct EarlierSentenceReading {
    let sentence: SentenceKey
    let reference: ArticleExtractor.Continuation
    /// The sentence's words and the sentence before's, read when a count with a site first asks.
    private var words: SentenceWords?
    private var wordsBefore: SentenceWords?
    /// ``ArticleExtractor/dayOfIncidentBefore(sentence:paragraph:reachingBack:dates:in:)`` of the sentence,
    /// when asked: nil not yet asked, `.some(nil)` no day.
    private var dayRightBefore: String??
    private var dayReachingBack: String??

    init(_ sentence: SentenceKey, reference: ArticleExtractor.Continuation) {
        self.sentence = sentence
        self.reference = reference
    }

    /// The sentence's words (``before`` false) or the sentence before's, read the first time they are asked.
    mutating func words(before: Bool, of range: Range<Int>, tokens: [Token]) -> SentenceWords {
        if before, let wordsBefore { return wordsBefore }
        if !before, let words { return words }
        let read = SentenceWords(range, tokens: tokens)
        if before { wordsBefore = read } else { words = read }
        return read
    }

    /// The day of the incident before, reaching back or not, read the first time it is asked.
    mutating func day(reachingBack: Bool, reading: () -> String?) -> String? {
        if let known = reachingBack ? dayReachingBack : dayRightBefore { return known }
        let day = reading()
        if reachingBack { dayReachingBack = .some(day) } else { dayRightBefore = .some(day) }
        return day
    }
}
