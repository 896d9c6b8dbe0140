import ArchiveStore
import ArticleModel
import Extraction

/// `archive ingest`'s pipeline: files read and extracted on the pipeline's threads, stored in order.
typealias IngestPipeline = ExtractionPipeline<InputFile, PreparedInput>

/// One input, read and extracted: its articles ready to store, or why it could not be read.
struct PreparedInput: PreparedWork {
    var origin: String
    var articles: [PreparedArticle] = []
    /// Ids of its articles that the archive held already when the input was read (not extracted again).
    var archived: [Int] = []
    /// Items of the input that failed while others were read (a bad line of a JSON Lines file).
    var problems: [String] = []
    /// Why nothing of the input could be read.
    var failure: String?

    var weight: Int { max(1, articles.count + archived.count) }
    var holdsLargeArticle: Bool { articles.contains { $0.wordCount >= ArchiveWriter.largeArticleWords } }
}

/// An article with what was extracted from it and what the writer would otherwise work out itself.
struct PreparedArticle {
    var article: Article
    var extraction: Extraction
    var contentSHA256: String
    var wordCount: Int
}
