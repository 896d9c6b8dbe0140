import ArticleModel
import Testing

@testable import Extraction

/// A toll the article gives again in a later sentence that names no day is the same dead on the day the
/// earlier sentence gave, not on the page's: the later count takes that day, when the two count the same
/// number of the same people at one place (the same, none in one of them, or one inside the other).
@Suite struct FigureRestatedTollDateTests {
    /// The figures with `value` in an article whose body is `paragraphs`, published on Tuesday 12 March 2019.
    func figures(_ value: Double, in paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) }, published: "2019-03-12")
        return TestData.extractor.extract(from: article).figures.filter { $0.value == value && $0.span.paragraph >= 1 }
    }

    @Test(arguments: [
        // A quote giving the toll again, with no place.
        (
            [
                "Jets killed 14 people in the village of Tovin on Monday evening, a monitor said.",
                "\"The jets killed 14 people and destroyed the school,\" a medic told reporters.",
            ], 14.0
        ),
        // The same place.
        (
            [
                "Shells killed 9 civilians in Tovin on Monday, activists said.",
                "The head of the monitor said 9 civilians died in Tovin and dozens were hurt.",
            ], 9
        ),
        // A town the first sentence names inside the later count's province.
        (
            [
                "Air strikes hit the town of Tovin in Marlow province on Monday, killing 22 people.",
                "A doctor in Marlow said 22 people were killed in the strikes.",
            ], 22
        ),
    ])
    func aLaterCountOfTheSameTollTakesTheEarlierDay(paragraphs: [String], value: Double) {
        let found = figures(value, in: paragraphs)
        #expect(found.count == 2, "\(paragraphs)")
        #expect(found.allSatisfy { $0.date == "2019-03-11" }, "\(found.map { ($0.text, $0.date) })")
        #expect(found.last?.isDatedByEarlierSentence == true, "\(paragraphs)")
    }

    @Test(arguments: [
        // Two places neither of which the text puts in the other.
        (
            [
                "Shells killed 9 civilians in Tovin on Monday, activists said.",
                "Rockets killed 9 civilians in Kestrel Hill, residents said.",
            ], 9.0
        ),
        // Another incident, elsewhere.
        (
            [
                "Jets killed 14 people in Tovin on Monday evening, a monitor said.",
                "Elsewhere, 14 people died in shelling, residents said.",
            ], 14
        ),
        // A clause dated against another moment.
        (
            [
                "Jets killed 14 people in Tovin on Monday evening, a monitor said.",
                "Two days later a car bomb killed 14 people in the market.",
            ], 14
        ),
        // A vague plural.
        (
            [
                "Jets killed dozens of people in Tovin on Monday evening, a monitor said.",
                "Officials said a raid on a camp killed dozens of people.",
            ], 12
        ),
        // A province before a town the text does not put in it.
        (
            [
                "Jets killed 7 people in Marlow province on Sunday, a monitor said.",
                "Rockets killed 7 people in Tovin, residents said.",
            ], 7
        ),
        // A town beside the first place's border, outside it.
        (
            [
                "Jets killed 7 people in Marlow on Sunday, a monitor said.",
                "Shells killed 7 people in Tovin near the Marlow border, residents said.",
            ], 7
        ),
        // Another number.
        (
            [
                "Jets killed 14 people in Tovin on Monday evening, a monitor said.",
                "Later a medic in Kestrel Hill said 15 people had died in shelling there.",
            ], 15
        ),
    ])
    func anotherIncidentKeepsItsOwnDay(paragraphs: [String], value: Double) {
        let later = figures(value, in: paragraphs).last
        #expect(later?.date == nil, "\(paragraphs)")
        #expect(later?.isDatedByEarlierSentence == false, "\(paragraphs)")
    }
}
