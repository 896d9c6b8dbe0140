import ArticleModel
import CZlib
import Testing

@testable import ArticleReaders

/// Gzip files are read as what they hold, named by the extension before `.gz`, within --max-size.
@Suite struct GzipTests {
    /// `bytes` as one gzip member, made with the system zlib.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(czlib_deflate_init2(&stream, 6, 15 + 16) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        var input = bytes
        let written: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }

    static let story = Array("Storm hits the coast\n\nA storm hit the coast on Monday, killing three people.\n".utf8)

    @Test func aGzipFileIsReadAsWhatItHolds() throws {
        let plain = try ArticleFileReader().read(Self.story, origin: "storm.txt")
        let packed = try ArticleFileReader().read(Self.gzip(Self.story), origin: "storm.txt.gz")
        #expect(packed.map(\.title) == ["Storm hits the coast"])
        #expect(packed.map(\.contentSHA256) == plain.map(\.contentSHA256))
    }

    @Test func theNameInsideTheGzipChoosesTheFormat() {
        #expect(ArticleFormat.guess(path: "pages/story.html.gz") == .html)
        #expect(ArticleFormat.guess(path: "feed.JSONL.GZ") == .jsonl)
        #expect(ArticleFormat.guess(path: "backup.gz") == nil)
        #expect(ArticleFormat.guess(path: "photo.jpg.gz") == nil)
    }

    /// Concatenated members read as `gunzip` reads them: one after the other.
    @Test func membersFollowOneAnother() throws {
        let first = Array("Storm hits the coast\n\nA storm hit".utf8), second = Array(" the coast.\n".utf8)
        let bytes = try Gzip.decompress(Self.gzip(first) + Self.gzip(second), limit: 1_000)
        #expect(bytes == first + second)
    }

    /// A small file that inflates past the limit is stopped as it grows.
    @Test func theLimitCountsWhatComesOut() {
        let bomb = Self.gzip([UInt8](repeating: 0x20, count: 5_000_000))
        #expect(bomb.count < 20_000)
        #expect(throws: ArticleReadError.tooLarge(bytes: 1_048_576, limit: 1_000_000)) {
            _ = try ArticleFileReader(maximumBytes: 1_000_000).read(bomb, origin: "bomb.txt.gz")
        }
    }

    @Test func damagedOrCutGzipIsOneReason() {
        let packed = Self.gzip(Self.story)
        #expect(throws: ArticleReadError.malformed("gzip data cut short")) {
            _ = try Gzip.decompress(Array(packed.prefix(packed.count / 2)), limit: 1_000)
        }
        var damaged = packed
        damaged[12] ^= 0xFF
        #expect(throws: (any Error).self) { _ = try Gzip.decompress(damaged, limit: 1_000) }
    }
}
