import Foundation
import Testing

@testable import ArticleReaders

/// Only regular files are read, and never more than the limit: a named pipe, a device or a symbolic
/// link to one is refused at once rather than waited on or read forever.
@Suite(.timeLimit(.minutes(1))) struct SpecialFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let path = try folder().appendingPathComponent("pipe.txt").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: ArticleReadError.notARegularFile("a named pipe")) { try ArticleFileReader().read(path: path) }
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
    func aDeviceIsRefusedEvenThroughASymbolicLink(device: String) throws {
        let link = try folder().appendingPathComponent("zero.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: device)
        let reader = ArticleFileReader(maximumBytes: 1024)
        #expect(throws: ArticleReadError.notARegularFile("a character device")) { try reader.read(path: device) }
        #expect(throws: ArticleReadError.notARegularFile("a character device")) { try reader.read(path: link) }
    }

    @Test func anEndlessStreamStopsAtTheLimit() throws {
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        let reader = ArticleFileReader(maximumBytes: 100_000)
        #expect(throws: ArticleReadError.moreThanLimit(100_000)) {
            try reader.readAll(descriptor: zero, origin: "-")
        }
    }

    @Test func aStreamWithinTheLimitIsReadWhole() throws {
        let path = try folder().appendingPathComponent("story.txt").path
        let text = "Storm hits coast\n\nA storm killed three people in Galveston on Tuesday, officials said.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        let result = try ArticleFileReader().readAll(descriptor: descriptor, origin: "-", format: .text)
        #expect(result.articles.map(\.title) == ["Storm hits coast"])
    }

    @Test func aDanglingLinkIsNoSuchFile() throws {
        let link = try folder().appendingPathComponent("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/nonexistent/story.txt")
        #expect(throws: ArticleReadError.unreadable("no such file")) { try ArticleFileReader().read(path: link) }
    }

    @Test func messagesSayWhatTheFileIs() {
        #expect(
            ArticleReadError.notARegularFile("a named pipe").description
                == "not a regular file (a named pipe); only regular files are read")
        #expect(ArticleReadError.moreThanLimit(5).description == "file too large (more than the limit of 5 bytes)")
    }
}
