import ArticleModel
import Testing

@testable import Extraction

/// One incident, one toll: bodies found are the dead a toll counts, a toll over an area takes the counts
/// of the places in it as its parts, and a headline repeated under the dateline takes the day of the
/// body's toll that it repeats. Other places, days and separate clashes stay apart.
@Suite struct FigureOneIncidentTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        // Bodies recovered under a toll of the dead.
        (
            "Air strikes killed 24 people in Vesk on Sunday, the monitor said. Medics recovered 14 bodies from"
                + " the old town. Another 10 bodies were brought to the clinic.", [14.0, 10], 24.0
        ),
        // A toll over an area, broken down by its towns in the sentence after.
        (
            "Jets killed 30 people near Vesk on Sunday. Rescuers said 20 people died in Karmun, 8 died in"
                + " Tal Roa and 2 died in Sarn.", [20, 8, 2], 30
        ),
        // A province's toll, by town.
        (
            "Shelling killed 17 civilians across Loria province on Friday. Twelve people were killed in Karmun"
                + " and five people were killed in Tal Roa, the monitor said.", [12, 5], 17
        ),
    ])
    func partsAddingUpToTheTollAreItsParts(text: String, values: [Double], whole: Double) {
        for value in values {
            #expect(figure(value, in: text)?.of == whole, "\(value) in \(text)")
        }
    }

    @Test(arguments: [
        // A town's toll, by the neighbourhoods the paragraph names as such, over the sentences after it.
        (
            "Rocket fire killed at least 16 civilians in Tovin on Sunday, the monitor said. A shell hit the Karmun"
                + " neighbourhood, where a shop burned. Nine civilians were killed in Karmun and two in the Sarn"
                + " district of the city. Another five died on the outskirts.", [9.0, 2, 5], 16.0
        ),
        // A toll over a town's neighbourhoods, by the places in them.
        (
            "Rockets fired at residential neighbourhoods of Tovin killed 12 people on Monday. Eight were killed"
                + " in Karmun and four died in Sarn, police said.", [8, 4], 12
        ),
        // Counts of another harm between the parts: the dead under the toll of the dead, the hurt under the hurt.
        (
            "Rockets fired at residential neighbourhoods of Tovin killed 5 people and wounded 17 on Monday. A"
                + " shell hit Karmun, killing 3 people and injuring 8 others. A second shell killed 2 children"
                + " and injured 9 others in Sarn.", [3, 2], 5
        ),
    ])
    func partsAtATownsNeighbourhoodsAreItsTollsParts(text: String, values: [Double], whole: Double) {
        for value in values {
            #expect(figure(value, in: text)?.of == whole, "\(value) in \(text)")
        }
    }

    @Test(arguments: [
        // A neighbourhood of another town.
        (
            "Jets killed 16 people in Vesk on Sunday. Nine died in the Karmun neighbourhood of Tovin and seven"
                + " died in Sarn.", 9.0
        ),
        // A toll of one neighbourhood beside another neighbourhood's count.
        (
            "Shells killed 10 people in the Karmun neighbourhood on Sunday. Six died in the Sarn neighbourhood"
                + " and four died in Tal Roa.", 6
        ),
    ])
    func countsAtNeighbourhoodsOfAnotherPlaceStayApart(text: String, value: Double) throws {
        let found = try #require(figure(value, in: text), "\(text)")
        #expect(found.of == nil, "\(text)")
    }

    @Test func aPartAtAnotherPlaceKeepsItsOwnPlace() {
        let text =
            "Jets killed 30 people near Vesk on Sunday. Rescuers said 20 people died in Karmun, 8 died in"
            + " Tal Roa and 2 died in Sarn."
        #expect(figure(20, in: text)?.site == "Karmun")
    }

    @Test func anApproximatedTollInATownIsNoAreaToll() throws {
        let text =
            "Shelling killed around 30 people in Vesk on Sunday. Rescuers said 20 people died in Karmun and 10 died"
            + " in Sarn."
        let part = try #require(figure(20, in: text))
        #expect(part.of == nil, "\(part)")
    }

    @Test(arguments: [
        // A town's toll beside other towns' counts: other incidents, however the numbers add up.
        (
            "Jets killed 30 people in Vesk on Sunday. Shelling killed 20 people in Karmun and 10 people in Tal Roa.",
            20.0
        ),
        // A separate attack in the area.
        (
            "Jets killed 30 people near Vesk on Sunday. In a separate attack, 20 people died in Karmun and 10"
                + " people died in Tal Roa.", 20
        ),
        // Another day.
        (
            "Jets killed 30 people near Vesk on Sunday. On Tuesday, 20 people died in Karmun and 10 people died"
                + " in Tal Roa.", 20
        ),
        // A count at another place that a later sentence tells again: no second part.
        (
            "A mine wounded 6 people in Karmun village in the Loria countryside. Three people were hurt by a"
                + " bomb in Vesk. Police said the bomb wounded 3 civilians in the Tarn quarter of Vesk.", 3
        ),
        // Bodies that are no toll's parts: the numbers do not add up.
        ("Jets killed 9 people in Vesk. Medics recovered 6 bodies and 5 bodies were found in a well.", 6),
    ])
    func countsElsewhereStayApart(text: String, value: Double) throws {
        let found = try #require(figure(value, in: text), "\(text)")
        #expect(found.of == nil, "\(text)")
    }

    @Test func bareCountsOfBodiesAfterAFullOneArePartsOfTheToll() {
        let text =
            "More than 50 people died in the raids on Karmun on Monday. Rescuers pulled 15 bodies from one"
            + " building, 27 from the market and 10 near the school."
        for value in [15.0, 27, 10] {
            #expect(figure(value, in: text)?.event == "killed", "\(value)")
            #expect(figure(value, in: text)?.of == 50, "\(value)")
        }
    }

    @Test func bodiesBroughtInAreTheDead() {
        #expect(figure(12, in: "Twelve bodies were brought to the hospital in Tarn on Monday.")?.event == "killed")
        #expect(figure(3, in: "The morgue received 3 bodies overnight.")?.event == "killed")
        #expect(figure(3, in: "Three regulatory bodies reviewed the plan.")?.event == nil)
    }

    func datedFigures(_ body: [String], published: String = "2019-03-15") -> [Figure] {
        let article = Article(
            title: "Jets kill 35 in Karmun", paragraphs: body.map { Paragraph(kind: .body, text: $0) },
            published: published)
        return TestData.extractor.extract(from: article).figures
    }

    @Test func aHeadlineRepeatedUnderTheDatelineTakesTheBodysDay() {
        let figures = datedFigures([
            "Friday 15 March 2019 Jets kill 35 in Karmun. The monitor said 35 civilians were killed in Karmun"
                + " late on Thursday."
        ])
        #expect(
            figures.filter { $0.value == 35 && $0.span.paragraph == 1 }.map(\.date) == ["2019-03-14", "2019-03-14"])
    }

    @Test func aRepeatsPartTakesTheBodysDayWithIt() {
        let figures = datedFigures([
            "Friday 15 March 2019 Jets kill 35 in Karmun. Ten of them were children. The monitor said 35"
                + " civilians were killed in Karmun late on Thursday."
        ])
        #expect(figures.first { $0.value == 10 }?.date == "2019-03-14", "\(figures.map { ($0.text, $0.date) })")
    }

    @Test func aWeekdayInTheLeadIsNoDateline() {
        // (Published on a Friday: `on Friday` dates the shelling, and Wednesday's two are another incident.)
        let figures = datedFigures([
            "Two people were killed in shelling of Karmun on Friday, the monitor said. On Wednesday, two children"
                + " died in an air strike on the town."
        ])
        #expect(figures.first { $0.value == 2 }?.date == "2019-03-15", "\(figures.map { ($0.text, $0.date) })")
    }

    @Test(arguments: [
        // A toll of another number.
        "Friday 15 March 2019 Jets kill 35 in Karmun. The monitor said 30 civilians were killed in Karmun on Thursday.",
        // A toll a week before: another incident.
        "Friday 15 March 2019 Jets kill 35 in Karmun. A week ago, on 8 March, 35 people were killed in Karmun.",
        // Another place.
        "Friday 15 March 2019 Jets kill 35 in Karmun. On Thursday 35 people were killed in Tal Roa.",
    ])
    func aDatelineTollOfAnotherIncidentKeepsItsDay(text: String) {
        let first = datedFigures([text]).first { $0.value == 35 && $0.span.paragraph == 1 }
        #expect(first?.date == "2019-03-15", "\(text)")
    }
}
