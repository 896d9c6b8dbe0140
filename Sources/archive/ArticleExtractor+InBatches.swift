import ArticleModel
import Extraction

extension ArticleExtractor {
    /// What each of `articles` holds, in their order, extracted a batch at a time
    /// (``ArticleExtractor/batches(ofSizes:most:bytes:)``: a long article is a batch of its own), with the
    /// memory a long article's extraction frees handed back (``FreedMemory``). `words` is each article's
    /// word count. What a pipeline thread of `archive ingest` and `archive reindex` runs over its group.
    func extractInBatches(_ articles: [Article], words: [Int]) -> [Extraction] {
        var extractions: [Extraction] = []
        extractions.reserveCapacity(articles.count)
        for batch in Self.batches(ofSizes: articles.map(Self.batchSize)) {
            let batchWords = words[batch].reduce(0, +)
            FreedMemory.prepare(forExtractingWords: batchWords)
            extractions += extract(from: Array(articles[batch]))
            FreedMemory.release(afterExtractingWords: batchWords)
        }
        return extractions
    }
}
