/// Where a piece of text stands: the paragraph's position (0 = headline) and a span in Unicode scalars.
///
/// Held in 32 bits each (12 bytes rather than 24): a long article's figures, dates and mentions hold one each,
/// hundreds of thousands at once. An article is at most a few hundred megabytes, far below 2^31 scalars.
public struct TextSpan: Equatable, Hashable, Sendable {
    private var storedParagraph: Int32
    private var storedStart: Int32
    private var storedEnd: Int32

    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(newValue) }
    }
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    public init(paragraph: Int, start: Int, end: Int) {
        storedParagraph = Int32(paragraph)
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }
}
