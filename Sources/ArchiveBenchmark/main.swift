import ArchiveStore
import ArticleModel
import ArticleReaders
import Extraction
import Foundation

// Times each stage of ingest over a folder of articles and reports it against a baseline measured in
// the same run (a plain scan of the same bytes counting words), so noisy machines still compare.
// Usage: archive-bench [--repeat N] PATH…   (scripts/bench runs it on the shared news corpus)

struct Measurement {
    var name: String
    var seconds: Double
    var words: Int
    var bytes: Int
    var articles: Int
}

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Best of `count` runs: the least disturbed by other work on the machine.
func best(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
    var result = Double.infinity
    for _ in 0..<count { result = min(result, try time(body)) }
    return result
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 3
if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.count {
    repeats = max(1, Int(arguments[index + 1]) ?? 3)
    arguments.removeSubrange(index...(index + 1))
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: archive-bench [--repeat N] PATH…\n".utf8))
    exit(64)
}

var files: [String] = []
for path in arguments {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
    if !isDirectory.boolValue { files.append(path); continue }
    let walker = FileManager.default.enumerator(atPath: path)
    while let relative = walker?.nextObject() as? String {
        if ArticleFormat.guess(path: relative) != nil {
            files.append((path as NSString).appendingPathComponent(relative))
        }
    }
}
files.sort()

// Load once; every stage below works from memory.
let reader = ArticleFileReader()
var raw: [[UInt8]] = []
var articles: [Article] = []
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    raw.append(Array(data))
    if let read = try? reader.read(Array(data), origin: file) { articles += read }
}
let bytes = raw.reduce(0) { $0 + $1.count }
let words = articles.reduce(0) { $0 + $1.wordCount }
print(
    "corpus: \(files.count) files, \(articles.count) articles, \(bytes) bytes, \(words) words; best of \(repeats) runs")

var results: [Measurement] = []

// Baseline: one pass over the bytes counting words.
var baselineWords = 0
let baseline = best(repeats) {
    var count = 0
    for buffer in raw {
        var inWord = false
        for byte in buffer {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
    }
    baselineWords = count
}
results.append(
    Measurement(
        name: "baseline: byte scan counting words", seconds: baseline, words: baselineWords, bytes: bytes,
        articles: articles.count))

results.append(
    Measurement(
        name: "read: decode and split into articles",
        seconds: best(repeats) {
            for (buffer, file) in zip(raw, files) { _ = try? reader.read(buffer, origin: file) }
        }, words: words, bytes: bytes, articles: articles.count))

results.append(
    Measurement(
        name: "tokenize and split sentences",
        seconds: best(repeats) {
            for article in articles { _ = AnalyzedArticle(article) }
        }, words: words, bytes: bytes, articles: articles.count))

let analyzed = articles.map(AnalyzedArticle.init)
let gazetteerLoad = (0..<5).map { _ in ContinuousClock().measure { _ = try? Gazetteer.bundled() } }.min()!
let gazetteer = try Gazetteer.bundled()  // loaded once per process, before timing the passes
print("gazetteer: \(gazetteer.nameCount) names loaded in \(gazetteerLoad)")
let entityExtractor = EntityExtractor(gazetteer: gazetteer)
results.append(
    Measurement(
        name: "entities (on tokens)",
        seconds: best(repeats) {
            for article in analyzed { _ = entityExtractor.extract(from: article) }
        }, words: words, bytes: bytes, articles: articles.count))

let entityResults = analyzed.map(entityExtractor.extract)
results.append(
    Measurement(
        name: "figures (on tokens and entities)",
        seconds: best(repeats) {
            for (article, entities) in zip(analyzed, entityResults) {
                _ = FigureExtractor(gazetteer: gazetteer).extract(from: article, entities: entities)
            }
        }, words: words, bytes: bytes, articles: articles.count))

results.append(
    Measurement(
        name: "quotes (on tokens and entities)",
        seconds: best(repeats) {
            for (article, entities) in zip(analyzed, entityResults) {
                _ = QuoteExtractor().extract(from: article, entities: entities)
            }
        }, words: words, bytes: bytes, articles: articles.count))

results.append(
    Measurement(
        name: "dates (on tokens)",
        seconds: best(repeats) {
            for article in analyzed { _ = DateExtractor().extract(from: article) }
        }, words: words, bytes: bytes, articles: articles.count))

let extractor = ArticleExtractor(gazetteer: gazetteer)
results.append(
    Measurement(
        name: "all extraction passes",
        seconds: best(repeats) {
            for article in articles { _ = extractor.extract(from: article) }
        }, words: words, bytes: bytes, articles: articles.count))

let extractions = articles.map(extractor.extract)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("archive-bench-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
var run = 0
results.append(
    Measurement(
        name: "store in SQLite (batches of 200)",
        seconds: try best(repeats) {
            run += 1
            let writer = try ArchiveWriter(path: scratch.appendingPathComponent("store-\(run).sqlite").path)
            for start in stride(from: 0, to: articles.count, by: 200) {
                try writer.inBatch {
                    for i in start..<min(start + 200, articles.count) {
                        try writer.store(articles[i], extraction: extractions[i])
                    }
                }
            }
        }, words: words, bytes: bytes, articles: articles.count))

results.append(
    Measurement(
        name: "whole ingest: read, extract, store",
        seconds: try best(repeats) {
            run += 1
            let writer = try ArchiveWriter(path: scratch.appendingPathComponent("ingest-\(run).sqlite").path)
            try writer.inBatch {
                for (buffer, file) in zip(raw, files) {
                    for article in (try? reader.read(buffer, origin: file)) ?? [] {
                        try writer.store(article, extraction: extractor.extract(from: article))
                    }
                }
            }
        }, words: words, bytes: bytes, articles: articles.count))

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let space = String(repeating: " ", count: max(0, width - text.count))
    return right ? space + text : text + space
}
print(
    pad("stage", 38) + pad("seconds", 9, right: true) + pad("articles/s", 12, right: true)
        + pad("MB/s", 9, right: true) + pad("words/s", 12, right: true) + pad("× baseline", 12, right: true))
for result in results {
    let ratio = result.seconds / baseline
    print(
        pad(result.name, 38) + pad(String(format: "%.3f", result.seconds), 9, right: true)
            + pad(String(format: "%.0f", Double(result.articles) / result.seconds), 12, right: true)
            + pad(String(format: "%.1f", Double(result.bytes) / result.seconds / 1_048_576), 9, right: true)
            + pad(String(format: "%.0f", Double(result.words) / result.seconds), 12, right: true)
            + pad(String(format: "%.1f", ratio), 12, right: true))
}
print("× baseline: how many times longer than the byte scan of the same corpus in this run (lower is better).")
