import Foundation
import Testing

@testable import archive

/// The pipeline `archive ingest` and `archive reindex` share: inputs prepared on threads of their own,
/// handed to the caller in their order a window at a time, one input as soon as it is prepared.
@Suite struct ExtractionPipelineTests {
    struct Item: PreparedWork {
        var number: Int
        var weight = 1
        var holdsLargeArticle = false
    }

    /// Runs a pipeline over `inputs`, taking every input of each window; returns the windows.
    func windows(
        _ pipeline: ExtractionPipeline<Int, Item>, eachTaken: (Item) -> Void = { _ in }
    ) throws -> [[Int]] {
        var windows: [[Int]] = []
        try pipeline.run { first, next in
            var window = [first.number]
            eachTaken(first)
            while let item = next() {
                window.append(item.number)
                eachTaken(item)
            }
            windows.append(window)
        }
        return windows
    }

    @Test(arguments: [1, 3])
    func inputsComeInTheirOrderInWindowsOfTheirWeight(jobs: Int) throws {
        let groups = stride(from: 0, to: 50, by: 4).map { $0..<min($0 + 4, 50) }
        let pipeline = ExtractionPipeline<Int, Item>(
            inputs: Array(0..<50), groups: groups, jobs: jobs, window: 7, seconds: 60
        ) { inputs in inputs.map { Item(number: $0) } }
        let windows = try windows(pipeline)
        #expect(windows.flatMap { $0 } == Array(0..<50))
        #expect(windows.map(\.count) == [7, 7, 7, 7, 7, 7, 7, 1])
        #expect(pipeline.times.windows == 8)
    }

    @Test func anInputOfSeveralArticlesWeighsThemInTheWindow() throws {
        let weights = [1, 5, 1, 1, 3, 1]
        let pipeline = ExtractionPipeline<Int, Item>(inputs: Array(0..<6), jobs: 2, window: 4, seconds: 60) {
            inputs in inputs.map { Item(number: $0, weight: weights[$0]) }
        }
        // A window closes once it weighs 4 or more: 1 + 5; 1 + 1 + 3; 1.
        #expect(try windows(pipeline) == [[0, 1], [2, 3, 4], [5]])
    }

    @Test func aWindowClosesWhenItsSecondsHavePassedBeforeTheNextInputIsReady() throws {
        let pipeline = ExtractionPipeline<Int, Item>(inputs: Array(0..<6), jobs: 1, window: 100, seconds: 0.05) {
            inputs in
            if inputs == [3] { Thread.sleep(forTimeInterval: 0.5) }
            return inputs.map { Item(number: $0) }
        }
        let windows = try windows(pipeline)
        #expect(windows.first == [0, 1, 2])
        #expect(windows.flatMap { $0 } == Array(0..<6))
    }

    @Test func inputsHoldingALargeArticleShareNoWindowWithOthers() throws {
        let large: Set<Int> = [2, 3, 6]
        let pipeline = ExtractionPipeline<Int, Item>(inputs: Array(0..<8), jobs: 2, window: 100, seconds: 60) {
            inputs in inputs.map { Item(number: $0, holdsLargeArticle: large.contains($0)) }
        }
        #expect(try windows(pipeline) == [[0, 1], [2, 3], [4, 5], [6], [7]])
    }

    @Test func anInputTheCallerDoesNotTakeOpensTheNextWindow() throws {
        let pipeline = ExtractionPipeline<Int, Item>(inputs: Array(0..<5), jobs: 2, window: 100, seconds: 60) {
            inputs in inputs.map { Item(number: $0) }
        }
        var firsts: [Int] = []
        try pipeline.run { first, next in
            firsts.append(first.number)
            if first.number == 1 { _ = next() }  // takes 2, leaves the rest
        }
        #expect(firsts == [0, 1, 3, 4])
    }

    /// A writer slower than the threads keeps them at most ``ExtractionPipeline/lookahead`` inputs ahead
    /// (and a group), so that it has a core to itself and is never far behind when they are done.
    @Test func theThreadsRunNoFurtherAheadOfASlowCallerThanTheLookAhead() throws {
        let lock = NSLock()
        var prepared = 0
        let groups = stride(from: 0, to: 300, by: 4).map { $0..<($0 + 4) }
        let pipeline = ExtractionPipeline<Int, Item>(
            inputs: Array(0..<300), groups: groups, jobs: 2, window: 200, seconds: 60
        ) { inputs in
            lock.withLock { prepared += inputs.count }
            return inputs.map { Item(number: $0) }
        }
        var taken = 0
        var mostAhead = 0
        _ = try windows(pipeline) { _ in
            taken += 1
            Thread.sleep(forTimeInterval: 0.0005)
            mostAhead = max(mostAhead, lock.withLock { prepared } - taken)
        }
        #expect(taken == 300)
        #expect(mostAhead <= pipeline.lookahead + 4, "\(mostAhead) ahead")
        #expect(mostAhead > 0)
    }
}
