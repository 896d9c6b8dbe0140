import ArticleModel
import Testing

@testable import Extraction

/// What happened to what a figure counts, in the ways news sentences and headlines say it.
@Suite struct FigureEventTests {
    func event(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        // A verb in the third person singular before the number, as headlines write it.
        ("Landslide kills 14 villagers in mountain province", 14.0, "killed"),
        ("Drone strike hits 3 trucks near the border", 3, "hit"),
        // An event noun with `of`.
        ("The evacuation of 2,000 residents began at dawn.", 2000, "evacuated"),
        // A participle right after the counted noun wins over the verb before the number.
        ("Boy Killed 12 Villagers Injured in Market Blast", 12, "injured"),
        // Parts of a group take the group's event.
        ("The earthquake killed 40 people, including 11 children.", 11, "killed"),
        ("Gunmen killed 9 guards, among them 2 officers.", 2, "killed"),
        ("Three nurses were among 25 people injured in the blast.", 3, "injured"),
        // Strikes counted are strikes made; a noun that is itself the event.
        ("Jets carried out 40 air strikes on the valley overnight.", 40, "launched"),
        ("Officials confirmed the four fatalities on Monday.", 4, "killed"),
        // Sorties flown are strikes made.
        ("The air force carried out 48 sorties over the hills.", 48, "launched"),
        // Two objects of one verb; two joined verbs before the number.
        ("Gunmen killed 12 police officers and three bystanders at the checkpoint.", 3, "killed"),
        ("The militants abducted and beheaded four aid workers.", 4, "killed"),
        ("Bandits Kill Crucify 6 Herders in Border Raid", 6, "killed"),
        // Words of war reporting for a killing.
        ("Seven fighters were martyred in the clashes near the bridge.", 7, "killed"),
        // A pair of harms: each noun keeps its own, whatever word stands next to the other.
        ("A car bomb hit the Tarvo bridge claiming 6 martyrs and 19 injured.", 6, "killed"),
        ("A car bomb hit the Tarvo bridge claiming 6 martyrs and 19 injured.", 19, "injured"),
        ("The clinic had recorded five deaths and 31 injuries after the blast.", 31, "injured"),
        ("The clinic had recorded five deaths and 31 injuries after the blast.", 5, "killed"),
        ("Mortar Fire on Market Claims 9 Martyrs", 9, "killed"),
        ("The gang decapitated two farmers outside the village.", 2, "killed"),
        // An aside about who they were stands between the count and its verb.
        ("About 70 villagers, mostly women and children, were wounded in the shelling.", 70, "injured"),
        ("About 70 villagers mostly women and children were wounded in the shelling.", 70, "injured"),
        // A toll put at a number, then another report: each number keeps its own verb.
        ("The ministry put the death toll at least at 19, adding that 60 people were hurt.", 19, "killed"),
        ("The ministry put the death toll at least at 19, adding that 60 people were hurt.", 60, "injured"),
        // A passive report before the verb does not end the clause.
        ("At least 9 miners were confirmed killed in the collapse.", 9, "killed"),
        ("The fighting has driven 2 million people from their homes.", 2_000_000, "displaced"),
        // A headline with no commas: each verb counts the number after it.
        ("Car bomb kills 7 wounds 31 in market", 7, "killed"),
        ("Car bomb kills 7 wounds 31 in market", 31, "injured"),
        // `and` before a new count joins two clauses, not two verbs.
        ("Six guards were killed and another 14 wounded in the raid.", 14, "injured"),
        // Weapons, in the verbs only weapons take, or as the means of a strike.
        ("Jets dropped more than 200 bombs on the town.", 200, "launched"),
        ("About 10 rockets slammed into the market on Friday.", 10, "hit"),
        ("Gunmen targeted the checkpoint with four mortar shells.", 4, "fired"),
        ("Air defences shot down 5 drones over the city.", 5, "intercepted"),
        ("Two mortar rounds hit the square.", 2, "hit"),
        // Weapons that killed hit something; strikes that killed were carried out.
        ("Ten rockets killed three people in the market.", 10, "hit"),
        ("More than 300 air strikes have killed 120 civilians.", 300, "launched"),
    ])
    func eventOfTheFigure(text: String, value: Double, expected: String) {
        #expect(event(of: value, in: text) == expected, "\(text)")
    }

    @Test func aPartIsCountedInItsWhole() {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .body, text: "The earthquake killed 40 people, including 11 children.")])
        let part = TestData.extractor.extract(from: article).figures.first { $0.value == 11 }
        #expect(part?.of == 40 && part?.event == "killed")
    }

    @Test(arguments: [
        ("The company hires 300 engineers a year.", 300.0),
        ("The hospital has 40 beds for the wounded.", 40),
        ("The club signed 3 players, including 2 defenders.", 2),
        ("The storm killed 3 people and 40 cows survived in the barn.", 40),
        // One number for both the dead and the hurt is neither.
        ("The ambush killed and wounded 45 soldiers near the pass.", 45),
        ("The clashes left 30 killed and wounded in the old town.", 30),
        ("At least 26 guards were killed or injured when the convoy was hit.", 26),
        ("Gunmen opened fire, killing and injuring 17 worshippers.", 17),
        ("Another 40 sailors were wounded or missing after the blast.", 40),
        ("Police Kill Wound 14 Rioters in Port City", 14),
    ])
    func noEventWhereNothingHappenedToThem(text: String, value: Double) {
        #expect(event(of: value, in: text) == nil, "\(text)")
    }
}
