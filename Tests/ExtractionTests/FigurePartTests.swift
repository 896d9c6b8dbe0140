import ArticleModel
import Testing

@testable import Extraction

/// A part of a group counted before it (`including 14 children`, `eight of them children`) stores the
/// group as its whole and takes its event, so that no view counts it as an incident of its own.
@Suite struct FigurePartTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("Air strikes killed 56 civilians in the town, eight of them children.", 8.0, 56.0, "killed"),
        ("The blast killed 31 people, of whom 12 were children.", 12, 31, "killed"),
        ("Gunmen wounded 9 guards, among them 2 officers.", 2, 9, "injured"),
        ("The earthquake killed 40 people, including 11 children.", 11, 40, "killed"),
        ("Jets have carried out 325 raids since May, including 29 strikes in the past four days.", 29, 325, "launched"),
        // `of which` for people, as writers use it too: the part has its own event.
        ("A car bomb wounded 17 people near the mosque, four of which died later in hospital.", 4, 17, "killed"),
        ("Militants fired 30 rockets at the base, six of which hit the runway.", 6, 30, "hit"),
    ])
    func aPartStoresItsWhole(text: String, value: Double, whole: Double, event: String) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole, "\(text)")
        #expect(part.event == event, "\(text)")
    }

    @Test func aPartOfWhichIsOfTheWholesPlaceAndDay() throws {
        let text =
            "Shelling wounded 12 people in Saraqib on Monday, three of which died later in a hospital in Binnish."
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        let figures = TestData.extractor.extract(from: article).figures
        let part = try #require(figures.first { $0.value == 3 })
        #expect(part.unit == "person" && part.event == "killed" && part.of == 12)
        #expect(part.site == "Saraqib")
        #expect(part.date == "2019-03-11")
    }

    @Test func aPartSaysWhatItCountsAfterThePronoun() {
        #expect(figure(8, in: "Air strikes killed 56 civilians in the town, eight of them children.")?.unit == "child")
    }

    @Test(arguments: [
        // Two counts side by side are no part and whole.
        ("Shelling killed 12 soldiers and wounded 30 civilians.", 30.0),
        ("Rebels killed 14 soldiers, and jets killed 5 rebels.", 5),
    ])
    func notAPart(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }
}

/// A sentence opening on the group the sentence before counted (`Eight of them were children.`) holds a
/// part of that group.
@Suite struct FigurePreviousGroupTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("Government air strikes have killed 56 civilians. Eight of them were children.", 8.0, 56.0, "child"),
        ("The bombing killed 43 people in the market. Among them were nine women.", 9, 43, "woman"),
        ("Militants killed 27 villagers on Sunday. Of those, 11 were children.", 11, 27, "child"),
        ("The raid killed 30 people, the ministry said. Of those killed, 12 were soldiers.", 12, 30, "soldier"),
        ("Shelling wounded 64 residents. Twenty of them remain in hospital.", 20, 64, "resident"),
        // The group is the whole, not a part of it named after it.
        ("Jets killed 56 civilians, including 20 children. Among them were eight women.", 8, 56, "woman"),
    ])
    func aPartOfTheGroupBefore(text: String, value: Double, whole: Double, unit: String) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole, "\(text)")
        #expect(part.unit == unit, "\(text)")
        #expect(part.event == figure(whole, in: text)?.event, "\(text)")
    }

    @Test func aPartOfATotalIsATotal() throws {
        let text = "More than 4,000 civilians have been killed since 2015. Among them were 900 children."
        #expect(try #require(figure(900, in: text)).isRunningTotal)
    }

    @Test(arguments: [
        // Another kind of thing, another group, or no opening back-reference: no part.
        ("Rebels fired 40 rockets at the city. Six of them were children.", 6.0),
        ("The strike killed 12 soldiers. Among the wounded were 5 children.", 5),
        ("The strike killed 12 soldiers. Jets later killed 5 civilians in the town.", 5),
        ("Attacks killed 12 soldiers on Monday. Two of those cities lie on the border.", 2),
    ])
    func noPartOfTheGroupBefore(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }

    @Test func theGroupMustStandInTheSameParagraph() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(kind: .body, text: "Government air strikes have killed 56 civilians."),
                Paragraph(kind: .body, text: "Eight of them were children."),
            ])
        let part = TestData.extractor.extract(from: article).figures.first { $0.value == 8 }
        #expect(part?.of == nil)
    }
}

/// A part counts the same kind of thing as its whole: people are no part of strikes (`carried out 18 air
/// strikes, leading to the death of five civilians, including two women`).
@Suite struct FigurePartKindTests {
    @Test func peopleAreNoPartOfStrikes() throws {
        let text = "Jets carried out 18 air strikes on the valley, causing the death of residents, including two women."
        let women = try #require(TestData.bodyFigures(text).first { $0.value == 2 })
        #expect(women.of == nil)
        #expect(women.event != "launched")
    }
}
