import ArticleModel
import Testing

@testable import Extraction

/// A casualty or strike figure whose sentence names no place takes the one place its paragraph named
/// before as where things happened; never a place only spoken from, a base, or one of several.
@Suite struct FigureParagraphSiteTests {
    func figures(_ text: String) -> [Figure] {
        TestData.bodyFigures(text)
    }

    func site(of value: Double, in text: String) -> String? {
        figures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        ("Government jets bombed Douma on Tuesday. The raids killed 15 people, medics said.", 15.0, "Douma"),
        ("A car bomb went off at a bus station in Azaz. At least 23 people died and 40 were hurt.", 23, "Azaz"),
        ("A car bomb went off at a bus station in Azaz. At least 23 people died and 40 were hurt.", 40, "Azaz"),
        // A country around the place yields to it.
        ("Shells fell on a market in Homs in Syria overnight. Nine civilians were killed.", 9, "Homs"),
        ("Fighting flared again in Yemen on Sunday. Rebels said 30 soldiers were captured and 12 killed.", 12, "Yemen"),
        // The country of those who report is no second place.
        ("Syrias state news agency said a bomb went off in Homs. The blast killed 12 people.", 12, "Homs"),
        // The area around a place named by a common noun or a building.
        ("Gunmen attacked a checkpoint in Idlib province on Tuesday. At least 10 guards died in the blast.", 10, "Idlib"),
        ("A bomb exploded inside the Grand Mosque in Homs. Nine worshippers were killed.", 9, "Homs"),
        // A part of the place is inside it.
        ("Planes struck wells in the north of Raqqa, the monitor said. It said 4 children were among the dead.", 4, "Raqqa"),
        ("Jets hit a hospital in the east of the city of Saraqib. Six civilians were killed in the ward.", 6, "Saraqib"),
        // A street or a square, too fine to be a site, lies in the town named before.
        (
            "A suicide bomber attacked a checkpoint in Saraqib on Sunday. The blast on Harlan Street killed 14 "
                + "people.", 14, "Saraqib"
        ),
        (
            "Rebels shelled the town of Saraqib overnight. A rocket then exploded in Kessel Square, wounding 8 "
                + "people.", 8, "Saraqib"
        ),
    ])
    func theParagraphsOnePlace(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test(arguments: [
        // Two places before: which one is unknown.
        ("Jets bombed Douma and Harasta on Tuesday. The raids killed 15 people.", 15.0),
        // Where someone spoke is not where it happened.
        ("The envoy told reporters in Geneva that talks would resume. Shelling killed 15 people on Monday.", 15),
        ("In Moscow, the ministry said talks would go on. Shelling killed 15 people on Monday.", 15),
        // The attackers' base, and a place named to measure from.
        ("Gunmen based in Tal Afar crossed the river at night. They killed 15 villagers.", 15),
        ("The convoy was ambushed 30 km north of Mosul. Gunmen killed 15 guards.", 15),
        // A sentence that turns elsewhere, and a total over the war.
        ("Jets bombed Douma on Tuesday. Elsewhere, shelling killed 15 people.", 15),
        ("Jets bombed Douma on Tuesday. The war has killed 15,000 people since 2011.", 15_000),
        // People driven out are counted over a wider area than the place struck.
        ("Jets bombed Douma on Tuesday. The fighting has killed 40 people and forced 6,000 to flee.", 6_000),
        ("Jets bombed Douma on Tuesday. Some 3,500 refugees have crossed the border.", 3_500),
        ("Jets bombed Douma on Tuesday. Thousands of families fled their homes.", 1_000),
        // A place the figure's own sentence names keeps the sentence rule.
        ("Jets bombed Douma on Tuesday. Shelling killed 15 people in Aleppo and Hama.", 15),
        // A place used only to qualify a noun is not named as where anything happened.
        ("Aleppo residents marched on Friday. Police arrested 15 people.", 15),
        // The province around a town the entity pass missed: not where the guards died.
        ("Gunmen attacked Kafrlowa in Idlib province on Tuesday. At least 15 guards were killed in the blast.", 15),
        ("Gunmen stormed Kafrlowa in the northern province of Idlib. At least 15 guards were killed.", 15),
        // `the town` is no province: the town the entity pass missed, in the province named.
        (
            "Helicopters dropped barrel bombs on Kafrlowa in the northern province of Idlib. At least 60 "
                + "civilians have died in the attacks on the town.", 60
        ),
        // A point outside the place, measured from it.
        ("Jets hit villages to the north of Saraqib on Monday. At least 15 civilians were killed.", 15),
        ("Jets hit villages north of Saraqib on Monday. At least 15 civilians were killed.", 15),
        ("Jets hit a camp on the outskirts of Saraqib. At least 15 civilians were killed.", 15),
        // A street named for something else than the incident may lie in another town.
        ("Jets bombed Douma on Tuesday. A shell killed 15 people near offices on Kessel Square, it said.", 15),
    ])
    func noSiteFromTheParagraph(text: String, value: Double) {
        #expect(site(of: value, in: text) == nil, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test(arguments: [
        ("Rebels targeted Saraqib with rocket shells, injuring four civilians.", 4.0, "Saraqib"),
        ("Nine people were killed in air strikes on the Harasta area outside the capital Damascus.", 9, "Harasta"),
    ])
    func thePlaceTargeted(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected, "\(figures(text).map { ($0.text, $0.site ?? "-") })")
    }
}
