import ArticleModel
import Testing

@testable import Extraction

/// Who reported a figure, as the article's entity: modifiers dropped, descriptions and pronouns
/// resolved to what the article named before, words that name nobody left out.
@Suite struct FigureSourceTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        TestData.figures(paragraphs)
    }

    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    @Test func aModifierBeforeTheNameIsNotPartOfTheSource() {
        let found = figures([
            "The Geneva-based International Organization for Migration said 120 migrants drowned off the coast."
        ])
        #expect(source(of: 120, in: found) == "International Organization for Migration")
    }

    @Test func aDescriptionTakesTheOrganisationNamedBefore() {
        let found = figures([
            "The Kenya Red Cross Society said 14 people died in the floods in Garissa.",
            "At least 30 homes were swept away, the society said.",
        ])
        #expect(source(of: 14, in: found) == "Kenya Red Cross Society")
        #expect(source(of: 30, in: found) == "Kenya Red Cross Society")
    }

    @Test func aRoleTakesTheOrganisationItSpeaksFor() {
        let found = figures(["Four soldiers were wounded, a Xinhua correspondent said."])
        #expect(source(of: 4, in: found) == "Xinhua")
    }

    @Test func heSaidTakesThePersonNamedLast() {
        let found = figures([
            "\u{201C}The shelling has not stopped,\u{201D} local doctor Karim Haddad told reporters.",
            "He said 17 people were treated for burns.",
        ])
        #expect(source(of: 17, in: found) == "Karim Haddad")
    }

    @Test func toldNamesWhoHeardNotWhoSpoke() {
        let found = figures(["Nine fighters were killed in the raid, the army commander Omar Sayed told Reuters."])
        #expect(source(of: 9, in: found) != "Reuters")
    }

    @Test func wordsThatNameNobodyAreNoSource() {
        let found = figures(["Eleven people were killed and 40 wounded, speaking on condition of anonymity said."])
        #expect(found.allSatisfy { $0.source == nil }, "\(found.map { $0.source ?? "-" })")
    }

    @Test func aWithSayingClauseNamesWhoReports() {
        let found = figures([
            "State media reported the blast, with the official news agency WAFA saying at least 3 people died."
        ])
        #expect(source(of: 3, in: found) == "WAFA", "\(found.map { $0.source ?? "-" })")
    }

    @Test func aWithSayingClauseNamingNoOneLeavesTheSourceToTheRest() {
        let found = figures(["The army said 5 soldiers died, with residents saying the toll was higher."])
        #expect(source(of: 5, in: found) != "residents", "\(found.map { $0.source ?? "-" })")
    }

    @Test func anInstitutionNamedByDescriptionStaysAsWritten() {
        let found = figures(["The Iraqi military said 22 missiles were launched."])
        #expect(source(of: 22, in: found) == "Iraqi military")
    }

    // MARK: - A name with words of its own between it and the verb

    @Test func aNameBeforeAnAsideSayingWhereThePersonWorksReports() {
        let found = figures(["Ann Coyle, a doctor at the Vesk General Hospital, said two of the five patients died."])
        #expect(source(of: 5, in: found) == "Ann Coyle", "\(found.map { $0.source ?? "-" })")
    }

    @Test func aNameAndTheirTeamReportForTheName() {
        let found = figures(["Ann Coyle and her team reported 45 new cases in the valley."])
        #expect(source(of: 45, in: found) == "Ann Coyle", "\(found.map { $0.source ?? "-" })")
    }

    // MARK: - Reporting verbs and their subjects in text that lost its commas

    @Test func aNameAfterSaidTheClosesTheSentence() {
        let found = figures([
            "In Kandahar 14 people were killed while 20 were hurt said the Afghan Red Crescent Society."
        ])
        #expect(source(of: 14, in: found) == "Afghan Red Crescent Society")
        #expect(source(of: 20, in: found) == "Afghan Red Crescent Society")
    }

    @Test func anAcronymInBracketsBeforeSaidBelongsToTheName() {
        let found = figures(["Floods killed 41 people the World Food Programme (WFP) said on Monday."])
        #expect(source(of: 41, in: found) == "World Food Programme")
    }

    @Test func anonymityBetweenSubjectAndVerbIsSteppedOver() {
        let found = figures(["Port officials speaking on condition of anonymity said 6 ships were hit."])
        #expect(source(of: 6, in: found) == "Port officials")
    }

    @Test func heSaidWithoutACommaTakesThePersonNamedLast() {
        let found = figures([
            "Nurse Leila Haddad counted the victims at the clinic.",
            "Nine people were killed including a boy she said adding that 30 others were wounded.",
        ])
        #expect(source(of: 9, in: found) == "Leila Haddad")
        #expect(source(of: 30, in: found) == "Leila Haddad")
    }

    @Test(arguments: [
        "The Kenya Red Cross Society put the death toll at 23 on Friday.",
        "The Kenya Red Cross Society claimed 23 people had drowned.",
        "The Kenya Red Cross Society claimed 23 people mostly women and children had drowned.",
        "The Kenya Red Cross Society placed the death toll at 23.",
    ])
    func tollsPutAndNumbersClaimedAreReports(text: String) {
        #expect(source(of: 23, in: figures([text])) == "Kenya Red Cross Society")
    }

    /// `X claims 27 villagers` takes lives: the count is its object, with no verb of its own after it.
    @Test(arguments: [
        "Boko Haram Claims 27 Villagers in Borno",
        "Boko Haram Attack Claims 27 Villagers",
        "Cholera claims 27 villagers in Borno state",
    ])
    func aCountClaimedAsLivesHasNoReporter(title: String) {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: "Residents buried the dead.")])
        let found = TestData.extractor.extract(from: article).figures
        #expect(found.contains { $0.value == 27 }, "\(title)")
        #expect(source(of: 27, in: found) == nil, "\(title)")
        #expect(found.first { $0.value == 27 }?.event == "killed", "\(title)")
    }

    @Test func aClaimedCountKilledAndWoundedHasNoSingleEvent() {
        let found = figures(["State media claimed 49 rebels were killed and wounded in the fighting."])
        #expect(found.first { $0.value == 49 }?.event == nil)
    }

    @Test func claimingResponsibilityReportsNoNumber() {
        let found = figures(["Al-Shabaab claimed responsibility for the attack that killed 19 soldiers."])
        #expect(source(of: 19, in: found) == nil)
    }

    @Test func aReporterQuotingResidentsSpeaksForTheAgency() {
        let found = figures([
            "Xinhua reported the flooding on Monday.",
            "A Xinhua reporter quoted residents as saying 5 houses collapsed.",
        ])
        #expect(source(of: 5, in: found) == "Xinhua")
    }

    @Test func theAgentOfAPassiveReportReports() {
        let found = figures(["Pensions will rise by £300 under plans announced by Work Secretary Amber Rudd."])
        #expect(source(of: 300, in: found) == "Amber Rudd")
    }

    @Test func anAgentThatOnlyModifiesANounIsNoSource() {
        let found = figures(["The blast was reported by Syrian state media, which said 4 people had died."])
        #expect(source(of: 4, in: found) != "Syrian")
    }

    @Test func anOrganisationsFiguresReport() {
        let found = figures([
            "The Labor Department reported a slowdown on Friday.",
            "Economists pointed to Labor Department figures showing that wages grew 2.9% in May.",
        ])
        #expect(source(of: 2.9, in: found) == "Labor Department")
        // Figures with no owner the article names report nothing.
        #expect(source(of: 4, in: figures(["Official figures show that sales fell 4% in April."])) == nil)
    }

    @Test func anAsideBetweenSubjectAndVerbIsSteppedOver() {
        let found = figures(["In May, Lloyds, which owns the Halifax, forecast a 5% rise in prices."])
        #expect(source(of: 5, in: found) == "Lloyds")
    }

    @Test func aCoalitionLedByACountryIsOneActor() {
        let found = figures(["The Saudi-led coalition said it had carried out 14 air strikes on Sanaa."])
        #expect(source(of: 14, in: found) == "Saudi-led coalition")
    }

    @Test func theSubjectBeforeAParticipleReports() {
        let found = figures([
            "The Saudi-led coalition fighting the rebels in Yemen reported Monday it had flown 30 sorties."
        ])
        #expect(source(of: 30, in: found) == "Saudi-led coalition")
    }

    @Test func theObjectOfAPrepositionDoesNotReport() {
        let found = figures([
            "The alliance fighting rebels in both Chad and Niger reported Monday it had flown 30 sorties."
        ])
        #expect(source(of: 30, in: found) != "Niger")
    }

    @Test(arguments: [
        "Shelling killed 12 people in Hama, activists said.",
        "Residents said 12 people died when the bridge collapsed.",
        "Twelve people were killed in the raid, local media reported.",
        "The blast killed 12 workers, the interior ministry said.",
    ])
    func aDescriptionThatNamesNoOneIsNoSource(text: String) {
        #expect(source(of: 12, in: figures([text])) == nil, "\(text)")
    }

    @Test func aMonitorsDescriptionWithNoMonitorReportingNamesNoOne() {
        let found = figures(["Air strikes killed 11 people in Hama on Tuesday, a monitoring group said."])
        #expect(source(of: 11, in: found) == nil)
        // A news agency that reported is no monitor.
        let agency = figures([
            "Reuters said 5 soldiers died in Homs on Monday.",
            "At least 9 civilians were killed in Hama on Tuesday, a monitoring group said.",
        ])
        #expect(source(of: 5, in: agency) == "Reuters")
        #expect(source(of: 9, in: agency) == nil)
    }

    @Test func theObjectOfAnOpeningPrepositionIsNoPartOfTheSource() {
        // (Text that lost its commas.)
        let found = figures(["As a result Syrian state media said 7 soldiers were killed in Hama."])
        #expect(source(of: 7, in: found) == "Syrian state media")
        let connective = figures(["However Iraqi officials said 5 soldiers were killed in Mosul."])
        #expect(source(of: 5, in: connective) == "Iraqi officials")
        let beforeVerb = figures(["The Kenya Red Cross however put the toll at 31 dead."])
        #expect(source(of: 31, in: beforeVerb) == "Kenya Red Cross")
    }

    @Test func aReportsOwnerIsTheSource() {
        let found = figures(["According to a UN report, 40 civilians died in Aleppo last month."])
        #expect(source(of: 40, in: found) == "United Nations")
        let pronoun = figures(["They claim government figures show crime rose by 25% in the city."])
        #expect(source(of: 25, in: pronoun) == nil)
    }

    @Test func aDescriptionIntroducingANameIsTheName() {
        let found = figures(["According to Lebanese armed group Hezbollah more than 30 fighters were killed."])
        #expect(source(of: 30, in: found) == "Hezbollah")
    }

    @Test func aPlaceLeftOverFromTheClauseIsNoPartOfTheSource() {
        let found = figures(["Gunmen killed 8 guards near Kandahar Afghan police said."])
        #expect(source(of: 8, in: found) == "Afghan police")
    }

    @Test func aPassiveNamesNoReporter() {
        let found = figures(["Winger Tom Price has been added to the squad for the next 3 matches."])
        #expect(found.count == 1 && found[0].source == nil, "\(found.map { $0.source ?? "-" })")
    }

    @Test func aCapitalisedStopWordInsideANameIsPartOfIt() {
        let found = figures(["Doctors Without Borders added that 300 patients were treated."])
        #expect(source(of: 300, in: found) == "Doctors Without Borders")
    }

    @Test func economistsAtAnOrganisationSpeakForIt() {
        let found = figures(["Analysts at Standard Chartered warned prices could fall by 12% next year."])
        #expect(source(of: 12, in: found) == "Standard Chartered")
    }

    @Test func aVagueQuantifiedDescriptionIsNoSource() {
        let found = figures(["Some economists have predicted a rise to 6% next year."])
        #expect(found.count == 1 && found[0].source == nil, "\(found.map { $0.source ?? "-" })")
    }

    @Test func aCommonNounAfterAPrepositionIsNoSource() {
        let found = figures(["At least 16 strikes caused panic among residents activists said."])
        #expect(found.count == 1 && found[0].source == nil, "\(found.map { $0.source ?? "-" })")
    }

    // MARK: - Back-references to an organisation named before

    @Test func theAgencyIsTheNewsAgencyNamedBefore() {
        let found = figures([
            "State news agency SANA said 6 people were killed when rockets hit the capital.",
            "The official agency reported that 20 more were wounded in the suburbs.",
        ])
        #expect(source(of: 20, in: found) == "SANA")
    }

    @Test func itAddedIsTheOneOrganisationThatReported() {
        let found = figures([
            "The Syrian Observatory for Human Rights said 14 rebels were killed near the airport.",
            "A further five died in shelling on the village it added.",
        ])
        #expect(source(of: 5, in: found) == "Syrian Observatory for Human Rights")
    }

    @Test(arguments: [
        ("The Ostrian army accused the rebels of a raid which it says killed 14 guards.", 14.0, "Ostrian army"),
        (
            "The Ostrian government seized the mine to cover a $14m bill it says the firm owes.", 14e6,
            "Ostrian government"
        ),
    ])
    func itInsideASentenceIsTheSubjectThatOpensIt(text: String, value: Double, subject: String) {
        let found = figures([
            "The Kelvan Observatory for Human Rights said 9 soldiers were killed near the airport.", text,
        ])
        #expect(source(of: value, in: found) == subject, "\(text)")
    }

    @Test(arguments: [
        "Five more guards died in shelling on the village, it said.",
        "The highest toll was in Tarvo, where 14 guards were killed, it said.",
        // A report closing the sentence is the reporter's, not the attacker's that opens it.
        "The Vesk army shelled Tarvo, killing 14 guards, it said.",
        "Ostria bombed Tarvo killing 14 guards it said.",
        // `it` is never a plural.
        "Rebel forces shelled the market, which it said killed 14 guards.",
    ])
    func itAfterASubjectThatCannotSpeakIsWhoReportedBefore(text: String) {
        let found = figures([
            "The Kelvan Observatory for Human Rights said 9 soldiers were killed near the airport.", text,
        ])
        let value: Double = text.hasPrefix("Five") ? 5 : 14
        #expect(source(of: value, in: found) == "Kelvan Observatory for Human Rights", "\(text)")
    }

    @Test func itOpeningAClauseOfItsOwnReportsNotTheSentencesFigure() {
        let found = figures(["Kelvan Oil shares rose 14% after it said it would close the Tarvo plant."])
        #expect(source(of: 14, in: found) == nil)
    }

    @Test func theMonitorAndTheGroupAreTheObservatory() {
        let found = figures([
            "The Syrian Observatory for Human Rights said 14 rebels were killed near the airport.",
            "The monitor said 9 soldiers also died, and the group added that 3 medics were hurt.",
        ])
        #expect(source(of: 9, in: found) == "Syrian Observatory for Human Rights")
        #expect(source(of: 3, in: found) == "Syrian Observatory for Human Rights")
    }

    @Test func aBackReferenceThatFitsTwoOrganisationsNamesNoOne() {
        let found = figures([
            "The Syrian Observatory for Human Rights said 14 rebels were killed. SANA said 6 soldiers died.",
            "A further five died in shelling on the village it added.",
            "Reuters said 8 houses burned. The agency said 2 schools were hit.",
            "Fighters of the Islamic State group attacked the post. The group said 7 guards were captured.",
        ])
        #expect(source(of: 5, in: found) == nil)
        #expect(source(of: 2, in: found) == nil)
        // (Since stop 33 `the group` right after the sentence naming the one group takes it, as a reader does:
        // SourceResolver+GroupDescriptions.)
        #expect(source(of: 7, in: found) == "Islamic State")
    }

    /// An adverb between a name and its reporting verb is not part of the name.
    @Test(arguments: ["further", "also", "later", "then", "previously", "separately"])
    func anAdverbBeforeTheVerbIsNotPartOfTheSource(adverb: String) {
        let found = figures(["The Northern Relief Council \(adverb) said 37 families had fled the village."])
        #expect(source(of: 37, in: found) == "Northern Relief Council", "\(adverb)")
    }

    /// A capitalised adjective opening a sentence names no one: `reports of` is a noun, not a report.
    @Test(arguments: [
        "Initial reports of 6 people killed came from the border town.",
        "Preliminary estimates of 6 dead were revised later.",
        "Initial reported 6 people killed in the blast.",
    ])
    func anOpeningAdjectiveIsNoSource(text: String) {
        #expect(source(of: 6, in: figures([text])) == nil, "\(text)")
    }
}
