import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The listings' first pages are read in order from indexes, not sorted from every row, so that they
/// answer at once however large the archive grows.
@Suite struct FirstPagePlanTests {
    // (strikes and casualties: IncidentKeyTests.)
    @Test(arguments: ["people", "timeline", "incident_reports"])
    func theFirstPageIsNotSorted(view: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).sqlite").path
        let writer = try ArchiveWriter(path: path)
        let plan = try writer.database.prepare("EXPLAIN QUERY PLAN SELECT * FROM \(view) LIMIT 50").rows()
            .compactMap { $0.string("detail") }
        #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(plan)")
        // A table is read only through an index in the page's order, which stops after the page.
        let wholeReads = plan.filter {
            $0.hasPrefix("SCAN ") && !$0.contains(" USING ") && !$0.hasPrefix("SCAN (") && $0 != "SCAN \(view)"
        }
        #expect(wholeReads.isEmpty, "\(plan)")
    }
}
