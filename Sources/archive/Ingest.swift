import ArchiveStore
import ArgumentParser
import ArticleModel
import ArticleReaders
import Extraction
import Foundation

extension Archive {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles from files, folders or standard input and store them with what they say.",
            discussion: """
                Folders are read recursively (plain text .txt .text .md, HTML .html .htm .xhtml, JSON .json, \
                JSON Lines .jsonl .ndjson; other files are skipped); only regular files are read. Each article is stored \
                whole or not at all; one already in the archive (same text) is skipped. Problems are reported one \
                line per file, the other files are still stored, and the exit status is 1 when any file failed. \
                Another process writing to the archive is waited for. A full disk stops the run with one line \
                saying what was stored; run it again to go on.
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Argument(help: "Files, folders, or - for standard input.")
        var paths: [String]

        @Option(help: "Publisher to record for these articles (overrides the file's own).")
        var source: String?

        @Option(help: "Publication date, ISO 8601 (e.g. 2020-01-08), for these articles.")
        var published: String?

        @Option(help: "URL to record for the article.")
        var url: String?

        @Option(help: "Refuse files larger than this many megabytes.")
        var maxSize: Int = 20

        @Option(
            help:
                "Articles per transaction at most (a file of none counts as one); one also ends after a second, so a killed run keeps its work (each article is still stored whole or not at all)."
        )
        var batchSize: Int = 200

        @Option(help: "Threads reading and extracting articles (default: the number of cores).")
        var jobs: Int?

        @Option(help: "Read every input as this format instead of guessing from its name and content.")
        var inputFormat: InputFormat?

        @Option(help: "Also write every failure, one `file: reason` line each, to this file.")
        var errors: String?

        enum InputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, html, json, jsonl
            var articleFormat: ArticleFormat { ArticleFormat(rawValue: rawValue) ?? .text }
        }

        @Option(
            help:
                "Seconds to wait for another process writing to the archive before stopping (default: as long as it takes)."
        )
        var timeout: Double?

        @Option(help: .hidden)
        var pageLimit: Int?

        /// For the benchmark: store the text only, so that reading and storing can be timed without
        /// extraction. The articles are marked as extracted by no version (0), so `archive reindex` fills them.
        @Flag(help: .hidden)
        var skipExtraction = false

        /// For the benchmark: print where the pipeline spent its time (``PipelineTimes``) on standard error.
        @Flag(help: .hidden)
        var pipelineTimes = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors and the summary.")
        var quiet = false

        @Flag(
            name: .shortAndLong,
            help: "Print a line for every article, however many there are (by default only up to 20 files).")
        var verbose = false

        func validate() throws {
            if paths.isEmpty { throw ValidationError("name at least one file, folder or -") }
            if let published, PublicationDate.iso(published) == nil {
                throw ValidationError("--published must be an ISO 8601 date such as 2020-01-08, not '\(published)'")
            }
            if maxSize < 1 { throw ValidationError("--max-size must be at least 1") }
            // (Places in an article are kept as 32-bit offsets.)
            if maxSize > 2047 { throw ValidationError("--max-size must be at most 2047 (MB)") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let timeout, !(timeout >= 0) {
                throw ValidationError("--timeout must be a number of seconds, 0 or more")
            }
            if let errors, let refusal = ErrorListFile.refusal(of: errors, archive: archive.path) {
                throw ValidationError(refusal)
            }
        }

        func run() throws {
            let expanded = InputFiles.expand(paths)
            let inputs = expanded.inputs
            let report = IngestReport(files: inputs.count, perArticleLines: !quiet && (verbose || inputs.count <= 20))
            report.skip(expanded.skipped, verbose: verbose)
            let gazetteer = try Gazetteer.bundled()  // loaded once, for the extractors and the writer's places
            let extractor = ArticleExtractor(gazetteer: gazetteer)
            do {
                let writer = try ArchiveWriter(
                    path: archive.path, timeout: timeout, onWait: { showWaiting("waiting for another ingest…") },
                    pageLimit: pageLimit)
                writer.gazetteer = gazetteer
                let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
                let sizes = inputs.map { $0.textBound(format: inputFormat?.articleFormat) }
                let pipeline = IngestPipeline(
                    inputs: inputs, groups: IngestPipeline.groups(ofSizes: sizes, jobs: threads), jobs: threads,
                    window: batchSize,
                    prepare: preparer(extractor: extractor, archived: try ArchivedArticleLookup(path: archive.path)))
                try pipeline.run { first, next in try store(first, then: next, in: writer, report: report) }
                try writer.checkpoint()
                report.finish()
                if pipelineTimes { printError(pipeline.times.description) }
            } catch let error as ArchiveError where !error.stopsWriting {
                throw error  // not an archive, or one of a newer version: nothing was read or written
            } catch {
                // The window being stored was rolled back; it and every later file are not stored.
                let (reason, retry) = Self.stopReason(error)
                report.stop(because: reason, notStored: inputs.count - report.filesDone, retry: retry)
            }
            if let errors { try ErrorListFile(path: errors).write(report.failures) }
            if report.stopped || report.summary.failed > 0 { throw ExitCode(1) }
        }

        /// What stopped a run, in the words of its last line, and whether running again can help.
        static func stopReason(_ error: Error) -> (reason: String, retry: Bool) {
            switch error as? ArchiveError {
            case .diskFull?: return ("disk full", true)
            case .busy?: return ("\(error)", true)
            default: return ("\(error)", false)
            }
        }

        /// What each pipeline thread does with a group of inputs: read them and extract their articles but
        /// those already `archived`, a batch of articles at a time (``ArticleExtractor/extractInBatches(_:words:)``).
        func preparer(extractor: ArticleExtractor, archived: ArchivedArticleLookup) -> ([InputFile]) -> [PreparedInput]
        {
            let read = reader(archived: archived)
            return { inputs in
                var prepared = inputs.map(read)
                guard !skipExtraction else { return prepared }
                // Where each article waiting for extraction is: its input, and its place among that input's.
                let places = prepared.indices.flatMap { input in prepared[input].articles.indices.map { (input, $0) } }
                let extractions = extractor.extractInBatches(
                    places.map { prepared[$0.0].articles[$0.1].article },
                    words: places.map { prepared[$0.0].articles[$0.1].wordCount })
                for (place, extraction) in zip(places, extractions) {
                    prepared[place.0].articles[place.1].extraction = extraction
                }
                return prepared
            }
        }

        /// Reads one input and hashes its articles, holding back those already `archived`; the others
        /// are returned with no extraction yet.
        func reader(archived: ArchivedArticleLookup) -> (InputFile) -> PreparedInput {
            let reader = ArticleFileReader(
                maximumBytes: maxSize * 1024 * 1024,
                metadata: ArticleMetadata(source: source, published: published.flatMap(PublicationDate.iso), url: url)
            )
            let format = inputFormat?.articleFormat
            return { input in
                var prepared = PreparedInput(origin: input.name)
                do {
                    let result: ArticleReadResult
                    switch input {
                    case .failure(_, let reason):
                        prepared.failure = reason
                        return prepared
                    case .standardInput:
                        result = try reader.readAll(descriptor: STDIN_FILENO, origin: "-", format: format)
                    case .file(let path):
                        result = try reader.readAll(path: path, format: format)
                    }
                    for article in result.articles {
                        // The hash first: an article the archive holds costs a read and a hash, no extraction.
                        let hash = article.contentSHA256
                        if let id = archived.id(ofContentHash: hash) {
                            prepared.archived.append(id)
                        } else {
                            prepared.articles.append(
                                PreparedArticle(
                                    article: article, extraction: Extraction(), contentSHA256: hash,
                                    wordCount: article.wordCount))
                        }
                    }
                    prepared.problems = result.problems.map(\.description)
                } catch {
                    prepared.failure = "\(error)"
                }
                return prepared
            }
        }

        /// What a user should know about a stored article: a publication date the file wrote that is no date.
        static func warning(about article: Article) -> String? {
            guard let written = article.unreadablePublished else { return nil }
            let instead = article.publishedFrom == .text ? "the date its text states is used" : "no date stored"
            return "warning: published '\(written)' is not a date; kept as written, \(instead)"
        }

        /// Stores one window of inputs (`first`, then each `next` gives) in one transaction, each as it
        /// comes; what was stored is reported once it commits.
        func store(
            _ first: PreparedInput, then next: () -> PreparedInput?, in writer: ArchiveWriter, report: IngestReport
        ) throws {
            var outcomes: [IngestReport.Outcome] = []
            var files = 0
            try writer.inBatch(holdingLargeArticles: first.holdsLargeArticle) {
                var taken: PreparedInput? = first
                while let input = taken {
                    files += 1
                    if let failure = input.failure { outcomes.append(.failed(input.origin, failure)) }
                    outcomes += input.archived.map { .duplicate(input.origin, id: $0) }
                    outcomes += input.problems.map { .failed(input.origin, $0) }
                    for prepared in input.articles {
                        let article = prepared.article
                        do {
                            switch try writer.store(
                                article, extraction: prepared.extraction, contentSHA256: prepared.contentSHA256,
                                wordCount: prepared.wordCount,
                                extractorVersion: skipExtraction ? 0 : ArticleExtractor.version)
                            {
                            case .stored(let id):
                                outcomes.append(.stored(input.origin, id: id, title: article.title))
                                if let warning = Self.warning(about: article) {
                                    outcomes.append(.warning(input.origin, warning))
                                }
                            case .duplicate(let id): outcomes.append(.duplicate(input.origin, id: id))
                            }
                        } catch let error as ArchiveError where error.stopsWriting {
                            throw error
                        } catch {
                            let reason = verbose ? String(reflecting: error) : nil
                            outcomes.append(.failed(input.origin, "not stored: \(reason ?? "\(error)")"))
                        }
                    }
                    taken = next()
                }
            }
            report.record(outcomes, files: files)
        }
    }
}
