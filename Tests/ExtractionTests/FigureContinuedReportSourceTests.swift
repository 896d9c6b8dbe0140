import ArticleModel
import Testing

@testable import Extraction

/// `…, the Kelvar Observatory said. Another 70 were wounded.`: a toll opening on `Another` goes on with the
/// report of the sentence right before and takes its source (sentences written for these tests).
@Suite struct FigureContinuedReportSourceTests: FigureSourceChecks {
    static let report = "Fighting between two militias near Vessa left at least 40 dead on Friday, the Kelvar Observatory said."

    @Test(arguments: [
        [report + " Another 70 were wounded."],
        [report, "Another 70 were wounded."],
        [report + " Another 70 fighters were wounded in the clashes."],
    ])
    func anotherTollTakesTheSourceOfTheSentenceBefore(paragraphs: [String]) {
        let found = TestData.figures(paragraphs)
        #expect(source(of: 40, in: found) == "Kelvar Observatory", "\(described(found))")
        #expect(source(of: 70, in: found) == "Kelvar Observatory", "\(described(found))")
    }

    @Test(arguments: [
        // The sentence before credits no one.
        "Fighting between two militias near Vessa left at least 40 dead on Friday. Another 70 were wounded.",
        // A sentence between.
        report + " Heavy rain fell over the town of Vessa. Another 70 were wounded.",
        // Not right before the count.
        report + " Another day of fighting left 70 wounded.",
    ])
    func noSourceWithoutTheReportRightBefore(text: String) throws {
        let found = TestData.figures([text])
        #expect(try figure(70, in: found).source == nil, "\(described(found))")
    }

    @Test func anotherTollWithASourceOfItsOwnKeepsIt() throws {
        let found = TestData.figures([Self.report + " Another 70 were wounded, doctors at the Tarvan clinic said."])
        #expect(try figure(70, in: found).source != "Kelvar Observatory", "\(described(found))")
    }

    @Test func anotherCountOfNoTollTakesNoSource() throws {
        let found = TestData.figures([Self.report + " Another survey of 300 households is due in May."])
        #expect(try figure(300, in: found).source == nil, "\(described(found))")
    }
}

/// `Kelvan News reported that 20 shells hit Vessa. The attack killed four civilians.`: the incident told
/// before, opening the sentence as what harmed, goes on with that report (sentences written for these tests).
@Suite struct FigureIncidentGoingOnSourceTests: FigureSourceChecks {
    static let report = "The Kelvar News Agency reported that 20 rocket shells fired from the hills hit homes in Vessa."

    @Test(arguments: [
        " The attack killed four civilians and hurt three more.",
        " The terrorist attacks left four civilians dead and three others hurt.",
    ])
    func theIncidentThatHarmedTakesTheReportsSource(next: String) {
        let found = TestData.figures([Self.report + next])
        #expect(source(of: 4, in: found) == "Kelvar News Agency", "\(described(found))")
    }

    @Test(arguments: [
        // Not what harmed: the incident came after the count.
        " The attack came after four civilians died in Tarvan.",
        // A new incident.
        " A second attack killed four civilians in Tarvan.",
    ])
    func noSourceOtherwise(next: String) throws {
        let found = TestData.figures([Self.report + next])
        #expect(try figure(4, in: found).source == nil, "\(described(found))")
    }
}
