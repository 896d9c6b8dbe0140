import Testing

@testable import Extraction

/// Sources read since stop 33: `the group said` and `the rescue service said` for the one group (or rescue
/// service) named in that sentence or the one before; an organisation named with its place before its verb
/// (`The local Vesk Rescue in the northern Tarn province said`); `claimed` before a clause (`claimed fighters
/// killed 30`); a name with an ampersand before its officials (`Marks & Spencer officials said`); and the
/// figures of a social-media post credited by the line after it. Sentences written for these tests.
@Suite struct FigureGroupAndClaimSourceTests {
    func sources(_ paragraphs: [String]) -> [Double: String] {
        var found: [Double: String] = [:]
        for figure in TestData.figures(paragraphs) { found[figure.value] = figure.source ?? "-" }
        return found
    }

    // MARK: The group

    @Test(arguments: [
        (
            "The Tarn Liberation Front claimed the attack on the police post in Marlow. The group said 30 soldiers died.",
            "Tarn Liberation Front"
        ),
        ("Jets struck a clinic of the Vesk Relief Organisation in Marlow. The group said 30 patients died.", "Vesk Relief Organisation"),
        (
            "Thirty staff of the Vesk Relief Organisation were in the clinic when it was hit, the group said.",
            "Vesk Relief Organisation"
        ),
    ])
    func theGroupIsTheOneGroupNamedJustBefore(text: String, source: String) {
        #expect(sources([text])[30] == source, "\(sources([text]))")
    }

    @Test func theGroupWithTwoGroupsInReachIsNobody() {
        let found = sources([
            "The Tarn Liberation Front and the Vesk Popular Front clashed near Marlow. The group said 30 fighters died."
        ])
        #expect(found[30] == "-", "\(found)")
    }

    @Test func theGroupNamedLongBeforeIsOutOfReach() {
        let found = sources([
            "The Tarn Liberation Front claimed the attack on the police post in Marlow.",
            "Jets struck the hills. Crowds fled to the camps. The group said 30 soldiers died.",
        ])
        #expect(found[30] == "-", "\(found)")
    }

    @Test(arguments: [
        "The Tarn Health Ministry opened a clinic in Marlow. The group said 30 patients died.",
        "Shares in Kelvar rose in Marlow on Monday. The group said 30 jobs would go.",
        "Reuters reported fighting in Marlow. The group said 30 soldiers died.",
    ])
    func aMinistryACompanyOrANewsAgencyIsNoGroup(text: String) {
        #expect(sources([text])[30] == "-", "\(sources([text]))")
    }

    /// (A headline's credit may put `group` beside a news agency's name: `Monitoring group Reuters`.)
    @Test func aNewsAgencyCalledAGroupIsNoGroup() {
        let text = "Revenues at media group Reuters slipped 11% in the year, the group said."
        #expect(sources([text])[11] == "-", "\(sources([text]))")
    }

    @Test func aNameAfterTheGroupInItsSentenceIsNotItsGroup() {
        let text = "The group, whose channels include the Vesk Liberation Radio, forecast growth of 11% this year."
        #expect(sources([text])[11] == "-", "\(sources([text]))")
    }

    /// `… and the extremist group said`: more than a group, even when the phrase read is cut to `group`.
    @Test func aDescribedGroupIsNotTheBareGroup() {
        let found = sources([
            "The Tarn Liberation Front took the hills on Monday.",
            "Jets killed 30 civilians in Marlow as fighting raged, activists and the extremist group said.",
        ])
        #expect(found[30] == "-", "\(found)")
    }

    @Test func aClaimAfterACountDoesNotReportIt() {
        let text = "Kelvar may bid £30m for the club, but the Tarn Liberation Front claims it will not sell."
        #expect(sources([text])[30_000_000] == "-", "\(sources([text]))")
    }

    @Test func theRescueServiceIsTheRescueServiceNamedBefore() {
        let found = sources([
            "The Vesk Rescue works in the rebel-held hills near Marlow. Vesk Radio reported heavy shelling.",
            "Eight volunteers were killed when a strike hit their office in Marlow, the rescue service said.",
        ])
        #expect(found[8] == "-", "\(found)")
        let near = sources([
            "Vesk Radio reported heavy shelling. Jets struck a centre of the Vesk Rescue Committee near Marlow.",
            "Eight volunteers were killed when a strike hit their office in Marlow, the rescue service said.",
        ])
        #expect(near[8] == "Vesk Rescue Committee", "\(near)")
    }

