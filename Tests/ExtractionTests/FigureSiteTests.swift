import ArticleModel
import Testing

@testable import Extraction

/// Where a figure happened, in the ways war reports name places: bases of those who fire, lists of
/// places inside one area, parts of a place, places named only to measure from.
@Suite struct FigureSiteTests {
    func figures(_ text: String) -> [Figure] {
        TestData.bodyFigures(text)
    }

    func site(of value: Double, in text: String) -> String? {
        figures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        // Where those who fire are based is not where the shells fell.
        ("Fighters based in Homs fired rockets at Hama, killing 6 people.", 6.0, "Hama"),
        ("Gunmen positioned in the villages of Arlow and Benning fired 13 rockets on the town of Castor.", 13, "Castor"),
        // Several places joined by `and`, then the one they are in.
        ("Mortars hit Harasta and Douma in Damascus, killing 4 people.", 4, "Damascus"),
        ("Jets bombed Harasta town and Arbin village in Damascus killing 7 people.", 7, "Damascus"),
        // A part of a place, named with `of`.
        ("Twelve people were killed in different parts of Aleppo on Friday.", 12, "Aleppo"),
        // An adjective between the preposition and the place.
        ("Another 14 strikes hit targets in neighbouring Iraq.", 14, "Iraq"),
        ("Shelling killed 9 people in rebel-held Idlib.", 9, "Idlib"),
        // A place named to measure from, past `the capital`.
        ("A car bomb exploded in Homs, 160 km north of the capital Damascus, killing 5 people.", 5, "Homs"),
        // A country written before the noun it modifies does not compete with where it happened.
        ("US air strikes killed 30 fighters and four civilians in eastern Syria.", 4, "Syria"),
        // The place a strike hit, over the city the sentence opens in.
        ("In Damascus, 3 women were wounded in a mortar attack that hit Harasta.", 3, "Harasta"),
        ("In Aleppo 6 people were hurt by an attack with rockets on Azaz.", 6, "Azaz"),
        // A place before its place noun is the place, not a modifier of something else.
        ("Twelve citizens were killed by shells that targeted the Harasta neighbourhood in Damascus.", 12, "Harasta"),
        // A place, then an apposition saying what kind of place it is in the area after `of`.
        ("In Binnish, another town of Idlib province, 4 people were killed by a car bomb.", 4, "Binnish"),
        // A place that owns the next one, with or without its apostrophe.
        ("Jets killed 9 people in Idlib province's Saraqib on Sunday.", 9, "Saraqib"),
        ("Shells hit Aleppos Marjeh district killing 6 civilians.", 6, "Marjeh"),
        // `the villages of A and B in X`.
        ("Rebels lost 25 fighters near the villages of Tal Abyad and Suluk in Raqqa province.", 25, "Raqqa"),
        // What a battle is fought over is where it happened.
        ("The battle for Mosul has cost the lives of 40 fighters.", 40, "Mosul"),
        ("Rebels fought on two fronts for control of Raqqa, losing 15 fighters.", 15, "Raqqa"),
        // A place that owns the war, with or without its apostrophe.
        ("Iraq's war has killed more than 100,000 people.", 100_000, "Iraq"),
        ("Yemens civil war has killed 10,000 people.", 10_000, "Yemen"),
        // Entering a place.
        ("Trucks carrying food for 20,000 people entered Homs on Monday.", 20_000, "Homs"),
        // An aside between dashes does not end the clause.
        ("Four hostages — two Germans and two Italians — who had been held in Libya were freed.", 4, "Libya"),
        // Several places inside the one country the clause names.
        (
            "Another 6 people were killed elsewhere in Syria, one in Aleppo, a second in Homs and a third in Hama.",
            6, "Syria"
        ),
        // With no other place, the place measured from.
        ("9 soldiers were wounded in an ambush south of Mosul.", 9, "Mosul"),
        // (`in a village 20 km north of Hama`: the unnamed village is the place, so no site; see
        // FigureUnnamedSettlementSiteTests.)
    ])
    func siteOfTheFigure(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected, "\(text): \(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func theOutskirtsOfATownAreTheTowns() {
        #expect(
            site(of: 11, in: "The army said 11 militants died on the eastern outskirts of the town of Tabqa.")
                == "Tabqa")
    }

    @Test func aPlaceNamedForTheWarIsNotTheOwnerOfACivilDefence() {
        // `Syria's civil defence` reports; it is not a war in Syria.
        let text = "Rescuers from Syria's civil defence pulled 12 people from the rubble in Aleppo and Homs."
        #expect(site(of: 12, in: text) != "Syria", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aRateTakesThePlaceItIsIn() {
        #expect(site(of: 0.7, in: "Unemployment in Canada rose 0.7% in March, the agency said.") == "Canada")
        // Two places: no one of them is the rate's.
        #expect(site(of: 3, in: "Exports from Chile to Peru fell 3% last year.") == nil)
    }

    @Test func aCitysOwnPoliceActWhereTheyAre() {
        let text = "Karachi police have sealed off the market, detaining 40 traders."
        #expect(site(of: 40, in: text) == "Karachi", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aHeadlineOpeningWithAProvinceIsAboutIt() {
        let article = Article(
            title: "Homs Province Troops Kill 12 Gunmen", paragraphs: [Paragraph(kind: .body, text: "No more.")])
        let found = TestData.extractor.extract(from: article).figures
        #expect(found.first { $0.value == 12 }?.site == "Homs", "\(found.map { ($0.text, $0.site ?? "-") })")
    }

    @Test func wherePeopleReportIsNotWhereItHappened() {
        let text = "In Washington, the Pentagon confirmed eight strikes against militants in Idlib province."
        #expect(site(of: 8, in: text) == "Idlib", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func anAndInsideANameMakesNoListOfPlaces() {
        let text = "Jets hit Homs in Syria (Reuters and Agencies) and a bomb near Hama killed 6 people."
        #expect(site(of: 6, in: text) != "Syria", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aWarOwnedByAPlaceThatAnotherVerbTakesIsNoSite() {
        let text = "The group, which monitors Iraq's war, said at least 8 children were among the dead."
        #expect(site(of: 8, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func onePlaceInsideAnotherIsNoListInTheCountry() {
        let text = "A bomber blew himself up in Syria's Idlib province near the Atmeh crossing, killing 15 people."
        #expect(site(of: 15, in: text) != "Syria", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// A count of places takes the one area named right after it; the places themselves are several.
    @Test(arguments: [
        ("Gunmen staged a raid on three hamlets of Idlib district, killing 11 people.", 3.0, "Idlib"),
        ("Shells hit four villages in rural Hama on Friday.", 4, "Hama"),
        ("Jets struck 12 towns across Syria overnight.", 12, "Syria"),
    ])
    func aCountOfPlacesTakesTheAreaAroundThem(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// Places listed after their count are those places, not an area.
    @Test func aCountOfPlacesNamedOneByOneHasNoSite() {
        let text = "Shells hit two villages of Arlow and Benning on Friday."
        #expect(site(of: 2, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// `the fighting` in a clause naming no place is the war another clause says a country owns.
    @Test(arguments: [
        "Talks over Syria's war broke down; the fighting has cost 90,000 lives.",
        "Mediation in Yemens civil war stalled; the conflict has killed 9,000 people since May.",
    ])
    func theFightingOfAnotherClauseIsTheOwnersWar(text: String) {
        let value: Double = text.contains("90,000") ? 90_000 : 9_000
        let expected = text.contains("Syria") ? "Syria" : "Yemen"
        #expect(site(of: value, in: text) == expected, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// Not when the sentence names another place, or the clause does not point back to a war.
    @Test(arguments: [
        "Talks over Syria's war broke down in Geneva; the fighting has cost 90,000 lives.",
        "Talks over Syria's war broke down; floods have cost 90,000 lives.",
    ])
    func noOwnersWarWhenAnotherPlaceOrNoWar(text: String) {
        #expect(site(of: 90_000, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// A place in a `, who` clause after a score is where the clause's subject played, not the score's.
    @Test func aRelativeClausesPlaceIsNotAScoresSite() {
        let text = "Ann Roe scored 22 points for the Hawks, who won two games at Wembley."
        #expect(site(of: 22, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
        #expect(site(of: 2, in: text) == "Wembley", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    /// A toll keeps it: the dead were where the clause puts them.
    @Test func aRelativeClausesPlaceStaysOnAToll() {
        let text = "Gunmen killed 9 guards, who were manning a checkpoint in Homs."
        #expect(site(of: 9, in: text) == "Homs", "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func placesNotJoinedAsAListGiveNoArea() {
        // `A in B, C in D`: two places each in its own area, not a list inside one.
        let text = "Strikes hit Aleppo in Syria, and Mosul in Iraq, killing 10 people."
        #expect(site(of: 10, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }
}
