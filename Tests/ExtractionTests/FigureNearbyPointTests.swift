import ArticleModel
import Testing

@testable import Extraction

/// `Jets struck Saraqib, a town near Binnish, …`: a place named after the place struck, only to say where it
/// lies (`near`, `close to`, `outside`, `not far from`, `20 km from`), is no second site, so the figures of the
/// sentences after it take the place struck as their earlier site.
@Suite struct FigureNearbyPointTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    @Test(arguments: [
        ("Jets struck Saraqib, a town near Binnish, on Sunday. 12 people died.", 12.0, "Saraqib"),
        ("Planes bombed Kafr Nabl close to Maarat al-Numan overnight. Nine civilians were killed.", 9, "Kafr Nabl"),
        ("Rockets hit Harasta, some 5 km from Douma, at dawn. Four children were wounded.", 4, "Harasta"),
        ("Warplanes pounded Binnish not far from Saraqib. At least 7 people were killed.", 7, "Binnish"),
    ])
    func thePlaceStruckStandsForTheNextSentence(text: String, value: Double, site: String) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.earlierSite == site, "\(text)")
        #expect(count.site == nil, "\(text)")
    }

    @Test(arguments: [
        // A second place struck, or one the sentence names for something else: no one place.
        ("Jets struck Saraqib and the area near Binnish on Sunday. 12 people died.", 12.0),
        ("Jets struck Saraqib while rebels massed near Binnish. 12 people died.", 12),
    ])
    func noOnePlace(text: String, value: Double) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.earlierSite == nil, "\(text)")
    }
}
