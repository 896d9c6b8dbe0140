/// `12 May 2020 Jets killed 35 people in Karmun on Monday, a monitor said`: a page's dateline run into the
/// first sentence of the body (as ``isDateline(_:in:)`` reads it) is the day of the page, and the day the
/// sentence itself names (`on Monday`, resolved against the publication date) is the day of what it
/// tells, even when the dateline stands nearer the count. So the dateline gives way, for the counts of
/// that sentence, to the other days the sentence names, of what happened or of a saying (`… the monitor
/// said Sunday`: the dead were counted by then), when each of them falls in the week up to the page's day
/// (`a rally before the June 3 poll` names another event's day, and the dateline stays); the counts a
/// later sentence restates follow (``dateRestatedTolls(_:skipping:dates:in:)``).
extension ArticleExtractor {
    /// How many days before the page's a day the sentence names may fall for the dateline to give way.
    static let datelineDayReach = 7

    /// Drops the page's dateline from the dates of a sentence that names other days of its own, shortly
    /// before the page's.
    static func dropDatelineBeforeADay(_ inSentence: inout [DateMention], in article: AnalyzedArticle) {
        guard inSentence.count > 1, inSentence.contains(where: { isDateline($0, in: article) }),
            let published = article.published.map(day), let publishedDay = CivilDate(iso: published)
        else { return }
        let days = inSentence.filter { !isDateline($0, in: article) && namesADay($0) }
        guard !days.isEmpty,
            days.allSatisfy({ mention in
                guard let value = mention.value, let date = CivilDate(iso: day(value)) else { return false }
                let before = publishedDay.dayNumber - date.dayNumber
                return before >= 0 && before <= datelineDayReach
            })
        else { return }
        inSentence.removeAll { isDateline($0, in: article) }
    }

    /// A resolved day, or a time of one (`on Monday`, `Monday night`, `at 2am on Monday`): no week, month or
    /// year, nor a stretch of days.
    static func namesADay(_ mention: DateMention) -> Bool {
        guard mention.value != nil, !mention.isRange else { return false }
        return mention.grain == .day || mention.grain == .hour || mention.grain == .minute
    }
}
