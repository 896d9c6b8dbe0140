import ArticleModel
import Extraction
import Foundation

/// One input, read and extracted: its articles ready to store, or why it could not be read.
struct PreparedInput {
    var origin: String
    var articles: [PreparedArticle] = []
    /// Ids of its articles that the archive held already when the input was read (not extracted again).
    var archived: [Int] = []
    /// Items of the input that failed while others were read (a bad line of a JSON Lines file).
    var problems: [String] = []
    /// Why nothing of the input could be read.
    var failure: String?
}

/// An article with what was extracted from it and what the writer would otherwise work out itself.
struct PreparedArticle {
    var article: Article
    var extraction: Extraction
    var contentSHA256: String
    var wordCount: Int
}

/// Reads and extracts inputs on `jobs` threads of their own while the caller stores them on its thread:
/// parsing and extraction use every core, one writer writes, and neither waits for the other. Each
/// thread takes the next group of inputs as soon as it is done with one (no thread waits for another),
/// at most `2 × window` inputs and about `2 × window` articles ahead of the writer, so memory stays
/// bounded however many articles one input holds (a JSON Lines file of thousands). A group is a few
/// small files read and extracted together (``groups(ofSizes:)``), so that the extraction can run each
/// pass over several articles before the next pass (``ArticleExtractor/extract(from:)-([Article])``).
///
/// The caller gets the prepared inputs in input order, so article numbers follow the order of the files,
/// a window at a time: a window closes at `window` articles (an input with none counts as one) or
/// `seconds` after it opened, whichever comes first, so that the caller commits at least that often and
/// a killed run loses only its last few seconds of work.
final class IngestPipeline: @unchecked Sendable {
    let inputs: [InputFile]
    let jobs: Int
    let window: Int
    let seconds: Double
    /// Consecutive ranges of `inputs`, each prepared at once by one thread.
    let groups: [Range<Int>]
    /// Prepares a group of inputs: one result per input, in their order.
    let prepare: ([InputFile]) -> [PreparedInput]

    private let condition = NSCondition()
    private var results: [PreparedInput?]
    /// The next group a thread takes, the first input it has not yet taken, and the next input the caller gets.
    private var claimedGroups = 0
    private var claimed = 0
    private var delivered = 0
    private var stopped = false
    /// Articles prepared and not yet taken by the caller.
    private var articlesAhead = 0

    init(
        inputs: [InputFile], groups: [Range<Int>]? = nil, jobs: Int, window: Int, seconds: Double = 1,
        prepare: @escaping ([InputFile]) -> [PreparedInput]
    ) {
        self.inputs = inputs
        self.groups = groups ?? inputs.indices.map { $0..<($0 + 1) }
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.seconds = seconds
        self.prepare = prepare
        results = Array(repeating: nil, count: inputs.count)
    }

    /// How far ahead of the writer the threads may read, in inputs and in articles.
    var lookahead: Int { 2 * window }

    /// What an input weighs in a window and in the look-ahead: its articles, and at least one.
    static func weight(of input: PreparedInput) -> Int { max(1, input.articles.count + input.archived.count) }

    /// Calls `consume` with each window of prepared inputs, in order, on the calling thread.
    func run(_ consume: ([PreparedInput]) throws -> Void) throws {
        let workers = DispatchGroup()
        for _ in 0..<min(jobs, max(1, groups.count)) {
            workers.enter()
            Thread.detachNewThread { [self] in
                work()
                workers.leave()
            }
        }
        defer {
            stop()
            workers.wait()
        }
        var window: [PreparedInput] = []
        var weight = 0
        var opened = Date()
        while let next = take(before: window.isEmpty ? nil : opened.addingTimeInterval(seconds)) {
            if let next {
                if window.isEmpty { opened = Date() }
                window.append(next)
                weight += Self.weight(of: next)
            }
            if weight >= self.window || (!window.isEmpty && Date().timeIntervalSince(opened) >= seconds) {
                try consume(window)
                window = []
                weight = 0
            }
        }
        if !window.isEmpty { try consume(window) }
    }

    /// One thread's loop: the next group not yet taken, prepared, until there are none or the caller stopped.
    private func work() {
        while let group = claim() {
            let prepared = prepare(Array(inputs[group]))
            precondition(prepared.count == group.count, "one prepared input per input")
            condition.lock()
            for (index, input) in zip(group, prepared) {
                results[index] = input
                articlesAhead += Self.weight(of: input)
            }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next group of inputs to prepare, once it is within reach of the writer; nil when none is left.
    private func claim() -> Range<Int>? {
        condition.lock()
        defer { condition.unlock() }
        // (The input the caller waits for is always claimed: `claimed > delivered` while any is held back.)
        while !stopped && claimedGroups < groups.count
            && (claimed >= delivered + lookahead || claimed > delivered && articlesAhead >= lookahead)
        {
            condition.wait()
        }
        guard !stopped, claimedGroups < groups.count else { return nil }
        let group = groups[claimedGroups]
        claimedGroups += 1
        claimed = group.upperBound
        return group
    }

    /// Most inputs read and extracted together; see ``ArticleExtractor/batchArticles``.
    static let groupFiles = ArticleExtractor.batchArticles
    /// Most bytes of files read together: an HTML page holds several times its text, so four times what the
    /// extraction takes at once (``ArticleExtractor/batchBytes``); a larger file is a group of its own.
    static let groupBytes = 4 * ArticleExtractor.batchBytes

    /// Consecutive groups of inputs that hold at most `sizes` bytes of text each (``InputFile/textBound(format:)``;
    /// nil: unknown until read, a group of its own): at most ``groupFiles`` inputs and, but for one alone,
    /// ``groupBytes`` bytes each; and no more than a `jobs`th of the inputs, so that `jobs` threads
    /// have a group each when there are as many inputs.
    static func groups(ofSizes sizes: [Int?], jobs: Int) -> [Range<Int>] {
        let most = max(1, min(groupFiles, sizes.count / max(1, jobs)))
        var groups: [Range<Int>] = []
        var start = 0
        // The inputs of known size from `start` up to `end`, grouped.
        func group(upTo end: Int) {
            groups += ArticleExtractor.batches(ofSizes: sizes[start..<end].map { $0! }, most: most, bytes: groupBytes)
                .map { ($0.lowerBound + start)..<($0.upperBound + start) }
        }
        for alone in sizes.indices where sizes[alone] == nil {
            group(upTo: alone)
            groups.append(alone..<(alone + 1))
            start = alone + 1
        }
        group(upTo: sizes.count)
        return groups
    }

    /// The next prepared input in order: `.some(nil)` when `deadline` passed first, nil when all were given.
    private func take(before deadline: Date?) -> PreparedInput?? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < inputs.count else { return nil }
        while results[delivered] == nil {
            if let deadline {
                if !condition.wait(until: deadline) && results[delivered] == nil { return .some(nil) }
            } else {
                condition.wait()
            }
        }
        let prepared = results[delivered]
        results[delivered] = nil
        delivered += 1
        if let prepared { articlesAhead -= Self.weight(of: prepared) }
        condition.broadcast()
        return .some(prepared)
    }

    /// Stops the threads after the inputs they are preparing (the caller is done, or failed).
    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
