import ArticleModel
import Testing

@testable import Extraction

/// A casualty or strike count whose sentence gives only the day of a saying, going on with the incident
/// the sentence before dated to an earlier day, takes that day; the saying's day stays the count's when the
/// sentence tells of harm of its own (a new incident, further dead, a place of its own, a total).
@Suite struct FigureStatementDayIncidentTests {
    /// The figure with `value` in the body paragraph `text`, in an article published on Friday 15 March 2019.
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        (
            "Mortars struck the bus depot in Kestrel Hill on Monday. The health office said on Wednesday that 11 people were killed in the shelling.",
            11.0
        ),
        (
            "Jets bombed a grain store outside Dornholm on Monday. Medics said on Wednesday that the raid had wounded 8 farm hands.",
            8
        ),
    ])
    func aStatementsCountTakesTheDayOfTheIncidentBefore(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found?.date == "2019-03-11", "\(text)")
        #expect(found?.isDatedByEarlierSentence == true, "\(text)")
    }

    @Test(arguments: [
        // Further harm, which the statement's day may date.
        "Mortars struck the bus depot in Kestrel Hill on Monday. The health office said on Wednesday that 11 more people were killed.",
        // A new incident of its own.
        "Mortars struck the bus depot in Kestrel Hill on Monday. The health office said on Wednesday that a car bomb killed 11 people.",
        // A place of its own.
        "Mortars struck the bus depot in Kestrel Hill on Monday. The health office said on Wednesday that 11 people were killed in Maresk.",
        // A total since a moment.
        "Mortars struck the bus depot in Kestrel Hill on Monday. The health office said on Wednesday that 11 people have been killed since January.",
        // Another paragraph's turn.
        "Mortars struck the bus depot in Kestrel Hill on Monday. Elsewhere, the health office said on Wednesday that 11 people were killed.",
    ])
    func theStatementsDayStaysOtherwise(text: String) {
        let found = figure(11, in: text)
        #expect(found?.date != "2019-03-11", "\(text)")
        #expect(found?.isDatedByEarlierSentence == false, "\(text)")
    }

    @Test func aSentenceBeforeNamingNoDayLeavesTheStatementsDay() {
        let text = "Mortars struck the bus depot in Kestrel Hill. The health office said on Wednesday that 11 people were killed."
        #expect(figure(11, in: text)?.date == "2019-03-13")
    }
}
