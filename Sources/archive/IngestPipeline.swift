import ArticleModel
import Extraction
import Foundation

/// One input, read and extracted: its articles ready to store, or why it could not be read.
struct PreparedInput {
    var origin: String
    var articles: [(article: Article, extraction: Extraction)] = []
    /// Items of the input that failed while others were read (a bad line of a JSON Lines file).
    var problems: [String] = []
    /// Why nothing of the input could be read.
    var failure: String?
}

/// Reads and extracts inputs on `jobs` threads, a window at a time, while the caller stores the
/// previous window on its own thread: parsing and extraction use every core, one writer writes.
/// Windows come out in input order, so article numbers follow the order of the files.
final class IngestPipeline {
    let inputs: [InputFile]
    let jobs: Int
    let window: Int
    let prepare: (InputFile) -> PreparedInput

    init(inputs: [InputFile], jobs: Int, window: Int, prepare: @escaping (InputFile) -> PreparedInput) {
        self.inputs = inputs
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.prepare = prepare
    }

    /// Calls `consume` with each window of prepared inputs, in order, on the calling thread.
    func run(_ consume: ([PreparedInput]) throws -> Void) throws {
        let queue = BoundedQueue<[PreparedInput]>(capacity: 2)
        DispatchQueue.global(qos: .userInitiated).async { [inputs, jobs, window, prepare] in
            var start = 0
            while start < inputs.count, !queue.isClosed {
                let slice = Array(inputs[start..<min(start + window, inputs.count)])
                queue.put(Self.prepareAll(slice, jobs: jobs, prepare: prepare))
                start += window
            }
            queue.finish()
        }
        do {
            while let prepared = queue.take() { try consume(prepared) }
        } catch {
            queue.close()
            throw error
        }
    }

    /// Prepares `slice` on `jobs` threads, each taking every jobs-th input.
    static func prepareAll(_ slice: [InputFile], jobs: Int, prepare: (InputFile) -> PreparedInput) -> [PreparedInput] {
        var results = [PreparedInput?](repeating: nil, count: slice.count)
        let lock = NSLock()
        let lanes = min(jobs, slice.count)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: slice.count, by: lanes) {
                let prepared = prepare(slice[index])
                lock.lock()
                results[index] = prepared
                lock.unlock()
            }
        }
        return results.map { $0! }
    }
}

/// A first-in first-out queue of at most `capacity` items between one producer and one consumer.
final class BoundedQueue<Element> {
    private var items: [Element] = []
    private let capacity: Int
    private let condition = NSCondition()
    private var finished = false
    private(set) var isClosed = false

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room, then adds `item` (dropped when the consumer has closed the queue).
    func put(_ item: Element) {
        condition.lock()
        while items.count >= capacity && !isClosed { condition.wait() }
        if !isClosed { items.append(item) }
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, or nil once the producer has finished and everything was taken.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// The producer is done.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stopped: the producer should stop too.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }
}
