import Foundation

/// Hands back to the system the memory a long article's extraction freed. The extraction runs on a reader
/// thread, whose malloc arena keeps what it freed (the tokens, the name candidates, the resolver's tables)
/// as resident memory, while the writer then stores the article from another arena: the process's peak was
/// the extraction's peak plus the storing's. `malloc_trim` (glibc) returns the free pages of every arena.
enum FreedMemory {
    /// Words from which an article counts as long (about 1 MB of text): a trim costs a walk of the heap,
    /// nothing beside the extraction of such an article.
    static let longArticleWords = 150_000

    /// Returns the free pages of every arena to the system after the extraction of an article of `words`
    /// words, when it is long; does nothing where there is no `malloc_trim`.
    static func release(afterExtractingWords words: Int) {
        guard words >= longArticleWords, let trim = mallocTrim else { return }
        _ = trim(0)
    }

    private typealias Trim = @convention(c) (Int) -> Int32
    private static let mallocTrim: Trim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()
}
