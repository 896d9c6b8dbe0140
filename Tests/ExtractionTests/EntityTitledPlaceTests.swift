import ArticleModel
import Testing

@testable import Extraction

/// An Arabic place whose name opens with a title (`Sheikh`) is a place where its sentence says so: a
/// place's noun after it, a place's noun and `of` or `in` before it. Elsewhere it is a person.
@Suite struct EntityTitledPlaceTests {
    func kinds(_ text: String) -> [String: ExtractedEntity.Kind] {
        Dictionary(TestData.bodyEntities(text).map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aTitledNameBeforeDistrictIsAPlace() {
        let found = kinds("Rockets fell on the Sheikh Varoud district of the city on Tuesday.")
        #expect(found["Sheikh Varoud"] == .place, "\(found)")
        #expect(found["Varoud"] == nil, "\(found)")
    }

    @Test func aTitledNameAfterTheVillageOfIsAPlace() {
        let found = kinds("Two men died when mortars hit the village of Sheikh Tammar overnight.")
        #expect(found["Sheikh Tammar"] == .place, "\(found)")
    }

    @Test func aTitledNameAfterInIsAPlace() {
        let found = kinds("Four civilians were killed in Sheikh Dallan on Friday, medics said.")
        #expect(found["Sheikh Dallan"] == .place, "\(found)")
    }

    @Test func aTitledSpeakerStaysAPerson() {
        let found = kinds("Sheikh Ahmed Qurban said the fighters had left the town.")
        #expect(found["Ahmed Qurban"] == .person, "\(found)")
        #expect(found["Sheikh Ahmed Qurban"] == nil, "\(found)")
    }

    @Test func aTitledNameInAPossessiveStaysAPerson() {
        let found = kinds("The decree was issued in Sheikh Hamdan's name last year.")
        #expect(found["Sheikh Hamdan"] == nil, "\(found)")
    }

    @Test func theSameTitledNameElsewhereInTheArticleIsThePlace() {
        let article = Article(title: "Report", paragraphs: [
            Paragraph(kind: .body, text: "Rockets fell on the Sheikh Varoud district of the city on Tuesday."),
            Paragraph(kind: .body, text: "Rebels said their attacks on Sheikh Varoud answered a blockade."),
        ])
        let found = TestData.extractor.extract(from: article).entities
        #expect(found.first { $0.name == "Sheikh Varoud" }?.kind == .place, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Varoud" }, "\(found.map(\.name))")
    }

    @Test func aTitledNameTrustedOrWithAGivenNameAfterInIsNoPlace() {
        let trusted = kinds("Voters lost faith in Sheikh Tamrin last year.")
        #expect(trusted["Sheikh Tamrin"] != .place, "\(trusted)")
        let given = kinds("Crowds gathered near Sheikh Omar as he spoke.")
        #expect(given["Sheikh Omar"] != .place, "\(given)")
        #expect(given["Omar"] != .place, "\(given)")
    }

    @Test func aTitledNameWithItsOwnPersonsCueStaysAPersonInAPlacesArticle() {
        let article = Article(title: "Report", paragraphs: [
            Paragraph(kind: .body, text: "Rockets fell on the Sheikh Varoud district of the city on Tuesday."),
            Paragraph(kind: .body, text: "Elder Sheikh Varoud resigned from the council in May."),
        ])
        let found = TestData.extractor.extract(from: article).entities
        #expect(found.contains { $0.name == "Sheikh Varoud" && $0.kind == .place }, "\(found.map(\.name))")
        #expect(found.contains { $0.name.hasSuffix("Varoud") && $0.kind == .person }, "\(found.map(\.name))")
    }

    @Test func aTitledNameListedAfterTheNeighbourhoodsOfIsAPlace() {
        let found = kinds("Shells fell between the neighbourhoods of Varmuk and Sheikh Dallan at dawn.")
        #expect(found["Sheikh Dallan"] == .place, "\(found)")
    }
}
