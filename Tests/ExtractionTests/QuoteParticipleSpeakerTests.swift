import Testing

@testable import Extraction

/// A quote introduced by a participle after a comma (`…, stating "…"`) is the sentence's subject's: an
/// organisation's name after `the`, or a subject after a fronted clause.
@Suite struct QuoteParticipleSpeakerTests {
    static let quoted = "stating \"Aid must reach every family in need this winter, whatever the cost to us.\""

    func speakers(_ paragraphs: [String]) -> [String?] {
        TestData.quotes(paragraphs).map(\.speaker)
    }

    @Test func anOrganisationSubjectSpeaksThroughAParticiple() {
        let text = "The Kelvan Relief Agency has reaffirmed its commitment to the region, " + Self.quoted
        #expect(speakers([text]) == ["Kelvan Relief Agency"])
    }

    @Test func theSubjectAfterAFrontedClauseSpeaksThroughAParticiple() {
        let text =
            "Despite pausing its work in the north, Kelvan Relief Agency has reaffirmed its commitment to the region, "
            + Self.quoted
        #expect(speakers([text]) == ["Kelvan Relief Agency"])
    }

    @Test func aPersonInsideTheFrontedClauseIsNotTheSpeaker() {
        // (The subject after the comma is a pronoun for someone else: no speaker is named here.)
        let text = "After meeting Karl Ostrander, the board has reaffirmed its commitment to the region, " + Self.quoted
        #expect(speakers([text]) != ["Karl Ostrander"])
    }

    @Test func anOrganisationThatOnlyModifiesARoleIsNotTheSpeaker() {
        // (`The Kelvan Party leader`: the leader speaks, whom the article named before.)
        let text =
            "The Kelvan Party leader will argue against quotas, saying they are \"outdated and unjust in every way\"."
        #expect(!speakers([text]).contains("Kelvan Party"))
    }
}

extension QuoteParticipleSpeakerTests {
    @Test(arguments: [
        // A participle of leading or backing before a noun.
        "The Kelvan Relief Agency led coalition has rejected the claims, ",
        // Any `-ed` word before a noun that has a verb of its own.
        "The Kelvan Relief Agency trained medics have rejected the claims, ",
    ])
    func aParticipleModifyingANounIsNotTheOrganisationsVerb(opening: String) {
        #expect(speakers([opening + Self.quoted]) == [nil], "\(opening)")
    }

    @Test(arguments: [
        "The Kelvan Relief Agency rejected the claims, ",
        "The Kelvan Relief Agency rejected claims of abuse, ",
        "The Kelvan Relief Agency backed them on Monday, ",
    ])
    func aPastFormBeforeItsObjectIsTheOrganisationsVerb(opening: String) {
        #expect(speakers([opening + Self.quoted]) == ["Kelvan Relief Agency"], "\(opening)")
    }
}
