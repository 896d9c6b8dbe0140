/// Where an article's publication date came from.
public enum PublicationDateOrigin: String, Sendable, CaseIterable {
    /// The file's own metadata: front matter, a page's meta tags or JSON-LD, a feed's field.
    case file
    /// The command line (`archive ingest --published`).
    case flag
    /// The text itself: a date stated at its start (`Published July 2 2016 …`, `06.04.2017 The attack …`).
    case text
}
