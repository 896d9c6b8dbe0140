import ArticleModel

/// What one file gave: the articles read and the items that could not be read.
///
/// A JSON Lines file with a bad line still gives the other lines' articles, with a problem naming the
/// bad line.
public struct ArticleReadResult: Sendable {
    public var articles: [Article]
    public var problems: [ArticleReadProblem]

    public init(articles: [Article] = [], problems: [ArticleReadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}

/// Why one item of a file (a line of JSON Lines, an element of a JSON array) gave no article.
public struct ArticleReadProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Location: Equatable, Sendable, CustomStringConvertible {
        /// A line of a JSON Lines file, counting from 1.
        case line(Int)
        /// An element of a JSON array, counting from 1.
        case item(Int)

        public var description: String {
            switch self {
            case .line(let number): return "line \(number)"
            case .item(let number): return "item \(number)"
            }
        }
    }

    public var location: Location
    public var error: ArticleReadError

    public init(_ location: Location, _ error: ArticleReadError) {
        self.location = location
        self.error = error
    }

    /// `line 7: not JSON`.
    public var description: String { "\(location): \(error)" }
}
