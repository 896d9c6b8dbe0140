import ArchiveStore
import Extraction
import Foundation

/// What a pipeline thread hands the writer for one input.
protocol PreparedWork {
    /// What it weighs in a window and in the look-ahead: its articles, and at least one (an input of none
    /// still costs the writer a look).
    var weight: Int { get }
    /// Whether it holds an article of ``ArchiveWriter/largeArticleWords`` words or more.
    var holdsLargeArticle: Bool { get }
}

/// Reads and extracts inputs on `jobs` threads of their own while the caller stores them on its thread
/// (`archive ingest`: files; `archive reindex`: stored articles):
/// parsing and extraction use every core, one writer writes, and neither waits for the other. Each
/// thread takes the next group of inputs as soon as it is done with one (no thread waits for another),
/// at most ``lookahead`` inputs and about as many articles ahead of the writer, so memory stays
/// bounded however many articles one input holds (a JSON Lines file of thousands). A group is a few
/// small files read and extracted together (``groups(ofSizes:)``), so that the extraction can run each
/// pass over several articles before the next pass (``ArticleExtractor/extract(from:)-([Article])``).
///
/// The caller gets the prepared inputs in input order, so article numbers follow the order of the files,
/// a window at a time (``run(_:)``): a window closes at `window` articles (an input with none counts as
/// one) or `seconds` after it opened, whichever comes first, so that the caller commits at least that
/// often and a killed run loses only its last few seconds of work.
final class ExtractionPipeline<Input, Prepared: PreparedWork>: @unchecked Sendable {
    let inputs: [Input]
    let jobs: Int
    let window: Int
    let seconds: Double
    /// Consecutive ranges of `inputs`, each prepared at once by one thread.
    let groups: [Range<Int>]
    /// Prepares a group of inputs: one result per input, in their order.
    let prepare: ([Input]) -> [Prepared]

    private let condition = NSCondition()
    private var results: [Prepared?]
    /// The next group a thread takes, the first input it has not yet taken, and the next input the caller gets.
    private var claimedGroups = 0
    private var claimed = 0
    private var delivered = 0
    private var stopped = false
    /// Articles prepared and not yet taken by the caller.
    private var articlesAhead = 0
    /// Where the last run spent its time (``PipelineTimes``).
    private(set) var times = PipelineTimes()
    private var started = PipelineTimes.now()
    /// When a thread last handed over a group, in seconds from `started`, and how many groups were handed
    /// over (under `condition`).
    private var lastPrepared = 0.0
    private var preparedGroups = 0

    init(
        inputs: [Input], groups: [Range<Int>]? = nil, jobs: Int, window: Int, seconds: Double = 1,
        prepare: @escaping ([Input]) -> [Prepared]
    ) {
        self.inputs = inputs
        self.groups = groups ?? inputs.indices.map { $0..<($0 + 1) }
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.seconds = seconds
        self.prepare = prepare
        results = Array(repeating: nil, count: inputs.count)
    }

    /// How far ahead of the writer the threads may read, in inputs and in articles: two groups a thread
    /// (one being prepared, one waiting), whatever the window. A writer that falls behind soon has the
    /// threads waiting for it and a core to itself, so that it is never far behind when they are done: it
    /// stores what is left alone at the end of the run, with a core idle. (A look-ahead of two windows,
    /// 400 inputs, left the writer about 0.1 CPU s of a news-corpus ingest to store alone; 64: 0.02–0.06.)
    var lookahead: Int { 2 * jobs * Self.groupFiles }

    /// Calls `consume` once for each window, in order, on the calling thread, with the window's first
    /// prepared input and a function that gives the window's next one as soon as a thread has prepared it,
    /// and nil once the window closes: so that the caller stores each input as it comes, inside the
    /// window's transaction, and keeps pace with the threads (rather than storing a whole window at once
    /// after its last input, alone at the end of the run). A window holds inputs that all hold an article
    /// of ``ArchiveWriter/largeArticleWords`` words or more, or none that does (the writer chooses where
    /// its sub-journals go before a transaction begins). `consume` may leave a window's inputs untaken:
    /// they open the next window.
    func run(_ consume: (_ first: Prepared, _ next: () -> Prepared?) throws -> Void) throws {
        started = PipelineTimes.now()
        times = PipelineTimes()
        lastPrepared = 0
        preparedGroups = 0
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
            times.finished = PipelineTimes.now() - started
            times.finishedCPU = PipelineTimes.threadCPUSeconds()
            times.lastPrepared = lastPrepared
        }
        // The input taken for a window it did not fit, which opens the next one.
        var held: Prepared?
        while let first = held ?? timedTake(before: nil) {
            held = nil
            let opened = Date()
            var weight = first.weight
            func next() -> Prepared? {
                guard weight < window, Date().timeIntervalSince(opened) < seconds,
                    let input = timedTake(before: opened.addingTimeInterval(seconds))
                else { return nil }
                guard input.holdsLargeArticle == first.holdsLargeArticle else {
                    held = input
                    return nil
                }
                weight += input.weight
                return input
            }
            let (wall, cpu, waited) = (PipelineTimes.now(), PipelineTimes.threadCPUSeconds(), times.waiting)
            try consume(first, next)
            times.storing += PipelineTimes.now() - wall - (times.waiting - waited)
            times.storingCPU += PipelineTimes.threadCPUSeconds() - cpu
            times.windows += 1
        }
    }

    /// The next prepared input in order, nil when all were given or `deadline` passed first; the time
    /// it waited counted in ``times``.
    private func timedTake(before deadline: Date?) -> Prepared? {
        let asked = PipelineTimes.now()
        if times.cpuWhenPrepared == nil, condition.withLock({ preparedGroups == groups.count }) {
            times.cpuWhenPrepared = PipelineTimes.threadCPUSeconds()
            times.leftWhenPrepared = inputs.count - delivered
        }
        defer { times.waiting += PipelineTimes.now() - asked }
        return take(before: deadline) ?? nil
    }

    /// One thread's loop: the next group not yet taken, prepared, until there are none or the caller stopped.
    private func work() {
        while let group = claim() {
            let prepared = prepare(Array(inputs[group]))
            precondition(prepared.count == group.count, "one prepared input per input")
            condition.lock()
            for (index, input) in zip(group, prepared) {
                results[index] = input
                articlesAhead += input.weight
            }
            lastPrepared = max(lastPrepared, PipelineTimes.now() - started)
            preparedGroups += 1
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
    static var groupFiles: Int { ArticleExtractor.batchArticles }
    /// Most bytes of files read together: an HTML page holds several times its text, so four times what the
    /// extraction takes at once (``ArticleExtractor/batchBytes``); a larger file is a group of its own.
    static var groupBytes: Int { 4 * ArticleExtractor.batchBytes }

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
    private func take(before deadline: Date?) -> Prepared?? {
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
        if let prepared { articlesAhead -= prepared.weight }
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
