import ArticleModel
import Extraction
import Foundation

/// One input, read and extracted: its articles ready to store, or why it could not be read.
struct PreparedInput {
    var origin: String
    var articles: [(article: Article, extraction: Extraction)] = []
    /// Ids of its articles that the archive held already when the input was read (not extracted again).
    var archived: [Int] = []
    /// Items of the input that failed while others were read (a bad line of a JSON Lines file).
    var problems: [String] = []
    /// Why nothing of the input could be read.
    var failure: String?
}

/// Reads and extracts inputs on `jobs` threads, a window at a time, while the caller stores the
/// previous window on its own thread: parsing and extraction use every core, one writer writes.
/// Windows come out in input order, so article numbers follow the order of the files.
///
/// A window closes at `window` inputs or after `seconds`, whichever comes first, so that the caller
/// commits at least that often and a run that is killed loses only its last few seconds of work.
final class IngestPipeline {
    let inputs: [InputFile]
    let jobs: Int
    let window: Int
    let seconds: Double
    let prepare: (InputFile) -> PreparedInput

    init(
        inputs: [InputFile], jobs: Int, window: Int, seconds: Double = 1,
        prepare: @escaping (InputFile) -> PreparedInput
    ) {
        self.inputs = inputs
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.seconds = seconds
        self.prepare = prepare
    }

    /// Calls `consume` with each window of prepared inputs, in order, on the calling thread.
    func run(_ consume: ([PreparedInput]) throws -> Void) throws {
        let queue = BoundedQueue<[PreparedInput]>(capacity: 2)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var start = 0
            while start < inputs.count, !queue.isClosed {
                let (prepared, next) = nextWindow(from: start)
                queue.put(prepared)
                start = next
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

    /// Prepares the inputs from `start` on, a few per thread at a time, until the window is full or
    /// its time is up; returns them and where the next window starts.
    func nextWindow(from start: Int) -> (prepared: [PreparedInput], next: Int) {
        let began = DispatchTime.now().uptimeNanoseconds
        let end = min(start + window, inputs.count)
        var prepared: [PreparedInput] = []
        var next = start
        while next < end {
            let slice = Array(inputs[next..<min(next + jobs * 4, end)])
            prepared += Self.prepareAll(slice, jobs: jobs, prepare: prepare)
            next += slice.count
            if Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9 >= seconds { break }
        }
        return (prepared, next)
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
