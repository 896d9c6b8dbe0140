import ArticleModel
import Testing

@testable import Extraction

/// Verbs of attack in a peaceful sense leave no event: what is counted is a firm, a document, a product or an
/// engine, or a workforce dismissed; people, places and weapons keep theirs.
@Suite struct FigurePeacefulObjectTests {
    @Test(arguments: [
        ("Rivals targeted 15 firms in the region with the new tariff.", 15.0),
        ("The regulator released two reports that criticised the lenders.", 2),
        ("The studio released four albums last year.", 4),
        ("The bank fired 200 staff last year.", 200),
        ("The company launched three new products on Monday.", 3),
        ("The group launched four new businesses in Leeds last year.", 4),
    ])
    func aPeacefulUseHasNoEvent(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event == nil, "\(text)")
    }

    @Test(arguments: [
        ("Jets targeted 5 hospitals in Marlow.", 5.0, "targeted"),
        ("Militants fired 12 rockets at Dunmore.", 12, "fired"),
        ("The rebels released 12 hostages on Friday.", 12, "released"),
        ("The strike hit 3 schools near Kestrel.", 3, "hit"),
        // Businesses and companies are what rioters target and blasts hit.
        ("Rioters targeted 12 businesses in Leeds on Tuesday.", 12, "targeted"),
        ("The explosion hit 5 businesses on the high street in Leeds.", 5, "hit"),
        ("Gunmen targeted 3 companies in Marlow overnight.", 3, "targeted"),
    ])
    func anAttackKeepsItsEvent(text: String, value: Double, event: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event == event, "\(text)")
    }
}
