/// What the extractors found in one article: plain values, no database.
public struct Extraction: Equatable, Sendable {
    public var entities: [ExtractedEntity]
    public var figures: [Figure]
    public var quotes: [Quote]
    public var dates: [DateMention]

    public init(entities: [ExtractedEntity] = [], figures: [Figure] = [], quotes: [Quote] = [], dates: [DateMention] = []) {
        self.entities = entities
        self.figures = figures
        self.quotes = quotes
        self.dates = dates
    }
}

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

    /// One place the entity is named.
    public struct Mention: Equatable, Sendable {
        public var span: TextSpan
        public var text: String
        /// Title or role given with the name there ("Supreme Leader").
        public var role: String?

        public init(span: TextSpan, text: String, role: String? = nil) {
            self.span = span
            self.text = text
            self.role = role
        }
    }
}

/// A quantity the text gives, with what it counts, where, what happened and who says so.
public struct Figure: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case count, money, percent, duration, distance, age, weight, fraction
    }

    public enum Approximation: String, Sendable {
        /// As stated.
        case exact
        /// about, around, nearly, some, roughly.
        case about
        /// more than, over, at least, and vague plurals (dozens of → 12).
        case over
        /// fewer than, less than, up to, at most.
        case under
        /// `20 to 30`: ``Figure/maxValue`` holds the upper end.
        case range
    }

    public var span: TextSpan
    public var text: String
    public var value: Double
    public var maxValue: Double?
    public var approx: Approximation
    public var kind: Kind
    /// Counted noun, singular (`missile`, `person`); ISO currency code for money; `percent`.
    public var unit: String?
    /// The whole of a partitive: `two of the 17 missiles` → 17.
    public var of: Double?
    public var site: String?
    public var event: String?
    public var cause: String?
    public var source: String?
    public var sentence: String
    /// ISO 8601 date of the figure's sentence, when the text gives one.
    public var date: String?

    public init(
        span: TextSpan, text: String, value: Double, maxValue: Double? = nil, approx: Approximation = .exact,
        kind: Kind, unit: String?, of: Double? = nil, site: String? = nil, event: String? = nil,
        cause: String? = nil, source: String? = nil, sentence: String, date: String? = nil
    ) {
        self.date = date
        self.span = span
        self.text = text
        self.value = value
        self.maxValue = maxValue
        self.approx = approx
        self.kind = kind
        self.unit = unit
        self.of = of
        self.site = site
        self.event = event
        self.cause = cause
        self.source = source
        self.sentence = sentence
    }
}

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
