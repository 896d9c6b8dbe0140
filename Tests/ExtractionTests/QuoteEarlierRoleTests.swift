import Testing

@testable import Extraction

/// A quote closed by a role phrase that names no one (`"…?" the Labour MP for Leeds asked`) names the person
/// the article gave that role before: in an appositive with its organisation (`Ann Roe, the Labour MP for
/// Tarn,`) or as office letters after the name (`Ann Roe MP`). Sentences written for these tests.
@Suite struct QuoteEarlierRoleTests {
    @Test func theRoleAndOrganisationOfAnEarlierAppositive() {
        let found = TestData.quotes([
            "Ann Roe, the Labour MP for Leeds, rose to speak about the cuts.",
            "\"What does it say to the towns when the budget is cut again?\" the Labour MP for Leeds asked.",
            "Prime Minister Piet Kalo replied that the cuts were fair. \"We have protected the towns,\" he said.",
        ])
        #expect(found.map(\.speaker) == ["Ann Roe", "Piet Kalo"])
    }

    @Test func officeLettersAfterAnEarlierName() {
        let found = TestData.quotes([
            "Former minister Ann Roe MP attacked the plan on Sunday.",
            "\"What does it say to the towns when the budget is cut again?\" the MP for Tarn asked.",
        ])
        #expect(found.map(\.speaker) == ["Ann Roe"])
    }

    /// Another party's MP is not the one the appositive named.
    @Test func anotherOrganisationsRoleNamesNobody() {
        let found = TestData.quotes([
            "Ann Roe, the Labour MP for Leeds, rose to speak about the cuts.",
            "\"What does it say to the towns when the budget is cut again?\" the Green MP for York asked.",
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    /// A capitalised role word the article first wrote in lowercase.
    @Test func aCapitalisedRoleWordGivenInLowercaseBefore() {
        let found = TestData.quotes([
            "Ann Roe, the shadow health minister, rose to speak about the cuts.",
            "\"What does it say to the towns when the budget is cut again?\" the Shadow Health Minister asked.",
        ])
        #expect(found.map(\.speaker) == ["Ann Roe"])
    }

    /// A person given no capitalised role words before: a club's name in the role phrase stands in no way.
    @Test func aCapitalisedNameInTheRolePhraseOfSomeoneWithoutOne() {
        let found = TestData.quotes([
            "Sporting director Piet Kalo defended the coach on Friday.",
            "\"That is nonsense from start to end,\" said the Rovers sporting director.",
        ])
        #expect(found.map(\.speaker) == ["Piet Kalo"])
    }

    /// Two MPs named before: the role phrase names neither.
    @Test func twoEarlierHoldersOfTheRoleNameNobody() {
        let found = TestData.quotes([
            "Former minister Ann Roe MP and Piet Kalo MP attacked the plan on Sunday.",
            "\"What does it say to the towns when the budget is cut again?\" the MP for Tarn asked.",
        ])
        #expect(found.map(\.speaker) == [nil])
    }
}
