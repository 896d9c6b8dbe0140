import ArticleModel
import Testing

@testable import Extraction

/// Figures from sentences written the way wire stories write them.
@Suite struct FigureExtractorTests {
    func figures(_ text: String, headline: String = "Report") -> [Figure] {
        let article = Article(title: headline, paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 1 }
    }

    func only(_ text: String) -> Figure? {
        let found = figures(text)
        #expect(found.count == 1, "\(found.map(\.text))")
        return found.first
    }

    @Test func partitiveAndWholeWithSitesAndEvents() {
        let found = figures(
            "Two of the 17 missiles targeting Ain al-Assad base did not go off, the military said, while the five missiles on Erbil all targeted coalition headquarters."
        )
        #expect(found.count == 3)
        let two = found.first { $0.value == 2 }, seventeen = found.first { $0.value == 17 },
            five = found.first { $0.value == 5 }
        #expect(two?.unit == "missile" && two?.of == 17 && two?.event == "failed" && two?.site == "Ain al-Assad")
        #expect(seventeen?.unit == "missile" && seventeen?.event == "targeted" && seventeen?.site == "Ain al-Assad")
        #expect(five?.unit == "missile" && five?.site == "Erbil" && five?.event == "targeted")
        // (`the military` names no one of its own: the seed's `Iraqi military` comes from its earlier sentence.)
        #expect(found.allSatisfy { $0.source == nil })
    }

    @Test func severalSitesGiveNoSite() {
        let found = figures("The Iraqi military said 22 missiles were launched on the two sites.")
        let missiles = found.first { $0.unit == "missile" }
        #expect(missiles?.value == 22 && missiles?.event == "launched" && missiles?.site == nil)
        #expect(missiles?.source == "Iraqi military")
        #expect(found.first { $0.unit == "site" }?.site == nil)
    }

    @Test func approximateCasualtiesWithCause() {
        let figure = only(
            "Before the burial, a stampede erupted at the procession in Kerman, killing more than 50 people.")
        #expect(figure?.value == 50 && figure?.approx == .over && figure?.unit == "person")
        #expect(figure?.event == "killed" && figure?.site == "Kerman" && figure?.cause == "stampede")
        #expect(figure?.text == "more than 50 people")
    }

    @Test func countsWithoutANounThatNameCasualties() {
        #expect(only("Air strikes kill 32 in Idlib")?.unit == "person")
        let toll = only("The death toll rose to 12 on Sunday, officials said.")
        #expect(toll?.value == 12 && toll?.unit == "person" && toll?.event == "killed" && toll?.source == nil)
        let found = figures(
            "Two people were killed and 14 injured when a car bomb exploded in Kabul, according to the interior ministry."
        )
        #expect(found.map(\.value) == [2, 14])
        #expect(found.allSatisfy { $0.unit == "person" && $0.site == "Kabul" && $0.source == nil })
        #expect(found.map(\.event) == ["killed", "injured"])
    }

    @Test func nounCarriedFromEarlierInTheSentence() {
        let found = figures("Between 20 and 30 rockets were fired at Sderot, the army said, and 12 were intercepted.")
        #expect(found.count == 2)
        #expect(
            found[0].approx == .range && found[0].value == 20 && found[0].maxValue == 30 && found[0].unit == "rocket")
        #expect(found[1].value == 12 && found[1].unit == "rocket" && found[1].event == "intercepted")
    }

    @Test func vaguePluralsAreCodedConservatively() {
        let found = figures(
            "Six people were killed and dozens of civilians wounded, while tens of thousands of residents fled.")
        let dozens = found.first { $0.value == 12 }
        #expect(dozens?.approx == .over && dozens?.unit == "civilian")
        let tens = found.first { $0.value == 10_000 }
        #expect(tens?.approx == .over && tens?.unit == "resident")
    }

    @Test func moneyPercentAndScale() {
        let found = figures(
            "The company spent $3m on the plant, up 40% on the year, as about 1.5 million people and 3.1bn Australian dollars changed hands."
        )
        #expect(found.contains { $0.kind == .money && $0.value == 3_000_000 && $0.unit == "USD" })
        #expect(found.contains { $0.kind == .percent && $0.value == 40 })
        #expect(
            found.contains { $0.kind == .count && $0.value == 1_500_000 && $0.approx == .about && $0.unit == "person" })
        #expect(found.contains { $0.kind == .money && $0.value == 3_100_000_000 && $0.unit == "AUD" })
    }

    @Test func thingsThatAreNotFigures() {
        let found = figures(
            "Under Article 51 of the UN Charter, Flight 752 left at 1:45am on January 8, 2020, in 2019 the G20 met for the third time, and at one point 911 was called."
        )
        #expect(found.isEmpty, "\(found.map(\.text))")
        #expect(figures("They tried to help one another, and no one answered the 2003 results.").isEmpty)
        // A page's short-link code run into the story is no count, whatever capitalised word follows it.
        let link = figures("Get short URL 4471 Tarns army said three soldiers died.")
        #expect(link.map(\.value) == [3], "\(link.map(\.text))")
    }

    @Test func measuresAreKeptApart() {
        let found = figures("After three days of talks, the 22-year-old walked 60 kilometres (35 miles) north.")
        #expect(found.first { $0.value == 3 }?.kind == .duration)
        #expect(found.first { $0.value == 22 }?.kind == .age)
        #expect(found.first { $0.value == 60 }?.kind == .distance)
        #expect(found.allSatisfy { $0.kind != .count })
    }

    @Test func spansPointAtTheText() {
        let text = "Hong Kong police arrested 800 students, and some 500 people were detained in Mong Kok."
        for figure in figures(text) {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[figure.span.start..<figure.span.end])) == figure.text)
        }
    }

    @Test(arguments: [
        (text: "At least 50 people were killed in Syria's Homs province on Sunday.", site: "Homs"),
        (text: "Six people were killed in a blast that rocked the northern Syrian city of Aleppo.", site: "Aleppo"),
    ])
    func specificPlaceWinsOverItsCountry(_ text: String, _ site: String) {
        #expect(only(text)?.site == site)
    }
}
