import ArticleModel
import Testing

@testable import Extraction

/// A count of the groups that say or claim what happened counts those who speak: the place of what they
/// say happened is not its site.
@Suite struct FigureClaimingGroupsSiteTests {
    @Test(arguments: [
        "Troops shelled the suburbs of Homs in what three local groups claimed was a gas attack on the city.",
        "Three aid groups said the raid on Hama had destroyed the only clinic.",
        "Three organisations have accused the army of shelling Idlib without warning.",
    ])
    func theSpeakingGroupsHaveNoSite(text: String) {
        let three = TestData.bodyFigures(text).first { $0.value == 3 }
        #expect(three != nil && three?.site == nil, "\(String(describing: three?.site))")
    }
}