    @Test func theRescueServiceIsNoOtherGroup() {
        let found = sources([
            "The Tarn Liberation Front shelled Marlow on Monday.",
            "Eight volunteers were killed when a strike hit their office, the rescue service said.",
        ])
        #expect(found[8] == "-", "\(found)")
    }

    // MARK: A name and its place

    @Test(arguments: [
        "The local Vesk Rescue in the northern Tarn province said an air raid on its centre killed seven volunteers.",
        "The Vesk Rescue in Marlow said an air raid on its centre killed seven volunteers.",
    ])
    func theNameBeforeItsPlaceReports(text: String) {
        #expect(sources([text])[7] == "Vesk Rescue", "\(sources([text]))")
    }

    @Test func aCountBeforeItsPlaceIsNoName() {
        let text = "Seven volunteers in the northern Tarn province died when the centre was hit, officials said."
        #expect(sources([text])[7] == "-", "\(sources([text]))")
    }

    // MARK: Claimed

    @Test(arguments: [
        "The Orlen News Agency claimed fighters killed 30 soldiers in the attack near Marlow.",
        "The Orlen News Agency claimed the fighters had killed 30 soldiers near Marlow.",
        "The Orlen News Agency had claimed the fighters killed 30 soldiers near Marlow.",
    ])
    func aClaimedClauseIsTheClaimants(text: String) {
        #expect(sources([text])[30] == "Orlen News Agency", "\(sources([text]))")
    }

    @Test(arguments: [
        "The Tarn Liberation Front claimed the attack carried out by gunmen that killed 30 soldiers.",
        "The Tarn Liberation Front claimed the lives of 30 soldiers in Marlow.",
        "The Tarn Liberation Front claimed responsibility for a blast that killed 30 soldiers.",
        "The Tarn Liberation Front claimed the coordinated bombings that killed 30 soldiers.",
        "The Tarn Liberation Front claimed the renewed offensive which killed 30 soldiers near Marlow.",
        "The Marlow Rovers claimed the title with 30 wins from 38 games.",
    ])
    func aClaimedAttackOrPrizeReportsNothing(text: String) {
        #expect(sources([text])[30] == "-", "\(sources([text]))")
    }

    @Test(arguments: [
        ["Jon Pell spoke in Marlow on Monday.", "And he claimed the Tarn party would cut 40 posts."],
        ["Marlow fans claimed the gates were shut as 40 supporters were hurt."],
        ["Jon Pell spoke in Marlow. She claimed the council had cut 40 posts."],
    ])
    func aClaimByAPronounOrAPlainNounReportsNothing(paragraphs: [String]) {
        #expect(sources(paragraphs)[40] == "-", "\(sources(paragraphs))")
    }

    // MARK: Ampersands

    @Test(arguments: [
        ("Marks & Spencer officials said 300 jobs would go at the plant in Leeds.", "Marks & Spencer"),
        ("Kelvar Motors officials said 300 jobs would go at the plant in Derby.", "Kelvar Motors"),
    ])
    func officialsOfANameWithAnAmpersand(text: String, source: String) {
        let found = sources([text])[300]
        #expect(found == source || found == source + " officials", "\(sources([text]))")
        #expect(found?.hasPrefix("Spencer") != true)
    }

    // MARK: Credited posts

    @Test func aCreditedPostsFiguresAreItsAuthors() {
        let found = sources([
            "The smog over Marlow thickened on Monday, officials said.",
            "We have started handing out 40 thousand masks to schools today",
            "Please wear them whenever you go out, the Vesk Health Ministry said of 12 clinics pic.twitter.com/abc123",
            "\u{2014} Ann Roe (@annroe) March 1, 2021",
            "The city handed out 5 million masks to children.",
        ])
        #expect(found[40000] == "Ann Roe", "\(found)")
        #expect(found[12] == "Ann Roe", "\(found)")
        #expect(found[5_000_000] == "-", "\(found)")
    }

    @Test func aPostCreditedToNoNamedAuthorTakesNoSource() {
        let found = sources([
            "The smog over Marlow thickened on Monday.",
            "The Vesk Health Ministry said 12 clinics were full pic.twitter.com/abc123",
            "\u{2014} tall glass of tea (@teaglass) March 1, 2021",
        ])
        #expect(found[12] == "-", "\(found)")
    }

    @Test func aDashedLineWithoutAHandleAndDateCreditsNothing() {
        let found = sources([
            "The Vesk Health Ministry said 12 clinics were full",
            "\u{2014} Ann Roe (annroe) reporting",
        ])
        #expect(found[12] == "Vesk Health Ministry", "\(found)")
    }
}
