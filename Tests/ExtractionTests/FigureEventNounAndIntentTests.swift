import ArticleModel
import Testing

@testable import Extraction

/// Events said by a noun of the verb (`the destruction of`, `the elimination of`), by a resultative verb
/// (`left … homeless`), over a quotation mark that opens the count or a relative clause on its noun, and of
/// strikes counted in a rate; no event for what aircraft were sent to do, and no count of one in `launched into
/// one of …`.
@Suite struct FigureEventNounAndIntentTests {
    func event(of value: Double, in text: String) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").event
    }

    @Test(arguments: [
        // Things after `the destruction of` were destroyed; the later items of its list share it.
        ("Border guards confirmed the destruction of seven tanks near the Kelvar ford.", 7.0, "destroyed"),
        ("Drone footage showed the destruction of five tanks, two armored personnel carriers and eight trucks.",
         2, "destroyed"),
        ("Drone footage showed the destruction of five tanks, two armored personnel carriers and eight trucks.",
         8, "destroyed"),
        // People after `the elimination of` were killed.
        ("The army announced the elimination of 26 gunmen in the hills above Maresk.", 26, "killed"),
        ("Commanders reported the liquidation of 40 fighters during the night near Dornholm.", 40, "killed"),
        // People a harm leaves homeless were driven from their homes.
        ("The storm left 12,000 people homeless along the Vessa coast on Sunday.", 12_000, "displaced"),
        ("Floods in the spring rendered some 300 families homeless in Tarvan.", 300, "displaced"),
        // A quotation mark between the verb and its count.
        ("Kelvar condemned the ambush that killed \"at least 14 guards\" near the border post.", 14, "killed"),
        // Strikes counted by the day are strikes made.
        ("Jets carry out up to 120 strikes per day over the Kelvar valley, the ministry said.", 120, "launched"),
        // The count's own verb after a relative clause on its noun that has a verb of its own.
        ("Officials said four groups of raiders who had crossed from Vessa had been destroyed near Maresk.", 4,
         "destroyed"),
        ("Police said 12 guards who were posted at the gate were killed in the blast.", 12, "killed"),
        ("Nine prisoners who had been wounded in the riot were released on Monday.", 9, "released"),
        // (Not a part's clause after `most of which`: the families are among the dead, not targeted.)
        ("The toll rose to 60 people including four whole families most of which were women after homes were targeted.",
         4, "killed"),
        // A weapon fired to hit something was fired.
        ("Three rockets were fired to hit the depot at Kestrel Hill overnight.", 3, "fired"),
    ])
    func theEventIsRead(text: String, value: Double, expected: String) throws {
        #expect(try event(of: value, in: text) == expected, "\(text)")
    }

    @Test(arguments: [
        // Eliminated from a contest: no one was killed.
        ("The league confirmed the elimination of four teams from the cup on Friday.", 4.0),
        // What aircraft were sent, tasked or assigned to do has not happened yet.
        ("Four bombers were sent to hit the bridges near Maresk at dawn.", 4),
        ("Two pairs of jets were assigned to hit the columns leaving Dornholm.", 2),
        // A home lost only in a forecast, or a standing number of homeless people.
        ("The storm could leave 50,000 people homeless, forecasters warned on Monday.", 50_000),
        ("Some 4,000 people were homeless in Kelvar before the war began.", 4_000),
    ])
    func noEventIsRead(text: String, value: Double) throws {
        #expect(try event(of: value, in: text) == nil, "\(text)")
    }

    @Test func toLaunchIntoSomethingIsToBeginIt() {
        let text = "Later the host launched into one of the rambling tales that so pleased his guests."
        #expect(!TestData.bodyFigures(text).contains { $0.value == 1 }, "\(text)")
    }

    @Test func oneThingHitIsStillCounted() throws {
        #expect(try event(of: 1, in: "A rocket hit one of the schools in Dornholm on Tuesday.") == "hit")
    }
}
