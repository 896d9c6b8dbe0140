import ArticleModel
import Testing

@testable import Extraction

/// Villages listed where the text lost its commas: a place word and its name, then a name joined to its
/// Arabic article, are two places inside a list of places, and one name standing alone.
@Suite struct EntityArticleNameListTests {
    func names(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test func aNameJoinedToItsArticleAfterAPlaceWordsNameIsTheNextPlace() {
        let found = TestData.bodyEntities("Artillery shelled Tell Vesk al-Karmun and Bir Tarn on Monday.")
        #expect(found.contains { $0.name == "Tell Vesk" && $0.kind == .place }, "\(names(found))")
        #expect(found.contains { $0.name == "al-Karmun" && $0.kind == .place }, "\(names(found))")
        #expect(!found.contains { $0.name == "Tell Vesk al-Karmun" }, "\(names(found))")
    }

    @Test func aWordAndItsArticleNameAfterAPlaceGluedToAnotherPlaceIsTheNextPlace() {
        let found = TestData.bodyEntities("Jets struck rebel posts in Homs Kafr Roa Jub al-Tarn and Hama overnight.")
        #expect(found.contains { $0.name == "Kafr Roa" && $0.kind == .place }, "\(names(found))")
        #expect(found.contains { $0.name == "Jub al-Tarn" && $0.kind == .place }, "\(names(found))")
    }

    @Test func theSameNameStandingAloneStaysWhole() {
        let found = TestData.bodyEntities("Artillery shelled Tell Vesk al-Karmun on Monday, residents said.")
        #expect(!found.contains { $0.name == "al-Karmun" }, "\(names(found))")
    }

    @Test func aGivenNameBeforeTheArticleNameSplitsNothing() {
        let found = TestData.bodyEntities("Fighting spread to Kafr Roa Ahmad al-Tarn and Hama on Sunday.")
        #expect(!found.contains { $0.name == "Ahmad al-Tarn" && $0.kind == .place }, "\(names(found))")
    }

    @Test func withoutAPlaceFrameTheRunIsNoList() {
        let found = TestData.bodyEntities("Tell Vesk al-Karmun and Ann Roe met the envoy on Monday.")
        #expect(!found.contains { $0.name == "al-Karmun" }, "\(names(found))")
    }
}

/// `Bani` and `Beni` (sons of) open the names of towns and neighbourhoods, as `Bab` and `Kafr` do.
@Suite struct EntityArabicPlaceWordTests {
    @Test func aBaniNameIsAPlace() {
        let found = TestData.bodyEntities("Mortars hit Bani Tarn on Monday, killing two, residents said.")
        #expect(found.first { $0.name == "Bani Tarn" }?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }
}
