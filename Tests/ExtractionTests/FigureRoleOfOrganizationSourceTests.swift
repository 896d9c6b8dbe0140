import ArticleModel
import Testing

@testable import Extraction

/// `… injuring four people according to a source at Marrowby Police Command.`: the one `according to` names
/// is a role of an organisation, and the organisation reports; `the source said` later points back to it.
/// Not a place, nor a name that is no organisation's. Sentences written for these tests.
@Suite struct FigureRoleOfOrganizationSourceTests: FigureSourceChecks {
    @Test(arguments: [
        ("Gunmen shelled the quarter injuring four people in Kelvar according to a source at Marrowby Police Command.",
            "Marrowby Police Command"),
        ("Four people were injured in the blast according to an official with the Tarvan Health Ministry.",
            "Tarvan Health Ministry"),
        ("Four guards were hurt according to a security source in the Vessa Interior Ministry.",
            "Vessa Interior Ministry"),
    ])
    func theRolesOrganisationReports(text: String, organization: String) {
        let found = TestData.figures([text])
        #expect(source(of: 4, in: found) == organization, "\(described(found))")
    }

    @Test func theSourceSaidLaterPointsBackToTheOrganisation() {
        let found = TestData.figures([
            "Gunmen shelled the quarter injuring four people according to a source at Marrowby Police Command."
                + " The blast also damaged a school as two shells hit its yard the source said."
        ])
        #expect(source(of: 2, in: found) == "Marrowby Police Command", "\(described(found))")
    }

    @Test func aSentenceRunOnBeforeACapitalisedAccordingIsNoReportOfIt() throws {
        let found = TestData.figures([
            "Four guards were hurt in the north of Kelvar city According to a source at Marrowby Police Command"
                + " two shells hit the depot."
        ])
        #expect(try figure(4, in: found).source == nil, "\(described(found))")
    }

    @Test(arguments: [
        "Gunmen shelled the quarter injuring four people according to a medical source in Aleppo.",
        "Gunmen shelled the quarter injuring four people according to a source in the Kelvar Hills.",
        "Gunmen shelled the quarter injuring four people according to a source at Marrowby.",
    ])
    func noPlaceAndNoNameOfNoOrganisation(text: String) throws {
        let found = TestData.figures([text])
        #expect(try figure(4, in: found).source == nil, "\(described(found))")
    }
}
