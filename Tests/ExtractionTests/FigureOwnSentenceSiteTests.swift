import ArticleModel
import Testing

@testable import Extraction

/// Shapes in which a count's own sentence names its site: the place besieged, the place people were leaving
/// when they were harmed, a square the incident happened in, a place counting its own toll, an area's name
/// split in two before its town; and the places that are no site there (a page's tags, a point that locates
/// named areas).
@Suite struct FigureOwnSentenceSiteTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    func shown(_ text: String) -> String {
        "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-", $0.event ?? "-") })"
    }

    @Test(arguments: [
        ("Last winter the long siege of Karmun saw 40 residents starve to death.", 40.0, "Karmun"),
        ("The army's blockade of Marlow has killed 16 children since March, doctors said.", 16, "Marlow"),
    ])
    func thePlaceBesiegedIsTheSite(text: String, value: Double, site: String) {
        #expect(figure(value, in: text)?.site == site, "\(shown(text))")
    }

    @Test(arguments: [
        ("Mortar shells fell on Idlib overnight, killing 11 civilians.", 11.0, "Idlib"),
        ("Renewed air raids on Marlow left 23 people dead on Monday.", 23, "Marlow"),
    ])
    func thePlaceAfterOnIsTheSite(text: String, value: Double, site: String) {
        #expect(figure(value, in: text)?.site == site, "\(shown(text))")
    }

    @Test func aProtestOverTheSiegeIsNoSite() {
        let text = "Police arrested 30 students at a protest against the siege of Karmun."
        #expect(figure(30, in: text)?.site != "Karmun", "\(shown(text))")
    }

    @Test(arguments: [
        ("Gunmen shot dead nine villagers while fleeing Marlow on foot.", 9.0, "Marlow"),
        ("The militia executed 14 of its own recruits on charges of fleeing Mosul last week.", 14, "Mosul"),
        ("Four boys were wounded by sniper fire as they were escaping Marlow at dawn.", 4, "Marlow"),
    ])
    func thePlaceLeftWhenHarmedIsTheSite(text: String, value: Double, site: String) {
        #expect(figure(value, in: text)?.site == site, "\(shown(text))")
    }

    @Test(arguments: [
        // The people only described as fleeing, or where they were going.
        "Relief workers said 300 families who were fleeing Marlow had reached the camp.",
        "Some 300 families fleeing Marlow reached the camp by Sunday.",
    ])
    func peopleDescribedAsFleeingGiveNoSite(text: String) {
        #expect(figure(300, in: text)?.site == nil, "\(shown(text))")
    }

    @Test(arguments: [
        ("Kenya suffered the heaviest toll of the region, with 3,100 of these deaths.", 3100.0, "Kenya"),
        ("Peru has recorded 250 new cases in a single day.", 250, "Peru"),
    ])
    func aPlaceCountingItsTollIsTheSite(text: String, value: Double, site: String) {
        #expect(figure(value, in: text)?.site == site, "\(shown(text))")
    }

    @Test(arguments: [
        // Fighters may fall far from their country; a country that does something else.
        "Kenya has lost a further 12 soldiers in the fighting.",
        "Kenya sent 12 doctors to help the relief effort last month.",
    ])
    func aCountrysFightersOrOtherVerbsGiveNoSite(text: String) {
        #expect(figure(12, in: text)?.site == nil, "\(shown(text))")
    }

    @Test func tagsGluedBeforeTheSentenceAreNoSite() {
        let text =
            "Tags Aleppo Homs drought farming Seven farmers from the besieged town of Karmun were killed by a"
            + " mortar round on Monday."
        #expect(figure(7, in: text)?.site == "Karmun", "\(shown(text))")
    }

    @Test func aPointPastTheCountrysAdjectiveIsNoSite() {
        let text = "Six shepherds living in besieged Karmun east of the Lebanese capital Beirut were killed on Sunday."
        #expect(figure(6, in: text)?.site == "Karmun", "\(shown(text))")
    }

    @Test func aPointLocatingNamedAreasIsNoSite() {
        let text =
            "Engineers cleared 30 mines from the Qasr Tallun and Ard Bishar farms to the southeast of Homs on"
            + " Tuesday."
        #expect(figure(30, in: text)?.site == nil, "\(shown(text))")
    }

    @Test func aLonePointStillPlacesTheFigure() {
        let text = "Gunmen killed 7 soldiers at a checkpoint north of Idlib on Monday."
        #expect(figure(7, in: text)?.site == "Idlib", "\(shown(text))")
    }

    @Test func anAreaNameSplitInTwoBeforeItsTownIsTheSite() {
        let text = "Four gunmen were said to be killed in al-Marj al-Akhdar area in al-Bab city, a monitor said."
        let entities = TestData.bodyEntities(text).map(\.name)
        #expect(figure(4, in: text)?.site == "al-Marj al-Akhdar", "\(shown(text)) \(entities)")
    }
}
