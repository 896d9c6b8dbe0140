import ArticleModel
import Testing

@testable import Extraction

/// What a count counts when its noun stands elsewhere: a bare count of harm after a count of harmed people,
/// a count paired by `and` with a second count's modifiers and noun, a compound plural in `-men` or
/// `-children`, a part told in a relative clause (`of which nine were children`); and `up to` after a verb
/// that moves a value, which gives the value reached, not a bound.
@Suite struct FigureCarriedUnitTests {
    func figure(_ text: String, value: Double) throws -> Figure {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
    }

    func headlineFigures(_ headline: String) -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .headline, text: headline), Paragraph(kind: .body, text: "More soon.")])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
    }

    @Test(arguments: [
        ("Officials said 18 farmers were killed and 40 injured near Tarrow on Monday.", 40.0, "farmer"),
        ("Six porters died and 15 were missing after the landslide near Tarrow.", 15, "porter"),
        ("Medics said 9 guards killed and dozens wounded in the raid on the depot.", 12, "guard"),
        ("Police said 20 miners had been killed and 14 hurt in the blast at Tarrow.", 14, "miner"),
    ])
    func aBareCountOfHarmCountsThePeopleHarmedBefore(text: String, value: Double, unit: String) throws {
        let found = try figure(text, value: value)
        #expect(found.unit == unit, "\(text)")
    }

    @Test(arguments: [
        // The whole, not its part; people, not a woman; people, not the rockets no harm befell.
        ("Seven people including three pupils were killed and 22 injured near Tarrow.", 22.0, "person"),
        ("One woman was killed and 35 injured when the roof fell in Tarrow.", 35, "person"),
        ("The rebels fired 10 rockets at Tarrow, 3 dead, the mayor said.", 3, "person"),
        // The whole the people before are part of.
        ("4 nurses among 27 dead in Tarrow shelling, officials said.", 27, "person"),
        // Groups of two kinds before.
        ("Officials said 12 soldiers and 5 policemen were killed and 30 injured in Tarrow.", 30, "person"),
    ])
    func aBareCountOfHarmAfterNoWholeOfPeopleCountsPeople(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test func aHeadlinesBareCountOfHarmCountsTheHarmedBefore() {
        let figures = headlineFigures("Four Smugglers Killed, Dozens Injured in Border Clash")
        #expect(figures.map(\.unit) == ["smuggler", "smuggler"])
        #expect(figures.map(\.event) == ["killed", "injured"])
    }

    @Test(arguments: [
        ("Officials said 30 army and 21 rebel porters were killed near Tarrow.", 30.0, "porter", "killed"),
        ("The agency flew 14 rescue and 52 supply missions in March.", 14, "mission", nil),
        ("The team won 3 gold and 4 silver medals at the games.", 3, "medal", nil),
    ])
    func aCountPairedWithTheNextCountsModifierSharesItsNoun(
        text: String, value: Double, unit: String, event: String?
    ) throws {
        let found = try figure(text, value: value)
        #expect(found.unit == unit, "\(text)")
        #expect(found.event == event, "\(text)")
    }

    @Test(arguments: [
        // Two counts of their own nouns; a count before a percentage's `and`.
        ("The firm hired 12 engineers and 30 sales staff.", 12.0, "engineer"),
        ("Output rose 5 percent and 3 new stores opened.", 3, "store"),
    ])
    func aCountWithItsOwnNounKeepsIt(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test(arguments: [
        ("Rebels said 14 schoolchildren were hurt in the shelling of Tarrow.", 14.0, "child"),
        ("The blast killed 20 villagers including 9 schoolchildren near Tarrow.", 9, "child"),
        ("Four crewmen died when the trawler sank off Tarrow.", 4, "crewman"),
        ("The council named 3 policewomen and 5 firemen for bravery.", 3, "policewoman"),
    ])
    func aCompoundPluralCountsItsOwnNoun(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test func aHeadlinesFirstCountOfCompoundPluralIsFound() {
        let figures = headlineFigures("Agency says 17 schoolchildren and four teachers killed in raid")
        #expect(figures.map(\.value) == [17, 4])
        #expect(figures.first?.event == "killed")
    }

    @Test func aSingularInMenIsNoPlural() {
        #expect(FigureLexicon.singularOfManCompound("specimen") == nil)
        #expect(FigureLexicon.singularOfManCompound("linesmen") == "linesman")
    }

    @Test(arguments: [
        ("Divers recovered 31 bodies, of which at least 8 were children, from the river.", 8.0, "child"),
        ("The raid killed 26 people, of whom 11 were women, in Tarrow.", 11, "woman"),
    ])
    func aPartInARelativeClauseCountsItsPredicateAndTakesTheHarm(text: String, value: Double, unit: String)
        throws
    {
        let found = try figure(text, value: value)
        #expect(found.unit == unit, "\(text)")
        #expect(found.event == "killed", "\(text)")
    }

    @Test(arguments: [
        ("The strike pushed borrowing costs up to 9.5% on Monday.", 9.5),
        ("Heavy selling sent the pound up to $1.42 on Friday.", 1.42),
        ("A late rally drove the index up to 4,310 points.", 4310),
        ("The jobless rate went up to 6.2% in June.", 6.2),
    ])
    func upToAfterAVerbOfMovingIsTheValueReached(text: String, value: Double) throws {
        #expect(try figure(text, value: value).approx == .exact, "\(text)")
    }

    @Test(arguments: [
        ("Up to 60 people were hurt in the crush.", 60.0),
        ("The inquiry could take up to 14 months.", 14),
        ("The ferry takes passengers up to 40 km along the coast.", 40),
        ("Gunmen shot up to 30 people in the square.", 30),
        ("The sale would raise up to $70m for the club.", 70_000_000),
        ("The firm will take on up to 35 trainees.", 35),
        ("The army sent up to 800 troops to the border.", 800),
        ("The lifts can speed up to 20 riders to the top.", 20),
        ("Fans could stream the songs they had brought to up to five friends.", 5),
    ])
    func upToAsABoundStaysUnder(text: String, value: Double) throws {
        #expect(try figure(text, value: value).approx == .under, "\(text)")
    }

    @Test(arguments: [
        ("Coastguards detained 11 smuggling refugees off the cape.", 11.0, "person"),
        ("Police arrested 40 carrying rifles at the gate.", 40, "person"),
        // A noun's modifier in -ing stays: `training`.
        ("The jets flew 9 training sorties over the coast.", 9, "sortie"),
    ])
    func aVerbInIngAfterACountIsNoPartOfItsNoun(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test func aBareCountOfHarmAfterAPartCountsTheWhole() throws {
        let text = "Rockets killed 23 villagers including 6 pupils in Tarrow and wounded 40 on Sunday."
        #expect(try figure(text, value: 40).unit == "villager")
    }

    @Test(arguments: [
        ("New permits in March fell to 7,400 from 8,100 in February.", 7400.0, "permit"),
        ("New permits in March fell to 7,400 from 8,100 in February.", 8100, "permit"),
        ("Visitors fell to 4,200, from 5,300 a year earlier.", 5300, "visitor"),
    ])
    func aLevelAPluralSubjectFellToCountsTheSubject(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test(arguments: [
        "Prices fell to 310 from 340 in March.",
        "Sales rose to 3,100, from 2,800 a year earlier.",
        // A plural inside a longer subject.
        "The number of Britons held in the camps has risen to 40.",
        // The object of a preposition, not the subject.
        "Raids on farmers rose to 40 in the spring.",
    ])
    func anAmountThatFellIsNoCountOfItsNoun(text: String) {
        #expect(
            !TestData.bodyFigures(text).contains { ["price", "sale", "camp", "farmer"].contains($0.unit) }, "\(text)")
    }

    @Test func aNumberPutAtAValueCountsItsNoun() throws {
        let text = "Rescuers said the shelling went on, putting the number of porters killed at 17."
        let found = try figure(text, value: 17)
        #expect(found.unit == "porter")
        #expect(found.event == "killed")
    }

    @Test(arguments: [
        ("Nurses cared for a 3-day-old boy found at the gate.", 3.0, "day"),
        ("The 7-month-old girl was unhurt.", 7, "month"),
        ("The 19-year-old was charged.", 19, "year"),
    ])
    func aHyphenatedAgeKeepsItsUnit(text: String, value: Double, unit: String) throws {
        let found = try figure(text, value: value)
        #expect(found.kind == .age, "\(text)")
        #expect(found.unit == unit, "\(text)")
    }

    @Test func oneOfABodysOwnThingsIsCounted() throws {
        let found = try figure("The carmaker will shut one of its plants in the spring.", value: 1)
        #expect(found.unit == "plant")
        // A person's own people stay out, as before.
        #expect(TestData.bodyFigures("The poet read with one of his editors at the fair.").isEmpty)
    }
}
