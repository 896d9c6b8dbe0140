import ArticleModel
import Testing

@testable import Extraction

/// The one place an article's lead names stands for its later incident figures whose sentences name none,
/// however far on, as long as no sentence between names another place, turns elsewhere or tells of
/// another incident or time (`earlierSite`).
@Suite struct FigureLeadSiteTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func earlierSite(of value: Double, in paragraphs: [String]) -> String?? {
        figures(paragraphs).first { $0.value == value }.map(\.earlierSite)
    }

    @Test(arguments: [
        // Far past the lead, over sentences and paragraphs that name no place.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery and a school.",
            "Rescuers worked through the night to pull survivors from the rubble.",
            "Doctors said they had run out of blood.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // A sum over the day may take it too, when nothing between named another place.
        [
            "Shelling pounded the town of Varnik on Sunday, residents said.",
            "Most shops were closed. Families sheltered in basements. Water ran short.",
            "In all, 31 people died in 24 hours of fighting, the monitor said.",
        ],
        // Past a sentence naming only an area the lead named around its place.
        [
            "Jets struck the town of Varnik in Idlib province on Sunday, killing nine people, a monitor reported.",
            "Rebels have held Idlib province since March. The monitor said the raids hit a bakery. Power was cut.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // Six paragraphs on, none naming a place.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery.", "Doctors were overwhelmed.", "Power was cut.",
            "Shops stayed shut.", "Families queued for bread.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // `the city centre` far past the sentence naming the town, which only the lead's place reaches.
        [
            "A car bomb exploded in Varnik on Monday, killing nine people, police said.",
            "The attacker drove into a crowd at a market.", "A witness said the market was packed.",
            "Another man said he saw smoke.",
            "At least 31 police officers were among those killed in the city centre.",
        ],
    ])
    func theLeadsPlaceStandsFarOn(paragraphs: [String]) {
        #expect(earlierSite(of: 31, in: paragraphs) == .some("Varnik"), "\(figures(paragraphs).map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }

    @Test func aStandfirstGivesTheLeadsPlace() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(kind: .standfirst, text: "Jets struck the town of Varnik on Sunday, killing nine people."),
                Paragraph(kind: .body, text: "The monitor said the raids hit a bakery. Rescuers dug through the night."),
                Paragraph(kind: .body, text: "Doctors said they had run out of blood."),
                Paragraph(kind: .body, text: "At least 31 people were wounded in the attack, medics said."),
            ])
        let found = TestData.extractor.extract(from: article).figures
        #expect(found.first { $0.value == 31 }?.earlierSite == "Varnik", "\(found.map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        // Another place named between.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "Talks in Geneva stalled on Monday. The envoy said he was worried. Aid was blocked.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // Another incident told between, or in the figure's own sentence.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut.",
            "A car bomb killed 31 people at a checkpoint.",
        ],
        // Another time.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut.",
            "Last month, shelling killed 31 people.",
        ],
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut.",
            "In 2014, 31 people died when the dam burst.",
        ],
        // A lead that names two places has no one place.
        [
            "Jets struck the towns of Varnik and Oselt on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // A war's toll.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut.",
            "The war has killed 31 people a day on average.",
        ],
        // A toll of another cause than the lead's strike.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut. Shops shut.",
            "Road accidents killed 31 people over the holiday weekend, police said.",
        ],
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery. Doctors were overwhelmed. Power was cut. Shops shut.",
            "Aid workers said 31 people had died of cholera in the past two days.",
        ],
        // Too many paragraphs on.
        [
            "Jets struck the town of Varnik on Sunday, killing nine people, a monitor reported.",
            "The monitor said the raids hit a bakery.", "Doctors were overwhelmed.", "Power was cut.",
            "Shops stayed shut.", "Families queued for bread.", "Schools closed.", "Buses stopped.",
            "Markets emptied.", "Rain fell.",
            "At least 31 people were wounded in the attack, medics said.",
        ],
        // `the city centre` when the lead named its place as a village.
        [
            "A car bomb exploded in the village of Varnik on Monday, killing nine people, police said.",
            "The attacker drove into a crowd at a market.", "A witness said the market was packed.",
            "Another man said he saw smoke.",
            "At least 31 police officers were among those killed in the city centre.",
        ],
    ])
    func theLeadsPlaceStandsNoMore(paragraphs: [String]) {
        let all = figures(paragraphs)
        #expect(all.contains { $0.value == 31 })
        #expect(earlierSite(of: 31, in: paragraphs) == .some(nil), "\(all.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }
}
