/// A toll a sentence naming no place gives again, after a sentence that named its place: `Five civilians
/// were killed in Marlow on Thursday. … The attacks claimed the lives of five citizens.` (see
/// ``RestatedTollPlaces``).
extension FigureParagraphReader {
    /// Remembers the tolls the sentence gave a site of its own, for a later sentence giving them again; not
    /// those of another time (`In 2019, two people were killed in Tarrow.`) nor, past the lead, of another
    /// incident (`A car bomb killed five people in Tarrow.`, ``leavesTheLeadsIncident(_:)``).
    mutating func rememberSitedTolls(_ figures: [Figure], sentence: Range<Int>) {
        guard figures.contains(where: { $0.site != nil && isRestatableToll($0) }),
            earlierPlace.isPastLead ? !leavesTheLeadsIncident(sentence) : !namesAnotherTime(sentence)
        else { return }
        for figure in figures where figure.site != nil && isRestatableToll(figure) {
            earlierPlace.restatedTolls.remember(figure)
        }
    }

    /// Gives the sentence's casualty counts with no place yet the place of an earlier toll they give again,
    /// when the sentence turns nowhere else and tells of no other incident, time or war.
    func takeRestatedTollSites(_ figures: inout [Figure], sentence: Range<Int>, turnsElsewhere: Bool) {
        func takes(_ figure: Figure) -> Bool {
            figure.earlierSite == nil && isUnsitedIncident(figure) && isRestatableToll(figure)
        }
        guard !turnsElsewhere, figures.contains(where: takes), !opensAnotherIncident(sentence),
            !namesAnotherTime(sentence), !sumsOrTellsAWarsToll(sentence)
        else { return }
        for index in figures.indices where takes(figures[index]) {
            if let place = earlierPlace.restatedTolls.place(restatedBy: figures[index]) {
                figures[index].earlierSite = place
            }
        }
    }

    /// A count of people harmed that another sentence may give again: more than one, not vague (`dozens`),
    /// no part of a whole, no total over a stretch of time.
    func isRestatableToll(_ figure: Figure) -> Bool {
        guard figure.kind == .count, figure.value > 1, figure.of == nil, !figure.isRunningTotal,
            let event = figure.event, FigureVocabulary.casualtyEvents.contains(event)
        else { return false }
        return !FigureLexicon.isVaguePlural(figure)
    }
}
