/// A headline count that restates a count of the body: `Militants execute 11 children` over `gunmen killed
/// 11 children in the village`. Both stay figures (every mention is one), but the headline's takes the body
/// figure's event, so that the archive sees one incident reported twice, not two (the views leave out a
/// headline figure whose event and number a body figure gives). Its site stays what its own words say
/// (`Air strikes kill 50 in northern Syria` over `killed 50 people in the town of X` keeps Syria): a site is
/// what the figure's own sentence names.
extension FigureExtractor {
    /// Gives each headline casualty count the event of the first body count of the same number that
    /// counts the same people and reports a compatible event (`executed` and `killed` both take lives).
    static func alignRestatedHeadlineEvents(in figures: inout [Figure], headlines: Set<Int>) {
        guard !headlines.isEmpty else { return }
        var bodyByValue: [Double: [Int]] = [:]
        for index in figures.indices where !headlines.contains(figures[index].span.paragraph) {
            if isCasualtyCount(figures[index]) { bodyByValue[figures[index].value, default: []].append(index) }
        }
        for index in figures.indices where headlines.contains(figures[index].span.paragraph) {
            let headline = figures[index]
            guard isCasualtyCount(headline), let candidates = bodyByValue[headline.value],
                let body = candidates.first(where: { restates(headline, figures[$0]) })
            else { continue }
            figures[index].event = figures[body].event
        }
    }

    /// A count of one occasion's casualties (no running total, no part of a whole).
    static func isCasualtyCount(_ figure: Figure) -> Bool {
        guard figure.kind == .count, !figure.isRunningTotal, figure.of == nil, figure.unit != nil,
            let event = figure.event
        else { return false }
        return FigureVocabulary.casualtyEvents.contains(event)
    }

    /// Whether `headline` tells of the same people and the same harm as `body`, with the same number.
    static func restates(_ headline: Figure, _ body: Figure) -> Bool {
        guard sameCount(headline, body), let event = headline.event, let bodyEvent = body.event
        else { return false }
        return eventFamily(event) == eventFamily(bodyEvent)
    }

    /// Whether `a` and `b` count the same things with the same number: the same value (and top of a range)
    /// and the same counted noun, or people under another word (`5 Killed`, a person, and `five civilians`).
    /// Their events are not compared here; ``restates(_:_:)`` and ``copiesCount(_:_:)`` each compare them.
    static func sameCount(_ a: Figure, _ b: Figure) -> Bool {
        guard a.value == b.value, a.maxValue == b.maxValue, let unit = a.unit, let otherUnit = b.unit
        else { return false }
        return unit == otherUnit
            || (unit == "person" && FigureLexicon.peopleUnits.contains(otherUnit))
            || (otherUnit == "person" && FigureLexicon.peopleUnits.contains(unit))
    }

    /// Events that report the same harm under another word: an execution is a killing, a detention an arrest.
    static func eventFamily(_ event: String) -> String {
        switch event {
        case "executed": return "killed"
        case "detained": return "arrested"
        default: return event
        }
    }

    /// `Jets fire 20 rockets at hospital` over `A total of 20 rockets hit the main hospital of Marlow`: a
    /// headline count in a headline naming no place (`headlines`) takes the site of the first body count it
    /// restates (same number, same things, same event) as an earlier sentence's place
    /// (``Figure/earlierSite``); not a country's (a country names no one incident's place).
    func giveRestatedHeadlinesTheBodysSite(in figures: inout [Figure], headlines: Set<Int>) {
        guard !headlines.isEmpty else { return }
        var bodyByValue: [Double: [Int]] = [:]
        for index in figures.indices where !headlines.contains(figures[index].span.paragraph) {
            if figures[index].site != nil { bodyByValue[figures[index].value, default: []].append(index) }
        }
        for index in figures.indices where headlines.contains(figures[index].span.paragraph) {
            let headline = figures[index]
            guard headline.kind == .count, headline.site == nil, headline.earlierSite == nil, !headline.isRunningTotal,
                let candidates = bodyByValue[headline.value],
                let body = candidates.first(where: { Self.restates(headline, figures[$0]) }),
                let site = figures[body].site, gazetteer.place(named: site)?.kind != .country
            else { continue }
            figures[index].earlierSite = site
        }
    }
}
