import Testing

@testable import Extraction

/// A clause telling of another incident before or after the sentence's own (`days after a similar attack in
/// Tovin killed 20`) names that incident's place: not the site of the sentence's own figures, and the only
/// one of a figure inside it.
@Suite struct FigureOtherIncidentSiteTests {
    func sites(in text: String) -> [Double: String?] {
        var sites: [Double: String?] = [:]
        for figure in TestData.bodyFigures(text) { sites[figure.value] = figure.site }
        return sites
    }

    @Test(arguments: [
        // The place struck before the clause of the other incident, for the toll and its part.
        (
            "Eleven people, including four children, were killed in an air strike on Saraqib on Sunday, days "
                + "after a similar attack in Douma killed 23 people.", 11.0, "Saraqib"
        ),
        (
            "Eleven people, including four children, were killed in an air strike on Saraqib on Sunday, days "
                + "after a similar attack in Douma killed 23 people.", 4, "Saraqib"
        ),
        (
            "At least 17 civilians were killed when jets struck Saraqib, two weeks after an air raid on the "
                + "town of Douma.", 17, "Saraqib"
        ),
        // The other incident's own figure is placed by its clause alone.
        (
            "Gunmen shot dead 8 guards near Saraqib, a week after an ambush in Douma left 30 dead.", 30,
            "Douma"
        ),
        (
            "Eleven people were killed in an air strike on Saraqib, days after a similar attack in Douma "
                + "killed 23 people.", 23, "Douma"
        ),
        // An incident of no determiner (a plural) is another too.
        (
            "At least 6 students were killed by rockets fired at Saraqib on Monday, a day after "
                + "deadly airstrikes on a school in Douma left 35 dead.", 6, "Saraqib"
        ),
        // The clause opening the sentence: the figure after its comma is the sentence's own.
        ("Days after a similar attack in Douma, a car bomb killed 12 people in Saraqib.", 12, "Saraqib"),
    ])
    func theSentencesOwnPlace(text: String, value: Double, expected: String) {
        #expect(sites(in: text)[value] == .some(expected))
    }

    @Test(arguments: [
        // No place of its own left beside the other incident's: none.
        ("Nineteen people were killed on Sunday, days after a similar attack in Douma.", 19.0),
        ("A bomb killed 19 people at a market, hours after an explosion in Douma.", 19),
        ("Nineteen soldiers died, following an earlier raid on Douma.", 19),
    ])
    func noSiteFromTheOtherIncident(text: String, value: Double) {
        #expect(sites(in: text)[value] == .some(nil))
    }

    @Test(arguments: [
        // A toll given a day after its incident is that incident's.
        ("The death toll rose to 40 on Tuesday, a day after a car bomb ripped through a market in Tovin.", 40.0, "Tovin"),
        // `the` may point back to the very incident counted: its place stays.
        ("Mourners buried 19 victims on Tuesday, two days after the attack in Douma.", 19.0, "Douma"),
        // A figure inside the other incident's clause that names no place: the sentence's place stays.
        ("The raid on Saraqib came a day after heavy air strikes killed 26 people in the province.", 26, "Saraqib"),
        // A stretch with no incident after it changes nothing.
        ("Nineteen people were killed in Douma two days after the truce began.", 19, "Douma"),
    ])
    func aClauseOfNoOtherIncident(text: String, value: Double, expected: String) {
        #expect(sites(in: text)[value] == .some(expected))
    }
}
