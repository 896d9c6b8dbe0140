/// A direct quotation and who said it (nil when the text does not say).
public struct Quote: Equatable, Sendable {
    public var span: TextSpan
    /// The words inside the marks, as written.
    public var text: String
    public var speaker: String?
    /// ISO 8601 date the attribution gives (`… he said on Tuesday`).
    public var date: String?

    public init(span: TextSpan, text: String, speaker: String?, date: String? = nil) {
        self.date = date
        self.span = span
        self.text = text
        self.speaker = speaker
    }
}
