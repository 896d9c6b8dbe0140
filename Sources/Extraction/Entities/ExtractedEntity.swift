/// A person, place or organisation named in an article, under its fullest name there.
public struct ExtractedEntity: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, place, organization, nationality
    }

    public var name: String
    public var kind: Kind
    /// Other forms the article uses: surnames, acronyms, the name with a title.
    public var aliases: [String]
    public var mentions: [Mention]

    public init(name: String, kind: Kind, aliases: [String] = [], mentions: [Mention] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }

    /// One place the entity is named: where, not the words (they are the paragraph's text over `span`, read
    /// from it when needed, so that an article of hundreds of thousands of names holds no copy of each).
    public struct Mention: Equatable, Sendable {
        public var span: TextSpan
        /// Title or role given with the name there ("Supreme Leader").
        public var role: String?

        public init(span: TextSpan, role: String? = nil) {
            self.span = span
            self.role = role
        }
    }
}
