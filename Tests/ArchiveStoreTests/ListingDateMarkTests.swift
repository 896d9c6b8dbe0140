import Testing

@testable import ArchiveStore

/// A terminal's table folds dated_by into the date: a day no sentence stated carries a mark.
@Suite struct ListingDateMarkTests {
    @Test func aPublicationDateIsMarkedAndAStatedDayIsNot() {
        let listing = Listing(
            columns: ["site", "date", "dated_by", "highest"],
            rows: [
                [.text("Idlib"), .text("2016-06-28"), .text("clause"), .integer(4)],
                [.text("Hama"), .text("2016-07-02"), .text("article"), .integer(6)],
                [.text("Homs"), .null, .null, .integer(3)],
            ])
        let marked = listing.markingPublicationDates()
        #expect(marked.columns == ["site", "date", "highest"])
        #expect(marked.rows.map { $0[1] } == [.text("2016-06-28"), .text("2016-07-02*"), .null])
        #expect(marked.rows.map { $0[2] } == [.integer(4), .integer(6), .integer(3)])
    }

    @Test func aListingWithoutDatedByIsLeftAsItIs() {
        let listing = Listing(columns: ["name", "date"], rows: [[.text("A"), .text("2016-07-02")]])
        #expect(listing.markingPublicationDates() == listing)
    }
}
