import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes, read without trusting what the file says of itself: only a regular file is read, the
/// open never waits (a named pipe with no writer would block it), and the count is kept as the bytes
/// arrive, because a device or a pipe reports size 0 and `/dev/zero` never ends.
enum FileBytes {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    ///
    /// - Throws: ``ArticleReadError/notARegularFile(_:)`` for a named pipe, a device or a socket (also
    ///   through a symbolic link), ``ArticleReadError/tooLarge(bytes:limit:)`` or
    ///   ``ArticleReadError/moreThanLimit(_:)`` past `limit`, ``ArticleReadError/unreadable(_:)`` else.
    static func read(path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ArticleReadError.unreadable(reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ArticleReadError.unreadable(reason(errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw ArticleReadError.unreadable("is a directory") }
        guard type == S_IFREG else { throw ArticleReadError.notARegularFile(kind(type)) }
        if Int(info.st_size) > limit { throw ArticleReadError.tooLarge(bytes: Int(info.st_size), limit: limit) }
        return try read(descriptor: descriptor, limit: limit)
    }

    /// Everything left to read on `descriptor` (standard input, say), at most `limit` bytes.
    ///
    /// - Throws: ``ArticleReadError/moreThanLimit(_:)`` as soon as more than `limit` bytes came, so
    ///   an endless stream costs `limit` bytes of memory and stops there.
    static func read(descriptor: Int32, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { return bytes }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&waiting, 1, -1)
                    continue
                }
                throw ArticleReadError.unreadable(reason(code))
            }
            bytes += chunk[0..<count]
            if bytes.count > limit { throw ArticleReadError.moreThanLimit(limit) }
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// What kind of file a `st_mode` type is, in words.
    static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// Why an open or read failed, in the words the reader has always used.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}
