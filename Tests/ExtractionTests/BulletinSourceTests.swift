import ArticleModel
import Testing

@testable import Extraction

/// A bulletin speaks for whoever issued it, as a statement does: `the bulletin said` after `the Tarn Defence
/// Ministry said in its daily bulletin` (sentences written for these tests).
@Suite struct BulletinSourceTests {
    static let text =
        "The Tarn Defence Ministry described the raid on Vessa. \"Gunmen opened fire on a convoy of lorries near "
        + "the Vessa bridge at dawn\" the ministry said in its morning bulletin. \"Nine drivers were "
        + "killed and 14 were hurt when the lorries caught fire\" the bulletin said."

    @Test func theBulletinsQuoteIsItsIssuers() {
        let found = TestData.quotes([Self.text])
        #expect(found.count == 2 && found.allSatisfy { $0.speaker == "Tarn Defence Ministry" }, "\(found.map(\.speaker))")
    }

    @Test func theBulletinsCountIsItsIssuers() {
        let found = TestData.figures([Self.text])
        let nine = found.first { $0.value == 9 }
        #expect(nine?.source == "Tarn Defence Ministry", "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func aBulletinNobodyIssuedSpeaksForNobody() {
        let found = TestData.quotes([
            "\"Nine drivers were killed and 14 were hurt when the lorries caught fire\" the bulletin said."
        ])
        #expect(found.allSatisfy { $0.speaker == nil }, "\(found.map(\.speaker))")
    }
}
