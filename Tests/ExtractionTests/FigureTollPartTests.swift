import Testing

@testable import Extraction

/// A count the text ties to a toll given before it (`Nine minors were among the dead.`, `Twelve of the
/// dead …`, a breakdown adding up to the toll) stores the toll as its whole: one incident, not several.
@Suite struct FigureTollPartTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("A blast killed 25 people in Vesk on Monday. Nine minors were among the dead.", 9.0, 25.0),
        ("Jets killed 40 people in Karmun. Twelve of the dead were children.", 12, 40),
        ("Gunmen wounded 18 people at the market. Five women were among the wounded.", 5, 18),
        ("Shelling killed 33 people, the monitor said. Seven soldiers were among those killed, it added.", 7, 33),
    ])
    func aCountAmongTheDeadIsAPartOfTheTollBefore(text: String, value: Double, whole: Double) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole, "\(text)")
    }

    @Test(arguments: [
        ("Four children are among the 28 dead in the strikes on Kestrel Hill.", 4.0, 28.0),
        ("Four children are among the 28 people killed in Kestrel Hill on Monday.", 4, 28),
        ("Two medics were among 31 people killed in Dunmoor Vale on Monday.", 2, 31),
    ])
    func aCountAmongALargerCountIsItsPart(text: String, value: Double, whole: Double) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole && part.event == "killed", "\(text)")
    }

    @Test(arguments: [
        ("Three nurses and five porters were among 40 people killed in Ostrava Ridge.", [3.0, 5], 40.0),
        ("Six farmers, two traders and nine pupils were among the 61 dead in the Tarn floods.", [6, 2, 9], 61),
        ("12 guards and 7 inmates were among 35 prisoners killed in Kellow jail on Sunday.", [12, 7], 35),
    ])
    func everyCoordinatedCountAmongALargerCountIsItsPart(text: String, values: [Double], whole: Double) {
        for value in values {
            let part = figure(value, in: text)
            #expect(part?.of == whole && part?.event == figure(whole, in: text)?.event, "\(value) in \(text)")
        }
    }

    @Test func aCountAmongFewerIsNoPart() throws {
        let text = "Twelve people were killed on Monday among 8 families who fled Kestrel Hill."
        #expect(figure(12, in: text)?.of == nil)
        #expect(figure(12, in: "Twelve people were among 8 families killed in Kestrel Hill.")?.of == nil)
    }

    @Test func aPartAmongTheDeadTakesNoEventFromALaterCountOfItsSentence() throws {
        // (The offensives, aimed at something, are no whole of the children.)
        let text =
            "A truck bomb killed at least 30 villagers near Tarn on Monday. Nine children were among the victims"
            + " of the blast at a camp run by militias where the army faces two offensives aimed at driving out"
            + " the rebels."
        let part = try #require(figure(9, in: text))
        #expect(part.event == "killed" && part.of == 30)
    }

    @Test func aPartTakesTheTollsPlace() throws {
        let part = try #require(figure(9, in: "A blast killed 25 people in Vesk. Nine minors were among the dead."))
        #expect(part.site == "Vesk" && part.event == "killed")
    }

    @Test(arguments: [
        // By manner of death, in the next sentence.
        (
            "Militants killed 37 people in Karmun. Thirty were executed, 5 died in a car bombing and 2 were killed"
                + " in the fighting.", [30.0, 5, 2], 37.0
        ),
        // By who died, under a bounded toll.
        ("The raid killed more than 20 people on Friday. The raid left 14 residents and 6 guards dead.", [14, 6], 20),
        // In the same sentence.
        ("Shelling killed 12 people in Tarn, 7 soldiers and 5 civilians, the monitor said.", [7, 5], 12),
    ])
    func aBreakdownAddingUpToTheTollIsItsParts(text: String, values: [Double], whole: Double) {
        for value in values {
            #expect(figure(value, in: text)?.of == whole, "\(value) in \(text)")
        }
    }

    @Test(arguments: [
        // Another place: another incident, whatever the numbers add up to.
        ("Shelling killed 10 people in Karmun. In Vesk, 6 soldiers and 4 rebels were killed.", 6.0),
        // Numbers that do not add up to the toll.
        ("Shelling killed 10 people in Karmun. Later 6 soldiers and 5 rebels were killed.", 6),
        // Another harm.
        ("Shelling killed 10 people in Karmun. Another 6 soldiers and 4 rebels were wounded.", 6),
        // A turn to elsewhere.
        ("Jets killed 25 people in Vesk. Elsewhere, nine minors were among the dead of a raid.", 9),
        // More people than the toll.
        ("Jets killed 5 people in Vesk. Nine soldiers were among the dead of the week.", 9),
    ])
    func notAPartOfTheTollBefore(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }
}

/// Counts listed together before `were among the dead` are parts of the toll before, never of each other.
@Suite struct FigureListedTollPartTests {
    @Test func listedCountsAreBothPartsOfTheTollBefore() {
        let figures = TestData.bodyFigures(
            "Shelling killed 90 people in Vesk. The monitor said 40 children and 12 women were among the dead.")
        #expect(figures.first { $0.value == 12 }?.of == 90)
        #expect(figures.first { $0.value == 40 }?.of == 90)
    }

    @Test func aPartOfTheTollStandsForIt() {
        let figures = TestData.bodyFigures(
            "Jets killed 20 people in Vesk on Sunday. The monitor said 10 of those killed were civilians."
                + " At least six of those killed were fighters, it added.")
        #expect(figures.first { $0.value == 6 }?.of == 20)
    }

    @Test func noTollBeforeLeavesThemAlone() {
        let figures = TestData.bodyFigures("The monitor said 40 children and 12 women were among the dead.")
        #expect(figures.allSatisfy { $0.of == nil })
    }
}

/// A date that lost its month (`(@someone) 29 2017`, a glued tweet's signature) counts nothing.
@Suite struct FigureBareDateTests {
    @Test(arguments: [
        "The post read (@someone) 29 2017 and nothing more.",
        "The report came out on 12 2019 after a delay.",
    ])
    func noFigure(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(text)")
    }
}
