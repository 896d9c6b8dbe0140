/// The places body sentences named for the tolls they gave, by number, so that a later sentence naming no
/// place that gives one of them again takes its place as an earlier sentence's (``Figure/earlierSite``):
/// `Five civilians were killed and 90 wounded in Marlow on Thursday. … Shells were fired from Arlow and
/// Benning. … The attacks claimed the lives of five citizens and injured 90 others.`
/// Only the first ``capacity`` tolls are kept (the lead's come first), so reading stays linear.
struct RestatedTollPlaces: Sendable {
    /// How many sited tolls are kept at most.
    static let capacity = 48
    /// The sited tolls, by number.
    private var tolls: [Double: [Figure]] = [:]
    private var count = 0

    /// A body sentence named `figure`'s site.
    mutating func remember(_ figure: Figure) {
        guard count < Self.capacity, figure.site != nil else { return }
        tolls[figure.value, default: []].append(figure)
        count += 1
    }

    /// A sentence turned elsewhere (`Elsewhere, …`) or a crosshead broke the text: the tolls before stand no
    /// more.
    mutating func forget() {
        tolls.removeAll(keepingCapacity: true)
    }

    /// The one place of the earlier tolls that `figure` gives again (the same number of the same people
    /// and harm: ``restates(_:_:)``); nil when none, or when they were at several places.
    func place(restatedBy figure: Figure) -> String? {
        guard let earlier = tolls[figure.value] else { return nil }
        var place: String?
        for toll in earlier where Self.restates(figure, toll) {
            guard let site = toll.site else { continue }
            if let place, place.lowercased() != site.lowercased() { return nil }
            place = site
        }
        return place
    }

    /// Whether two counts give one toll: the same number (and range), the same harm
    /// (``FigureExtractor/eventFamily(_:)``), and the same people (`five civilians` … `five citizens`,
    /// `five people` … `five soldiers`; not `10 civilians` … `10 IS members`).
    static func restates(_ figure: Figure, _ other: Figure) -> Bool {
        guard figure.value == other.value, figure.maxValue == other.maxValue, let unit = figure.unit,
            let otherUnit = other.unit, let event = figure.event, let otherEvent = other.event,
            FigureExtractor.eventFamily(event) == FigureExtractor.eventFamily(otherEvent)
        else { return false }
        if unit == otherUnit || civilians.contains(unit) && civilians.contains(otherUnit) { return true }
        return anyPeople.contains(unit) && FigureLexicon.peopleUnits.contains(otherUnit)
            || anyPeople.contains(otherUnit) && FigureLexicon.peopleUnits.contains(unit)
    }

    /// Counted nouns that may stand for any people harmed.
    static let anyPeople: Set<String> = ["person", "other", "victim", "casualty"]
    /// Counted nouns of civilians, one another's other words.
    static let civilians: Set<String> = ["civilian", "citizen", "resident", "villager", "national"]
}
