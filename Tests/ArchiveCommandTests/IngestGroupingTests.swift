import Foundation
import Testing

@testable import archive

/// Which inputs `archive ingest` reads and extracts together: only files whose size bounds the text they
/// hold (plain, uncompressed, one article each), a few at a time, and never so many at once that fewer
/// groups than threads are left.
@Suite struct IngestGroupingTests {
    let kilobyte = 1024

    @Test func anInputOfUnknownSizeIsAGroupOfItsOwnEvenBesideEmptyFiles() {
        // Standard input first, then two empty files and a small one; a compressed file; one more file.
        let sizes: [Int?] = [nil, 0, 0, 10, nil, 5]
        #expect(IngestPipeline.groups(ofSizes: sizes, jobs: 1) == [0..<1, 1..<4, 4..<5, 5..<6])
        #expect(IngestPipeline.groups(ofSizes: [nil, nil], jobs: 1) == [0..<1, 1..<2])
        #expect(IngestPipeline.groups(ofSizes: [], jobs: 4) == [])
    }

    @Test func aGroupHoldsAtMostItsBytesButAFileLargerThanThatGoesAlone() {
        let sizes: [Int?] = [600, 500, 100, 2_048, 10, 1_000, 24].map { $0 * kilobyte }
        #expect(
            IngestPipeline.groups(ofSizes: sizes, jobs: 1) == [0..<1, 1..<3, 3..<4, 4..<6, 6..<7])
        #expect(IngestPipeline.groupBytes == 1_024 * kilobyte)
    }

    @Test func aGroupHoldsAtMostSixteenFilesAndAJobsthOfTheInputs() {
        let small = { (count: Int) in [Int?](repeating: 2 * kilobyte, count: count) }
        #expect(IngestPipeline.groups(ofSizes: small(40), jobs: 1) == [0..<16, 16..<32, 32..<40])
        #expect(IngestPipeline.groups(ofSizes: small(40), jobs: 2) == [0..<16, 16..<32, 32..<40])
        // Sixteen small files on two threads: two groups of eight, not one of sixteen.
        #expect(IngestPipeline.groups(ofSizes: small(16), jobs: 2) == [0..<8, 8..<16])
        #expect(IngestPipeline.groups(ofSizes: small(17), jobs: 4) == [0..<4, 4..<8, 8..<12, 12..<16, 16..<17])
        #expect(IngestPipeline.groups(ofSizes: small(3), jobs: 8) == [0..<1, 1..<2, 2..<3])
    }

    @Test func aCompressedFileAFeedAndStandardInputHaveNoBoundOnTheirText() throws {
        let folder = try ArchiveCommandTests().scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> InputFile {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return .file(path)
        }
        let story = Array("Harbour closes\n\nPort officials closed the harbour on Friday.\n".utf8)
        // (The gzip magic number: the reader decompresses what opens with it, whatever the file's name.)
        let packed = [0x1F, 0x8B, 0x08, 0x00] + story
        let plain = try file("plain.txt", story)
        let plainNamedGz = try file("plain.txt.gz", story)
        let packedNamedTxt = try file("packed.txt", packed)
        let packedHTML = try file("packed.html.gz", packed)
        let feed = try file("feed.jsonl", Array(#"{"title": "Harbour closes", "text": "Closed."}"#.utf8))
        let page = try file("page.html", Array("<p>Port officials closed the harbour.</p>".utf8))
        let unknown = try file("notes.dat", story)
        let pipe = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)

        #expect(plain.textBound(format: nil) == story.count)
        #expect(plainNamedGz.textBound(format: nil) == story.count)
        #expect(page.textBound(format: nil) == 41)
        for input in [packedNamedTxt, packedHTML, feed, unknown, .file(pipe), InputFile.standardInput] {
            #expect(input.textBound(format: nil) == nil, "\(input.name)")
        }
        #expect(InputFile.failure(path: "gone.txt", reason: "no such file or folder").textBound(format: nil) == nil)
        // --format says what every file holds: a feed read as text is one article; text read as a feed may be many.
        #expect(feed.textBound(format: .text) != nil && plain.textBound(format: .jsonl) == nil)
        #expect(unknown.textBound(format: .html) == story.count)

        let inputs = [plain, plainNamedGz, packedNamedTxt, packedHTML, page, feed, .standardInput, plain]
        #expect(
            IngestPipeline.groups(ofSizes: inputs.map { $0.textBound(format: nil) }, jobs: 1)
                == [0..<2, 2..<3, 3..<4, 4..<5, 5..<6, 6..<7, 7..<8])
    }
}
