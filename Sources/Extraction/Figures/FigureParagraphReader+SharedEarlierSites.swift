/// The harm a sentence tells of together takes one earlier sentence's place: `Jets pounded Kelvar on
/// Sunday. Two days of such raids have killed 30 civilians, among them 9 children, and wounded another 80.`
/// gives the 30 dead an earlier site, and the 9 children and the 80 wounded the same.
extension FigureParagraphReader {
    /// Gives the sentence's casualty counts with no place the earlier site one of its counts took, when
    /// every count that took one took the same, none has a site of its own, and the count is a part of it
    /// (`among them 9 children`) or tells of the same cause (`such raids have killed 30 … and wounded 80`).
    /// Counts of the displaced and of a war's toll stay without.
    func shareEarlierSite(_ figures: inout [Figure], sentence: Range<Int>) {
        let carriers = figures.filter { $0.earlierSite != nil }
        guard let carrier = carriers.first, let place = carrier.earlierSite,
            carriers.allSatisfy({ $0.earlierSite == place }),
            !figures.contains(where: { $0.site != nil && $0.kind == .count && $0.event != nil }),
            !turnsElsewhere(sentence), !tellsAWarsToll(sentence)
        else { return }
        for index in figures.indices where sharesTheIncident(figures[index], with: carriers) {
            figures[index].earlierSite = place
        }
    }

    /// Whether `figure`, a casualty count with no place, tells of the incident one of `carriers` tells of:
    /// a part of it, or of the same cause.
    func sharesTheIncident(_ figure: Figure, with carriers: [Figure]) -> Bool {
        guard figure.kind == .count, figure.site == nil, figure.earlierSite == nil, let event = figure.event,
            FigureVocabulary.casualtyEvents.contains(event), let unit = figure.unit,
            !["refugee", "migrant", "displaced"].contains(unit)
        else { return false }
        return carriers.contains { carrier in
            guard carrier.kind == .count, let carrierEvent = carrier.event,
                FigureVocabulary.casualtyEvents.contains(carrierEvent)
            else { return false }
            if let whole = figure.of { return whole == carrier.value && figure.value < carrier.value }
            return figure.cause != nil && figure.cause == carrier.cause
        }
    }
}
