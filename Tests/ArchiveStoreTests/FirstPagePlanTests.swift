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
    @Test(arguments: ["people", "timeline", "incident_reports", "totals"])
    func theFirstPageIsNotSorted(view: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).sqlite").path
        let writer = try ArchiveWriter(path: path)
        let plan = try writer.database.prepare("EXPLAIN QUERY PLAN SELECT * FROM \(view) LIMIT 50").rows()
            .compactMap { $0.string("detail") }
        // (totals sorts one article's totals at a time: "TEMP B-TREE FOR RIGHT PART OF ORDER BY".)
        #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(plan)")
        // A table is read only through an index in the page's order, which stops after the page.
        let wholeReads = plan.filter {
            $0.hasPrefix("SCAN ") && !$0.contains(" USING ") && !$0.hasPrefix("SCAN (") && $0 != "SCAN \(view)"
        }
        #expect(wholeReads.isEmpty, "\(plan)")
    }

    /// The counts behind "50 of 2,979 rows" read one index and nothing else.
    @Test(arguments: [("strikes", "figures_strike_incidents"), ("totals", "figures_period_totals")])
    func theCountIsReadFromAnIndexAlone(view: String, index: String) throws {
        let folder = FileManager.default.temporaryDirectory
        let writer = try ArchiveWriter(path: folder.appendingPathComponent("count-\(UUID().uuidString).sqlite").path)
        let count = ArchiveReader.countSQL(ofView: view)
        let plan = try writer.database.prepare("EXPLAIN QUERY PLAN \(count)").rows().compactMap { $0.string("detail") }
        #expect(plan.contains { $0.contains("USING COVERING INDEX \(index)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN f") && !$0.contains("COVERING INDEX") }, "\(plan)")
    }
}
