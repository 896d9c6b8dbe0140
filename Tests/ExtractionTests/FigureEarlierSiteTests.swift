import ArticleModel
import Testing

@testable import Extraction

/// An incident figure whose sentence names no place takes, apart from its site, the one place a sentence
/// shortly before named (`earlierSite`); never over a turn elsewhere, from one of several places, from a
/// headline, or for a total or people driven out.
@Suite struct FigureEarlierSiteTests {
    /// The figures of an article whose body paragraphs are `paragraphs` (after a headline and a byline).
    func figures(_ paragraphs: [String], headline: String = "Report") -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in paragraphs: [String], headline: String = "Report") -> Figure? {
        figures(paragraphs, headline: headline).first { $0.value == value }
    }

    @Test(arguments: [
        // The paragraph before.
        (
            ["Warplanes pounded the town of Saraqib on Monday.", "The raids killed 12 civilians, the monitor said."],
            12.0, "Saraqib"
        ),
        (
            [
                "Government forces shelled Douma overnight, residents said.",
                "At least 23 people died and 40 were hurt.",
            ],
            40, "Douma"
        ),
        // Two sentences back, past a sentence that names no place.
        (
            ["Rebels fired rockets at Aleppo on Sunday.", "The army said it would respond. Two children were killed."],
            2, "Aleppo"
        ),
        // The nearest of two sentences naming places (the paragraph as a whole names two, so it gives no site).
        (["Jets bombed Homs on Monday. On Tuesday they struck Hama. The strikes killed nine people."], 9, "Hama"),
        // Strikes too.
        (["The army attacked Idlib at dawn.", "Jets fired 20 missiles, the monitor said."], 20, "Idlib"),
        // A street names no place of its own: it lies in the town named before.
        (
            ["Two bombs went off in central Marlow on Friday.", "The second blast on Harlan Road killed 17 people."],
            17, "Marlow"
        ),
    ])
    func thePlaceOfTheNearestEarlierSentence(paragraphs: [String], value: Double, expected: String) {
        let found = figure(value, in: paragraphs)
        #expect(found?.earlierSite == expected, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
        #expect(found?.site == nil)
    }

    @Test(arguments: [
        // A turn elsewhere, in the figure's sentence or between.
        ["Jets bombed Douma on Tuesday.", "Elsewhere, shelling killed 15 people."],
        [
            "Jets bombed Douma on Tuesday.", "In other news, the ministry reopened schools.",
            "Shelling killed 15 people.",
        ],
        ["Jets bombed Douma on Tuesday.", "Meanwhile, shelling killed 15 people."],
        // Two places before: which one is unknown.
        ["Jets bombed Douma and Harasta on Tuesday.", "The raids killed 15 people."],
        // A place named between that is no site (where someone spoke) breaks the thread.
        [
            "Jets bombed Douma on Tuesday.", "The envoy told reporters in Geneva that talks would resume.",
            "Shelling killed 15 people.",
        ],
        // The sentence names an area of its own that no place mention covers.
        [
            "Jets bombed Douma on Tuesday.",
            "Later 15 people were hurt when terrorists fired rocket shells on al-Qarnasi area.",
        ],
        [
            "Jets bombed Douma on Tuesday.",
            "The source added that 15 people were injured when a shell fell on Velmora area.",
        ],
        // A place where nothing happened to anyone (a festival, talks) is no incident's place.
        ["A film festival opened in Douma on Tuesday.", "Shelling killed 15 people."],
        // Too far back: beyond the paragraph before, or more than three sentences (past the lead, whose place
        // stands further: FigureLeadSiteTests).
        [
            "Talks opened in Geneva.", "Jets bombed Douma on Tuesday.", "The town was quiet on Wednesday.",
            "Shelling killed 15 people.",
        ],
        [
            "Talks opened in Geneva.",
            "Jets bombed Douma on Tuesday. The town was quiet. Shops opened. Schools opened. Shelling killed 15 people.",
        ],
        // A total over the war, and people driven out by the war or by no cause told.
        ["Jets bombed Douma on Tuesday.", "The war has killed 15,000 people since 2011."],
        ["Jets bombed Douma on Tuesday.", "The war has forced 15,000 to flee."],
        ["Jets bombed Douma on Tuesday.", "Officials said 15,000 people had fled their homes."],
        ["Jets bombed Douma on Tuesday.", "Some 15,000 people have been displaced by the violence."],
        ["Jets bombed Douma on Tuesday.", "Some 15,000 refugees have crossed the border."],
    ])
    func noEarlierSite(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 15 || $0.value == 15_000 }
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        ["Fighting raged in Douma on Tuesday.", "The violence has forced 15,000 residents to flee."],
        ["Jets bombed Douma on Tuesday.", "The strikes drove 15,000 people from their homes, aid groups said."],
    ])
    func peopleTheIncidentDroveOutTakeItsPlace(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 15_000 }
        #expect(found?.event == "displaced")
        #expect(found?.earlierSite == "Douma", "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        // The place struck, beside the countries of those who may have struck it.
        (
            [
                "Nobody knew whether Russian planes or those of Syria, Russia's ally, bombed rebel-held Douma.",
                "The group said four missiles struck the town's clinic, killing 6 people.",
            ],
            6.0, "Douma"
        ),
        (["Jets from Turkey or Iraq shelled Kobani on Monday.", "The strikes killed 6 people."], 6, "Kobani"),
        // Beside where those who struck are based.
        (["Rebels based in Idlib shelled Hama on Thursday. The attack killed 6 people."], 6, "Hama"),
        // Struck, inside the area named after it.
        (["Jets bombed Saraqib in rural Idlib on Monday.", "The raids killed 6 people."], 6, "Saraqib"),
        // Two places one inside the other: the more precise.
        (
            ["A car bomb exploded in the Bab Amr neighbourhood of Homs on Tuesday.", "The blast killed 6 people."],
            6, "Bab Amr"
        ),
        (["Jets pounded the Bab Amr district of Homs.", "The raids killed 6 people."], 6, "Bab Amr"),
    ])
    func theOnePlaceOfSeveralThatWasHit(paragraphs: [String], value: Double, expected: String) {
        let found = figure(value, in: paragraphs)
        #expect(found?.earlierSite == expected, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        // Another place named beside the one struck may be a site too.
        ["Jets bombed Douma; Harasta was hit as well.", "The raids killed 6 people."],
        ["Jets bombed Douma and Harasta on Monday.", "The raids killed 6 people."],
        ["Jets bombed Douma on Monday while shells fell in Harasta.", "The raids killed 6 people."],
        ["Jets that bombed Douma on Monday struck Harasta on Tuesday.", "The raids killed 6 people."],
        // Two places side by side, not one inside the other.
        ["Car bombs exploded in Homs and in Hama on Tuesday.", "The blasts killed 6 people."],
        // The figure's sentence points to the capital, which it does not name.
        ["Jets bombed Douma on Monday.", "Rebels then fired rockets at the capital, killing 6 people."],
    ])
    func noneOfSeveralPlaces(paragraphs: [String]) {
        let found = figure(6, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test func aNeighbourhoodIsNoTownTheCityPointsBackTo() {
        let paragraphs = [
            "Jets struck the city of Tovin on Monday. A shell hit the Karmun neighbourhood, where a shop burned.",
            "Nine people died in Karmun. Two people were killed on the citys outskirts.",
        ]
        let found = figure(2, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite != "Karmun", "\(String(describing: found?.earlierSite))")
    }

    @Test func aBuildingsNameCutShortIsNoPlaceInsideTheTown() {
        let paragraphs = ["A bomb exploded in Salem Mosque in Hama on Tuesday.", "The blast killed 6 people."]
        let found = figure(6, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite == nil || found?.earlierSite == "Hama", "\(String(describing: found?.earlierSite))")
    }

    @Test(arguments: [
        // `the city` points back to the town named before, though that sentence tells of no attack.
        (
            [
                "Rebels aim to take the city of Aleppo before winter. Their commanders met on Sunday.",
                "Shells hit western districts of the city on Wednesday, killing 6 people.",
            ],
            6.0, "Aleppo"
        ),
        (
            ["Aid reached the town of Madaya on Monday.", "Mortars struck the town's clinic, wounding 6 people."],
            6, "Madaya"
        ),
        // A town inside an area that is a city too: the town.
        (
            [
                "Rebels forced 6,000 people out of the town of Saraqib in rural Idlib last year.",
                "Gunmen executed 6 people in the town.",
            ],
            6, "Saraqib"
        ),
        // The last town named, past one named before it.
        (
            [
                "Rebels aim to take the city of Aleppo.", "Jets bombed Kafr Nabl on Monday.",
                "Shells hit the town, killing 6 people.",
            ],
            6, "Kafr Nabl"
        ),
        // The same town as the place struck before.
        (["Jets bombed the town of Saraqib.", "Six people were killed in the town."], 6, "Saraqib"),
        // `the city's` that lost its apostrophe.
        (["Jets bombed the city of Tovin on Monday.", "Six people were killed on the citys outskirts."], 6, "Tovin"),
        // The city around the district the sentence before named as the place hit, the lead's place another.
        (
            [
                "Jets pounded Idlib province on Sunday, killing 20 people.",
                "Later, shells hit the Bustan al-Qasr district of the city of Aleppo. Four people died in the city.",
            ],
            4, "Aleppo"
        ),
    ])
    func theTownPointedBackTo(paragraphs: [String], value: Double, expected: String) {
        let found = figure(value, in: paragraphs)
        #expect(found?.earlierSite == expected, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        // Two towns named: which one is unclear.
        ["Rebels moved from the city of Aleppo to the town of Azaz.", "Shells hit the city, killing 6 people."],
        // A town, then a province struck: which one `the town` is in is unclear.
        [
            "Rebels aim to take the city of Aleppo.", "Jets bombed Idlib province on Monday.",
            "Shells hit the town, killing 6 people.",
        ],
        // Too far back.
        [
            "Rebels aim to take the city of Aleppo.", "Talks stalled.", "Aid was cut.", "Prices rose.",
            "Schools shut.", "Roads closed.", "Shells hit the city, killing 6 people.",
        ],
        // A province is no town; a village is not what `the town` points back to.
        ["Aid reached Idlib province on Monday.", "Shells hit the town, killing 6 people."],
        ["Aid reached the village of Madaya on Monday.", "Shells hit the town, killing 6 people."],
        // Not `the city` alone: no town pointed back to.
        ["Rebels aim to take the city of Aleppo.", "Shells killed 6 people."],
    ])
    func noTownPointedBackTo(paragraphs: [String]) {
        let found = figure(6, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        ["A bomb went off in Homs on Monday.", "Syria's state news agency said 12 people were killed in the blast."],
        // (The apostrophe lost, as web text often has it.)
        ["A bomb went off in Homs on Monday.", "Syrias state news agency said 12 people were killed in the blast."],
        ["A bomb went off in Homs on Monday.", "The blast killed 12 people, Iraq's defence ministry said."],
    ])
    func theCountryOfThoseWhoReportNamesNoPlaceOfItsOwn(paragraphs: [String]) {
        let found = figure(12, in: paragraphs)
        #expect(found?.earlierSite == "Homs", "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test(arguments: [
        // A country's part is a place of the sentence's own.
        ["Jets bombed Homs on Monday.", "Syria's north saw 12 people killed in the raid."],
        // The province around a town the entity pass missed is not where the guards died.
        ["Gunmen attacked Kafrlowa in Idlib province on Tuesday.", "At least 12 guards were killed in the blast."],
    ])
    func noEarlierSiteFromAnOwnPlaceOrTheAreaAroundAnUnnamedOne(paragraphs: [String]) {
        let found = figure(12, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test func theTownNamedInsideItsProvince() {
        let paragraphs = [
            "Fighting raged in the town of Kafrlowa in Idlib province.", "At least 12 guards were killed.",
        ]
        #expect(figure(12, in: paragraphs)?.earlierSite == "Kafrlowa")
    }

    @Test func aHeadlinesPlaceIsNotCarried() {
        let found = figure(15, in: ["Shelling killed 15 people on Tuesday."], headline: "Jets pound Douma")
        #expect(found != nil)
        #expect(found?.earlierSite == nil)
    }

    @Test func aSiteOfItsOwnSentenceTakesNoEarlierSite() {
        let found = figure(15, in: ["Jets bombed Douma on Tuesday.", "Shelling killed 15 people in Harasta."])
        #expect(found?.site == "Harasta")
        #expect(found?.earlierSite == nil)
    }

    /// `the town` past the place those who fired were based in: the town named before.
    @Test func theTownPointedBackPastWhereTheAttackersWereBased() {
        let found = figure(
            14,
            in: [
                "Rebels attacked the town of Saraqib on Monday.",
                "Gunmen based in Binnish fired rockets at the town, injuring 14 people.",
            ])
        #expect(found?.earlierSite == "Saraqib", "\(String(describing: found))")
        #expect(found?.site == nil)
        // In the same paragraph, its site.
        let same = figure(
            14,
            in: [
                "Rebels attacked the town of Saraqib on Monday. Gunmen based in Binnish fired rockets at the town, injuring 14 people."
            ])
        #expect(same?.site == "Saraqib", "\(String(describing: same))")
    }

    /// Not when the place named before is no town, or the sentence names a place struck.
    @Test(arguments: [
        [
            "Jets bombed Idlib province on Monday.",
            "Gunmen based in Binnish fired rockets at the town, injuring 14 people.",
        ],
        [
            "Rebels attacked the town of Saraqib on Monday.",
            "Gunmen based in Binnish fired rockets at Arlow town, injuring 14 people.",
        ],
    ])
    func noTownPastTheAttackersBase(paragraphs: [String]) {
        let found = figure(14, in: paragraphs)
        #expect(found?.earlierSite == nil || found?.earlierSite == "Arlow", "\(String(describing: found))")
        #expect(found?.site != "Saraqib" && found?.earlierSite != "Saraqib")
    }
}
