import Foundation

/// Hands back to the system the memory a long article's extraction and storing free. The extraction runs on
/// a reader thread, whose malloc arena keeps what it freed (the tokens, the name candidates, the resolver's
/// tables) as resident memory, while the writer then stores the article from another arena: the process's
/// peak was the extraction's peak plus the storing's. `malloc_trim` (glibc) returns the free pages of every
/// arena. And glibc raises its threshold for serving a block by a mapping of its own to the largest such
/// block freed so far (up to 32 MB): once a long article's first big table is let go, the next ones (arrays
/// and dictionaries of hundreds of thousands of names, grown by doubling) come from the arenas, whose freed
/// pages stay resident beside the next, larger copy. A long article fixes the threshold at glibc's first
/// value (128 KiB), so that each such block is mapped and unmapped on its own (the distinct-names article of
/// 16 MB, main's binary with the same setting from the environment: 391 → 335 MiB at the peak). An ingest
/// of ordinary articles never fixes it: nothing changes for one.
enum FreedMemory {
    /// Words from which an article counts as long (about 1 MB of text): a trim costs a walk of the heap,
    /// nothing beside the extraction of such an article.
    static let longArticleWords = 150_000

    /// Before the extraction of an article of `words` words, when it is long: big blocks are mapped on
    /// their own from then on (see above); does nothing where there is no `mallopt`.
    static func prepare(forExtractingWords words: Int) {
        guard words >= longArticleWords, let mallopt else { return }
        _ = mallopt(mmapThresholdParameter, mmapThreshold)  // the same value each time: safe from any thread
    }

    /// Returns the free pages of every arena to the system after the extraction of an article of `words`
    /// words, when it is long; does nothing where there is no `malloc_trim`.
    static func release(afterExtractingWords words: Int) {
        guard words >= longArticleWords, let trim = mallocTrim else { return }
        _ = trim(0)
    }

    /// glibc's `M_MMAP_THRESHOLD` and its default first value.
    private static let mmapThresholdParameter: Int32 = -3
    private static let mmapThreshold: Int32 = 128 * 1024

    private typealias Trim = @convention(c) (Int) -> Int32
    private static let mallocTrim: Trim? = symbol("malloc_trim")
    private typealias Option = @convention(c) (Int32, Int32) -> Int32
    private static let mallopt: Option? = symbol("mallopt")

    private static func symbol<T>(_ name: String) -> T? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: T.self)
    }
}
