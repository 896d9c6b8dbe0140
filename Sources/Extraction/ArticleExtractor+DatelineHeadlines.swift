/// `Tuesday 12 May 2020 Air strikes kill 35 in Karmun. … At least 35 civilians were killed in Karmun late
/// on Monday.`: the opening of a body often repeats the headline under the page's dateline, and the
/// dateline's day (the day of publication) dates that repeat as if the strikes fell on it. When the body
/// goes on to give the same toll of the same people a day or two before, the repeat is the same incident
/// and takes the body's day, so that the incident views count it once.
///
/// Only the first body paragraph's counts whose sentence holds a dateline (a date of the publication day
/// near the paragraph's start), and only the first count after them, in that paragraph or the next
/// ``datelineRepeatParagraphs``, that restates them (``FigureExtractor/restates(_:_:)``) at the same
/// place (or where either names none).
extension ArticleExtractor {
    /// How many paragraphs after the repeat's the body's toll may stand in.
    static let datelineRepeatParagraphs = 2

    /// How far into the first body paragraph (in characters) a dateline may start: after a repeated
    /// headline and an outlet's name (`Mortar fire kills 12 State media AFP Tuesday 29 Apr 2014`).
    static let datelineReach = 120

    /// How many days before the dateline's the body's toll may be dated (`late on Monday`, `overnight`).
    static let datelineRepeatDays = 2

    /// Gives each casualty count dated by the dateline of the first body paragraph the day of the body's
    /// later count that restates it, when that day is shortly before.
    static func dateDatelineRepeats(
        _ figures: inout [Figure], dates: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    ) {
        guard let published = article.published.map(day), let publishedDay = CivilDate(iso: published),
            let first = article.paragraphs.first(where: { $0.kind == .body }),
            let mentions = dates[first.position]
        else { return }
        // (A dateline is a calendar date, `Tuesday 12 May 2020`, `25 Sep 2014`: a bare `on Friday` in the
        // lead dates what happened, not the page.)
        let datelines = mentions.filter {
            $0.span.start <= datelineReach && $0.value.map(day) == published && $0.dates != .publication
                && $0.text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        guard !datelines.isEmpty else { return }
        let repeats = figures.indices.filter { index in
            let figure = figures[index]
            guard figure.span.paragraph == first.position, figure.date == published,
                FigureExtractor.isCasualtyCount(figure)
            else { return false }
            let sentence = first.sentenceSpan(containing: figure.span.start)
            return datelines.contains { sentence.contains($0.span.start) && $0.span.start < figure.span.start }
        }
        guard !repeats.isEmpty else { return }
        let lastParagraph = first.position + datelineRepeatParagraphs
        var laterByValue: [Double: [Int]] = [:]
        for index in figures.indices
        where figures[index].span.paragraph >= first.position && figures[index].span.paragraph <= lastParagraph {
            laterByValue[figures[index].value, default: []].append(index)
        }
        for index in repeats {
            let repeated = figures[index]
            let body = (laterByValue[repeated.value] ?? []).filter {
                isAfter(figures[$0], repeated) && FigureExtractor.isCasualtyCount(figures[$0])
                    && FigureExtractor.restates(repeated, figures[$0])
            }.min {
                (figures[$0].span.paragraph, figures[$0].span.start) < (
                    figures[$1].span.paragraph, figures[$1].span.start
                )
            }
            guard let body, isSamePlace(repeated, figures[body]),
                let date = figures[body].date, let bodyDay = CivilDate(iso: date),
                bodyDay < publishedDay, publishedDay.dayNumber - bodyDay.dayNumber <= datelineRepeatDays
            else { continue }
            figures[index].date = date
        }
    }

    /// Whether `figure` comes after `other` in reading order.
    static func isAfter(_ figure: Figure, _ other: Figure) -> Bool {
        (figure.span.paragraph, figure.span.start) > (other.span.paragraph, other.span.end - 1)
    }

    /// Whether two counts are at one place, or either names none.
    static func isSamePlace(_ figure: Figure, _ other: Figure) -> Bool {
        guard let site = figure.site, let otherSite = other.site else { return true }
        return site.lowercased() == otherSite.lowercased()
    }
}
