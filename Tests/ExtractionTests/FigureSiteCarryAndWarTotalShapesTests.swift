import ArticleModel
import Testing

@testable import Extraction

/// Shapes of a figure's site and of a war's total: a count placed before a later part of its list keeps its
/// own place; `in the south of Marlow` is a part of Marlow (so `the city` after it stands for Marlow); a
/// meeting's venue is no site; a hospital named with its town carries the town; a place described by a
/// `where` clause; a war named by its nationality; a war's start and country read from the sentences before.
@Suite struct FigureSiteCarryAndWarTotalShapesTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in paragraphs: [String]) throws -> Figure {
        try #require(figures(paragraphs).first { $0.value == value })
    }

    @Test func aCountBeforeALaterPartKeepsItsOwnPlacePastTheAreaOfBoth() throws {
        let text = ["Seven more people were killed in the town of Arlow and two in the town of Benning, both also in Tarn province, medics said."]
        #expect(try figure(7, in: text).site == "Arlow")
        #expect(try figure(2, in: text).site == "Benning")
    }

    @Test func aCountWithNoPlaceBeforeItsPartsKeepsTheAreaAfterThem() throws {
        let text = ["Jets fired 12 missiles, ten near Arlow and two at Benning, in Tarn province on Monday."]
        #expect(try figure(12, in: text).site == "Tarn")
    }

    @Test func theCityAfterItsSouthernPartCarriesTheCity() throws {
        let text = [
            "Nine civilians were killed in a rocket attack on the Karmun neighbourhood in the south of Marlow city, the monitor said. "
                + "Six civilians died when shells hit the rebel-held west of the city."
        ]
        let six = try figure(6, in: text)
        #expect(six.site == nil)
        #expect(six.earlierSite == "Marlow")
    }

    @Test func aPlaceToMeasureFromStaysOne() throws {
        // (`south of Marlow` without `in the` is a point to measure from.)
        let text = ["Nine civilians were killed in Arlow, 20 km south of Marlow city, the monitor said."]
        #expect(try figure(9, in: text).site == "Arlow")
    }

    @Test func aMeetingsVenueIsNoSite() throws {
        let text = [
            "The two sides have failed to set a new date for a meeting between Mr. Arlow and his Tarnian counterpart, Ben Vesk, in Chile that was called off."
        ]
        #expect(try figure(2, in: text).site == nil)
    }

    @Test func anIncidentAtAMeetingIsAtItsVenue() throws {
        let text = ["A bomb went off at a meeting between the two leaders in Taiz on Monday, killing 14 people."]
        #expect(try figure(14, in: text).site == "Taiz")
    }

    @Test(arguments: [
        "The blast that tore through the rebel commanders meeting in Taiz killed 31 people.",
        "About 31 delegates attended the Friday meeting in Taiz.",
    ])
    func aMeetingWhereSomethingHappenedIsItsSite(_ sentence: String) throws {
        #expect(try figure(31, in: [sentence]).site == "Taiz")
    }

    @Test func aPointAPlaceIsMeasuredFromIsNoPlaceAWhereClauseDescribes() throws {
        let text = ["Jets struck the village of Arlow north-east of Taiz, where 18 people were killed."]
        #expect(try figure(18, in: text).site != "Taiz")
    }

    @Test func aHospitalNamedWithItsTownCarriesTheTown() throws {
        let text = [
            "Some 15 rockets hit the Central Hospital of Taiz, a market and other areas in the city on Sunday. "
                + "At least 21 civilians were killed in the strikes."
        ]
        let toll = try figure(21, in: text)
        #expect((toll.site ?? toll.earlierSite) == "Taiz")
    }

    @Test func aPlaceRightBeforeAWhereClauseIsTheSite() throws {
        let text = ["The plant lies upstream of the great Marlow Dam downstream where more than 9,000 families were moved."]
        #expect(try figure(9_000, in: text).site == "Marlow Dam")
    }

    @Test func aWarNamedByItsNationalityNamesItsCountry() throws {
        let text = ["According to the monitor, the Yemeni military conflict has so far claimed the lives of over 150,000 people."]
        #expect(try figure(150_000, in: text).site == "Yemen")
    }

    @Test func aRefugeeCrisisNamedByItsNationalityIsNoSite() throws {
        let text = ["The Yemeni refugee crisis has seen 40,000 people killed on the way, aid groups said."]
        #expect(try figure(40_000, in: text).site == nil)
    }

    @Test func aWarsTotalTakesItsStartPastASentenceBetween() throws {
        let text = [
            "Eight years of war in Yemen: protests against the rule of the president began in February 2011. "
                + "They were crushed and an armed revolt followed. "
                + "The conflict has left more than 150,000 people dead, the monitor said."
        ]
        // (The war's country, 'war in Yemen', is not yet kept as the total's earlier site past the sentence
        // between: only the period is.)
        #expect(try figure(150_000, in: text).period == "since February 2011")
    }

    @Test func aSentenceBetweenNamingAPlaceStopsTheLookBack() throws {
        let text = [
            "Protests against the rule of the president began in February 2011. "
                + "Jets then bombed Taiz. "
                + "The conflict has left more than 150,000 people dead, the monitor said."
        ]
        #expect(try figure(150_000, in: text).period == nil)
    }

    @Test func sinceTheStartOfARevoltInAMonthIsThatMonth() throws {
        let text = [
            "More than 90,000 people are believed killed since the start of the revolt against the president in March 2015."
        ]
        #expect(try figure(90_000, in: text).period == "since March 2015")
    }
}
