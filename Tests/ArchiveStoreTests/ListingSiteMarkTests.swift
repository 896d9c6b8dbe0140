import Testing

@testable import ArchiveStore

/// A terminal's table folds site_from into the site: a place only an earlier sentence named carries a mark.
@Suite struct ListingSiteMarkTests {
    @Test func anEarlierSentencesSiteIsMarkedAndASentencesIsNot() {
        let listing = Listing(
            columns: ["site", "site_from", "highest"],
            rows: [
                [.text("Idlib"), .text("sentence"), .integer(4)],
                [.text("Hama"), .text("earlier sentence"), .integer(6)],
                [.text("(no site)"), .null, .integer(3)],
            ])
        let marked = listing.markingEarlierSentenceSites()
        #expect(marked.columns == ["site", "highest"])
        #expect(marked.rows.map { $0[0] } == [.text("Idlib"), .text("Hama†"), .text("(no site)")])
        #expect(marked.rows.map { $0[1] } == [.integer(4), .integer(6), .integer(3)])
    }

    @Test func aListingWithoutSiteFromIsLeftAsItIs() {
        let listing = Listing(columns: ["name", "site"], rows: [[.text("A"), .text("Hama")]])
        #expect(listing.markingEarlierSentenceSites() == listing)
    }
}
