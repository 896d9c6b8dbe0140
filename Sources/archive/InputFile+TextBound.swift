import ArticleReaders
import Foundation

extension InputFile {
    /// The most bytes of article text the input can give, known before reading it, when it gives one
    /// article at most: the size of an uncompressed text or HTML file (its text is no longer than its
    /// bytes). nil for an input whose size on disk says nothing of what it holds, which ingest reads in a
    /// group of its own (``IngestPipeline/groups(ofSizes:jobs:)``): standard input; a gzip file, known by
    /// its first bytes as the reader knows it, whatever its name (a few KB may hold `--max-size` of text);
    /// a JSON or JSON Lines file, or one of no known format, which may hold any number of articles; a
    /// failure, or a file that is not a regular file or cannot be opened.
    ///
    /// `format` is the one `--format` names, if any, as the reader takes it.
    func textBound(format: ArticleFormat?) -> Int? {
        guard case .file(let path) = self else { return nil }
        switch format ?? ArticleFormat.guess(path: path) {
        case .text?, .html?: break
        case .json?, .jsonl?, nil: return nil
        }
        // (Not blocking: a named pipe is no regular file, and is left to the reader to refuse.)
        let file = open(path, O_RDONLY | O_NONBLOCK)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var head: [UInt8] = [0, 0]
        let count = read(file, &head, head.count)
        guard count >= 0, !Gzip.isCompressed(Array(head.prefix(count))) else { return nil }
        return Int(status.st_size)
    }
}
