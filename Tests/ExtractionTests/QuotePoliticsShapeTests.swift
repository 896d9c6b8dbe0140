import ArticleModel
import Testing

@testable import Extraction

/// Attribution shapes of political news: titles, party and state descriptions, a surname after the full
/// name, spokesmen, layout lines, organisations, quotes running over paragraphs (sentences written for
/// these tests). Where the entity pass misses a name (`Senator Karen L. Rowan of Maine`), the speaker is
/// still the full name the article writes.
@Suite struct QuotePoliticsShapeTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func surnameAfter() {
        let found = speakers([
            "Representative Walter E. Brandon of South Carolina, the third-ranking Democrat in the "
                + "House, spoke to reporters on Tuesday.",
            "“We are not going to give up on this bill before the recess,” said Mr. Brandon.",
        ])
        #expect(found == ["Walter E. Brandon"])
    }

    @Test func surnameBefore() {
        let found = speakers([
            "Representative Walter E. Brandon of South Carolina met with party leaders on Tuesday.",
            "Mr. Brandon said: “The votes are there if the leadership wants them.”",
        ])
        #expect(found == ["Walter E. Brandon"])
    }

    @Test func mrsSurname() {
        let found = speakers([
            "Senator Karen L. Rowan of Maine has opposed the measure for months.",
            "“I have read every page of it, and it is worse than the last one,” Mrs. Rowan said.",
        ])
        #expect(found == ["Karen L. Rowan"])
    }

    @Test func senatorRepublicanOf() {
        let found = speakers([
            "The committee met on Wednesday to debate the farm bill.",
            "“This is the worst farm bill I have seen in thirty years,” Senator Harold T. Wexley, "
                + "Republican of Iowa, said.",
        ])
        #expect(found == ["Harold T. Wexley"])
    }

    @Test func senatorRepublicanOfBefore() {
        let found = speakers([
            "The committee met on Wednesday to debate the farm bill.",
            "Senator Harold T. Wexley, Republican of Iowa, said, “This is the worst farm bill I have "
                + "seen in thirty years.”",
        ])
        #expect(found == ["Harold T. Wexley"])
    }

    @Test func saidSenatorDemocratOf() {
        let found = speakers([
            "The committee met on Wednesday to debate the farm bill.",
            "“We will fight this on the floor,” said Senator Ruth Kagan, Democrat of Vermont.",
        ])
        #expect(found == ["Ruth Kagan"])
    }

    @Test func repPartyStateParens() {
        let found = speakers([
            "The House debated the spending bill late into the night.",
            "Rep. Maria Delgado (D-Calif.) said: “The cuts fall hardest on the families who can least "
                + "afford them.”",
        ])
        #expect(found == ["Maria Delgado"])
    }

    @Test func saidRepParens() {
        let found = speakers([
            "The House debated the spending bill late into the night.",
            "“The cuts fall hardest on the families who can least afford them,” said Rep. Maria "
                + "Delgado (D-Calif.).",
        ])
        #expect(found == ["Maria Delgado"])
    }

    @Test func apStyle() {
        let found = speakers([
            "The House debated the spending bill late into the night.",
            "Sen. Paul Hadley, R-Tenn., said the vote would come on Friday. “We have the votes and we "
                + "will use them,” Hadley said.",
        ])
        #expect(found == ["Paul Hadley"])
    }

    @Test func saidNameADemocratFrom() {
        let found = speakers([
            "The hearing lasted four hours.",
            "“Nobody in this room believes those numbers,” said Ellen Marsh, a Democrat from Ohio.",
        ])
        #expect(found == ["Ellen Marsh"])
    }

    @Test func nameTexasRepublicanWho() {
        let found = speakers([
            "The hearing lasted four hours.",
            "“The agency has lost the trust of the public,” said Representative Tom Hale, a Texas "
                + "Republican who leads the oversight panel.",
        ])
        #expect(found == ["Tom Hale"])
    }

    @Test func spokesmanAdded() {
        let found = speakers([
            "Senator Ruth Kagan did not attend the hearing. A spokesman, Tom Lee, said she had a "
                + "prior commitment in Vermont.",
            "“The senator has made her views on this bill very clear,” the spokesman added.",
        ])
        #expect(found == ["Tom Lee"])
    }

    @Test func spokesmanForAdded() {
        let found = speakers([
            "The company declined to comment on the lawsuit at first.",
            "Tom Lee, a spokesman for the company, said it would appeal. “We believe the ruling was "
                + "wrong on the law,” the spokesman said.",
        ])
        #expect(found == ["Tom Lee"])
    }

    @Test func pressSecretary() {
        let found = speakers([
            "The president returned from Camp David on Sunday.",
            "The White House press secretary, Dan Porter, told reporters: “The president has not "
                + "changed his mind on the tax cut.”",
        ])
        #expect(found == ["Dan Porter"])
    }

    @Test func aideOfSenator() {
        let found = speakers([
            "Senator Ruth Kagan has not decided how she will vote.",
            "“She is still reading the bill and talking to people at home,” said Ron Bates, a "
                + "spokesman for Senator Kagan.",
        ])
        #expect(found == ["Ron Bates"])
    }

    @Test func layoutParens() {
        let found = speakers([
            "Three analysts looked back at the week in Washington.",
            "Dana Whitfield (Brookings Institution): “The budget deal buys six months and not a day "
                + "more.”",
        ])
        #expect(found == ["Dana Whitfield"])
    }

    @Test func explicitBeatsCarry() {
        let found = speakers([
            "“We are not going to give up on this bill,” said Representative Walter Brandon of South "
                + "Carolina.",
            "“The bill is dead and everybody in this building knows it,” Senator Karen Rowan said in "
                + "an interview.",
        ])
        #expect(found == ["Walter Brandon", "Karen Rowan"])
    }

    @Test func explicitBeatsCarry2() {
        let found = speakers([
            "Representative Walter Brandon said on Tuesday that the votes were there. “We will pass "
                + "it this week,” he said.",
            "“That is simply not true,” Senator Karen Rowan replied.",
        ])
        #expect(found == ["Walter Brandon", "Karen Rowan"])
    }

    @Test func heSubjectSameSentence() {
        let found = speakers([
            "President Alden met with Senator Karen Rowan and Senator Paul Hadley at the White House "
                + "on Monday.",
            "Governor Mark Ellison left the meeting early and told reporters outside that nothing had "
                + "changed. “We are where we were last week,” he said.",
        ])
        #expect(found == ["Mark Ellison"])
    }

    @Test func heSubjectSameSentence2() {
        let found = speakers([
            "Senator Walter Brandon has criticised the plan for weeks.",
            "Governor Mark Ellison, speaking in Columbus, defended the plan, and “it will work,” he "
                + "said, “if Congress lets it.”",
        ])
        #expect(found == ["Mark Ellison", "Mark Ellison"])
    }

    @Test func groupNounBeforeName() {
        let found = speakers([
            "The caucus met behind closed doors on Thursday.",
            "Blue Dog Coalition member Sam Ritter said the deal was not good enough. “We need real "
                + "cuts, not promises,” he said.",
        ])
        #expect(found == ["Sam Ritter"])
    }

    @Test func groupNounBeforeName2() {
        let found = speakers([
            "The concert raised money for the campaign.",
            "Rolling Thunder veteran Mark Ellis told the crowd: “I have never seen a turnout like "
                + "this one.”",
        ])
        #expect(found == ["Mark Ellis"])
    }

    @Test func titleFlyHalf() {
        let found = speakers([
            "England beat Wales 24-10 on Saturday.",
            "Fly-half Owen Brice said: “We played the way we trained all week.”",
        ])
        #expect(found == ["Owen Brice"])
    }

    @Test func orgSpeaker() {
        let found = speakers([
            "The Senate passed the gun bill by two votes.",
            "“This bill does nothing to stop criminals,” the National Rifle Association said in a "
                + "statement.",
        ])
        #expect(found == ["National Rifle Association"])
    }

    @Test func orgSpeakerBefore() {
        let found = speakers([
            "The fighting went on through the night.",
            "The Syrian Network for Human Rights said: “At least forty civilians were killed in the "
                + "shelling of the town.”",
        ])
        #expect(found == ["Syrian Network for Human Rights"])
    }

    @Test func orgBudgetOffice() {
        let found = speakers([
            "Congress received the new estimates on Monday.",
            "The Congressional Budget Office said the plan would add to the deficit. “The costs rise "
                + "sharply after 2010,” the office said.",
        ])
        #expect(found == ["Congressional Budget Office"])
    }

    @Test func multiParagraph() {
        let found = speakers([
            "Senator Karen Rowan spoke for an hour on the Senate floor on Thursday.",
            "“We came here to fix a broken system. We have not done that.",
            "“Instead we have passed a bill that helps the people who need help least.",
            "“I will vote against it, and I will say so in Maine.”",
        ])
        #expect(found == [nil, nil, nil])
    }

    @Test func multiParagraphIntro() {
        let found = speakers([
            "Senator Karen Rowan spoke for an hour on the Senate floor on Thursday.",
            "She said: “We came here to fix a broken system. We have not done that.",
            "“I will vote against it, and I will say so in Maine.”",
        ])
        #expect(found == ["Karen Rowan", "Karen Rowan"])
    }

    @Test func mrInInterview() {
        let found = speakers([
            "Representative Walter E. Brandon of South Carolina is the party's chief vote counter.",
            "“I count every vote twice and then I count it again,” Mr. Brandon said in an interview "
                + "on Tuesday.",
        ])
        #expect(found == ["Walter E. Brandon"])
    }

    @Test func theSenatorSaid() {
        let found = speakers([
            "Senator Harold T. Wexley of Iowa has led the fight against the bill.",
            "“It is a giveaway to the big processors,” the senator said.",
        ])
        #expect(found == ["Harold T. Wexley"])
    }

    @Test func ageApposition() {
        let found = speakers([
            "Representative Walter E. Brandon of South Carolina spoke first.",
            "“I have been doing this a long time,” Mr. Brandon, 64, said.",
        ])
        #expect(found == ["Walter E. Brandon"])
    }

    @Test func askedWhether() {
        let found = speakers([
            "Senator Karen Rowan has opposed the bill for months.",
            "Asked whether she would vote for the bill, Mrs. Rowan said, “Not in its current form.”",
        ])
        #expect(found == ["Karen Rowan"])
    }

    @Test func toldAp() {
        let found = speakers([
            "Senator Karen Rowan has opposed the bill for months.",
            "Mrs. Rowan told The Associated Press: “I will not vote for a bill I have not read.”",
        ])
        #expect(found == ["Karen Rowan"])
    }

    @Test func governorOf() {
        let found = speakers([
            "The governors met in Denver for three days.",
            "“Washington keeps handing us bills it will not pay,” said Gov. Ann Richter of Kansas.",
        ])
        #expect(found == ["Ann Richter"])
    }

    @Test func longAttributionAfterName() {
        let found = speakers([
            "The hearing lasted four hours.",
            "“The program works, and the numbers prove it,” said Lisa Ray, the deputy director of the "
                + "Center for Fiscal Policy, a liberal research group in Washington.",
        ])
        #expect(found == ["Lisa Ray"])
    }

    @Test func saidOf() {
        let found = speakers([
            "Senator Harold T. Wexley of Iowa has led the fight against the bill.",
            "“It is a giveaway to the big processors,” Senator Wexley said of the measure.",
        ])
        #expect(found == ["Harold T. Wexley"])
    }

    @Test func twoQuotesOnePara() {
        let found = speakers([
            "Senator Karen Rowan spoke after the vote.",
            "“We lost today,” Mrs. Rowan said. “But we will be back next year with more votes.”",
        ])
        #expect(found == ["Karen Rowan", "Karen Rowan"])
    }

    @Test func msFullRoleLater() {
        let found = speakers([
            "Representative Nora Quill, a Democrat from Oregon, led the opposition.",
            "“This is a bad bill for Oregon,” Ms. Quill said. “And it is a bad bill for the country.”",
        ])
        #expect(found == ["Nora Quill", "Nora Quill"])
    }

    @Test func surnameEntityFound() {
        let found = speakers([
            "Representative Walter E. Brandon, a Democrat from South Carolina, spoke to reporters on "
                + "Tuesday.",
            "“We are not going to give up on this bill before the recess,” said Mr. Brandon.",
        ])
        #expect(found == ["Walter E. Brandon"])
    }

    @Test func repParensAfter() {
        let found = speakers([
            "The House debated the spending bill late into the night.",
            "“The cuts fall hardest on the families who can least afford them,” Rep. Maria Delgado "
                + "(D-Calif.) said.",
        ])
        #expect(found == ["Maria Delgado"])
    }

    @Test func surnameOnlyMissed() {
        let found = speakers([
            "Senator Karen L. Rowan of Maine and Senator Paul Hadley of Ohio wrote the bill together.",
            "“It is the best we could do,” Mrs. Rowan said. “It is not perfect,” Mr. Hadley added.",
        ])
        #expect(found == ["Karen L. Rowan", "Paul Hadley"])
    }

    @Test func multiParagraphEnd() {
        let found = speakers([
            "Senator Karen Rowan spoke for an hour on the Senate floor on Thursday.",
            "“We came here to fix a broken system. We have not done that.",
            "“Instead we have passed a bill that helps the people who need help least.",
            "“I will vote against it, and I will say so in Maine,” she said.",
        ])
        #expect(found == ["Karen Rowan", "Karen Rowan", "Karen Rowan"])
    }

    @Test func unnamedSpokesmanStaysNil() {
        let found = speakers([
            "Senator Karen Rowan did not attend the hearing.",
            "“The senator had a prior commitment in Maine that day,” a spokesman for the committee "
                + "said.",
        ])
        #expect(found == [nil])
    }

    @Test func twoOfficesNobody() {
        let found = speakers([
            "The Congressional Budget Office and the Government Accountability Office both reviewed "
                + "the plan.",
            "“The costs rise sharply after the first decade,” the office said.",
        ])
        #expect(found == [nil])
    }

    @Test func participleSayingThenQuote() {
        let found = speakers([
            "The trade deficit grew again in March.",
            "Treasury Secretary John Snow put a brave face on the figures, saying they showed strong "
                + "growth. “People are buying more because they earn more.”",
        ])
        #expect(found == ["John Snow"])
    }

    @Test func coordinatedWithShortForms() {
        let found = speakers([
            "Two charities opposed the bill.",
            "The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship (LCF) said the "
                + "bill opened a “back door to euthanasia for the sick.”",
        ])
        #expect(found == [])
    }
}
