/// Where a piece of text stands: the paragraph's position (0 = headline) and a span in Unicode scalars.
public struct TextSpan: Equatable, Hashable, Sendable {
    public var paragraph: Int
    public var start: Int
    public var end: Int

    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}
