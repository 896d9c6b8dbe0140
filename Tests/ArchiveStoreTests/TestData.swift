import Extraction

/// What the tests share: the bundled gazetteer and an extractor using it, each loaded once per run.
enum TestData {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("\(error)") }
    }()
    static let extractor = ArticleExtractor(gazetteer: gazetteer)
}
