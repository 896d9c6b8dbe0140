/// `September 30 2015 Jets of a second country join the strikes. The regime retakes ground. Thousands more
/// civilians killed.`: in a timeline run into the text, an entry's date (``TimelineEntry``) heads the lines
/// under it until the next entry, so an incident count whose sentence names no date happened then, not on the
/// page's day.
///
/// Only in a paragraph holding two entries or more (one sentence opening with a date is no timeline), for a
/// count another sentence may date (``undatedIncidentSentence(of:dates:in:)``), reading back at most
/// ``timelineEntryReach`` sentences and past none that gives a date of its own. The entry's date keeps its
/// grain (`2014` for `2014 Rebels take …`). The figure says its date is another sentence's
/// (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// How many sentences back a line may find the entry it stands under.
    static let timelineEntryReach = 3

    static func dateFromTimelineEntries(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        // Whether each paragraph asked about holds two entries or more: read once a paragraph.
        var isTimeline: [Int: Bool] = [:]
        for index in figures.indices where !changes.contains(index) {
            guard let (_, position) = undatedIncidentSentence(of: figures[index], dates: dates, in: article) else {
                continue
            }
            let number = figures[index].span.paragraph
            let paragraph = article.paragraphs[number], tokens = paragraph.tokens
            let mentions = dates[number] ?? []
            var k = position - 1
            while k >= 0, position - k <= timelineEntryReach {
                let before = paragraph.sentences[k]
                if TimelineEntry.opens(before, tokens: tokens) {
                    if isTimeline[number] == nil {
                        isTimeline[number] = paragraph.sentences.lazy.filter { TimelineEntry.opens($0, tokens: tokens) }
                            .prefix(2).count == 2
                    }
                    if isTimeline[number] == true, let entry = mentions.mention(startingAt: tokens[before.lowerBound].start),
                        entry.dates == .happening, !entry.isRange, let value = entry.value
                    {
                        figures[index].date = Self.day(value)
                        figures[index].isDatedByEarlierSentence = true
                    }
                    break
                }
                if givesADate(before, among: mentions, in: paragraph) { break }
                k -= 1
            }
        }
    }
}
