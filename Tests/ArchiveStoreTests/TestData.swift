import ArticleModel
import Extraction
import Foundation

/// What the tests share: the bundled gazetteer and an extractor using it, each loaded once per run, a path
/// for a new archive and an article of one paragraph.
enum TestData {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("\(error)") }
    }()
    static let extractor = ArticleExtractor(gazetteer: gazetteer)

    /// A path in the temporary folder where no archive is yet, its file name starting with `prefix`.
    static func temporaryArchive(_ prefix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).sqlite").path
    }

    /// An article of a headline and one body paragraph.
    static func article(_ title: String, _ body: String) -> Article {
        Article(title: title, paragraphs: [Paragraph(kind: .body, text: body)])
    }
}
